package io.github.pctransfers.conformance.http;

import io.github.pctransfers.conformance.internal.http.HttpExampleParser;

/**
 * A slip in how a documented HTTP example is framed that {@link HttpExampleParser} tolerates. None of them is
 * something a client could act on, so they are noted, never reported as findings.
 */
public enum FramingSlip {
    /** Spaces or tabs at the end of the start line or a header line, or blank lines after the body. */
    TRAILING_WHITESPACE("trailing whitespace"),
    /** A blank line between two header lines (the throttling example has one after every header). */
    BLANK_LINE_BETWEEN_HEADERS("blank line between headers"),
    /** The JSON body starts right after the last header, without the blank line HTTP requires. */
    MISSING_BLANK_LINE_BEFORE_BODY("missing blank line before the body"),
    /** The declared Content-Length differs from the body shown (including {@code Content-Length: 0} with a body). */
    CONTENT_LENGTH_MISMATCH("Content-Length does not match the body");

    private final String description;

    FramingSlip(String description) {
        this.description = description;
    }

    /** {@return the description} */
    public String description() {
        return description;
    }
}
