package io.github.pctransfers.simulator;

/** A seed file that is missing, unreadable, not JSON, or not a valid seed; the message says where and why. */
public class SeedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SeedException(String message) {
        super(message);
    }

    public SeedException(String message, Throwable cause) {
        super(message, cause);
    }
}
