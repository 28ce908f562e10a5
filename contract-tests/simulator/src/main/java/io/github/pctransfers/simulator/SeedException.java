package io.github.pctransfers.simulator;

/** A seed file that is missing, unreadable, not JSON, or not a valid seed; the message says where and why. */
public class SeedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates a {@code SeedException}.
     *
     * @param message what went wrong
     */
    public SeedException(String message) {
        super(message);
    }

    /**
     * Creates a {@code SeedException}.
     *
     * @param message what went wrong
     * @param cause the underlying failure, or null
     */
    public SeedException(String message, Throwable cause) {
        super(message, cause);
    }
}
