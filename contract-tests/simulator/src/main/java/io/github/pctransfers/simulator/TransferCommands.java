package io.github.pctransfers.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;

/**
 * The typed requests {@link TransferRules} take, as {@link TransferRequests} reads them from the wire: every field
 * already checked for shape (GUIDs, strings, arrays), none yet checked against the seed or the transfers.
 */
final class TransferCommands {
    private TransferCommands() {
    }

    /** A create: {@link LegacyCreate} or {@link NewCommerceCreate}. */
    interface Create {
    }

    /** POST a legacy transfer: the source offers subscriptions to the target. */
    static final class LegacyCreate implements Create {
        final String sourcePartnerTenantId;
        final String targetPartnerTenantId;
        /** As sent, or null: then the seed's partner name, if any. */
        final String sourcePartnerName;
        final String targetPartnerName;
        /** At least one, no subscription twice. */
        final List<LineItemRequest> lineItems;

        LegacyCreate(String sourcePartnerTenantId, String targetPartnerTenantId, String sourcePartnerName,
                String targetPartnerName, List<LineItemRequest> lineItems) {
            this.sourcePartnerTenantId = Objects.requireNonNull(sourcePartnerTenantId, "sourcePartnerTenantId");
            this.targetPartnerTenantId = Objects.requireNonNull(targetPartnerTenantId, "targetPartnerTenantId");
            this.sourcePartnerName = sourcePartnerName;
            this.targetPartnerName = targetPartnerName;
            this.lineItems = List.copyOf(lineItems);
        }
    }

    /** POST a new-commerce transfer: the target asks the source for the customer's subscriptions. */
    static final class NewCommerceCreate implements Create {
        final String sourcePartnerTenantId;
        /** As sent, or the seed's caller when the request named none. */
        final String targetPartnerTenantId;
        /** As received: a number or a non-blank string. */
        final JsonNode transferType;
        final String customerEmailId;
        /** As sent, or null: then the seed's customer name, if any. */
        final String customerName;
        final String sourcePartnerName;
        /** Null when the request named none. */
        final List<String> targetProductTypes;
        final String partnerOnRecord;
        /** Free text of the creator's choice, or null: then the target partner's tenant id. */
        final String targetPartnerEmailId;
        /** As sent, in order; empty when none. */
        final List<TransferRecord.Participant> participants;

        NewCommerceCreate(String sourcePartnerTenantId, String targetPartnerTenantId, JsonNode transferType,
                String customerEmailId, String customerName, String sourcePartnerName, List<String> targetProductTypes,
                String partnerOnRecord, String targetPartnerEmailId, List<TransferRecord.Participant> participants) {
            this.sourcePartnerTenantId = Objects.requireNonNull(sourcePartnerTenantId, "sourcePartnerTenantId");
            this.targetPartnerTenantId = targetPartnerTenantId;
            this.transferType = Objects.requireNonNull(transferType, "transferType").deepCopy();
            this.customerEmailId = customerEmailId;
            this.customerName = customerName;
            this.sourcePartnerName = sourcePartnerName;
            this.targetProductTypes = targetProductTypes == null ? null : List.copyOf(targetProductTypes);
            this.partnerOnRecord = partnerOnRecord;
            this.targetPartnerEmailId = targetPartnerEmailId;
            this.participants = List.copyOf(participants);
        }
    }

    /** One line item of a legacy create or a new-commerce submit. */
    static final class LineItemRequest {
        /** Its place in the request's array: the line item's id. */
        final int index;
        final String subscriptionId;
        /** New-commerce submit: required; legacy: null. */
        final String productType;
        final String partnerIdOnRecord;

        LineItemRequest(int index, String subscriptionId, String productType, String partnerIdOnRecord) {
            this.index = index;
            this.subscriptionId = Objects.requireNonNull(subscriptionId, "subscriptionId");
            this.productType = productType;
            this.partnerIdOnRecord = partnerIdOnRecord;
        }
    }

    /**
     * PATCH: which change the body asks for. A body problem found after the envelope (a bad status, malformed line
     * items) travels as {@link #problem}, so that the rules answer it in the order Partner Center checks: the
     * transfer's existence and state first.
     */
    static final class Update {
        enum Change {
            /** Legacy: {@code status: reject}. */
            REJECT,
            /** New commerce: {@code status: Cancel}. */
            CANCEL,
            /** New commerce: {@code lineItems}, by the source partner. */
            SUBMIT,
            /** Nothing this API does: {@link #problem} says why. */
            NONE
        }

        final Change change;
        /** CANCEL: the customer name the request sends, or null. */
        final String customerName;
        /** SUBMIT: the line items, or null when they are malformed ({@link #problem}). */
        final List<LineItemRequest> lineItems;
        /** NONE: why; SUBMIT: why the line items are malformed, or null. */
        final Rejection problem;

        private Update(Change change, List<LineItemRequest> lineItems, Rejection problem) {
            this(change, lineItems, problem, null);
        }

        private Update(Change change, List<LineItemRequest> lineItems, Rejection problem, String customerName) {
            this.change = change;
            this.customerName = customerName;
            this.lineItems = lineItems == null ? null : List.copyOf(lineItems);
            this.problem = problem;
        }

        static Update reject() {
            return new Update(Change.REJECT, null, null);
        }

        static Update cancel() {
            return cancel(null);
        }

        /** A cancel that sends the customer's name (null when it sends none). */
        static Update cancel(String customerName) {
            return new Update(Change.CANCEL, null, null, customerName);
        }

        static Update submit(List<LineItemRequest> lineItems) {
            return new Update(Change.SUBMIT, Objects.requireNonNull(lineItems, "lineItems"), null);
        }

        static Update malformedSubmit(Rejection problem) {
            return new Update(Change.SUBMIT, null, Objects.requireNonNull(problem, "problem"));
        }

        static Update none(Rejection problem) {
            return new Update(Change.NONE, null, Objects.requireNonNull(problem, "problem"));
        }

        @Override
        public String toString() {
            return "Update[" + change + (problem != null ? " " + problem : "") + "]";
        }
    }
}
