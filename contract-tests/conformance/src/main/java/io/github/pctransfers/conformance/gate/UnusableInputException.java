package io.github.pctransfers.conformance.gate;

/**
 * The input cannot be checked at all (a missing folder, an unreadable archive, a spec that does not parse, an
 * invalid errata or policy file). The command-line tool exits with 2 and prints the message, one line.
 */
public final class UnusableInputException extends Exception {
    private static final long serialVersionUID = 1L;

    /**
     * Creates a {@code UnusableInputException}.
     *
     * @param message what went wrong
     */
    public UnusableInputException(String message) {
        super(message);
    }

    /**
     * Creates a {@code UnusableInputException}.
     *
     * @param message what went wrong
     * @param cause the underlying failure, or null
     */
    public UnusableInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
