package io.github.pctransfers.client.errors;

/**
 * No usable response arrived: the connection was refused or reset, the response was cut short, or an attempt
 * timed out ({@link RequestTimeoutException}). Partner Center may or may not have processed the request: retry it
 * with the same {@link #requestId()} (its idempotency key).
 */
public class TransportException extends TransfersException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception, e.g. in a test of code that handles it.
     *
     * @param message what went wrong
     * @param requestId the MS-RequestId of the call
     * @param cause the underlying failure, or null
     */
    public TransportException(String message, String requestId, Throwable cause) {
        super(message + (requestId == null ? "" : " (MS-RequestId " + requestId + ")"), requestId, cause);
    }
}
