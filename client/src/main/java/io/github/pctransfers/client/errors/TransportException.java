package io.github.pctransfers.client.errors;

/** No usable response arrived: the connection failed, was reset, or timed out. */
public class TransportException extends TransfersException {
    private static final long serialVersionUID = 1L;
    private final String requestId;

    public TransportException(String message, String requestId, Throwable cause) {
        super(message + (requestId == null ? "" : " (MS-RequestId " + requestId + ")"), cause);
        this.requestId = requestId;
    }

    /** The MS-RequestId of the call: resend it to retry the same call safely. */
    public String requestId() {
        return requestId;
    }
}
