package io.github.pctransfers.conformance.http;

import java.util.Objects;

/**
 * One framing slip found while parsing an example.
 *
 * @param slip   what kind of slip
 * @param line   the 1-based line of the example where it was seen
 * @param detail what exactly was seen, e.g. {@code declared 138 bytes, body has 1950}
 */
public record FramingNote(FramingSlip slip, int line, String detail) {
    /**
     * Checks and copies the components.
     *
     * @param detail what exactly was seen, e.g. {@code declared 138 bytes, body has 1950}
     * @param line the 1-based line of the example where it was seen
     * @param slip what kind of slip
     */
    public FramingNote {
        Objects.requireNonNull(slip, "slip");
        Objects.requireNonNull(detail, "detail");
    }

    @Override
    public String toString() {
        return slip.description() + " (line " + line + "): " + detail;
    }
}
