package io.github.pctransfers.simulator;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The simulator's memory of transfers: each customer's {@link CustomerTransfers}. It only stores: {@link #apply}
 * hands the current value to a step and keeps what the step answers, under one lock, so that no two steps on the
 * same transfers interleave.
 */
final class TransferStore {
    /** By lowercase customer id. */
    private final Map<String, CustomerTransfers> byCustomer = new HashMap<>();

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

    private CustomerTransfers current(String customerId) {
        String key = CustomerTransfers.key(customerId);
        CustomerTransfers found = byCustomer.get(key);
        return found != null ? found : CustomerTransfers.none(key);
    }

    /** Keeps {@code after} unless it is null or the same value (a read that settled nothing). */
    private void keepIfChanged(CustomerTransfers current, CustomerTransfers after) {
        if (after != null && after != current) {
            if (!after.customerId().equals(current.customerId())) {
                throw new IllegalArgumentException("a step on " + current.customerId() + " answered the transfers of "
                        + after.customerId());
            }
            byCustomer.put(after.customerId(), after);
        }
    }
}
