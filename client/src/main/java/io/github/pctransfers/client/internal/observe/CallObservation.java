package io.github.pctransfers.client.internal.observe;

import io.github.pctransfers.client.errors.RateLimitException;
import io.github.pctransfers.client.observability.AttemptEnd;
import io.github.pctransfers.client.observability.CallEnd;
import io.github.pctransfers.client.observability.CallOutcome;
import io.github.pctransfers.client.observability.CallStart;
import io.github.pctransfers.client.observability.Retry;
import io.github.pctransfers.client.observability.Throttle;
import io.github.pctransfers.client.observability.TokenRefresh;
import java.time.Duration;

/**
 * One observed call: the observer's state for it and what the events need (start time, attempts so far). Made by
 * {@link GuardedObserver#callStarted} only when an observer is set; used by the thread running the call (and its
 * attempt's token refresh), so it needs no locking.
 */
public final class CallObservation {
    private final GuardedObserver guard;
    private final Object state;
    private final CallStart start;
    private final long startNanos = System.nanoTime();
    private int attempts;
    private int lastStatus;

    CallObservation(GuardedObserver guard, Object state, CallStart start) {
        this.guard = guard;
        this.state = state;
        this.start = start;
    }

    /** An attempt got a 2xx and its body was read. */
    public void attemptSucceeded(int status, long attemptStartNanos, boolean resend) {
        attempts++;
        lastStatus = status;
        if (!guard.wantsAttempts) {
            return;
        }
        AttemptEnd end = new AttemptEnd(start.operation(), attempts, resend, CallOutcome.ofStatus(status), status,
                null, null, since(attemptStartNanos));
        try {
            guard.observer().attemptEnded(state, end);
        } catch (RuntimeException e) {
            guard.failed("attemptEnded", e);
        }
    }

    /**
     * An attempt failed with {@code failure}; {@code sent} is false when nothing went out (no token).
     *
     * @param retryAfter the wait a 429 asked for, or null
     */
    public void attemptFailed(RuntimeException failure, long attemptStartNanos, boolean resend, Duration retryAfter) {
        attempts++;
        int status = GuardedObserver.statusOf(failure);
        lastStatus = status;
        if (guard.wantsAttempts) {
            AttemptEnd end = new AttemptEnd(start.operation(), attempts, resend, GuardedObserver.outcomeOf(failure),
                    status, GuardedObserver.errorCodeOf(failure), failure.getClass().getSimpleName(),
                    since(attemptStartNanos));
            try {
                guard.observer().attemptEnded(state, end);
            } catch (RuntimeException e) {
                guard.failed("attemptEnded", e);
            }
        }
        if (guard.wantsThrottles && failure instanceof RateLimitException) {
            try {
                guard.observer().throttled(state, new Throttle(start.operation(), attempts, retryAfter));
            } catch (RuntimeException e) {
                guard.failed("throttled", e);
            }
        }
    }

    /** Another attempt follows the last, failed one, after {@code backoff}. */
    public void retryScheduled(RuntimeException failure, Duration backoff, Duration retryAfter) {
        if (!guard.wantsRetries) {
            return;
        }
        Retry retry = new Retry(start.operation(), attempts, GuardedObserver.outcomeOf(failure),
                GuardedObserver.statusOf(failure), backoff, retryAfter);
        try {
            guard.observer().retryScheduled(state, retry);
        } catch (RuntimeException e) {
            guard.failed("retryScheduled", e);
        }
    }

    /** Whether the observer takes token refreshes: else the transport need not look for them. */
    public boolean observesTokenRefreshes() {
        return guard.wantsTokenRefreshes;
    }

    /**
     * A new token was got (or not) since {@code refreshStartNanos}: for the re-send after a 401
     * ({@link TokenRefresh.Reason#UNAUTHORIZED}), or from the credential on its own
     * ({@link TokenRefresh.Reason#PROACTIVE}).
     */
    public void tokenRefreshed(TokenRefresh.Reason reason, TokenRefresh.Outcome outcome, long refreshStartNanos,
            RuntimeException failure) {
        if (!guard.wantsTokenRefreshes) {
            return;
        }
        TokenRefresh refresh = new TokenRefresh(start.operation(), reason, outcome, since(refreshStartNanos),
                failure == null ? null : failure.getClass().getSimpleName());
        try {
            guard.observer().tokenRefreshed(state, refresh);
        } catch (RuntimeException e) {
            guard.failed("tokenRefreshed", e);
        }
    }

    /** The call returns. */
    public void callSucceeded() {
        if (!guard.wantsCallEnds) {
            return;
        }
        ended(new CallEnd(start.operation(), CallOutcome.SUCCESS, lastStatus, null, null, attempts,
                since(startNanos), start.requestId(), start.correlationId()));
    }

    /** The call throws {@code failure}. */
    public void callFailed(RuntimeException failure) {
        if (!guard.wantsCallEnds) {
            return;
        }
        ended(new CallEnd(start.operation(), GuardedObserver.outcomeOf(failure), GuardedObserver.statusOf(failure),
                GuardedObserver.errorCodeOf(failure), failure.getClass().getSimpleName(), attempts,
                since(startNanos), start.requestId(), start.correlationId()));
    }

    private void ended(CallEnd end) {
        try {
            guard.observer().callEnded(state, end);
        } catch (RuntimeException e) {
            guard.failed("callEnded", e);
        }
    }

    private static Duration since(long startNanos) {
        return Duration.ofNanos(Math.max(0, System.nanoTime() - startNanos));
    }
}
