package io.github.pctransfers.client.observability;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The client's token was replaced during a call: after Partner Center answered 401 to the last one
 * ({@link Reason#UNAUTHORIZED}), or because the credential handed out a new one on its own when the call asked
 * for a token, e.g. {@code ClientSecretCredential} ahead of the old one's expiry ({@link Reason#PROACTIVE}).
 * Immutable; built by the client.
 */
public final class TokenRefresh {
    /** Why the token was replaced. */
    public enum Reason {
        /** Partner Center answered 401 to the last token: the client asked its credential for a new one. */
        UNAUTHORIZED,
        /**
         * The credential handed out a token other than the one the client sent last, unasked: it refreshed on
         * its own (ahead of expiry, or its token supplier changed tokens). The client tells the first call that
         * gets the new token; the very first token is not a refresh. {@link Outcome#FAILED}: a token had been in
         * use, and the credential could give none.
         */
        PROACTIVE
    }

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
    private final Reason reason;
    private final Outcome outcome;
    private final Duration duration;
    private final String exceptionType;

    /**
     * A refresh after a 401 ({@link Reason#UNAUTHORIZED}).
     *
     * @param operation     the call's operation
     * @param outcome       what came of it
     * @param duration      how long getting the token took (waiting for another call's refresh included)
     * @param exceptionType the simple name of the exception type when it failed, else null
     */
    public TokenRefresh(String operation, Outcome outcome, Duration duration, String exceptionType) {
        this(operation, Reason.UNAUTHORIZED, outcome, duration, exceptionType);
    }

    /**
     * @param operation     the call's operation
     * @param reason        why the token was replaced
     * @param outcome       what came of it
     * @param duration      how long getting the token took (waiting for another call's refresh included)
     * @param exceptionType the simple name of the exception type when it failed, else null
     */
    public TokenRefresh(String operation, Reason reason, Outcome outcome, Duration duration, String exceptionType) {
        this.operation = Objects.requireNonNull(operation, "operation");
        this.reason = Objects.requireNonNull(reason, "reason");
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        this.duration = Objects.requireNonNull(duration, "duration");
        this.exceptionType = exceptionType;
    }

    /**
     * The operation of the call the refresh happened in: the one that got the 401, or the first to get the new
     * token.
     *
     * @return the operation of the call the refresh happened in
     */
    public String operation() {
        return operation;
    }

    /**
     * Why the token was replaced: a 401, or the credential on its own.
     *
     * @return why the token was replaced
     */
    public Reason reason() {
        return reason;
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
     * @return the simple name of the exception type when it failed
     */
    public Optional<String> exceptionType() {
        return Optional.ofNullable(exceptionType);
    }

    @Override
    public String toString() {
        return "TokenRefresh{operation=" + operation + ", reason=" + reason + ", outcome=" + outcome + ", duration="
                + duration + ", exceptionType=" + exceptionType + "}";
    }
}
