package io.github.pctransfers.client.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
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

    protected ExtensibleString(String value) {
        this.value = Objects.requireNonNull(value, "value");
    }

    /** The value exactly as received or given. */
    @JsonValue
    public final String value() {
        return value;
    }

    /** Whether this value is one of the documented ones (compared case-insensitively). */
    public abstract boolean isKnown();

    /** Case-insensitive comparison with a literal, for callers holding plain strings. */
    public final boolean is(String other) {
        return other != null && value.equalsIgnoreCase(other);
    }

    @Override
    public final boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && value.equalsIgnoreCase(((ExtensibleString) o).value);
    }

    @Override
    public final int hashCode() {
        return Objects.hash(getClass(), value.toLowerCase(Locale.ROOT));
    }

    @Override
    public final String toString() {
        return value;
    }

    static boolean containsIgnoreCase(java.util.Collection<? extends ExtensibleString> known, String value) {
        for (ExtensibleString k : known) {
            if (k.value.equalsIgnoreCase(value)) {
                return true;
            }
        }
        return false;
    }
}
