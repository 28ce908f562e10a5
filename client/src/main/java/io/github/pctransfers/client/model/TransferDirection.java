package io.github.pctransfers.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * New commerce: the direction of a transfer as the caller sees it, a JSON integer. {@link #INCOMING} ({@code 1}):
 * the caller is the target partner; {@link #OUTGOING} ({@code 2}): the caller is the source partner. The API
 * reference also lists {@code 0} without a name. An open vocabulary: any other number is kept as received.
 */
public final class TransferDirection {
    /** {@code 1}: the caller is the target partner (it asked for the customer's subscriptions). */
    public static final TransferDirection INCOMING = new TransferDirection(1);
    /** {@code 2}: the caller is the source partner (it currently holds the subscriptions). */
    public static final TransferDirection OUTGOING = new TransferDirection(2);

    private final int value;

    private TransferDirection(int value) {
        this.value = value;
    }

    /**
     * The direction with this wire value; {@code 1} and {@code 2} give {@link #INCOMING} and {@link #OUTGOING}.
     *
     * @param value the value
     * @return the direction with this wire value; {@code 1} and {@code 2} give {@link #INCOMING} and {@link #OUTGOING}
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static TransferDirection of(int value) {
        if (value == INCOMING.value) {
            return INCOMING;
        }
        if (value == OUTGOING.value) {
            return OUTGOING;
        }
        return new TransferDirection(value);
    }

    /**
     * The value as sent on the wire.
     *
     * @return the value as sent on the wire
     */
    @JsonValue
    public int value() {
        return value;
    }

    /**
     * Whether the caller is the target partner ({@code 1}).
     *
     * @return whether the caller is the target partner ({@code 1})
     */
    public boolean isIncoming() {
        return value == INCOMING.value;
    }

    /**
     * Whether the caller is the source partner ({@code 2}).
     *
     * @return whether the caller is the source partner ({@code 2})
     */
    public boolean isOutgoing() {
        return value == OUTGOING.value;
    }

    /**
     * Whether this is one of the named directions ({@code 1} or {@code 2}).
     *
     * @return whether this is one of the named directions ({@code 1} or {@code 2})
     */
    public boolean isKnown() {
        return isIncoming() || isOutgoing();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TransferDirection && ((TransferDirection) o).value == value;
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(value);
    }

    /** {@code incoming (1)}, {@code outgoing (2)} or the bare number. */
    @Override
    public String toString() {
        return isIncoming() ? "incoming (1)" : isOutgoing() ? "outgoing (2)" : Integer.toString(value);
    }
}
