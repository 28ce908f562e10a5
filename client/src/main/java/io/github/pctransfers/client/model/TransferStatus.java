package io.github.pctransfers.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/**
 * Status of a transfer: an open vocabulary, compared case-insensitively, unknown values kept as received.
 *
 * <p>Responses show {@code Active}, {@code Reject}, {@code Complete}, {@code PartiallyComplete},
 * {@code InProgress} (a new-commerce transfer waiting for or processing its line items) and {@code Cancel} (the
 * current cancel response); requests send {@code reject} and {@code Cancel}; the entity page also names
 * {@code Completed}, the portal {@code pending} and {@code expired} (a request unanswered for 30 days).
 */
public final class TransferStatus extends ExtensibleString {
    /** {@code Active}. */
    public static final TransferStatus ACTIVE = new TransferStatus("Active");
    /** {@code Complete}. */
    public static final TransferStatus COMPLETE = new TransferStatus("Complete");
    /** {@code Completed}. */
    public static final TransferStatus COMPLETED = new TransferStatus("Completed");
    /** {@code PartiallyComplete}. */
    public static final TransferStatus PARTIALLY_COMPLETE = new TransferStatus("PartiallyComplete");
    /** {@code Reject}. */
    public static final TransferStatus REJECT = new TransferStatus("Reject");
    /** {@code Cancel}. */
    public static final TransferStatus CANCEL = new TransferStatus("Cancel");
    /** {@code InProgress}. */
    public static final TransferStatus IN_PROGRESS = new TransferStatus("InProgress");
    /** {@code Pending}. */
    public static final TransferStatus PENDING = new TransferStatus("Pending");
    /** {@code Expired}. */
    public static final TransferStatus EXPIRED = new TransferStatus("Expired");

    private static final List<TransferStatus> KNOWN = List.of(
            ACTIVE, COMPLETE, COMPLETED, PARTIALLY_COMPLETE, REJECT, CANCEL, IN_PROGRESS, PENDING, EXPIRED);

    private TransferStatus(String value) {
        super(value);
    }

    /**
     * The status for {@code value}, keeping its spelling; never fails on an unknown value.
     *
     * @param value the value
     * @return the status for {@code value}, keeping its spelling; never fails on an unknown value
     */
    @JsonCreator
    public static TransferStatus fromString(String value) {
        return value == null ? null : new TransferStatus(value);
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
    public static List<TransferStatus> values() {
        return KNOWN;
    }
}
