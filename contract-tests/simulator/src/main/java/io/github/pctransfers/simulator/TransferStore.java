package io.github.pctransfers.simulator;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Function;

/**
 * The simulator's memory of transfers: each customer's {@link CustomerTransfers}. It only stores: {@link #apply}
 * hands the current value to a step and keeps what the step answers, under one lock, so that no two steps on the
 * same transfers interleave.
 *
 * <p>Bounded: it keeps at most {@code maxTransfers} transfers in all ({@link #DEFAULT_MAX_TRANSFERS} by default).
 * Past that, the oldest created transfer is forgotten, whatever its status, as if it had never existed (a get
 * answers 404 900100). A customer with no transfers left takes no memory, so the customers kept are bounded too.
 */
final class TransferStore {
    /** Enough for any test and any demo; about 2 KB a transfer, so some 20 MB of records at most. */
    static final int DEFAULT_MAX_TRANSFERS = 10_000;

    private final int maxTransfers;
    /** By lowercase customer id; only customers with at least one transfer. */
    private final Map<String, CustomerTransfers> byCustomer = new HashMap<>();
    /** Every kept transfer, oldest created first: {@code customer/transfer} (lowercase) to the customer key. */
    private final LinkedHashMap<String, String> createdOrder = new LinkedHashMap<>();
    private long forgotten;
    private ChangeListener listener;
    private final Function<CustomerTransfers, Instant> nextChange;
    /** Each customer's next change by time alone (only customers that have one), and the same as a queue. */
    private final Map<String, Instant> dueAt = new HashMap<>();
    private final PriorityQueue<Due> due = new PriorityQueue<>();

    /** Told of each transfer a step created, changed or deleted (not of those forgotten because the store is full). */
    interface ChangeListener {
        /** Whether to be told at all: when not, the store does not compare before and after. */
        boolean listening();

        /** Called under the store's lock: must not block. {@code before} null: created; {@code after} null: deleted. */
        void changed(TransferRecord before, TransferRecord after);
    }

    TransferStore() {
        this(DEFAULT_MAX_TRANSFERS);
    }

    TransferStore(int maxTransfers) {
        this(maxTransfers, transfers -> null);
    }

    /**
     * @param nextChange when time alone next changes a customer's transfers (null: never); indexed on every store,
     *     so that {@link #changeDue} visits only the customers due
     */
    TransferStore(int maxTransfers, Function<CustomerTransfers, Instant> nextChange) {
        if (maxTransfers < 1) {
            throw new IllegalArgumentException("maxTransfers must be at least 1, got " + maxTransfers);
        }
        this.maxTransfers = maxTransfers;
        this.nextChange = Objects.requireNonNull(nextChange, "nextChange");
    }

    /**
     * Runs {@code step} on the customer's transfers and keeps {@link Outcome#after()} when it has one. The step
     * runs under the store's lock: it must not block.
     */
    synchronized <T> Outcome<T> apply(String customerId, Function<CustomerTransfers, Outcome<T>> step) {
        CustomerTransfers current = current(customerId);
        Outcome<T> outcome = Objects.requireNonNull(step.apply(current), "outcome");
        keepIfChanged(current, outcome.after());
        return outcome;
    }

    /** Replaces the customer's transfers with what {@code change} makes of them, under the store's lock. */
    synchronized void change(String customerId, Function<CustomerTransfers, CustomerTransfers> change) {
        CustomerTransfers current = current(customerId);
        keepIfChanged(current, Objects.requireNonNull(change.apply(current), "transfers"));
    }

    /** Tells {@code listener} of every change from now on (the seeded state is not a change). */
    synchronized void listen(ChangeListener listener) {
        this.listener = listener;
    }

    /**
     * Runs {@code change} on the transfers of every customer whose next change (the constructor's function) is at
     * or before {@code now}, under the store's lock. The ticker settles transfers this way four times a second:
     * visiting every kept transfer each time held the lock that every request needs (profiled under load).
     */
    synchronized void changeDue(Instant now, Function<CustomerTransfers, CustomerTransfers> change) {
        while (!due.isEmpty() && !due.peek().at.isAfter(now)) {
            Due d = due.poll();
            if (!d.at.equals(dueAt.get(d.customer))) {
                continue; // stale: the customer was stored since, with another next change (already indexed)
            }
            dueAt.remove(d.customer);
            CustomerTransfers current = byCustomer.get(d.customer);
            if (current != null) {
                keepIfChanged(current, Objects.requireNonNull(change.apply(current), "transfers"));
            }
        }
    }

