package io.github.pctransfers.client.model;

import io.github.pctransfers.client.model.TransferCreateRequest;
import io.github.pctransfers.client.model.TransferLineItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The two documented shapes of a create, and the check the client runs on every create before it sends anything.
 *
 * <ul>
 *   <li>{@linkplain Shape#LEGACY legacy} (create-a-transfer-legacy): {@code sourcePartnerTenantId},
 *       {@code targetPartnerTenantId} and {@code lineItems}, each line item with a {@code subscriptionId};</li>
 *   <li>{@linkplain Shape#NEW_COMMERCE new commerce} (create-a-transfer): {@code sourcePartnerTenantId},
 *       {@code sourcePartnerName}, {@code customerEmailId} and {@code transferType}, no line items.</li>
 * </ul>
 *
 * <p>The spec says the same with a {@code oneOf} of the two required lists: a body must be complete for exactly
 * one shape. Build a body with {@link #legacy} or {@link #newCommerce}, then add optional properties to a copy
 * with {@code toBuilder()}, or build one with {@link TransferCreateRequest#builder()}; {@code createTransfer} checks
 * the shape either way. A new-commerce create made for an indirect reseller names it as a participant:
 *
 * <pre>{@code
 * TransferCreateRequest create = TransferCreateRequests.newCommerce(source, "Contoso", "it@fabrikam.example",
 *                 TransferType.of(3))
 *         .toBuilder()
 *         .addParticipantsItem(TransferCreateRequests.indirectReseller("5139005"))
 *         .targetPartnerEmailId("northwind-transfers") // free text of the creator's choice, read back later
 *         .build();
 * }</pre>
 */
public final class TransferCreateRequests {
    /**
     * The participant key that names the indirect reseller of a new-commerce transfer; its value is the reseller's
     * Partner ID (MPN id). What production clients send, e.g. {@code {"key": "TransactionReseller", "value":
     * "5139005"}}.
     */
    public static final String TRANSACTION_RESELLER = "TransactionReseller";

    /** The shapes of a create body. */
    public enum Shape {
        /** {@code LEGACY}. */
        LEGACY("legacy create",
                List.of("sourcePartnerTenantId", "targetPartnerTenantId", "lineItems")),
        /** {@code NEW_COMMERCE}. */
        NEW_COMMERCE("new-commerce create",
                List.of("sourcePartnerTenantId", "sourcePartnerName", "customerEmailId", "transferType"));

        private final String label;
        private final List<String> required;

        Shape(String label, List<String> required) {
            this.label = label;
            this.required = required;
        }

        /**
         * The required properties, as the page documents them (each legacy line item also needs a subscriptionId).
         *
         * @return the required properties, as the page documents them (each legacy line item also needs a
         *     subscriptionId)
         */
        public List<String> required() {
            return required;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private TransferCreateRequests() {
    }

    /**
     * A legacy create moving the given subscriptions (uppercase GUIDs in the docs), one line item each.
     *
     * @param sourcePartnerTenantId the source partner tenant id
     * @param targetPartnerTenantId the target partner tenant id
     * @param subscriptionIds the subscription ids
     * @return a legacy create moving the given subscriptions (uppercase GUIDs in the docs), one line item each
     */
    public static TransferCreateRequest legacy(String sourcePartnerTenantId, String targetPartnerTenantId,
            String... subscriptionIds) {
        Objects.requireNonNull(subscriptionIds, "subscriptionIds");
        List<TransferLineItem> items = new ArrayList<>();
        for (String id : subscriptionIds) {
            items.add(TransferLineItem.builder().subscriptionId(id).build());
        }
        return legacy(sourcePartnerTenantId, targetPartnerTenantId, items);
    }

    /**
     * A legacy create with line items built by the caller (e.g. with a {@code partnerIdOnRecord}).
     *
     * @param sourcePartnerTenantId the source partner tenant id
     * @param targetPartnerTenantId the target partner tenant id
     * @param lineItems the line items to transfer
     * @return a legacy create with line items built by the caller (e.g. with a {@code partnerIdOnRecord})
     * @throws RequestShapeException naming what is missing
     * @throws TransferIds.InvalidIdException when a tenant or subscription id is not a GUID
     */
    public static TransferCreateRequest legacy(String sourcePartnerTenantId, String targetPartnerTenantId,
            List<TransferLineItem> lineItems) {
        TransferCreateRequest request = TransferCreateRequest.builder()
                .sourcePartnerTenantId(sourcePartnerTenantId)
                .targetPartnerTenantId(targetPartnerTenantId)
                .lineItems(lineItems)
                .build();
        require(request, Shape.LEGACY);
        return request;
    }

    /**
     * A new-commerce create, made by the target partner. The target partner tenant is resolved from the caller
     * when not set.
     *
     * @param sourcePartnerTenantId the source partner tenant id
     * @param sourcePartnerName the source partner name
     * @param customerEmailId the customer email id
     * @param transferType e.g. {@code TransferType.of(3)}, as the create page documents ("3 represents New Commerce")
     * @return a new-commerce create, made by the target partner
     * @throws RequestShapeException naming what is missing
     * @throws TransferIds.InvalidIdException when the source partner tenant id is not a GUID
     */
    public static TransferCreateRequest newCommerce(String sourcePartnerTenantId, String sourcePartnerName,
            String customerEmailId, TransferType transferType) {
        TransferCreateRequest request = TransferCreateRequest.builder()
                .sourcePartnerTenantId(sourcePartnerTenantId)
                .sourcePartnerName(sourcePartnerName)
                .customerEmailId(customerEmailId)
                .transferType(transferType)
                .build();
        require(request, Shape.NEW_COMMERCE);
        return request;
    }

    /**
     * A participant of a transfer, for {@link TransferCreateRequest.Builder#addParticipantsItem}.
     *
     * @throws IllegalArgumentException when the key or the value is null or blank
     * @param key the key
     * @param value the value
     * @return A participant of a transfer, for {@link TransferCreateRequest.Builder#addParticipantsItem}
     */
    public static KeyValuePair participant(String key, String value) {
        requireNonBlank("participant key", key);
        requireNonBlank("value of participant " + key, value);
        return KeyValuePair.builder().key(key).value(value).build();
    }

    /**
     * The participant naming the indirect reseller of a new-commerce transfer: key {@value #TRANSACTION_RESELLER},
     * value the reseller's Partner ID (MPN id).
     *
     * @throws IllegalArgumentException when the Partner ID is null or blank
     * @param partnerId the partner id
     * @return the participant naming the indirect reseller of a new-commerce transfer: key {@value #TRANSACTION_RESELLER}, value the reseller's Partner ID (MPN id)
     */
    public static KeyValuePair indirectReseller(String partnerId) {
        return participant(TRANSACTION_RESELLER, partnerId);
    }

    /**
     * The Partner ID of the indirect reseller that {@code request} names (the first participant whose key is
     * {@value #TRANSACTION_RESELLER}, compared case-insensitively), or null when it names none.
     *
     * @param request the request
     * @return the Partner ID of the indirect reseller that {@code request} names (the first participant whose key is {@value #TRANSACTION_RESELLER}, compared case-insensitively), or null when it names none
     */
    public static String indirectResellerOf(TransferCreateRequest request) {
        Objects.requireNonNull(request, "request");
        return participantValue(request.getParticipants(), TRANSACTION_RESELLER);
    }

    /**
     * The value of the first participant with this key (compared case-insensitively, as the service binds
     * names), or null; for the participants of a {@link TransferEntity} or a {@link TransferCreateRequest}.
     *
     * @param participants the participants
     * @param key the key
     * @return the value of the first participant with this key (compared case-insensitively, as the service binds names), or null; for the participants of a {@link TransferEntity} or a {@link TransferCreateRequest}
     */
    public static String participantValue(List<KeyValuePair> participants, String key) {
        Objects.requireNonNull(key, "key");
        if (participants == null) {
            return null;
        }
        for (KeyValuePair p : participants) {
            if (p != null && key.equalsIgnoreCase(p.getKey())) {
                return p.getValue();
            }
        }
        return null;
    }

    private static void requireNonBlank(String what, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be null or blank");
        }
    }

    /**
     * The shape {@code request} is complete for; refuses a body complete for neither shape, or for both.
     *
     * @param request the request
     * @return the shape {@code request} is complete for; refuses a body complete for neither shape, or for both
     * @throws RequestShapeException naming what is missing: for the shape the body's properties point to (a
     *                               target tenant or line items: legacy; a transfer type, customer e-mail or
     *                               source partner name: new commerce), or for both shapes when they point to
     *                               both or neither
     * @throws TransferIds.InvalidIdException when a tenant or subscription id is set but not a GUID
     */
    public static Shape requireComplete(TransferCreateRequest request) {
        Objects.requireNonNull(request, "transfer");
        checkIds(request);
        List<String> legacyMissing = missing(request, Shape.LEGACY);
        List<String> newCommerceMissing = missing(request, Shape.NEW_COMMERCE);
        if (legacyMissing.isEmpty() && newCommerceMissing.isEmpty()) {
            throw new RequestShapeException("create", List.of(), "a create must fit exactly one shape, and this one "
                    + "is complete for both: send lineItems only in a legacy create, and transferType and "
                    + "customerEmailId only in a new-commerce create");
        }
        if (legacyMissing.isEmpty()) {
            return Shape.LEGACY;
        }
        if (newCommerceMissing.isEmpty()) {
            return Shape.NEW_COMMERCE;
        }
        // Which shape the caller meant, from the properties only one shape requires.
        boolean legacyHints = request.getLineItems() != null || request.getTargetPartnerTenantId() != null;
        boolean newCommerceHints = request.getTransferType() != null || request.getCustomerEmailId() != null
                || request.getSourcePartnerName() != null;
        if (legacyHints != newCommerceHints) {
            Shape intended = legacyHints ? Shape.LEGACY : Shape.NEW_COMMERCE;
            throw incomplete(intended, intended == Shape.LEGACY ? legacyMissing : newCommerceMissing);
        }
        List<String> both = new ArrayList<>(legacyMissing);
        newCommerceMissing.stream().filter(p -> !both.contains(p)).forEach(both::add);
        throw new RequestShapeException("create", both, "incomplete create, it fits neither shape: a "
                + Shape.LEGACY + " " + needs(Shape.LEGACY) + " (missing or blank: " + String.join(", ", legacyMissing)
                + "); a " + Shape.NEW_COMMERCE + " " + needs(Shape.NEW_COMMERCE) + " (missing or blank: "
                + String.join(", ", newCommerceMissing) + ")");
    }

    /**
     * What {@code request} lacks to be complete for {@code shape}, as JSON paths in document order: absent or
     * blank properties, an absent or empty {@code lineItems}, and line items without a {@code subscriptionId}.
     *
     * @param request the request
     * @param shape the shape
     * @return what {@code request} lacks to be complete for {@code shape}, as JSON paths in document order: absent or
     *     blank properties, an absent or empty {@code lineItems}, and line items without a {@code subscriptionId}
     */
    public static List<String> missing(TransferCreateRequest request, Shape shape) {
        List<String> missing = new ArrayList<>();
        RequestChecks.requireText(missing, "sourcePartnerTenantId", request.getSourcePartnerTenantId());
        if (shape == Shape.LEGACY) {
            RequestChecks.requireText(missing, "targetPartnerTenantId", request.getTargetPartnerTenantId());
            List<TransferLineItem> items = request.getLineItems();
            if (items == null || items.isEmpty()) {
                missing.add("lineItems");
            } else {
                for (int i = 0; i < items.size(); i++) {
                    TransferLineItem item = items.get(i);
                    RequestChecks.requireText(missing, "lineItems[" + i + "].subscriptionId",
                            item == null ? null : item.getSubscriptionId());
                }
            }
        } else {
            RequestChecks.requireText(missing, "sourcePartnerName", request.getSourcePartnerName());
            RequestChecks.requireText(missing, "customerEmailId", request.getCustomerEmailId());
            RequestChecks.requireValue(missing, "transferType", request.getTransferType());
        }
        return missing;
    }

    private static void require(TransferCreateRequest request, Shape shape) {
        checkIds(request);
        List<String> missing = missing(request, shape);
        if (!missing.isEmpty()) {
            throw incomplete(shape, missing);
        }
    }

    private static RequestShapeException incomplete(Shape shape, List<String> missing) {
        return new RequestShapeException(shape.toString(), missing, "incomplete " + shape + ", missing or blank: "
                + String.join(", ", missing) + " (a " + shape + " " + needs(shape) + ")");
    }

    private static String needs(Shape shape) {
        return shape == Shape.LEGACY
                ? "needs sourcePartnerTenantId, targetPartnerTenantId and lineItems, each with a subscriptionId"
                : "needs sourcePartnerTenantId, sourcePartnerName, customerEmailId and transferType";
    }

    /** Ids that are set must be GUIDs (the spec's pattern); absent ones are reported as missing instead. */
    private static void checkIds(TransferCreateRequest request) {
        RequestChecks.guidIfSet("sourcePartnerTenantId", request.getSourcePartnerTenantId());
        RequestChecks.guidIfSet("targetPartnerTenantId", request.getTargetPartnerTenantId());
        List<TransferLineItem> items = request.getLineItems();
        if (items != null) {
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i) != null) {
                    RequestChecks.guidIfSet("lineItems[" + i + "].subscriptionId", items.get(i).getSubscriptionId());
                }
            }
        }
    }
}
