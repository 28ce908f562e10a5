package io.github.pctransfers.simulator;

import java.util.Objects;
import java.util.function.Function;

/**
 * What a step of a request comes to: a value, with the customer's transfers as they are afterwards when the step
 * changed them; or a {@link Rejection}, which changes nothing.
 *
 * @param <T> the value: a parsed request, a transfer, a list, ...
 */
final class Outcome<T> {
    private final T value;
    private final CustomerTransfers after;
    private final Rejection rejection;

    private Outcome(T value, CustomerTransfers after, Rejection rejection) {
        this.value = value;
        this.after = after;
        this.rejection = rejection;
    }

    /** {@code value}, and the customer's transfers are now {@code after}. */
    static <T> Outcome<T> of(T value, CustomerTransfers after) {
        return new Outcome<>(value, Objects.requireNonNull(after, "after"), null);
    }

    /** {@code value}, with no transfers changed (e.g. a parsed request). */
    static <T> Outcome<T> of(T value) {
        return new Outcome<>(value, null, null);
    }

    static <T> Outcome<T> rejected(Rejection rejection) {
        return new Outcome<>(null, null, Objects.requireNonNull(rejection, "rejection"));
    }

    boolean isRejected() {
        return rejection != null;
    }

    /** The value; only when not {@link #isRejected() rejected}. */
    T value() {
        if (rejection != null) {
            throw new IllegalStateException("rejected: " + rejection);
        }
        return value;
    }

    /** The rejection, or null. */
    Rejection rejection() {
        return rejection;
    }

    /** The customer's transfers after this step, or null when it changed none. */
    CustomerTransfers after() {
        return after;
    }

    /** The next step on the value, or this rejection. */
    <U> Outcome<U> then(Function<T, Outcome<U>> next) {
        return rejection != null ? rejected(rejection) : next.apply(value);
    }

    @Override
    public String toString() {
        return rejection != null ? "Outcome[rejected " + rejection + "]" : "Outcome[" + value + "]";
    }
}
