package io.github.pctransfers.client.model;

import java.util.UUID;

/** The same model with getId() returning a UUID: same name, another descriptor. */
public class TransferEntity {
    public static final String JSON_PROPERTY_ID = "id";
    private String id;
    private String status;

    public TransferEntity() {
    }

    public TransferEntity id(String id) {
        this.id = id;
        return this;
    }

    public UUID getId() {
        return UUID.fromString(id);
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getStatus() {
        return status;
    }
}
