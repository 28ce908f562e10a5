package io.github.pctransfers.client.errors;

/**
 * A success response arrived but its body could not be read as the documented type: broken JSON, a value of the
 * wrong type, or no body where one was expected. Not retried: the same request would get the same body.
 */
public class ResponseDecodeException extends TransfersException {
    private static final long serialVersionUID = 1L;
    private final int statusCode;

    /**
     * Creates the exception, e.g. in a test of code that handles it.
     *
     * @param message what went wrong
     * @param statusCode the HTTP status
     * @param requestId the MS-RequestId of the call
     * @param cause the underlying failure, or null
     */
    public ResponseDecodeException(String message, int statusCode, String requestId, Throwable cause) {
        super(message + " (HTTP " + statusCode + (requestId == null ? "" : ", MS-RequestId " + requestId) + ")",
                requestId, cause);
        this.statusCode = statusCode;
    }

    /**
     * The HTTP status of the response whose body could not be read.
     *
     * @return the HTTP status of the response whose body could not be read
     */
    public int statusCode() {
        return statusCode;
    }
}
