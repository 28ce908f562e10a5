package io.github.pctransfers.client.model;

/** The body of an update; the after variant no longer has this class. */
public class TransferUpdate {
    private String status;

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }
}
