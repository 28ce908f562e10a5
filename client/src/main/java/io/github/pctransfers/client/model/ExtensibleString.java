package io.github.pctransfers.client.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * A value of an open vocabulary (a status, a type) as Partner Center sends it.
 *
 * <p>Partner Center is a .NET service whose vocabularies grow and whose casing drifts ({@code reject} is sent,
 * {@code Reject} comes back). So values compare case-insensitively, unknown values are kept rather than dropped
 * or thrown, and the original spelling is what is written back (the Azure SDK's ExpandableStringEnum idea).
 */
public abstract class ExtensibleString {
    private final String value;
    /** The value folded for comparison; equals and hashCode both use it, so they always agree. */
    private final String key;

    /**
     * Package-private: the vocabularies are the final classes of this package, which users cannot extend.
     *
     * @param value the value as the wire has it
     */
    ExtensibleString(String value) {
        this.value = Objects.requireNonNull(value, "value");
        this.key = fold(value);
    }

    /**
     * Case folding char by char, as {@link String#equalsIgnoreCase} does, so that {@code Reject} and
     * {@code reject} match; unlike {@code toLowerCase} it never changes a string's length.
     */
    static String fold(String s) {
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(Character.toUpperCase(chars[i]));
        }
        return new String(chars);
    }

    /**
     * The value exactly as received or given.
     *
     * @return the value exactly as received or given
     */
    @JsonValue
    public final String value() {
        return value;
    }

    /**
     * Whether this value is one of the documented ones (compared case-insensitively).
     *
     * @return whether this value is one of the documented ones (compared case-insensitively)
     */
    public abstract boolean isKnown();

    /**
     * Case-insensitive comparison with a literal, for callers holding plain strings.
     *
     * @param other the other
     * @return case-insensitive comparison with a literal, for callers holding plain strings
     */
    public final boolean is(String other) {
        return other != null && key.equals(fold(other));
    }

    @Override
    public final boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && key.equals(((ExtensibleString) o).key);
    }

    @Override
    public final int hashCode() {
        return getClass().getName().hashCode() * 31 + key.hashCode();
    }

    @Override
    public final String toString() {
        return value;
    }

    static boolean containsIgnoreCase(java.util.Collection<? extends ExtensibleString> known, String value) {
        for (ExtensibleString k : known) {
            if (k.is(value)) {
                return true;
            }
        }
        return false;
    }
}
