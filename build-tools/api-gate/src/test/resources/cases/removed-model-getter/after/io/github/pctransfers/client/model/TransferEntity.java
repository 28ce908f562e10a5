package io.github.pctransfers.client.model;

/** The same model without getId(): callers compiled against it get NoSuchMethodError. */
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

    public void setId(String id) {
        this.id = id;
    }

    public String getStatus() {
        return status;
    }
}
