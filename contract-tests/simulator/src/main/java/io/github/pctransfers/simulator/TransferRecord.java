package io.github.pctransfers.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One transfer as the simulator remembers it. Immutable: a change is a new record made with a {@code withX} method
 * or {@link #toBuilder()}.
 */
final class TransferRecord {
    static final String ACTIVE = "Active";
    static final String COMPLETE = "Complete";
    static final String PARTIALLY_COMPLETE = "PartiallyComplete";
    static final String FAILED = "Failed";
    static final String REJECT = "Reject";
    static final String IN_PROGRESS = "InProgress";
    static final String CANCEL = "Cancel";
    static final String EXPIRED = "Expired";

    private final String id;
    private final String customerId;
    private final boolean newCommerce;
    private final Instant createdTime;
    private final String status;
    private final Instant lastModifiedTime;
    private final Instant completedTime;
    private final Instant expirationTime;
    private final String partnerTenantId;
    private final String sourcePartnerTenantId;
    private final String sourcePartnerName;
    private final String targetPartnerTenantId;
    private final String targetPartnerName;
    private final String customerName;
    private final String customerEmailId;
    private final JsonNode transferType;
    private final List<String> targetProductTypes;
    private final String partnerOnRecord;
    private final List<LineItem> lineItems;
    private final boolean accepting;
    private final Instant processingUntil;
    private final String lastModifiedUser;
    private final Integer transferDirection;
    private final String targetPartnerEmailId;
    private final Boolean ignoreEligibilityCheck;
    private final List<Participant> participants;

    private TransferRecord(Builder b) {
        this.id = Objects.requireNonNull(b.id, "id");
        this.customerId = Objects.requireNonNull(b.customerId, "customerId");
        this.newCommerce = b.newCommerce;
        this.createdTime = Objects.requireNonNull(b.createdTime, "createdTime");
        this.status = Objects.requireNonNull(b.status, "status");
        this.lastModifiedTime = b.lastModifiedTime == null ? b.createdTime : b.lastModifiedTime;
        this.completedTime = b.completedTime;
        this.expirationTime = b.expirationTime;
        this.partnerTenantId = b.partnerTenantId;
        this.sourcePartnerTenantId = b.sourcePartnerTenantId;
        this.sourcePartnerName = b.sourcePartnerName;
        this.targetPartnerTenantId = b.targetPartnerTenantId;
        this.targetPartnerName = b.targetPartnerName;
        this.customerName = b.customerName;
        this.customerEmailId = b.customerEmailId;
        this.transferType = b.transferType == null ? null : b.transferType.deepCopy();
        this.targetProductTypes = b.targetProductTypes == null ? null : List.copyOf(b.targetProductTypes);
        this.partnerOnRecord = b.partnerOnRecord;
        this.lineItems = List.copyOf(b.lineItems);
        this.accepting = b.accepting;
        this.processingUntil = b.processingUntil;
        this.lastModifiedUser = b.lastModifiedUser;
        this.transferDirection = b.transferDirection;
        this.targetPartnerEmailId = b.targetPartnerEmailId;
        this.ignoreEligibilityCheck = b.ignoreEligibilityCheck;
        this.participants = List.copyOf(b.participants);
    }

    /** A new transfer's record, to be filled in: status, partners and the rest. */
    static Builder builder(String id, String customerId, boolean newCommerce, Instant createdTime) {
        Builder b = new Builder();
        b.id = id;
        b.customerId = customerId;
        b.newCommerce = newCommerce;
        b.createdTime = createdTime;
        return b;
    }

    /** A builder holding every field of this record, to make a changed copy. */
    Builder toBuilder() {
        Builder b = builder(id, customerId, newCommerce, createdTime);
        b.status = status;
        b.lastModifiedTime = lastModifiedTime;
        b.completedTime = completedTime;
        b.expirationTime = expirationTime;
        b.partnerTenantId = partnerTenantId;
        b.sourcePartnerTenantId = sourcePartnerTenantId;
        b.sourcePartnerName = sourcePartnerName;
        b.targetPartnerTenantId = targetPartnerTenantId;
        b.targetPartnerName = targetPartnerName;
        b.customerName = customerName;
        b.customerEmailId = customerEmailId;
        b.transferType = transferType;
        b.targetProductTypes = targetProductTypes;
        b.partnerOnRecord = partnerOnRecord;
        b.lineItems = lineItems;
        b.accepting = accepting;
        b.processingUntil = processingUntil;
        b.lastModifiedUser = lastModifiedUser;
        b.transferDirection = transferDirection;
        b.targetPartnerEmailId = targetPartnerEmailId;
        b.ignoreEligibilityCheck = ignoreEligibilityCheck;
        b.participants = participants;
        return b;
    }

    /** This transfer in another status, changed at {@code at} (by the same user as its last change). */
    TransferRecord withStatus(String newStatus, Instant at) {
        return toBuilder().status(newStatus).lastModifiedTime(at).build();
    }

    /** This transfer in another status, changed at {@code at} by {@code user}. */
    TransferRecord withStatus(String newStatus, Instant at, String user) {
        return toBuilder().status(newStatus).lastModifiedTime(at).lastModifiedUser(user).build();
    }

    /** This legacy transfer with an accept running on it ({@code true}) or not. */
    TransferRecord withAccepting(boolean running) {
        return toBuilder().accepting(running).build();
    }

    // ---- reads -----------------------------------------------------------------------------------------------

    String id() {
        return id;
    }

    /** The customer's tenant id, lowercase. */
    String customerId() {
        return customerId;
    }

    boolean newCommerce() {
        return newCommerce;
    }

    Instant createdTime() {
        return createdTime;
    }

    String status() {
        return status;
    }

    Instant lastModifiedTime() {
        return lastModifiedTime;
    }

    Instant completedTime() {
        return completedTime;
    }

    Instant expirationTime() {
        return expirationTime;
    }

    String partnerTenantId() {
        return partnerTenantId;
    }

    String sourcePartnerTenantId() {
        return sourcePartnerTenantId;
    }

    String sourcePartnerName() {
        return sourcePartnerName;
    }

    String targetPartnerTenantId() {
        return targetPartnerTenantId;
    }

    String targetPartnerName() {
        return targetPartnerName;
    }

    String customerName() {
        return customerName;
    }

    String customerEmailId() {
        return customerEmailId;
    }

    /** New commerce: as received, number or string (a copy). */
    JsonNode transferType() {
        return transferType == null ? null : transferType.deepCopy();
    }

    /** New commerce: the product types the target takes, or null when the create named none. */
    List<String> targetProductTypes() {
        return targetProductTypes;
    }

    String partnerOnRecord() {
        return partnerOnRecord;
    }

    List<LineItem> lineItems() {
        return lineItems;
    }

    /** Legacy: an accept is running; other changes get 409 900104. */
    boolean accepting() {
        return accepting;
    }

    /** New commerce: submitted items are processed until then (null when none are); changes get 409 900101. */
    Instant processingUntil() {
        return processingUntil;
    }

    /** The user of the latest change, or null for the seed's operator. */
    String lastModifiedUser() {
        return lastModifiedUser;
    }

    /** New commerce: as shown, or null. */
    Integer transferDirection() {
        return transferDirection;
    }

    /**
     * New commerce: what the create sent (free text, often a GUID), else the target partner's tenant id as the
     * current pages show it; or null.
     */
    String targetPartnerEmailId() {
        return targetPartnerEmailId;
    }

    /** New commerce: as shown, or null. */
    Boolean ignoreEligibilityCheck() {
        return ignoreEligibilityCheck;
    }

    /** New commerce: the participants the create named, in its order; empty when it named none. */
    List<Participant> participants() {
        return participants;
    }

    /** Legacy Active, or new-commerce InProgress: the subscriptions are held by this transfer. */
    boolean isOpen() {
        return ACTIVE.equals(status) || IN_PROGRESS.equals(status);
    }

    /** New commerce: line items were submitted and are still being processed. */
    boolean isProcessing() {
        return processingUntil != null;
    }

    @Override
    public String toString() {
        return "TransferRecord[" + id + " " + status + (accepting ? " accepting" : "")
                + (processingUntil != null ? " processing until " + processingUntil : "") + ", " + lineItems.size()
                + " line items]";
    }

    /** Collects the fields of a new or changed {@link TransferRecord}. */
    static final class Builder {
        private String id;
        private String customerId;
        private boolean newCommerce;
        private Instant createdTime;
        private String status;
        private Instant lastModifiedTime;
        private Instant completedTime;
        private Instant expirationTime;
        private String partnerTenantId;
        private String sourcePartnerTenantId;
        private String sourcePartnerName;
        private String targetPartnerTenantId;
        private String targetPartnerName;
        private String customerName;
        private String customerEmailId;
        private JsonNode transferType;
        private List<String> targetProductTypes;
        private String partnerOnRecord;
        private List<LineItem> lineItems = List.of();
        private boolean accepting;
        private Instant processingUntil;
        private String lastModifiedUser;
        private Integer transferDirection;
        private String targetPartnerEmailId;
        private Boolean ignoreEligibilityCheck;
        private List<Participant> participants = List.of();

        private Builder() {
        }

        Builder participants(List<Participant> value) {
            participants = value == null ? List.of() : value;
            return this;
        }

        Builder lastModifiedUser(String value) {
            lastModifiedUser = value;
            return this;
        }

        Builder transferDirection(Integer value) {
            transferDirection = value;
            return this;
        }

        Builder targetPartnerEmailId(String value) {
            targetPartnerEmailId = value;
            return this;
        }

        Builder ignoreEligibilityCheck(Boolean value) {
            ignoreEligibilityCheck = value;
            return this;
        }

        Builder status(String value) {
            status = value;
            return this;
        }

        Builder lastModifiedTime(Instant value) {
            lastModifiedTime = value;
            return this;
        }

        Builder completedTime(Instant value) {
            completedTime = value;
            return this;
        }

        Builder expirationTime(Instant value) {
            expirationTime = value;
            return this;
        }

        Builder partnerTenantId(String value) {
            partnerTenantId = value;
            return this;
        }

        Builder sourcePartner(String tenantId, String name) {
            sourcePartnerTenantId = tenantId;
            sourcePartnerName = name;
            return this;
        }

        Builder targetPartner(String tenantId, String name) {
            targetPartnerTenantId = tenantId;
            targetPartnerName = name;
            return this;
        }

        Builder customerName(String value) {
            customerName = value;
            return this;
        }

        Builder customerEmailId(String value) {
            customerEmailId = value;
            return this;
        }

        Builder transferType(JsonNode value) {
            transferType = value;
            return this;
        }

        Builder targetProductTypes(List<String> value) {
            targetProductTypes = value;
            return this;
        }

        Builder partnerOnRecord(String value) {
            partnerOnRecord = value;
            return this;
        }

        Builder lineItems(List<LineItem> value) {
            lineItems = value;
            return this;
        }

        Builder accepting(boolean value) {
            accepting = value;
            return this;
        }

        Builder processingUntil(Instant value) {
            processingUntil = value;
            return this;
        }

        TransferRecord build() {
            return new TransferRecord(this);
        }
    }

    /** One subscription of a transfer. Immutable: {@link #completed} and {@link #failed} make the processed copy. */
    static final class LineItem {
        private final int id;
        private final Seed.Subscription subscription;
        private final String partnerIdOnRecord;
        private final String productType;
        private final String status;
        private final String orderId;
        private final String transferGroupId;
        private final String transferError;

        /** A line item not processed yet. */
        LineItem(int id, Seed.Subscription subscription, String partnerIdOnRecord, String productType) {
            this(id, subscription, partnerIdOnRecord, productType, null, null, null, null);
        }

        /** A line item of a seeded transfer, in the state the seed gives it. */
        static LineItem seeded(Seed.TransferLineItem li) {
            Seed.Subscription copy = new Seed.Subscription(li.subscriptionId(), li.offerId(), li.friendlyName(),
                    li.quantity(), li.billingCycle(), li.productType() == null ? null : li.productType().asText(),
                    null, li.syncState(), null, null);
            return new LineItem(li.id(), copy, li.partnerIdOnRecord(), copy.productType(), li.status(),
                    li.orderId(), li.transferGroupId(), li.transferError());
        }

        private LineItem(int id, Seed.Subscription subscription, String partnerIdOnRecord, String productType,
                String status, String orderId, String transferGroupId, String transferError) {
            this.id = id;
            this.subscription = Objects.requireNonNull(subscription, "subscription");
            this.partnerIdOnRecord = partnerIdOnRecord;
            this.productType = productType;
            this.status = status;
            this.orderId = orderId;
            this.transferGroupId = transferGroupId;
            this.transferError = transferError;
        }

        /** This line item moved by the order {@code newOrderId}. */
        LineItem completed(String newOrderId, String group) {
            return new LineItem(id, subscription, partnerIdOnRecord, productType, COMPLETE, newOrderId, group, null);
        }

        /** This line item failed to move, and why. */
        LineItem failed(String error, String group) {
            return new LineItem(id, subscription, partnerIdOnRecord, productType, FAILED, null, group, error);
        }

        int id() {
            return id;
        }

        Seed.Subscription subscription() {
            return subscription;
        }

        String partnerIdOnRecord() {
            return partnerIdOnRecord;
        }

        /** New commerce: the product type submitted; null on a legacy line item. */
        String productType() {
            return productType;
        }

        /** {@code Complete} or {@code Failed} once processed, else null. */
        String status() {
            return status;
        }

        /** The order that moved the subscription, once {@link #completed}; else null. */
        String orderId() {
            return orderId;
        }

        String transferGroupId() {
            return transferGroupId;
        }

        /** Why the line item {@link #failed}; else null. */
        String transferError() {
            return transferError;
        }
    }

    /** One participant of a new-commerce transfer: a key (e.g. {@code TransactionReseller}) and its value. */
    static final class Participant {
        final String key;
        final String value;

        Participant(String key, String value) {
            this.key = Objects.requireNonNull(key, "key");
            this.value = value;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Participant && key.equals(((Participant) o).key)
                    && Objects.equals(value, ((Participant) o).value);
        }

        @Override
        public int hashCode() {
            return Objects.hash(key, value);
        }
    }
}
