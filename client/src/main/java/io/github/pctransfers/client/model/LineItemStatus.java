package io.github.pctransfers.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/**
 * Status of a transfer line item: {@code InProgress} while a new-commerce transfer processes it (current get-by-id
 * example), then {@code Complete} or {@code Failed}. An open vocabulary.
 */
public final class LineItemStatus extends ExtensibleString {
    /** {@code InProgress}. */
    public static final LineItemStatus IN_PROGRESS = new LineItemStatus("InProgress");
    /** {@code Complete}. */
    public static final LineItemStatus COMPLETE = new LineItemStatus("Complete");
    /** {@code Failed}. */
    public static final LineItemStatus FAILED = new LineItemStatus("Failed");

    private static final List<LineItemStatus> KNOWN = List.of(IN_PROGRESS, COMPLETE, FAILED);

    private LineItemStatus(String value) {
        super(value);
    }

    /**
     * The status for {@code value}, keeping its spelling; never fails on an unknown value.
     *
     * @param value the value
     * @return the status for {@code value}, keeping its spelling; never fails on an unknown value
     */
    @JsonCreator
    public static LineItemStatus fromString(String value) {
        return value == null ? null : new LineItemStatus(value);
    }

    @Override
    public boolean isKnown() {
        return containsIgnoreCase(KNOWN, value());
    }

    /**
     * The documented values.
     *
     * @return the documented values
     */
    public static List<LineItemStatus> values() {
        return KNOWN;
    }
}
