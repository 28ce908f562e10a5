package io.github.pctransfers.conformance.internal.har;

/**
 * A file that is not a readable HTTP Archive: not JSON, cut short, or without the {@code log.entries} the format
 * requires. The message says what and where, e.g. {@code unexpected end of input at line 120 column 5}.
 */
public final class HarFormatException extends Exception {
    private static final long serialVersionUID = 1L;
    private final long line;
    private final long column;

    /**
     * @param problem what is wrong
     * @param line    1-based line, or 0 when unknown
     * @param column  1-based column, or 0 when unknown
     */
    public HarFormatException(String problem, long line, long column) {
        super(line > 0 ? problem + " at line " + line + " column " + column : problem);
        this.line = line;
        this.column = column;
    }

    /**
     * The 1-based line where reading stopped, or 0 when unknown.
     *
     * @return the 1-based line where reading stopped, or 0 when unknown
     */
    public long line() {
        return line;
    }

    /**
     * The 1-based column where reading stopped, or 0 when unknown.
     *
     * @return the 1-based column where reading stopped, or 0 when unknown
     */
    public long column() {
        return column;
    }
}
