package io.github.pctransfers.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One transfer in the simulator's memory. Guarded by the {@link TransferBook}'s lock. */
final class TransferRecord {
    static final String ACTIVE = "Active";
    static final String COMPLETE = "Complete";
    static final String PARTIALLY_COMPLETE = "PartiallyComplete";
    static final String FAILED = "Failed";
    static final String REJECT = "Reject";
    static final String IN_PROGRESS = "InProgress";
    static final String CANCEL = "Cancel";
    static final String EXPIRED = "Expired";

    final String id;
    /** The customer id as the creating request spelled it. */
    final String customerId;
    final boolean newCommerce;
    final Instant createdTime;
    String status;
    Instant lastModifiedTime;
    Instant completedTime;
    Instant expirationTime;
    String partnerTenantId;
    String sourcePartnerTenantId;
    String sourcePartnerName;
    String targetPartnerTenantId;
    String targetPartnerName;
    String customerName;
    String customerEmailId;
    /** New commerce: as received, number or string. */
    JsonNode transferType;
    List<String> targetProductTypes;
    String partnerOnRecord;
    final List<LineItem> lineItems = new ArrayList<>();
    /** Legacy: an accept is running; other changes get 409 900104. */
    boolean accepting;
    /** New commerce: submitted items are processed until then; changes get 409 900101. */
    Instant processingUntil;

    TransferRecord(String id, String customerId, boolean newCommerce, Instant createdTime) {
        this.id = id;
        this.customerId = customerId;
        this.newCommerce = newCommerce;
        this.createdTime = createdTime;
        this.lastModifiedTime = createdTime;
    }

    /** Legacy Active, or new-commerce InProgress: the subscriptions are held by this transfer. */
    boolean isOpen() {
        return ACTIVE.equals(status) || IN_PROGRESS.equals(status);
    }

    /** New commerce: line items were submitted and are still being processed. */
    boolean isProcessing() {
        return processingUntil != null;
    }

    /** One subscription of a transfer. */
    static final class LineItem {
        final int id;
        final Seed.Subscription subscription;
        final String partnerIdOnRecord;
        final String productType;
        String status;
        String orderId;
        String transferGroupId;
        String transferError;

        LineItem(int id, Seed.Subscription subscription, String partnerIdOnRecord, String productType) {
            this.id = id;
            this.subscription = subscription;
            this.partnerIdOnRecord = partnerIdOnRecord;
            this.productType = productType;
        }
    }
}
