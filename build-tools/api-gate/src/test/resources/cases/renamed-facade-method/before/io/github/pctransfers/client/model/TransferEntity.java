package io.github.pctransfers.client.model;

/** A transfer as the API returns it (a stand-in for the generated model). */
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

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getStatus() {
        return status;
    }
}
