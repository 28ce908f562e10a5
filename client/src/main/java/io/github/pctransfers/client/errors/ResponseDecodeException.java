package io.github.pctransfers.client.errors;

/** A success response arrived but its body could not be read as the documented type (broken or truncated JSON). */
public class ResponseDecodeException extends TransfersException {
    private static final long serialVersionUID = 1L;
    private final int statusCode;
    private final String requestId;

    public ResponseDecodeException(String message, int statusCode, String requestId, Throwable cause) {
        super(message + " (HTTP " + statusCode + (requestId == null ? "" : ", MS-RequestId " + requestId) + ")", cause);
        this.statusCode = statusCode;
        this.requestId = requestId;
    }

    public int statusCode() {
        return statusCode;
    }

    public String requestId() {
        return requestId;
    }
}
