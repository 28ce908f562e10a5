package io.github.pctransfers.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/** Status of an order created by an accept (documented lowercase, e.g. {@code completed}); an open vocabulary. */
public final class OrderStatus extends ExtensibleString {
    /** {@code unknown}. */
    public static final OrderStatus UNKNOWN = new OrderStatus("unknown");
    /** {@code completed}. */
    public static final OrderStatus COMPLETED = new OrderStatus("completed");
    /** {@code pending}. */
    public static final OrderStatus PENDING = new OrderStatus("pending");
    /** {@code cancelled}. */
    public static final OrderStatus CANCELLED = new OrderStatus("cancelled");
    /** {@code suspended}. */
    public static final OrderStatus SUSPENDED = new OrderStatus("suspended");
    /** {@code pendingReview}. */
    public static final OrderStatus PENDING_REVIEW = new OrderStatus("pendingReview");
    /** {@code pendingPoUpload}. */
    public static final OrderStatus PENDING_PO_UPLOAD = new OrderStatus("pendingPoUpload");

    private static final List<OrderStatus> KNOWN =
            List.of(UNKNOWN, COMPLETED, PENDING, CANCELLED, SUSPENDED, PENDING_REVIEW, PENDING_PO_UPLOAD);

    private OrderStatus(String value) {
        super(value);
    }

    /**
     * The status for {@code value}, keeping its spelling; never fails on an unknown value.
     *
     * @param value the value
     * @return the status for {@code value}, keeping its spelling; never fails on an unknown value
     */
    @JsonCreator
    public static OrderStatus fromString(String value) {
        return value == null ? null : new OrderStatus(value);
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
    public static List<OrderStatus> values() {
        return KNOWN;
    }
}
