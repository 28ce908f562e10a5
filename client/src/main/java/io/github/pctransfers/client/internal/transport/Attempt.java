package io.github.pctransfers.client.internal.transport;

import io.github.pctransfers.client.internal.observe.CallObservation;
import java.time.Duration;

/**
 * One attempt of one call: what sending it needs beyond the generated method's arguments. Immutable.
 *
 * <p>{@link CallExecutor} makes one for every attempt and hands it to the attempt function, which passes it to
 * {@link FeignTransport#api(Attempt)}; from there it travels as the Feign {@code Request.Options} argument of that
 * one invocation down to {@link AttemptClient}. It is a value passed along, never bound to a thread.
 */
public final class Attempt {
    private final String operation;
    private final String requestId;
    private final int number;
    private final boolean forceTokenRefresh;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final long rejectedAttemptStartNanos;
    /** The call's observation, told of a token refresh; null when no observer is set. */
    private final CallObservation observation;

    Attempt(CallExecutor.Call call, int number, boolean forceTokenRefresh) {
        this(call, number, forceTokenRefresh, 0L, null);
    }

    /**
     * @param rejectedAttemptStartNanos with {@code forceTokenRefresh}: the {@link System#nanoTime()} at which the
     *     attempt that got the 401 began, so that a refresh completed since then is reused rather than repeated
     */
    Attempt(CallExecutor.Call call, int number, boolean forceTokenRefresh, long rejectedAttemptStartNanos,
            CallObservation observation) {
        this.observation = observation;
        this.rejectedAttemptStartNanos = rejectedAttemptStartNanos;
        this.operation = call.operation;
        this.requestId = call.requestId;
        this.number = number;
        this.forceTokenRefresh = forceTokenRefresh;
        this.connectTimeout = call.connectTimeout;
        this.readTimeout = call.readTimeout;
    }

    /** The facade operation, e.g. {@code getTransfer}. */
    public String operation() {
        return operation;
    }

    /** The MS-RequestId of the call: the same on every attempt. */
    public String requestId() {
        return requestId;
    }

    /** 1 for the first attempt; the one re-send after a 401 keeps the number of the attempt it repeats. */
    public int number() {
        return number;
    }

    /** Whether the credential must not hand out its cached token (Partner Center just answered 401 to it). */
    public boolean forceTokenRefresh() {
        return forceTokenRefresh;
    }

    /** With {@link #forceTokenRefresh()}: when ({@link System#nanoTime()}) the attempt that got the 401 began. */
    public long rejectedAttemptStartNanos() {
        return rejectedAttemptStartNanos;
    }

    /** The call's observation (told of the token refresh), or null when no observer is set. */
    public CallObservation observation() {
        return observation;
    }

    public Duration connectTimeout() {
        return connectTimeout;
    }

    public Duration readTimeout() {
        return readTimeout;
    }

    @Override
    public String toString() {
        return "Attempt{operation=" + operation + ", requestId=" + requestId + ", number=" + number
                + ", forceTokenRefresh=" + forceTokenRefresh + ", connectTimeout=" + connectTimeout
                + ", readTimeout=" + readTimeout + "}";
    }
}
