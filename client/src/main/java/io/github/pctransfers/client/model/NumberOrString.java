package io.github.pctransfers.client.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.OptionalLong;

/**
 * A value the docs type as a string but the wire sends as a number (or the other way round). It is kept as
 * received, a JSON number or a JSON string, and written back the same way; {@code 3} and {@code "3"} are equal.
 */
public abstract class NumberOrString {
    private final Object raw;

    /**
     * Package-private: the vocabularies are the final classes of this package, which users cannot extend.
     *
     * @param raw the value as the wire has it: a number or a string
     */
    NumberOrString(Object raw) {
        if (!(raw instanceof Long || raw instanceof String)) {
            throw new IllegalArgumentException("expected a whole number or a string, got " + raw);
        }
        this.raw = raw;
    }

    static Object normalise(Object raw) {
        if (raw instanceof Integer || raw instanceof Short || raw instanceof Byte) {
            return ((Number) raw).longValue();
        }
        if (raw instanceof java.math.BigInteger) {
            return ((java.math.BigInteger) raw).longValueExact();
        }
        return raw;
    }

    /**
     * The value as received: a {@link Long} or a {@link String}; written back in the same JSON type.
     *
     * @return the value as received: a {@link Long} or a {@link String}; written back in the same JSON type
     */
    @JsonValue
    public final Object raw() {
        return raw;
    }

    /**
     * Whether the wire carried a JSON number.
     *
     * @return whether the wire carried a JSON number
     */
    public final boolean isNumber() {
        return raw instanceof Long;
    }

    /**
     * The numeric value, when the value is a number or a string holding one.
     *
     * @return the numeric value, when the value is a number or a string holding one
     */
    public final OptionalLong asLong() {
        if (raw instanceof Long) {
            return OptionalLong.of((Long) raw);
        }
        try {
            return OptionalLong.of(Long.parseLong(((String) raw).trim()));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /**
     * The value as text.
     *
     * @return the value as text
     */
    public final String asString() {
        return raw.toString();
    }

    @Override
    public final boolean equals(Object o) {
        if (o == null || o.getClass() != getClass()) {
            return false;
        }
        NumberOrString other = (NumberOrString) o;
        OptionalLong a = asLong();
        OptionalLong b = other.asLong();
        if (a.isPresent() && b.isPresent()) {
            return a.getAsLong() == b.getAsLong();
        }
        return ExtensibleString.fold(asString()).equals(ExtensibleString.fold(other.asString()));
    }

    @Override
    public final int hashCode() {
        OptionalLong n = asLong();
        return n.isPresent() ? Long.hashCode(n.getAsLong()) : ExtensibleString.fold(asString()).hashCode();
    }

    @Override
    public final String toString() {
        return asString();
    }
}
