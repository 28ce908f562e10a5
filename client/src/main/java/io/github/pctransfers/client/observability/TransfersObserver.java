package io.github.pctransfers.client.observability;

/**
 * Sees what a {@link io.github.pctransfers.client.TransfersClient} does, for metrics, traces and logs: every call
 * from start to end, each attempt, each retry and its wait, each throttle, each token refresh (after a 401, or the
 * credential's own, e.g. ahead of expiry), and (when given to a {@code WebhookReceiver}) each webhook delivery. Set
 * it with {@code TransfersClient.Builder.observer(..)}.
 *
 * <p>Every method has a default that does nothing, so an implementation overrides only what it needs: the client
 * builds no event for a method the observer does not override. The client builds the events, which are immutable
 * values; none holds a token, a secret or a body. Customer and transfer ids are in {@link CallStart} as values (for
 * a span that records them on purpose), never meant as metric tags.
 *
 * <p>{@code C} is the observer's own state for one call (e.g. a span or a Micrometer {@code Observation}):
 * {@link #callStarted} returns it and the client hands it back with every later event of that call, so no map or
 * thread-local is needed. A stateless observer uses {@code Void} and returns null.
 *
 * <p>Methods are called on the calling thread, synchronously, in this order for one call: {@link #callStarted},
 * then per attempt {@link #tokenRefreshed} (for the re-send after a 401, or when the attempt got a new token from
 * the credential), {@link #attemptEnded}, {@link #throttled} (when the answer was 429), {@link #retryScheduled}
 * (when another attempt follows), and finally {@link #callEnded}. An observer must be thread-safe (one client
 * serves many threads) and fast. One that throws never breaks a call: the client catches it and logs it once, at
 * WARN, with the exception's type only. Without an observer the client builds no events at all.
 *
 * @param <C> the observer's state for one call; null is allowed
 */
public interface TransfersObserver<C> {

    /**
     * The MS-CorrelationId for a call whose caller gave none (no {@code RequestOptions.correlationId}), e.g. the
     * current trace id written as a GUID; null (the default) lets the client make a random one. Called before
     * {@link #callStarted}. A value that is not a GUID is ignored (the client makes a random one and logs once).
     *
     * @return the MS-CorrelationId for a call whose caller gave none (no {@code RequestOptions.correlationId})
     */
    default String correlationId() {
        return null;
    }

    /**
     * A call starts, before its first attempt.
     *
     * @return this observer's state for the call, handed back with the call's later events; may be null
     * @param call the call
     */
    default C callStarted(CallStart call) {
        return null;
    }

    /**
     * One attempt of the call got an answer or failed (the re-send after a 401 is an attempt too).
     *
     * @param call the call
     * @param attempt the attempt
     */
    default void attemptEnded(C call, AttemptEnd attempt) {
    }

    /**
     * Partner Center answered 429 (throttled), with or without a {@code Retry-After}.
     *
     * @param call the call
     * @param throttle the throttle
     */
    default void throttled(C call, Throttle throttle) {
    }

    /**
     * Another attempt follows, after {@link Retry#backoff()}.
     *
     * @param call the call
     * @param retry the retry
     */
    default void retryScheduled(C call, Retry retry) {
    }

    /**
     * The token was replaced: the client asked its credential for a new one because Partner Center answered 401
     * to the last one, or the credential handed out a new one on its own ({@link TokenRefresh#reason()}).
     *
     * @param call the call
     * @param refresh the refresh
     */
    default void tokenRefreshed(C call, TokenRefresh refresh) {
    }

    /**
     * The call is over: it returned, or it is about to throw.
     *
     * @param call the call
     * @param end the end
     */
    default void callEnded(C call, CallEnd end) {
    }

    /**
     * A webhook delivery was verified and accepted, or rejected, by a {@code WebhookReceiver} this observer was given.
     *
     * @param delivery the delivery
     */
    default void webhookReceived(WebhookDelivery delivery) {
    }
}
