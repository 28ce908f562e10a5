package io.github.pctransfers.client.observability;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The client needed a new token because Partner Center answered 401 to the last one. Immutable; built by the client.
 */
public final class TokenRefresh {
    /** What came of it. */
    public enum Outcome {
        /** The credential was asked for a new token and gave one. */
        REFRESHED,
        /** Another call had refreshed the token since this one's rejected attempt began: that token was reused. */
        SHARED,
        /** The credential could not give a token. */
        FAILED
    }

    private final String operation;
    private final Outcome outcome;
    private final Duration duration;
    private final String exceptionType;

    /**
     * @param operation     the call's operation
     * @param outcome       what came of it
     * @param duration      how long getting the token took (waiting for another call's refresh included)
     * @param exceptionType the simple name of the exception type when it failed, else null
     */
    public TokenRefresh(String operation, Outcome outcome, Duration duration, String exceptionType) {
        this.operation = Objects.requireNonNull(operation, "operation");
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        this.duration = Objects.requireNonNull(duration, "duration");
        this.exceptionType = exceptionType;
    }

    /**
     * The operation of the call that got the 401.
     *
     * @return the operation of the call that got the 401
     */
    public String operation() {
        return operation;
    }

    /**
     * What came of it.
     *
     * @return what came of it
     */
    public Outcome outcome() {
        return outcome;
    }

    /**
     * How long getting the token took.
     *
     * @return how long getting the token took
     */
    public Duration duration() {
        return duration;
    }

    /**
     * The simple name of the exception type when it failed (e.g. {@code TokenAcquisitionException}).
     *
     * @return the simple name of the exception type when it failed (e.g
     */
    public Optional<String> exceptionType() {
        return Optional.ofNullable(exceptionType);
    }

    @Override
    public String toString() {
        return "TokenRefresh{operation=" + operation + ", outcome=" + outcome + ", duration=" + duration
                + ", exceptionType=" + exceptionType + "}";
    }
}