    /** Transfers kept, all customers together. */
    synchronized int size() {
        return createdOrder.size();
    }

    /** Customers with at least one transfer kept. */
    synchronized int customers() {
        return byCustomer.size();
    }

    /** Transfers forgotten because the store was full. */
    synchronized long forgotten() {
        return forgotten;
    }

    private CustomerTransfers current(String customerId) {
        String key = CustomerTransfers.key(customerId);
        CustomerTransfers found = byCustomer.get(key);
        return found != null ? found : CustomerTransfers.none(key);
    }

    /** Keeps {@code after} unless it is null or the same value (a read that settled nothing). */
    private void keepIfChanged(CustomerTransfers current, CustomerTransfers after) {
        if (after == null || after == current) {
            return;
        }
        String customer = current.customerId();
        if (!after.customerId().equals(customer)) {
            throw new IllegalArgumentException("a step on " + customer + " answered the transfers of "
                    + after.customerId());
        }
        Set<String> before = ids(current);
        Set<String> now = ids(after);
        for (String id : before) {
            if (!now.contains(id)) {
                createdOrder.remove(customer + "/" + id);
            }
        }
        for (String id : now) {
            if (!before.contains(id)) {
                createdOrder.put(customer + "/" + id, customer);
            }
        }
        put(after);
        tellListener(current, after);
        forgetOldestPastLimit();
    }

    private void tellListener(CustomerTransfers before, CustomerTransfers after) {
        ChangeListener l = listener;
        if (l == null || !l.listening()) {
            return;
        }
        Map<String, TransferRecord> previous = new HashMap<>();
        for (TransferRecord t : before.all()) {
            previous.put(t.id(), t);
        }
        for (TransferRecord t : after.all()) {
            TransferRecord was = previous.remove(t.id());
            if (was != t) {
                l.changed(was, t);
            }
        }
        for (TransferRecord gone : previous.values()) {
            l.changed(gone, null);
        }
    }

    private void forgetOldestPastLimit() {
        Iterator<Map.Entry<String, String>> oldest = createdOrder.entrySet().iterator();
        while (createdOrder.size() > maxTransfers && oldest.hasNext()) {
            Map.Entry<String, String> entry = oldest.next();
            String customer = entry.getValue();
            String transferId = entry.getKey().substring(customer.length() + 1);
            oldest.remove();
            CustomerTransfers kept = byCustomer.get(customer);
            if (kept != null) {
                put(kept.without(transferId));
            }
            forgotten++;
        }
    }

    private void put(CustomerTransfers transfers) {
        String customer = transfers.customerId();
        if (transfers.all().isEmpty()) {
            byCustomer.remove(customer);
        } else {
            byCustomer.put(customer, transfers);
        }
        Instant next = transfers.all().isEmpty() ? null : nextChange.apply(transfers);
        if (next == null) {
            dueAt.remove(customer);
        } else if (!next.equals(dueAt.put(customer, next))) {
            due.add(new Due(next, customer));
            if (due.size() > 2 * dueAt.size() + 64) {
                // Stale entries (customers stored again since) past the live ones: rebuilt from the live index.
                due.clear();
                dueAt.forEach((c, at) -> due.add(new Due(at, c)));
            }
        }
    }

    /** A customer's next change, as indexed when stored; stale once {@link #dueAt} holds another moment for it. */
    private static final class Due implements Comparable<Due> {
        final Instant at;
        final String customer;

        Due(Instant at, String customer) {
            this.at = at;
            this.customer = customer;
        }

        @Override
        public int compareTo(Due o) {
            return at.compareTo(o.at);
        }
    }

    private static Set<String> ids(CustomerTransfers transfers) {
        Set<String> ids = new HashSet<>();
        for (TransferRecord t : transfers.all()) {
            ids.add(CustomerTransfers.key(t.id()));
        }
        return ids;
    }
}
