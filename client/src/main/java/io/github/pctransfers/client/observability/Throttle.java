package io.github.pctransfers.client.observability;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** Partner Center answered an attempt with 429 (too many requests). Immutable; built by the client. */
public final class Throttle {
    private final String operation;
    private final int attempt;
    private final Duration retryAfter;

    /**
     * @param operation  the call's operation
     * @param attempt    the number of the throttled attempt
     * @param retryAfter the wait Partner Center asked for ({@code Retry-After}, seconds or a date), or null
     */
    public Throttle(String operation, int attempt, Duration retryAfter) {
        this.operation = Objects.requireNonNull(operation, "operation");
        this.attempt = attempt;
        this.retryAfter = retryAfter;
    }

    /**
     * The call's operation.
     *
     * @return the call's operation
     */
    public String operation() {
        return operation;
    }

    /**
     * The number of the throttled attempt.
     *
     * @return the number of the throttled attempt
     */
    public int attempt() {
        return attempt;
    }

    /**
     * The wait Partner Center asked for, when its answer had a readable {@code Retry-After}.
     *
     * @return the wait Partner Center asked for, when its answer had a readable {@code Retry-After}
     */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    @Override
    public String toString() {
        return "Throttle{operation=" + operation + ", attempt=" + attempt + ", retryAfter=" + retryAfter + "}";
    }
}
