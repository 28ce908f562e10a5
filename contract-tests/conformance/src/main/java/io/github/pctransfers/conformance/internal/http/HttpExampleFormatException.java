package io.github.pctransfers.conformance.internal.http;

/** The text is not an HTTP example even with every tolerated framing slip: names the line and what is wrong. */
public final class HttpExampleFormatException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final int line;

    /**
     * Creates a {@code HttpExampleFormatException}.
     *
     * @param line the line
     * @param problem the problem
     */
    public HttpExampleFormatException(int line, String problem) {
        super("line " + line + ": " + problem);
        this.line = line;
    }

    /**
     * The 1-based line where parsing stopped.
     *
     * @return the 1-based line where parsing stopped
     */
    public int line() {
        return line;
    }
}
