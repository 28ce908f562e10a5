package io.github.pctransfers.client.errors;

/** An attempt timed out while connecting or waiting for the response (the connect or read timeout ran out). */
public class RequestTimeoutException extends TransportException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception, e.g. in a test of code that handles it.
     *
     * @param message what went wrong
     * @param requestId the MS-RequestId of the call
     * @param cause the underlying failure, or null
     */
    public RequestTimeoutException(String message, String requestId, Throwable cause) {
        super(message, requestId, cause);
    }
}
