package io.github.pctransfers.client.observability;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** Another attempt of a call follows a failed one, after a wait. Immutable; built by the client. */
public final class Retry {
    private final String operation;
    private final int failedAttempt;
    private final CallOutcome reason;
    private final int statusCode;
    private final Duration backoff;
    private final Duration retryAfter;

    /**
     * @param operation     the call's operation
     * @param failedAttempt the number of the attempt that failed
     * @param reason        why it failed (never {@link CallOutcome#SUCCESS})
     * @param statusCode    the status it got, or 0 when no answer arrived
     * @param backoff       how long the client waits before the next attempt
     * @param retryAfter    the wait Partner Center asked for ({@code Retry-After}, before the policy's cap), or null
     */
    public Retry(String operation, int failedAttempt, CallOutcome reason, int statusCode, Duration backoff,
            Duration retryAfter) {
        this.operation = Objects.requireNonNull(operation, "operation");
        this.failedAttempt = failedAttempt;
        this.reason = Objects.requireNonNull(reason, "reason");
        this.statusCode = statusCode;
        this.backoff = Objects.requireNonNull(backoff, "backoff");
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
     * The number of the attempt that failed; the next one is this plus one.
     *
     * @return the number of the attempt that failed; the next one is this plus one
     */
    public int failedAttempt() {
        return failedAttempt;
    }

    /**
     * Why the attempt failed: {@link CallOutcome#THROTTLED}, {@link CallOutcome#SERVER_ERROR}, a timeout, ...
     *
     * @return why the attempt failed: {@link CallOutcome#THROTTLED}, {@link CallOutcome#SERVER_ERROR}, a timeout, 
     */
    public CallOutcome reason() {
        return reason;
    }

    /**
     * The status the failed attempt got, or 0 when no answer arrived.
     *
     * @return the status the failed attempt got, or 0 when no answer arrived
     */
    public int statusCode() {
        return statusCode;
    }

    /**
     * How long the client waits before the next attempt (the server's {@code Retry-After}, capped, or backoff).
     *
     * @return how long the client waits before the next attempt (the server's {@code Retry-After}, capped, or backoff)
     */
    public Duration backoff() {
        return backoff;
    }

    /**
     * The wait Partner Center asked for with {@code Retry-After}, as it asked (the policy may have capped it).
     *
     * @return the wait Partner Center asked for with {@code Retry-After}, as it asked (the policy may have capped it)
     */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    @Override
    public String toString() {
        return "Retry{operation=" + operation + ", failedAttempt=" + failedAttempt + ", reason=" + reason
                + ", status=" + statusCode + ", backoff=" + backoff + ", retryAfter=" + retryAfter + "}";
    }
}
