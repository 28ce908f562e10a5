package io.github.pctransfers.client.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of accepting a transfer. Partner Center reports line items that could not be transferred inside
 * the 2xx body ({@code transferErrors}), so a successful HTTP call can still be a partial failure: check
 * {@link #hasFailures()}.
 */
public final class TransferAcceptance {
    private final TransferSubmitResult result;

    /**
     * Creates a {@code TransferAcceptance}.
     *
     * @param result the result
     */
    public TransferAcceptance(TransferSubmitResult result) {
        this.result = Objects.requireNonNull(result, "result");
    }

    /**
     * The body as received.
     *
     * @return the body as received
     */
    public TransferSubmitResult result() {
        return result;
    }

    /**
     * The orders created for the line items that transferred.
     *
     * @return the orders created for the line items that transferred
     */
    public List<Order> orders() {
        return result.getOrders() == null ? List.of() : Collections.unmodifiableList(result.getOrders());
    }

    /**
     * Whether any line item failed.
     *
     * @return whether any line item failed
     */
    public boolean hasFailures() {
        return !failures().isEmpty();
    }

    /**
     * One entry per failed line item, with the code and description of its error group.
     *
     * @return one entry per failed line item, with the code and description of its error group
     */
    public List<LineItemFailure> failures() {
        List<LineItemFailure> failures = new ArrayList<>();
        if (result.getTransferErrors() == null) {
            return failures;
        }
        for (TransferError error : result.getTransferErrors()) {
            List<TransferLineItem> items = error.getLineItems();
            if (items == null || items.isEmpty()) {
                failures.add(new LineItemFailure(error, null));
            } else {
                for (TransferLineItem item : items) {
                    failures.add(new LineItemFailure(error, item));
                }
            }
        }
        return failures;
    }

    /**
     * The subscriptions that were not transferred, in the order reported.
     *
     * @return the subscriptions that were not transferred, in the order reported
     */
    public List<String> failedSubscriptionIds() {
        List<String> ids = new ArrayList<>();
        for (LineItemFailure failure : failures()) {
            if (failure.subscriptionId() != null) {
                ids.add(failure.subscriptionId());
            }
        }
        return ids;
    }

    @Override
    public String toString() {
        return "TransferAcceptance{orders=" + orders().size() + ", failures=" + failures() + "}";
    }

    /** A line item that was not transferred, and why. */
    public static final class LineItemFailure {
        private final TransferError error;
        private final TransferLineItem lineItem;

        LineItemFailure(TransferError error, TransferLineItem lineItem) {
            this.error = error;
            this.lineItem = lineItem;
        }

        /**
         * The error code, e.g. 900103; null when the service sent none.
         *
         * @return the error code, e.g. 900103; null when the service sent none
         */
        public Integer code() {
            return error.getCode();
        }

        /**
         * Whether the error code is {@code code}, e.g.
         * {@code failure.hasErrorCode(DocumentedErrorCode.TRANSFER_CREATE_ORDER_ERROR.code())}.
         *
         * @param code the code, e.g. {@code "900103"}; null gives false
         * @return whether the failure's code is {@code code} (surrounding blanks ignored)
         */
        public boolean hasErrorCode(String code) {
            return code != null && error.getCode() != null && code.trim().equals(String.valueOf(error.getCode()));
        }

        /**
         * What went wrong.
         *
         * @return what went wrong
         */
        public String description() {
            return error.getDescription();
        }

        /**
         * The failed subscription, or null when the error named no line item.
         *
         * @return the failed subscription, or null when the error named no line item
         */
        public String subscriptionId() {
            return lineItem == null ? null : lineItem.getSubscriptionId();
        }

        /**
         * The failed line item as received, or null.
         *
         * @return the failed line item as received, or null
         */
        public TransferLineItem lineItem() {
            return lineItem;
        }

        /**
         * The error group as received.
         *
         * @return the error group as received
         */
        public TransferError error() {
            return error;
        }

        @Override
        public String toString() {
            return "{subscriptionId=" + subscriptionId() + ", code=" + code() + ", description=" + description() + "}";
        }
    }
}
