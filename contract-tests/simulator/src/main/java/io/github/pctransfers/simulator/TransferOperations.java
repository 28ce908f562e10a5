package io.github.pctransfers.simulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The seven transfer operations, each the same pipeline: {@link TransferRequests} reads the request,
 * {@link TransferRules} decide on the customer's transfers inside {@link TransferStore#apply}, and
 * {@link TransferReplies} answers. An accept is the one operation that waits: for its processing time, between
 * beginning and completing, outside the store's lock.
 */
final class TransferOperations {
    /** Longest real wait of a slow accept when the clock is not moved (tests with a fixed clock). */
    private static final Duration MAX_REAL_WAIT = Duration.ofSeconds(60);

    private final String callerPartnerTenantId;
    private final Clock clock;
    private final TransferRules rules;
    private final TransferReplies replies;
    private final TransferStore store = new TransferStore(TransferStore.DEFAULT_MAX_TRANSFERS,
            TransferRules::nextChange);

    /** The seed's transfers; its customers, subscriptions and partners to work with. */
    TransferOperations(Seed seed, Clock clock) {
        this(seed, clock, null);
    }

    /** As above, telling {@code changes} of every change after the seed's (null: nobody). */
    TransferOperations(Seed seed, Clock clock, TransferStore.ChangeListener changes) {
        this.callerPartnerTenantId = seed.callerPartnerTenantId();
        this.clock = clock;
        this.rules = new TransferRules(seed, RandomIds::uuid);
        this.replies = new TransferReplies(seed);
        for (CustomerTransfers seeded : TransferRules.seeded(seed)) {
            store.change(seeded.customerId(), none -> seeded);
        }
        if (changes != null) {
            store.listen(changes);
        }
    }

    /**
     * What time alone does to every transfer by the clock's now (processing done, expiry), without a request: only
     * the customers with a transfer due by now are settled (the store's index of {@link TransferRules#nextChange}).
     */
    void settleAll() {
        Instant now = now();
        store.changeDue(now, state -> rules.settle(state, now));
    }

    Reply create(String customerId, String bodyText) {
        Outcome<TransferRecord> created = TransferRequests.json(bodyText)
                .then(body -> TransferRequests.create(body, callerPartnerTenantId))
                .then(command -> store.apply(customerId, state -> rules.create(state, command, now())));
        return TransferReplies.reply(created, replies::created);
    }

    Reply list(String customerId) {
        return TransferReplies.reply(store.apply(customerId, state -> rules.list(state, now())), replies::transfers);
    }

    Reply get(String customerId, String transferId) {
        return TransferReplies.reply(store.apply(customerId, state -> rules.get(state, transferId, now())),
                replies::transfer);
    }

    /** PATCH: reject (legacy), cancel (new commerce) or submit line items (new commerce). */
    Reply update(String customerId, String transferId, String bodyText) {
        Outcome<Updated> updated = TransferRequests.json(bodyText)
                .then(body -> TransferRequests.update(body, transferId))
                .then(command -> store.apply(customerId, state -> rules.update(state, transferId, command, now()))
                        .then(t -> Outcome.of(new Updated(t, command.change))));
        return TransferReplies.reply(updated, u -> u.change == TransferCommands.Update.Change.CANCEL
                ? replies.cancelled(u.transfer) : replies.transfer(u.transfer));
    }

    /** A changed transfer and the change that made it, which decides the answer's shape. */
    private static final class Updated {
        final TransferRecord transfer;
        final TransferCommands.Update.Change change;

        Updated(TransferRecord transfer, TransferCommands.Update.Change change) {
            this.transfer = transfer;
            this.change = change;
        }
    }

    Reply withdraw(String customerId, String transferId) {
        return TransferReplies.reply(store.apply(customerId, state -> rules.withdraw(state, transferId, now())),
                TransferReplies::withdrawn);
    }

    /**
     * Accepts a legacy transfer. Waits for the line items' processing time first, with the transfer marked as being
     * accepted, so that concurrent changes get 409 900104.
     */
    Reply accept(String customerId, String transferId) {
        Outcome<TransferRecord> begun = store.apply(customerId, state -> rules.beginAccept(state, transferId, now()));
        if (begun.isRejected()) {
            return TransferReplies.rejected(begun.rejection());
        }
        String id = begun.value().id();
        boolean ended = false;
        try {
            waitFor(TransferRules.processingTime(begun.value()));
            Outcome<TransferRecord> completed = store.apply(customerId,
                    state -> rules.completeAccept(state, id, now()));
            ended = true;
            return TransferReplies.reply(completed, replies::accepted);
        } finally {
            if (!ended) {
                store.change(customerId, state -> rules.abandonAccept(state, id));
            }
        }
    }

    Reply eligibility(String customerId, String transferType) {
        Outcome<List<TransferRules.Eligibility>> result = TransferRequests.eligibilityType(transferType)
                .then(type -> store.apply(customerId, state -> rules.eligibility(state, type, now())));
        return TransferReplies.reply(result, TransferReplies::eligibility);
    }

    /** Whether an accept runs on the transfer, or its submitted line items are still processed. */
    boolean isProcessing(String customerId, String transferId) {
        Outcome<TransferRecord> t = store.apply(customerId, state -> rules.get(state, transferId, now()));
        return !t.isRejected() && (t.value().accepting() || t.value().isProcessing());
    }

    private Instant now() {
        return clock.instant();
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
}
