package io.github.pctransfers.client.errors;

/**
 * Base of every exception the client throws (apart from {@link IllegalArgumentException}s for bad arguments,
 * which are thrown before anything is sent). Unchecked, like openai-java's and the Azure SDK's.
 */
public class TransfersException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TransfersException(String message) {
        super(message);
    }

    public TransfersException(String message, Throwable cause) {
        super(message, cause);
    }
}
