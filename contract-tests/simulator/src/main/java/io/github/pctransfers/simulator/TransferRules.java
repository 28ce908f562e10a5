package io.github.pctransfers.simulator;

import io.github.pctransfers.simulator.TransferCommands.LegacyCreate;
import io.github.pctransfers.simulator.TransferCommands.LineItemRequest;
import io.github.pctransfers.simulator.TransferCommands.NewCommerceCreate;
import io.github.pctransfers.simulator.TransferCommands.Update;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * How transfers move between states (transfers-api.md 3.x and 10), as functions from a customer's transfers, a
 * request and the time to an {@link Outcome}: the transfers afterwards and what to answer, or a {@link Rejection}
 * with the documented code. Nothing is changed in place and nothing is kept here; new ids come from the id source.
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
 *   <li>a pending transfer not answered within 30 days becomes {@code Expired}: a new-commerce one at its
 *       {@code expirationTime}.</li>
 * </ul>
 *
 * Every rule first {@link #settle settles} the customer's transfers at {@code now}: what time alone does to them.
 * An accept is three steps, {@link #beginAccept}, {@link #completeAccept} (or {@link #abandonAccept}), so that the
 * caller can wait for its processing time in between.
 */
final class TransferRules {
    static final Duration EXPIRY = Duration.ofDays(30);
    static final String AZURE_SUBSCRIPTION = "AzureSubscription";

    private final Seed seed;
    private final Supplier<String> newIds;

    /** {@code newIds} makes the ids of new transfers and orders. */
    TransferRules(Seed seed, Supplier<String> newIds) {
        this.seed = Objects.requireNonNull(seed, "seed");
        this.newIds = Objects.requireNonNull(newIds, "newIds");
    }

    /** One subscription's eligibility: null reason when it may be transferred. */
    static final class Eligibility {
        final String subscriptionId;
        final String reason;

        Eligibility(String subscriptionId, String reason) {
            this.subscriptionId = subscriptionId;
            this.reason = reason;
        }
    }

    // ---- time ------------------------------------------------------------------------------------------------

    /** What time alone does by {@code now}: submitted line items finish processing, unanswered requests expire. */
    CustomerTransfers settle(CustomerTransfers state, Instant now) {
        return state.map(t -> settle(t, now));
    }

    /**
     * The earliest moment at which {@link #settle(CustomerTransfers, Instant)} would change these transfers (a
     * processing transfer completes, a pending one expires), or null when time alone changes none of them. Mirrors
     * {@link #settle(TransferRecord, Instant)}: the store keeps an index of these moments, so that moving time
     * settles only the customers due rather than every transfer kept.
     */
    static Instant nextChange(CustomerTransfers state) {
        Instant next = null;
        for (TransferRecord t : state.all()) {
            Instant at = nextChange(t);
            if (at != null && (next == null || at.isBefore(next))) {
                next = at;
            }
        }
        return next;
    }

    private static Instant nextChange(TransferRecord t) {
        if (t.processingUntil() != null) {
            return t.processingUntil();
        }
        boolean pending = t.isOpen() && !t.accepting() && !t.isProcessing();
        return pending ? t.expirationTime() : null;
    }

    private TransferRecord settle(TransferRecord t, Instant now) {
        TransferRecord s = t;
        if (s.processingUntil() != null && !now.isBefore(s.processingUntil())) {
            s = completeNewCommerce(s, s.processingUntil());
        }
        boolean pending = s.isOpen() && !s.accepting() && !s.isProcessing();
        // Each created transfer carries the expirationTime it was answered with; a seeded legacy transfer that shows
        // none (the documented 2020 ones) never expires, so serve still answers the documented requests today.
        Instant expiry = s.expirationTime();
        if (pending && expiry != null && !now.isBefore(expiry)) {
            s = s.withStatus(TransferRecord.EXPIRED, expiry);
        }
        return s;
    }

    /**
     * The customer's transfers that exist at {@code now}: a seeded transfer exists from its createdTime on, so a
     * simulator clock set to a documented moment sees the documented world as it was then.
     */
    private static List<TransferRecord> existing(CustomerTransfers settled, Instant now) {
        List<TransferRecord> out = new ArrayList<>();
        for (TransferRecord t : settled.all()) {
            if (!t.createdTime().isAfter(now)) {
                out.add(t);
            }
        }
        return out;
    }

    private static TransferRecord findExisting(CustomerTransfers settled, String transferId, Instant now) {
        TransferRecord t = settled.find(transferId);
        return t == null || t.createdTime().isAfter(now) ? null : t;
    }

    /** The transfers of the seed, by customer: each in the state the seed gives it. */
    static List<CustomerTransfers> seeded(Seed seed) {
        java.util.Map<String, CustomerTransfers> byCustomer = new java.util.LinkedHashMap<>();
        for (Seed.Transfer st : seed.transfers()) {
            String customer = CustomerTransfers.key(st.customerTenantId());
            List<TransferRecord.LineItem> items = new ArrayList<>();
            for (Seed.TransferLineItem li : st.lineItems()) {
                items.add(TransferRecord.LineItem.seeded(li));
            }
            boolean nc = st.isNewCommerce();
            Instant expiry = st.expirationTime() != null ? st.expirationTime()
                    : nc ? st.createdTime().plus(EXPIRY) : null;
            TransferRecord t = TransferRecord.builder(lower(st.id()), customer, nc, st.createdTime())
                    .status(st.status())
                    .lastModifiedTime(st.lastModifiedTime())
                    .completedTime(st.completedTime())
                    .expirationTime(expiry)
                    .transferType(st.transferType())
                    .transferDirection(st.transferDirection())
                    .customerEmailId(st.customerEmailId())
                    .customerName(st.customerName())
                    .partnerTenantId(st.partnerTenantId() != null ? lower(st.partnerTenantId())
                            : lower(st.targetPartnerTenantId()))
                    .sourcePartner(lower(st.sourcePartnerTenantId()), st.sourcePartnerName())
                    .targetPartner(lower(st.targetPartnerTenantId()), st.targetPartnerName())
                    .targetPartnerEmailId(st.targetPartnerEmailId())
                    .ignoreEligibilityCheck(st.ignoreEligibilityCheck())
                    .lastModifiedUser(st.lastModifiedUser())
                    .lineItems(items)
                    .build();
            byCustomer.merge(customer, CustomerTransfers.none(customer).with(t), (a, b) -> a.with(t));
        }
        return new ArrayList<>(byCustomer.values());
    }

    /** The user who acts for a partner: its seeded userId, else the seed's operator. */
    private String userOf(String partnerTenantId) {
        Seed.Partner p = partnerTenantId == null ? null : seed.partner(partnerTenantId);
        return p != null && p.userId() != null ? p.userId() : seed.operatorUserId();
    }

    // ---- reads -----------------------------------------------------------------------------------------------

    /** The transfer, or 404 900100. */
    Outcome<TransferRecord> get(CustomerTransfers state, String transferId, Instant now) {
        CustomerTransfers settled = settle(state, now);
        TransferRecord t = findExisting(settled, transferId, now);
        return t == null ? Outcome.rejected(Rejection.notFound(state.customerId(), transferId))
                : Outcome.of(t, settled);
    }

    /** The customer's transfers, in creation order. */
    Outcome<List<TransferRecord>> list(CustomerTransfers state, Instant now) {
        CustomerTransfers settled = settle(state, now);
        List<TransferRecord> all = existing(settled, now);
        all.sort(java.util.Comparator.comparing(TransferRecord::createdTime));
        return Outcome.of(all, settled);
    }

    /** Each of the customer's seeded subscriptions, eligible for a {@code transferType} transfer or why not. */
    Outcome<List<Eligibility>> eligibility(CustomerTransfers state, String transferType, Instant now) {
        CustomerTransfers settled = settle(state, now);
        List<Eligibility> result = new ArrayList<>();
        Seed.Customer customer = seed.customer(state.customerId());
        if (customer != null) {
            for (Seed.Subscription s : customer.subscriptions()) {
                if (!s.directBill()) {
                    continue; // held through a partner: not part of a direct-to-indirect check
                }
                String reason = s.isNewCommerce()
                        ? "Subscription: " + s.id() + " is a new-commerce subscription; a " + transferType
                                + " transfer applies to traditional license-based subscriptions only"
                        : notTransferable(settled, s, null);
                result.add(new Eligibility(s.id(), reason));
            }
        }
        return Outcome.of(result, settled);
    }

    // ---- create ----------------------------------------------------------------------------------------------

    /** A legacy or new-commerce create. */
    Outcome<TransferRecord> create(CustomerTransfers state, TransferCommands.Create command, Instant now) {
        return command instanceof LegacyCreate ? createLegacy(state, (LegacyCreate) command, now)
                : createNewCommerce(state, (NewCommerceCreate) command, now);
    }

    /** A new {@code Active} transfer of transferable legacy subscriptions, or 400 800078 listing each that is not. */
    Outcome<TransferRecord> createLegacy(CustomerTransfers state, LegacyCreate command, Instant now) {
        CustomerTransfers settled = settle(state, now);
        Seed.Customer customer = seed.customer(state.customerId());
        List<String> problems = new ArrayList<>();
        List<String> invalidIds = new ArrayList<>();
        List<TransferRecord.LineItem> lineItems = new ArrayList<>();
        for (LineItemRequest item : command.lineItems) {
            Seed.Subscription s = subscription(customer, item.subscriptionId);
            String problem = s == null ? missingSubscription(customer, state.customerId(), item.subscriptionId)
                    : s.isNewCommerce() ? "Subscription: " + s.id() + " is a new-commerce subscription; this "
                            + "transfer applies to traditional license-based subscriptions only"
                    : notTransferable(settled, s, null);
            if (problem != null) {
                problems.add(problem);
                invalidIds.add(item.subscriptionId);
            } else {
                // Every line item id 0, as the documented create answers.
                lineItems.add(new TransferRecord.LineItem(0, s, item.partnerIdOnRecord, null));
            }
        }
        if (!problems.isEmpty()) {
            return Outcome.rejected(Rejection.invalidSubscriptions(invalidIds, problems));
        }
        String source = lower(command.sourcePartnerTenantId);
        String target = lower(command.targetPartnerTenantId);
        TransferRecord t = TransferRecord.builder(newIds.get(), state.customerId(), false, now)
                .status(TransferRecord.ACTIVE)
                .expirationTime(now.plus(EXPIRY))
                .lastModifiedUser(userOf(source))
                .partnerTenantId(source)
                .sourcePartner(source, partnerName(source, command.sourcePartnerName))
                .targetPartner(target, partnerName(target, command.targetPartnerName))
                .lineItems(lineItems)
                .build();
        return Outcome.of(t, settled.with(t));
    }

    /**
     * A new {@code InProgress} transfer without line items, expiring in 30 days, made by the target (the caller);
     * 400 900148 when the source named is the caller itself.
     */
    Outcome<TransferRecord> createNewCommerce(CustomerTransfers state, NewCommerceCreate command, Instant now) {
        CustomerTransfers settled = settle(state, now);
        String source = lower(command.sourcePartnerTenantId);
        String target = lower(command.targetPartnerTenantId);
        if (seed.callerPartnerTenantId() != null && source.equalsIgnoreCase(seed.callerPartnerTenantId())) {
            return Outcome.rejected(Rejection.sourceIsRequester());
        }
        TransferRecord t = TransferRecord.builder(newIds.get(), state.customerId(), true, now)
                .status(TransferRecord.IN_PROGRESS)
                .transferType(command.transferType)
                .transferDirection(1)
                .customerEmailId(command.customerEmailId)
                .customerName(command.customerName)
                .expirationTime(now.plus(EXPIRY))
                .targetPartnerEmailId(command.targetPartnerEmailId != null ? command.targetPartnerEmailId : target)
                .participants(command.participants)
                .ignoreEligibilityCheck(false)
                .lastModifiedUser(userOf(target))
                .partnerTenantId(target)
                .sourcePartner(source, partnerName(source, command.sourcePartnerName))
                .targetPartner(target, partnerName(target, null))
                .targetProductTypes(command.targetProductTypes)
                .partnerOnRecord(command.partnerOnRecord)
                .build();
        return Outcome.of(t, settled.with(t));
    }

    // ---- changes ---------------------------------------------------------------------------------------------

    /** PATCH: 404 900100 for an unknown transfer, then the change the body asks for or why it asks for none. */
    Outcome<TransferRecord> update(CustomerTransfers state, String transferId, Update command, Instant now) {
        if (command.change == Update.Change.REJECT) {
            return reject(state, transferId, now);
        }
        if (command.change == Update.Change.CANCEL) {
            return cancel(state, transferId, command.customerName, now);
        }
        if (command.change == Update.Change.SUBMIT) {
            return submit(state, transferId, command, now);
        }
        return find(state, transferId, now).then(found -> Outcome.rejected(command.problem));
    }

    /** Legacy Active → {@code Reject}. */
    Outcome<TransferRecord> reject(CustomerTransfers state, String transferId, Instant now) {
        return find(state, transferId, now).then(found -> {
            TransferRecord t = found.value;
            Rejection refused = requireActiveLegacy(t, "Reject applies to legacy transfers; a new-commerce transfer "
                    + "is canceled with status Cancel");
            return refused != null ? Outcome.rejected(refused)
                    : found.change(t.withStatus(TransferRecord.REJECT, now, userOf(t.targetPartnerTenantId())));
        });
    }

    /** New-commerce InProgress, not processing → {@code Cancel}, by the target partner; the name unchanged. */
    Outcome<TransferRecord> cancel(CustomerTransfers state, String transferId, Instant now) {
        return cancel(state, transferId, null, now);
    }

    /**
     * New-commerce InProgress, not processing → {@code Cancel}, by the target partner; {@code customerName} (null:
     * unchanged) as the cancel request sends it.
     */
    Outcome<TransferRecord> cancel(CustomerTransfers state, String transferId, String customerName, Instant now) {
        return find(state, transferId, now).then(found -> {
            TransferRecord t = found.value;
            if (!t.newCommerce()) {
                return Outcome.rejected(Rejection.invalid("Cancel applies to new-commerce transfers; reject or "
                        + "withdraw a legacy transfer"));
            }
            Rejection refused = requirePending(t);
            if (refused != null) {
                return Outcome.rejected(refused);
            }
            TransferRecord.Builder cancelled = t.toBuilder().status(TransferRecord.CANCEL).lastModifiedTime(now)
                    .partnerTenantId(t.targetPartnerTenantId()).lastModifiedUser(userOf(t.targetPartnerTenantId()));
            if (customerName != null) {
                cancelled.customerName(customerName);
            }
            return found.change(cancelled.build());
        });
    }

    /**
     * New-commerce InProgress, not processing: takes the submitted line items, which are processed at once into
     * {@code Complete} or until the longest processing time of their subscriptions. 400 800078 lists each
     * subscription that cannot be submitted.
     */
    Outcome<TransferRecord> submit(CustomerTransfers state, String transferId, Update command, Instant now) {
        return find(state, transferId, now).then(found -> {
            TransferRecord t = found.value;
            if (!t.newCommerce()) {
                return Outcome.rejected(Rejection.invalid("The line items of a legacy transfer are set when it is "
                        + "created; accept it with POST .../accept"));
            }
            if (command.lineItems != null && azureNotTaken(t, command.lineItems)) {
                // Whatever the transfer's state: the request itself cannot be accepted.
                return Outcome.rejected(Rejection.azureSubscriptionsNotAccepted());
            }
            Rejection refused = requirePending(t);
            if (refused == null) {
                refused = command.problem;
            }
            if (refused != null) {
                return Outcome.rejected(refused);
            }
            Seed.Customer customer = seed.customer(t.customerId());
            List<String> problems = new ArrayList<>();
            List<String> invalidIds = new ArrayList<>();
            List<TransferRecord.LineItem> lineItems = new ArrayList<>();
            for (LineItemRequest item : command.lineItems) {
                Seed.Subscription s = subscription(customer, item.subscriptionId);
                String problem = s == null ? missingSubscription(customer, t.customerId(), item.subscriptionId)
                        : submitProblem(found.all, t, s, item.productType);
                if (problem != null) {
                    problems.add(problem);
                    invalidIds.add(item.subscriptionId);
                } else {
                    lineItems.add(new TransferRecord.LineItem(item.index, s, item.partnerIdOnRecord != null
                            ? item.partnerIdOnRecord : t.partnerOnRecord(), s.productType()));
                }
            }
            if (!problems.isEmpty()) {
                return Outcome.rejected(Rejection.invalidSubscriptions(invalidIds, problems));
            }
            TransferRecord submitted = t.toBuilder().lineItems(lineItems).lastModifiedTime(now)
                    .partnerTenantId(t.sourcePartnerTenantId()).lastModifiedUser(userOf(t.sourcePartnerTenantId()))
                    .build();
            Duration processing = processingTime(submitted);
            return found.change(processing.isZero() ? completeNewCommerce(submitted, now)
                    : submitted.toBuilder().processingUntil(now.plus(processing)).build());
        });
    }

    /** Legacy Active, no accept running: the transfer is deleted. Answers the withdrawn transfer. */
    Outcome<TransferRecord> withdraw(CustomerTransfers state, String transferId, Instant now) {
        return find(state, transferId, now).then(found -> {
            Rejection refused = requireActiveLegacy(found.value, "Withdraw applies to legacy transfers; a "
                    + "new-commerce transfer is canceled with PATCH status Cancel");
            return refused != null ? Outcome.rejected(refused)
                    : Outcome.of(found.value, found.all.without(found.value.id()));
        });
    }

    /**
     * Legacy Active, no accept running: marks the accept as running, so that other changes get 409 900104 until
     * {@link #completeAccept} or {@link #abandonAccept}. The caller waits {@link #processingTime} in between.
     */
    Outcome<TransferRecord> beginAccept(CustomerTransfers state, String transferId, Instant now) {
        return find(state, transferId, now).then(found -> {
            Rejection refused = requireActiveLegacy(found.value, "Accept applies to legacy transfers; the source "
                    + "partner accepts a new-commerce transfer by submitting its line items with PATCH");
            return refused != null ? Outcome.rejected(refused) : found.change(found.value.withAccepting(true));
        });
    }

    /**
     * Ends a {@link #beginAccept begun} accept: each line item whose subscription is synced moves (an order id),
     * each other fails (900103), and the transfer's status follows from how many failed.
     */
    Outcome<TransferRecord> completeAccept(CustomerTransfers state, String transferId, Instant now) {
        return find(state, transferId, now).then(found -> {
            TransferRecord processed = completeLineItems(found.value);
            return found.change(processed.toBuilder().accepting(false).lastModifiedTime(now)
                    .lastModifiedUser(userOf(processed.targetPartnerTenantId())).build());
        });
    }

    /** Ends a {@link #beginAccept begun} accept that could not complete: the transfer is as before. */
    CustomerTransfers abandonAccept(CustomerTransfers state, String transferId) {
        TransferRecord t = state.find(transferId);
        return t == null || !t.accepting() ? state : state.with(t.withAccepting(false));
    }

    /** How long processing the transfer's line items takes: the longest processing time of their subscriptions. */
    static Duration processingTime(TransferRecord t) {
        Duration longest = Duration.ZERO;
        for (TransferRecord.LineItem li : t.lineItems()) {
            if (li.subscription().processingTime().compareTo(longest) > 0) {
                longest = li.subscription().processingTime();
            }
        }
        return longest;
    }

    // ---- the parts -------------------------------------------------------------------------------------------

    /** A transfer found among the customer's settled transfers. */
    private static final class Found {
        final CustomerTransfers all;
        final TransferRecord value;

        Found(CustomerTransfers all, TransferRecord value) {
            this.all = all;
            this.value = value;
        }

        /** The transfer is now {@code changed}. */
        Outcome<TransferRecord> change(TransferRecord changed) {
            return Outcome.of(changed, all.with(changed));
        }
    }

    private Outcome<Found> find(CustomerTransfers state, String transferId, Instant now) {
        CustomerTransfers settled = settle(state, now);
        TransferRecord t = findExisting(settled, transferId, now);
        return t == null ? Outcome.rejected(Rejection.notFound(state.customerId(), transferId))
                : Outcome.of(new Found(settled, t));
    }

    private TransferRecord completeNewCommerce(TransferRecord t, Instant at) {
        return completeLineItems(t).toBuilder().processingUntil(null).completedTime(at).lastModifiedTime(at).build();
    }

    /**
     * Moves each line item whose subscription is synced (an order id: the subscription counts as transferred) and
     * fails the others (900103), then sets the transfer's status from how many failed.
     */
    private TransferRecord completeLineItems(TransferRecord t) {
        List<TransferRecord.LineItem> processed = new ArrayList<>();
        int failed = 0;
        for (int i = 0; i < t.lineItems().size(); i++) {
            TransferRecord.LineItem li = t.lineItems().get(i);
            Seed.Subscription s = li.subscription();
            String group = String.valueOf(i); // the documented transfers number groups by position, ids may repeat
            if (Seed.SYNC_COMPLETE.equalsIgnoreCase(s.syncState())) {
                processed.add(li.completed(newIds.get(), group));
            } else {
                failed++;
                processed.add(li.failed(String.format(SimulatorJson.SYNC_STATE_ERROR, lower(s.id()), s.syncState()),
                        group));
            }
        }
        String status = failed == 0 ? TransferRecord.COMPLETE
                : failed == processed.size() ? TransferRecord.FAILED : TransferRecord.PARTIALLY_COMPLETE;
        return t.toBuilder().lineItems(processed).status(status).build();
    }

    /** What accept, reject and withdraw need: a legacy transfer, no accept running on it, and Active. */
    private static Rejection requireActiveLegacy(TransferRecord t, String whenNewCommerce) {
        if (t.newCommerce()) {
            return Rejection.invalid(whenNewCommerce);
        }
        if (t.accepting()) {
            return Rejection.processedByAnotherRequest(t.id());
        }
        if (TransferRecord.IN_PROGRESS.equals(t.status())) {
            return Rejection.inProgress(t.id());
        }
        return requireStatus(t, TransferRecord.ACTIVE);
    }

    /** What cancel and submit need: no submitted line items being processed, and InProgress. */
    private static Rejection requirePending(TransferRecord t) {
        if (t.isProcessing()) {
            return Rejection.inProgress(t.id());
        }
        return requireStatus(t, TransferRecord.IN_PROGRESS);
    }

    private static Rejection requireStatus(TransferRecord t, String expected) {
        return expected.equals(t.status()) ? null : Rejection.wrongStatus(t.status(), t.id());
    }

    /**
     * Whether a submit names an Azure subscription the transfer does not take: the current error-codes page says
     * such a transfer cannot be accepted (403 900139). The simulator takes Azure subscriptions only when the create
     * named {@code AzureSubscription} among its {@code targetProductTypes}.
     */
    private static boolean azureNotTaken(TransferRecord t, List<LineItemRequest> items) {
        boolean taken = t.targetProductTypes() != null && t.targetProductTypes().stream()
                .anyMatch(AZURE_SUBSCRIPTION::equalsIgnoreCase);
        return !taken && items.stream().anyMatch(i -> AZURE_SUBSCRIPTION.equalsIgnoreCase(i.productType));
    }

    /** Why this new-commerce subscription cannot be submitted on {@code t}, or null when it can. */
    private static String submitProblem(CustomerTransfers all, TransferRecord t, Seed.Subscription s,
            String productType) {
        if (!s.isNewCommerce()) {
            return "Subscription: " + s.id() + " is a traditional license-based subscription; transfer it with a "
                    + "legacy transfer";
        }
        if (!s.productType().equalsIgnoreCase(productType)) {
            return "Subscription: " + s.id() + " is of product type " + s.productType() + ", not " + productType;
        }
        if (t.targetProductTypes() != null && t.targetProductTypes().stream()
                .noneMatch(s.productType()::equalsIgnoreCase)) {
            return "Subscription: " + s.id() + " is of product type " + s.productType()
                    + ", which this transfer does not take (targetProductTypes " + t.targetProductTypes() + ")";
        }
        return notTransferable(all, s, t);
    }

    /**
     * Why this subscription cannot join a transfer now (other than {@code self}), or null when it can. A subscription
     * is the customer's own (ids are unique within a customer), so only the customer's own transfers can hold or
     * have moved it.
     */
    private static String notTransferable(CustomerTransfers all, Seed.Subscription s, TransferRecord self) {
        if (!Seed.ACTIVE.equalsIgnoreCase(s.state())) {
            return "Subscription: " + s.id() + " is in state: " + s.state();
        }
        for (TransferRecord other : all.all()) {
            if ((self == null || !other.id().equals(self.id())) && other.isOpen() && holds(other, s)) {
                return "subscription is already part of another transfer request id : " + other.id();
            }
        }
        for (TransferRecord other : all.all()) {
            for (TransferRecord.LineItem li : other.lineItems()) {
                if (li.orderId() != null && li.subscription().id().equalsIgnoreCase(s.id())) {
                    return "Subscription: " + s.id() + " was already transferred by transfer request id : "
                            + other.id();
                }
            }
        }
        return null;
    }

    private static boolean holds(TransferRecord t, Seed.Subscription s) {
        return t.lineItems().stream().anyMatch(li -> li.subscription().id().equalsIgnoreCase(s.id()));
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

    private String partnerName(String tenantId, String given) {
        if (given != null) {
            return given;
        }
        Seed.Partner p = seed.partner(tenantId);
        return p == null ? null : p.name();
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
