package io.github.pctransfers.conformance.internal.http;

/** The text is not an HTTP example even with every tolerated framing slip: names the line and what is wrong. */
public final class HttpExampleFormatException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final int line;

    public HttpExampleFormatException(int line, String problem) {
        super("line " + line + ": " + problem);
        this.line = line;
    }

    /** The 1-based line where parsing stopped. */
    public int line() {
        return line;
    }
}
