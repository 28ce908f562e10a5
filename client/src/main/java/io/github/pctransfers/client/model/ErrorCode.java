package io.github.pctransfers.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/** A Partner Center error code: documented as a string, sent as a JSON number in every example. */
public final class ErrorCode extends NumberOrString {

    private ErrorCode(Object raw) {
        super(normalise(raw));
    }

    /**
     * An error code from the wire: a JSON number or string.
     *
     * @param raw the raw
     * @return an error code from the wire: a JSON number or string
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static ErrorCode fromJson(Object raw) {
        return raw == null ? null : new ErrorCode(raw);
    }

    /**
     * An error code as a number.
     *
     * @param value the value
     * @return an error code as a number
     */
    public static ErrorCode of(long value) {
        return new ErrorCode(value);
    }
}
