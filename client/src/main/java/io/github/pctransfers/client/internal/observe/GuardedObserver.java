package io.github.pctransfers.client.internal.observe;

import io.github.pctransfers.client.errors.RequestTimeoutException;
import io.github.pctransfers.client.errors.ResponseDecodeException;
import io.github.pctransfers.client.errors.TokenAcquisitionException;
import io.github.pctransfers.client.errors.TransfersApiException;
import io.github.pctransfers.client.errors.TransportException;
import io.github.pctransfers.client.model.TransferIds;
import io.github.pctransfers.client.observability.AttemptEnd;
import io.github.pctransfers.client.observability.CallEnd;
import io.github.pctransfers.client.observability.CallOutcome;
import io.github.pctransfers.client.observability.CallStart;
import io.github.pctransfers.client.observability.Retry;
import io.github.pctransfers.client.observability.Throttle;
import io.github.pctransfers.client.observability.TokenRefresh;
import io.github.pctransfers.client.observability.TransfersObserver;
import io.github.pctransfers.client.observability.WebhookDelivery;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A user's {@link TransfersObserver} as the client calls it: nothing it throws reaches the call. The first failure
 * is logged at WARN with the observer's class, the method and the exception's type only (its message could hold
 * anything), later ones at DEBUG. Exists only when an observer was set: without one, the client holds null and
 * builds no event.
 */
public final class GuardedObserver {
    /** The SLF4J logger of observer failures (documented in the client README). */
    public static final String LOGGER_NAME = "io.github.pctransfers.client.observability";
    private static final Logger LOG = LoggerFactory.getLogger(LOGGER_NAME);

    private final TransfersObserver<Object> observer;
    private final AtomicBoolean warned = new AtomicBoolean();
    /**
     * Which events the observer takes: a method it does not override does nothing, so the client builds no event
     * for it (an attempt's, say, for an observer that only times calls).
     */
    final boolean wantsAttempts;
    final boolean wantsThrottles;
    final boolean wantsRetries;
    final boolean wantsTokenRefreshes;
    final boolean wantsCallEnds;

    @SuppressWarnings("unchecked") // the observer only ever gets back the state it returned
    private GuardedObserver(TransfersObserver<?> observer) {
        this.observer = (TransfersObserver<Object>) observer;
        this.wantsAttempts = overrides(observer, "attemptEnded", AttemptEnd.class);
        this.wantsThrottles = overrides(observer, "throttled", Throttle.class);
        this.wantsRetries = overrides(observer, "retryScheduled", Retry.class);
        this.wantsTokenRefreshes = overrides(observer, "tokenRefreshed", TokenRefresh.class);
        this.wantsCallEnds = overrides(observer, "callEnded", CallEnd.class);
    }

    /**
     * Whether the observer's class overrides {@code name(C, event)}: the erased method is then declared below the
     * interface (a bridge method when the override names its own state type). When in doubt, true.
     */
    static boolean overrides(TransfersObserver<?> observer, String name, Class<?> event) {
        try {
            return observer.getClass().getMethod(name, Object.class, event).getDeclaringClass()
                    != TransfersObserver.class;
        } catch (NoSuchMethodException | RuntimeException e) {
            return true;
        }
    }

    /** The guarded observer, or null for none. */
    public static GuardedObserver of(TransfersObserver<?> observer) {
        return observer == null ? null : new GuardedObserver(observer);
    }

    /** The observer's MS-CorrelationId for a call whose caller gave none, or null (not a GUID: null too). */
    public String correlationId() {
        String id;
        try {
            id = observer.correlationId();
        } catch (RuntimeException e) {
            failed("correlationId", e);
            return null;
        }
        if (id == null) {
            return null;
        }
        if (!TransferIds.isGuid(id)) {
            if (warned.compareAndSet(false, true)) {
                LOG.warn("TransfersObserver {} gave an MS-CorrelationId that is not a GUID; the client uses a random "
                        + "one", observer.getClass().getName());
            }
            return null;
        }
        return id;
    }

    /** Starts observing one call. */
    public CallObservation callStarted(CallStart start) {
        Object state = null;
        try {
            state = observer.callStarted(start);
        } catch (RuntimeException e) {
            failed("callStarted", e);
        }
        return new CallObservation(this, state, start);
    }

    /** Hands a webhook delivery over. */
    public void webhookReceived(WebhookDelivery delivery) {
        try {
            observer.webhookReceived(delivery);
        } catch (RuntimeException e) {
            failed("webhookReceived", e);
        }
    }

    TransfersObserver<Object> observer() {
        return observer;
    }

    void failed(String method, RuntimeException e) {
        if (warned.compareAndSet(false, true)) {
            LOG.warn("TransfersObserver {} threw {} in {}; the call goes on (later failures are logged at DEBUG)",
                    observer.getClass().getName(), e.getClass().getName(), method);
        } else {
            LOG.debug("TransfersObserver {} threw {} in {}", observer.getClass().getName(), e.getClass().getName(),
                    method);
        }
    }

    /** How a failure ends a call or an attempt, as a tag. */
    static CallOutcome outcomeOf(RuntimeException failure) {
        if (failure instanceof TransfersApiException) {
            return CallOutcome.ofStatus(((TransfersApiException) failure).statusCode());
        }
        if (failure instanceof RequestTimeoutException) {
            return CallOutcome.TIMEOUT;
        }
        if (failure instanceof TransportException) {
            return CallOutcome.TRANSPORT_ERROR;
        }
        if (failure instanceof TokenAcquisitionException) {
            return CallOutcome.TOKEN_ERROR;
        }
        return CallOutcome.OTHER_ERROR;
    }

    /** The HTTP status a failure carries, or 0. */
    static int statusOf(RuntimeException failure) {
        if (failure instanceof TransfersApiException) {
            return ((TransfersApiException) failure).statusCode();
        }
        if (failure instanceof ResponseDecodeException) {
            return ((ResponseDecodeException) failure).statusCode();
        }
        return 0;
    }

    /** Partner Center's error code of a failure, or null. */
    static String errorCodeOf(RuntimeException failure) {
        return failure instanceof TransfersApiException
                ? ((TransfersApiException) failure).errorCode().orElse(null) : null;
    }
}
