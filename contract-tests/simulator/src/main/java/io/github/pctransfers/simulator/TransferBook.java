package io.github.pctransfers.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.pctransfers.client.model.TransferIds;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The transfers in memory and the rules that move them between states (transfers-api.md 3.x and 10):
 *
 * <ul>
 *   <li>legacy: created {@code Active}; accept makes it {@code Complete}, {@code PartiallyComplete} (some line items
 *       failed, e.g. a subscription not synced: 900103 inside the 200 body) or {@code Failed}; reject makes it
 *       {@code Reject}; withdraw deletes it (then 404 900100). Accepting, rejecting or withdrawing a transfer that
 *       is no longer Active answers 400 900102; while an accept runs, any other change answers 409 900104;</li>
 *   <li>new commerce: created {@code InProgress} (pending) by the target; the source submits line items (PATCH),
 *       which are processed (instantly, or for the subscriptions' {@code processingTime}) into {@code Complete};
 *       the target may cancel ({@code Cancel}) only while pending. While submitted items are processed a cancel or
 *       a second submit answers 409 900101 (in progress); once processed, 400 900102 (already complete);</li>
 *   <li>a pending transfer not answered within 30 days becomes {@code Expired}.</li>
 * </ul>
 *
 * Every method is atomic; an accept waits for its processing time outside the lock, marked as running.
 */
final class TransferBook {
    static final Duration EXPIRY = Duration.ofDays(30);
    /** Longest real wait of a slow accept when the clock is not moved (tests with a fixed clock). */
    private static final Duration MAX_REAL_WAIT = Duration.ofSeconds(60);

    private final Seed seed;
    private final Clock clock;
    /** Transfers by lowercase id, in creation order. */
    private final Map<String, TransferRecord> transfers = new LinkedHashMap<>();
    /** Subscriptions (uppercase id) that moved, and the transfer that moved them. */
    private final Map<String, String> transferredBy = new HashMap<>();

    TransferBook(Seed seed, Clock clock) {
        this.seed = seed;
        this.clock = clock;
    }

    /** A refused request: the reply says why. */
    private static final class Refusal extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient Reply reply;

        Refusal(Reply reply) {
            super(null, null, false, false);
            this.reply = reply;
        }
    }

    private static Refusal refuse(int status, int code, String description, String... data) {
        return new Refusal(Reply.error(status, code, description, data));
    }

    private static Refusal invalid(String description) {
        return refuse(400, 800002, description);
    }

    // ---- reads -----------------------------------------------------------------------------------------------

    synchronized Reply get(String customerId, String transferId) {
        try {
            return Reply.of(200, render(findSettled(customerId, transferId)));
        } catch (Refusal r) {
            return r.reply;
        }
    }

    synchronized Reply list(String customerId) {
        Instant now = clock.instant();
        ArrayNode all = SimulatorJson.array();
        for (TransferRecord t : transfers.values()) {
            if (sameId(t.customerId, customerId)) {
                settle(t, now);
                all.add(render(t));
            }
        }
        return Reply.of(200, all);
    }

    synchronized Reply eligibility(String customerId, String transferType) {
        if (transferType == null || transferType.isBlank()) {
            return Reply.error(400, 800002, "The transferType query parameter is required, e.g. "
                    + "transferType=directtoindirect");
        }
        Instant now = clock.instant();
        transfers.values().forEach(t -> settle(t, now));
        ArrayNode result = SimulatorJson.array();
        Seed.Customer customer = seed.customer(customerId);
        if (customer != null) {
            for (Seed.Subscription s : customer.subscriptions()) {
                String reason = s.isNewCommerce()
                        ? "Subscription: " + s.id() + " is a new-commerce subscription; a " + transferType
                                + " transfer applies to traditional license-based subscriptions only"
                        : notTransferable(s, null);
                result.add(SimulatorJson.eligibility(s.id(), reason));
            }
        }
        return Reply.of(200, result);
    }

    /** Whether an accept runs on the transfer, or its submitted line items are still processed. */
    synchronized boolean isProcessing(String customerId, String transferId) {
        TransferRecord t = transfers.get(key(transferId));
        if (t == null || !sameId(t.customerId, customerId)) {
            return false;
        }
        settle(t, clock.instant());
        return t.accepting || t.isProcessing();
    }

    // ---- create ----------------------------------------------------------------------------------------------

    synchronized Reply create(String customerId, JsonNode body) {
        try {
            ObjectNode b = requireObject(body);
            Instant now = clock.instant();
            TransferRecord t = b.has("transferType") ? createNewCommerce(customerId, b, now)
                    : createLegacy(customerId, b, now);
            transfers.put(key(t.id), t);
            return Reply.of(201, render(t));
        } catch (Refusal r) {
            return r.reply;
        }
    }

    private TransferRecord createLegacy(String customerId, ObjectNode b, Instant now) {
        String source = requiredGuid(b, "sourcePartnerTenantId");
        String target = requiredGuid(b, "targetPartnerTenantId");
        if (sameId(source, target)) {
            throw invalid("sourcePartnerTenantId and targetPartnerTenantId must name different partners");
        }
        JsonNode items = b.get("lineItems");
        if (items == null || !items.isArray() || items.isEmpty()) {
            throw invalid("lineItems must list at least one subscription (a new-commerce create sends transferType "
                    + "instead)");
        }
        Seed.Customer customer = seed.customer(customerId);
        List<String> problems = new ArrayList<>();
        List<TransferRecord.LineItem> lineItems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String subscriptionId = requiredText(item, "lineItems[" + i + "].subscriptionId", "subscriptionId");
            if (!seen.add(subscriptionId.toUpperCase(Locale.ROOT))) {
                throw invalid("lineItems[" + i + "].subscriptionId " + subscriptionId + " is listed twice");
            }
            Seed.Subscription s = subscription(customer, subscriptionId);
            String problem = s == null ? missingSubscription(customer, customerId, subscriptionId)
                    : s.isNewCommerce() ? "Subscription: " + s.id() + " is a new-commerce subscription; this "
                            + "transfer applies to traditional license-based subscriptions only"
                    : notTransferable(s, null);
            if (problem != null) {
                problems.add(problem);
                continue;
            }
            lineItems.add(new TransferRecord.LineItem(i, s, optionalText(item, "lineItems[" + i
                    + "].partnerIdOnRecord", "partnerIdOnRecord"), null));
        }
        if (!problems.isEmpty()) {
            throw refuse(400, 800078, "Transfer can't be created with an invalid subscription. " + problems.get(0),
                    problems.toArray(new String[0]));
        }
        TransferRecord t = new TransferRecord(UUID.randomUUID().toString(), customerId, false, now);
        t.status = TransferRecord.ACTIVE;
        t.partnerTenantId = lower(source);
        t.sourcePartnerTenantId = lower(source);
        t.sourcePartnerName = partnerName(source, optionalText(b, "sourcePartnerName", "sourcePartnerName"));
        t.targetPartnerTenantId = lower(target);
        t.targetPartnerName = partnerName(target, optionalText(b, "targetPartnerName", "targetPartnerName"));
        t.lineItems.addAll(lineItems);
        return t;
    }

    private TransferRecord createNewCommerce(String customerId, ObjectNode b, Instant now) {
        String source = requiredGuid(b, "sourcePartnerTenantId");
        String target = b.hasNonNull("targetPartnerTenantId") ? requiredGuid(b, "targetPartnerTenantId")
                : seed.callerPartnerTenantId();
        if (sameId(source, target)) {
            throw invalid("sourcePartnerTenantId and the target partner must be different partners");
        }
        JsonNode type = b.get("transferType");
        if (!(type.isIntegralNumber() || type.isTextual() && !type.asText().isBlank())) {
            throw invalid("transferType must be a number or a string, e.g. 3 (new commerce)");
        }
        if (b.hasNonNull("lineItems") && !b.get("lineItems").isEmpty()) {
            throw invalid("a new-commerce create takes no lineItems: the source partner submits them with PATCH");
        }
        List<String> productTypes = null;
        if (b.hasNonNull("targetProductTypes")) {
            JsonNode types = b.get("targetProductTypes");
            if (!types.isArray()) {
                throw invalid("targetProductTypes must be an array of strings");
            }
            productTypes = new ArrayList<>();
            for (JsonNode n : types) {
                if (!n.isTextual()) {
                    throw invalid("targetProductTypes must be an array of strings");
                }
                productTypes.add(n.asText());
            }
        }
        Seed.Customer customer = seed.customer(customerId);
        TransferRecord t = new TransferRecord(UUID.randomUUID().toString(), customerId, true, now);
        t.status = TransferRecord.IN_PROGRESS;
        t.transferType = type.deepCopy();
        t.customerEmailId = optionalText(b, "customerEmailId", "customerEmailId");
        t.customerName = optionalText(b, "customerName", "customerName");
        if (t.customerName == null && customer != null) {
            t.customerName = customer.name();
        }
        t.expirationTime = now.plus(EXPIRY);
        t.partnerTenantId = lower(target);
        t.sourcePartnerTenantId = lower(source);
        t.sourcePartnerName = partnerName(source, optionalText(b, "sourcePartnerName", "sourcePartnerName"));
        t.targetPartnerTenantId = lower(target);
        t.targetPartnerName = partnerName(target, null);
        t.targetProductTypes = productTypes;
        t.partnerOnRecord = optionalText(b, "partnerOnRecord", "partnerOnRecord");
        return t;
    }

    // ---- changes ---------------------------------------------------------------------------------------------

    /** PATCH: reject (legacy), cancel (new commerce) or submit line items (new commerce). */
    synchronized Reply update(String customerId, String transferId, JsonNode body) {
        try {
            ObjectNode b = requireObject(body);
            if (b.hasNonNull("id") && !(b.get("id").isTextual() && sameId(b.get("id").asText(), transferId))) {
                throw invalid("The id in the body (" + b.get("id") + ") does not match the transfer id in the path ("
                        + transferId + ")");
            }
            TransferRecord t = find(customerId, transferId);
            Instant now = clock.instant();
            settle(t, now);
            String status = optionalText(b, "status", "status");
            if ("reject".equalsIgnoreCase(status)) {
                return reject(t, now);
            }
            if ("cancel".equalsIgnoreCase(status)) {
                return cancel(t, now);
            }
            if (b.hasNonNull("lineItems")) {
                return submit(t, b.get("lineItems"), now);
            }
            if (status != null) {
                throw invalid("status \"" + status + "\" is not a change this API makes: send status reject "
                        + "(legacy), status Cancel (new commerce) or lineItems (new-commerce submit)");
            }
            throw invalid("Nothing to change: send status reject (legacy), status Cancel (new commerce) or lineItems "
                    + "(new-commerce submit)");
        } catch (Refusal r) {
            return r.reply;
        }
    }

    private Reply reject(TransferRecord t, Instant now) {
        requireActiveLegacy(t, "Reject applies to legacy transfers; a new-commerce transfer is canceled with status "
                + "Cancel");
        t.status = TransferRecord.REJECT;
        t.lastModifiedTime = now;
        return Reply.of(200, render(t));
    }

    private Reply cancel(TransferRecord t, Instant now) {
        if (!t.newCommerce) {
            throw invalid("Cancel applies to new-commerce transfers; reject or withdraw a legacy transfer");
        }
        requireNotInProgress(t);
        requireStatus(t, TransferRecord.IN_PROGRESS);
        t.status = TransferRecord.CANCEL;
        t.lastModifiedTime = now;
        return Reply.of(200, render(t));
    }

    private Reply submit(TransferRecord t, JsonNode items, Instant now) {
        if (!t.newCommerce) {
            throw invalid("The line items of a legacy transfer are set when it is created; accept it with POST "
                    + ".../accept");
        }
        requireNotInProgress(t);
        requireStatus(t, TransferRecord.IN_PROGRESS);
        if (!items.isArray() || items.isEmpty()) {
            throw invalid("lineItems must list at least one subscription");
        }
        Seed.Customer customer = seed.customer(t.customerId);
        List<String> problems = new ArrayList<>();
        List<TransferRecord.LineItem> lineItems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String at = "lineItems[" + i + "]";
            String subscriptionId = requiredText(item, at + ".subscriptionId", "subscriptionId");
            String productType = optionalText(item, at + ".productType", "productType");
            if (productType == null || productType.isBlank()) {
                throw invalid(at + ".productType is required, e.g. OnlineServicesNCE");
            }
            if (!seen.add(subscriptionId.toUpperCase(Locale.ROOT))) {
                throw invalid(at + ".subscriptionId " + subscriptionId + " is listed twice");
            }
            Seed.Subscription s = subscription(customer, subscriptionId);
            String problem;
            if (s == null) {
                problem = missingSubscription(customer, t.customerId, subscriptionId);
            } else if (!s.isNewCommerce()) {
                problem = "Subscription: " + s.id() + " is a traditional license-based subscription; transfer it "
                        + "with a legacy transfer";
            } else if (!s.productType().equalsIgnoreCase(productType)) {
                problem = "Subscription: " + s.id() + " is of product type " + s.productType() + ", not "
                        + productType;
            } else if (t.targetProductTypes != null && t.targetProductTypes.stream()
                    .noneMatch(s.productType()::equalsIgnoreCase)) {
                problem = "Subscription: " + s.id() + " is of product type " + s.productType()
                        + ", which this transfer does not take (targetProductTypes " + t.targetProductTypes + ")";
            } else {
                problem = notTransferable(s, t);
            }
            if (problem != null) {
                problems.add(problem);
                continue;
            }
            String partnerIdOnRecord = optionalText(item, at + ".partnerIdOnRecord", "partnerIdOnRecord");
            lineItems.add(new TransferRecord.LineItem(i, s,
                    partnerIdOnRecord != null ? partnerIdOnRecord : t.partnerOnRecord, s.productType()));
        }
        if (!problems.isEmpty()) {
            throw refuse(400, 800078, "Transfer can't be submitted with an invalid subscription. " + problems.get(0),
                    problems.toArray(new String[0]));
        }
        t.lineItems.clear();
        t.lineItems.addAll(lineItems);
        t.lastModifiedTime = now;
        Duration processing = processingTime(t);
        if (processing.isZero()) {
            completeNewCommerce(t, now);
        } else {
            t.processingUntil = now.plus(processing);
        }
        return Reply.of(200, render(t));
    }

    synchronized Reply withdraw(String customerId, String transferId) {
        try {
            TransferRecord t = findSettled(customerId, transferId);
            requireActiveLegacy(t, "Withdraw applies to legacy transfers; a new-commerce transfer is canceled with "
                    + "PATCH status Cancel");
            transfers.remove(key(t.id));
            return Reply.noContent();
        } catch (Refusal r) {
            return r.reply;
        }
    }

    /**
     * Accepts a legacy transfer: one order per line item that moves, one TransferError (900103) per line item whose
     * subscription is not synced. Waits for the line items' processing time first, with the transfer marked as
     * being accepted, so that concurrent changes get 409 900104.
     */
    Reply accept(String customerId, String transferId) {
        TransferRecord t;
        Duration processing;
        synchronized (this) {
            try {
                t = findSettled(customerId, transferId);
                requireActiveLegacy(t, "Accept applies to legacy transfers; the source partner accepts a "
                        + "new-commerce transfer by submitting its line items with PATCH");
            } catch (Refusal r) {
                return r.reply;
            }
            t.accepting = true;
            processing = processingTime(t);
        }
        try {
            waitFor(processing);
            synchronized (this) {
                return completeAccept(t, clock.instant());
            }
        } finally {
            synchronized (this) {
                t.accepting = false;
            }
        }
    }

    private Reply completeAccept(TransferRecord t, Instant now) {
        Seed.Customer customer = seed.customer(t.customerId);
        String currency = customer == null ? "USD" : customer.currencyCode();
        completeLineItems(t);
        ArrayNode orders = SimulatorJson.array();
        ArrayNode errors = SimulatorJson.array();
        for (TransferRecord.LineItem li : t.lineItems) {
            if (li.orderId != null) {
                orders.add(SimulatorJson.order(li.orderId, t.customerId, currency, li, now));
            } else {
                errors.add(SimulatorJson.transferError(li, 900103, li.transferError));
            }
        }
        t.lastModifiedTime = now;
        return Reply.of(200, SimulatorJson.submitResult(orders, errors));
    }

    private void completeNewCommerce(TransferRecord t, Instant at) {
        completeLineItems(t);
        t.processingUntil = null;
        t.completedTime = at;
        t.lastModifiedTime = at;
    }

    /**
     * Moves each line item whose subscription is synced (an order id; the subscription counts as transferred) and
     * fails the others (900103), then sets the transfer's status from how many failed.
     */
    private void completeLineItems(TransferRecord t) {
        int failed = 0;
        for (TransferRecord.LineItem li : t.lineItems) {
            li.transferGroupId = String.valueOf(li.id);
            if (synced(li)) {
                li.orderId = UUID.randomUUID().toString();
                li.status = "Complete";
                transferredBy.put(li.subscription.id().toUpperCase(Locale.ROOT), t.id);
            } else {
                failed++;
                li.status = "Failed";
                li.transferError = syncError(li);
            }
        }
        t.status = outcome(failed, t.lineItems.size());
    }

    // ---- rules -----------------------------------------------------------------------------------------------

    /** Brings a transfer up to date: finishes processed submits, expires unanswered requests. */
    private void settle(TransferRecord t, Instant now) {
        if (t.processingUntil != null && !now.isBefore(t.processingUntil)) {
            completeNewCommerce(t, t.processingUntil);
        }
        boolean pending = t.isOpen() && !t.accepting && !t.isProcessing();
        Instant expiry = t.createdTime.plus(EXPIRY);
        if (pending && !now.isBefore(expiry)) {
            t.status = TransferRecord.EXPIRED;
            t.lastModifiedTime = expiry;
        }
    }

    /** Why this subscription cannot join a transfer now (other than {@code self}), or null when it can. */
    private String notTransferable(Seed.Subscription s, TransferRecord self) {
        if (!Seed.ACTIVE.equalsIgnoreCase(s.state())) {
            return "Subscription: " + s.id() + " is in state: " + s.state();
        }
        for (TransferRecord other : transfers.values()) {
            if (other != self && other.isOpen() && other.lineItems.stream()
                    .anyMatch(li -> li.subscription.id().equalsIgnoreCase(s.id()))) {
                return "subscription is already part of another transfer request id : " + other.id;
            }
        }
        String movedBy = transferredBy.get(s.id().toUpperCase(Locale.ROOT));
        if (movedBy != null) {
            return "Subscription: " + s.id() + " was already transferred by transfer request id : " + movedBy;
        }
        return null;
    }

    private static String missingSubscription(Seed.Customer customer, String customerId, String subscriptionId) {
        if (customer != null) {
            for (Seed.Subscription s : customer.subscriptions()) {
                for (Seed.AddOn a : s.addOns()) {
                    if (a.id().equalsIgnoreCase(subscriptionId)) {
                        return "Subscription: " + subscriptionId + " is an add-on of " + s.id()
                                + "; add-ons move with their base subscription";
                    }
                }
            }
        }
        return "Subscription: " + subscriptionId + " was not found for customer " + lower(customerId);
    }

    private static Seed.Subscription subscription(Seed.Customer customer, String subscriptionId) {
        if (customer == null) {
            return null;
        }
        for (Seed.Subscription s : customer.subscriptions()) {
            if (s.id().equalsIgnoreCase(subscriptionId)) {
                return s;
            }
        }
        return null;
    }

    private static boolean synced(TransferRecord.LineItem li) {
        return Seed.SYNC_COMPLETE.equalsIgnoreCase(li.subscription.syncState());
    }

    private static String syncError(TransferRecord.LineItem li) {
        return String.format(SimulatorJson.SYNC_STATE_ERROR, lower(li.subscription.id()), li.subscription.syncState());
    }

    private static String outcome(int failed, int total) {
        return failed == 0 ? TransferRecord.COMPLETE
                : failed == total ? TransferRecord.FAILED : TransferRecord.PARTIALLY_COMPLETE;
    }

    private static Duration processingTime(TransferRecord t) {
        Duration longest = Duration.ZERO;
        for (TransferRecord.LineItem li : t.lineItems) {
            if (li.subscription.processingTime().compareTo(longest) > 0) {
                longest = li.subscription.processingTime();
            }
        }
        return longest;
    }

    /** Waits until the simulator's clock has moved on by {@code d} (at most a minute of real time). */
    private void waitFor(Duration d) {
        if (d.isZero()) {
            return;
        }
        Instant until = clock.instant().plus(d);
        long deadline = System.nanoTime() + d.plus(MAX_REAL_WAIT).toNanos();
        while (clock.instant().isBefore(until) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private TransferRecord find(String customerId, String transferId) {
        TransferRecord t = transfers.get(key(transferId));
        if (t == null || !sameId(t.customerId, customerId)) {
            throw refuse(404, 900100, "Transfer " + lower(transferId) + " was not found for customer "
                    + lower(customerId) + ".");
        }
        return t;
    }

    private TransferRecord findSettled(String customerId, String transferId) {
        TransferRecord t = find(customerId, transferId);
        settle(t, clock.instant());
        return t;
    }

    /** What accept, reject and withdraw need: a legacy transfer, Active, and no accept running on it. */
    private static void requireActiveLegacy(TransferRecord t, String whenNewCommerce) {
        if (t.newCommerce) {
            throw invalid(whenNewCommerce);
        }
        requireNotAccepting(t);
        requireStatus(t, TransferRecord.ACTIVE);
    }

    private static void requireNotAccepting(TransferRecord t) {
        if (t.accepting) {
            throw refuse(409, 900104, "Transfer " + t.id + " is being processed by another request.");
        }
    }

    private static void requireNotInProgress(TransferRecord t) {
        if (t.isProcessing()) {
            throw refuse(409, 900101, "Transfer " + t.id + " is in progress: its line items are being processed.");
        }
    }

    /** 900102 with the documented template "Can't process the transfer request for {status} transfer {id}". */
    private static void requireStatus(TransferRecord t, String expected) {
        if (!expected.equals(t.status)) {
            throw refuse(400, 900102, "Can't process the transfer request for " + t.status + " transfer " + t.id);
        }
    }

    private ObjectNode render(TransferRecord t) {
        return SimulatorJson.transfer(t, seed.operatorUserId());
    }

    private String partnerName(String tenantId, String given) {
        if (given != null) {
            return given;
        }
        Seed.Partner p = seed.partner(tenantId);
        return p == null ? null : p.name();
    }

    // ---- body reading ----------------------------------------------------------------------------------------

    private static ObjectNode requireObject(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw invalid("The request body must be a JSON object");
        }
        return (ObjectNode) body;
    }

    private static String requiredGuid(JsonNode node, String name) {
        String value = requiredText(node, name, name);
        if (!TransferIds.isGuid(value)) {
            throw invalid(name + " must be a GUID, got \"" + value + "\"");
        }
        return value;
    }

    private static String requiredText(JsonNode node, String label, String name) {
        String value = optionalText(node, label, name);
        if (value == null || value.isBlank()) {
            throw invalid(label + " is required");
        }
        return value;
    }

    private static String optionalText(JsonNode node, String label, String name) {
        if (node == null || !node.isObject()) {
            throw invalid(label.contains("[") ? label.substring(0, label.lastIndexOf('.')) + " must be an object"
                    : "The request body must be a JSON object");
        }
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw invalid(label + " must be a string");
        }
        return v.asText();
    }

    private static boolean sameId(String a, String b) {
        return a.equalsIgnoreCase(b);
    }

    private static String key(String id) {
        return lower(id);
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
