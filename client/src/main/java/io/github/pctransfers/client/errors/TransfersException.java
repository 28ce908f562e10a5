package io.github.pctransfers.client.errors;

/**
 * Base of every exception the client throws (apart from {@link IllegalArgumentException}s for bad arguments,
 * which are thrown before anything is sent). Unchecked, like openai-java's and the Azure SDK's.
 *
 * <p>Messages never contain the access token, the client secret or the Authorization header; the cause, when
 * there is one, is the underlying I/O or JSON error, never a Feign exception (those hold the request headers).
 */
public class TransfersException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String requestId;

    /**
     * Creates the exception, e.g. in a test of code that handles it.
     *
     * @param message what went wrong
     */
    public TransfersException(String message) {
        this(message, null, null);
    }

    /**
     * Creates the exception, e.g. in a test of code that handles it.
     *
     * @param message what went wrong
     * @param cause the underlying failure, or null
     */
    public TransfersException(String message, Throwable cause) {
        this(message, null, cause);
    }

    /**
     * @param message what went wrong
     * @param requestId the MS-RequestId of the failed call, or null when the failure came before one was made
     * @param cause the underlying failure, or null
     */
    public TransfersException(String message, String requestId, Throwable cause) {
        super(message, cause);
        this.requestId = requestId;
    }

    /**
     * The MS-RequestId of the call that failed (the same on every attempt of it), or null. Quote it to Microsoft
     * support; pass it in {@code RequestOptions.requestId} to retry the same call safely after a transport failure.
     *
     * @return the MS-RequestId of the call that failed (the same on every attempt of it), or null
     */
    public String requestId() {
        return requestId;
    }
}
