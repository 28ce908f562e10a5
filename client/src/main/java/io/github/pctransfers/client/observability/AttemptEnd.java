package io.github.pctransfers.client.observability;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** One attempt of a call, ended. Immutable; built by the client. */
public final class AttemptEnd {
    private final String operation;
    private final int number;
    private final boolean resendAfterUnauthorized;
    private final CallOutcome outcome;
    private final int statusCode;
    private final String errorCode;
    private final String exceptionType;
    private final Duration duration;

    /**
     * @param operation               the call's operation
     * @param number                  1 for the first attempt; the re-send after a 401 counts as one more
     * @param resendAfterUnauthorized whether this attempt re-sent the call with a refreshed token after a 401
     * @param outcome                 how it ended
     * @param statusCode              the HTTP status, or 0 when no answer arrived
     * @param errorCode               Partner Center's error code from the body, or null
     * @param exceptionType           the simple name of the {@code TransfersException} type it failed with, or null
     * @param duration                from sending (the token included) to the end of reading
     */
    public AttemptEnd(String operation, int number, boolean resendAfterUnauthorized, CallOutcome outcome,
            int statusCode, String errorCode, String exceptionType, Duration duration) {
        this.operation = Objects.requireNonNull(operation, "operation");
        this.number = number;
        this.resendAfterUnauthorized = resendAfterUnauthorized;
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        this.statusCode = statusCode;
        this.errorCode = errorCode;
        this.exceptionType = exceptionType;
        this.duration = Objects.requireNonNull(duration, "duration");
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
     * 1 for the first attempt, then 2, 3, ... (requests sent, the re-send after a 401 included).
     *
     * @return 1 for the first attempt, then 2, 3, 
     */
    public int number() {
        return number;
    }

    /**
     * Whether this attempt re-sent the call with a refreshed token after Partner Center answered 401.
     *
     * @return whether this attempt re-sent the call with a refreshed token after Partner Center answered 401
     */
    public boolean resendAfterUnauthorized() {
        return resendAfterUnauthorized;
    }

    /**
     * How the attempt ended.
     *
     * @return how the attempt ended
     */
    public CallOutcome outcome() {
        return outcome;
    }

    /**
     * The HTTP status, or 0 when no answer arrived.
     *
     * @return the HTTP status, or 0 when no answer arrived
     */
    public int statusCode() {
        return statusCode;
    }

    /**
     * Partner Center's error code (e.g. {@code 900100}), when the answer was an error with one.
     *
     * @return Partner Center's error code
     */
    public Optional<String> errorCode() {
        return Optional.ofNullable(errorCode);
    }

    /**
     * The simple name of the exception type the attempt failed with (e.g. {@code RateLimitException}).
     *
     * @return the simple name of the exception type the attempt failed with
     */
    public Optional<String> exceptionType() {
        return Optional.ofNullable(exceptionType);
    }

    /**
     * From the start of the attempt (getting its token included) to the end of reading the answer.
     *
     * @return from the start of the attempt (getting its token included) to the end of reading the answer
     */
    public Duration duration() {
        return duration;
    }

    @Override
    public String toString() {
        return "AttemptEnd{operation=" + operation + ", number=" + number
                + (resendAfterUnauthorized ? ", resendAfterUnauthorized" : "") + ", outcome=" + outcome
                + ", status=" + statusCode + ", errorCode=" + errorCode + ", exceptionType=" + exceptionType
                + ", duration=" + duration + "}";
    }
}
