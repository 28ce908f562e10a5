package io.github.pctransfers.client.internal.transport;

import com.fasterxml.jackson.core.JacksonException;
import feign.FeignException;
import feign.RetryableException;
import feign.codec.EncodeException;
import io.github.pctransfers.client.errors.AuthenticationException;
import io.github.pctransfers.client.errors.RateLimitException;
import io.github.pctransfers.client.errors.RequestTimeoutException;
import io.github.pctransfers.client.errors.ResponseDecodeException;
import io.github.pctransfers.client.errors.TokenAcquisitionException;
import io.github.pctransfers.client.errors.TransfersApiException;
import io.github.pctransfers.client.errors.TransfersException;
import io.github.pctransfers.client.errors.TransportException;
import io.github.pctransfers.client.http.PartnerCenterHeaders;
import io.github.pctransfers.client.http.RetryPolicy;
import io.github.pctransfers.client.internal.observe.CallObservation;
import io.github.pctransfers.client.internal.observe.GuardedObserver;
import io.github.pctransfers.client.internal.generated.invoker.ApiResponse;
import io.github.pctransfers.client.observability.CallStart;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;

/**
 * Runs one logical call: attempts, retries under the {@link RetryPolicy}, one token refresh after a 401, and the
 * translation of every Feign failure into a {@link TransfersException}. The caller fixes the MS-RequestId before
 * the first attempt, so every retry carries the same one.
 *
 * <p>Each attempt gets its own {@link Attempt} value (number, timeouts, whether to refresh the token), passed to
 * the attempt function as its argument.
 *
 * <p>Feign's own retryer is off ({@code Retryer.NEVER_RETRY}) and so is OkHttp's silent retry, so the attempts
 * counted here are the requests that went out.
 */
public final class CallExecutor {

    /**
     * Waits between attempts: the client's public {@code Sleeper} as the transport sees it ({@code sleeper::sleep}).
     * The transport cannot name that type: it lives in the root package, which depends on this one.
     */
    @FunctionalInterface
    public interface Pause {
        /** Waits {@code duration}; interrupted, the call ends with its last failure. */
        void sleep(Duration duration) throws InterruptedException;
    }

    /** What the call is, for retry decisions, messages and the {@link Attempt}s it makes. Immutable. */
    public static final class Call {
        final String operation;
        final String httpMethod;
        final String requestId;
        final Duration connectTimeout;
        final Duration readTimeout;
        final boolean bodyExpected;
        /** What the observer is told at the start; null when no observer is set. */
        final CallStart start;

        /**
         * @param connectTimeout the connect timeout of each attempt (the call's own, else the client's)
         * @param readTimeout the read timeout of each attempt (the call's own, else the client's)
         * @param bodyExpected whether a 2xx without a body is a failure
         */
        public Call(String operation, String httpMethod, String requestId, Duration connectTimeout,
                Duration readTimeout, boolean bodyExpected) {
            this(operation, httpMethod, requestId, connectTimeout, readTimeout, bodyExpected, null);
        }

        /** @param start what the observer is told at the start, built only when an observer is set; else null */
        public Call(String operation, String httpMethod, String requestId, Duration connectTimeout,
                Duration readTimeout, boolean bodyExpected, CallStart start) {
            this.start = start;
            this.operation = operation;
            this.httpMethod = httpMethod;
            this.requestId = requestId;
            this.connectTimeout = Objects.requireNonNull(connectTimeout, "connectTimeout");
            this.readTimeout = Objects.requireNonNull(readTimeout, "readTimeout");
            this.bodyExpected = bodyExpected;
        }
    }

    /** A completed call and the number of requests it took. */
    public static final class Completed<T> {
        public final ApiResponse<T> response;
        /** Requests sent, the first included (a re-send after a 401 counts too). */
        public final int attempts;

        Completed(ApiResponse<T> response, int attempts) {
            this.response = response;
            this.attempts = attempts;
        }
    }

    /** A failed attempt: what to throw, whether it may be retried, and whether the request may have been seen. */
    private static final class Failure {
        final TransfersException exception;
        final boolean retryable;
        final boolean reachedService;

        Failure(TransfersException exception, boolean retryable, boolean reachedService) {
            this.exception = exception;
            this.retryable = retryable;
            this.reachedService = reachedService;
        }
    }

    private final RetryPolicy policy;
    private final Clock clock;
    private final Pause sleeper;
    private final Logger log;
    /** Null when no observer is set: then no event is built. */
    private final GuardedObserver observer;

    /** @param log where each retry (and the re-send after a 401) is logged, at DEBUG */
    public CallExecutor(RetryPolicy policy, Clock clock, Pause sleeper, Logger log) {
        this(policy, clock, sleeper, log, null);
    }

    /** @param observer told of every call, attempt and retry; null for none */
    public CallExecutor(RetryPolicy policy, Clock clock, Pause sleeper, Logger log, GuardedObserver observer) {
        this.policy = policy;
        this.clock = clock;
        this.sleeper = sleeper;
        this.log = log;
        this.observer = observer;
    }

    /**
     * Runs {@code attemptOnce} until it succeeds, fails for good, or the policy stops it; each run gets the
     * {@link Attempt} it is.
     */
    public <T> Completed<T> execute(Call call, Function<Attempt, ApiResponse<T>> attemptOnce) {
        if (observer == null || call.start == null) {
            return attempts(call, attemptOnce, null);
        }
        CallObservation observation = observer.callStarted(call.start);
        Completed<T> done;
        try {
            done = attempts(call, attemptOnce, observation);
        } catch (RuntimeException e) {
            observation.callFailed(e);
            throw e;
        }
        observation.callSucceeded();
        return done;
    }

    private <T> Completed<T> attempts(Call call, Function<Attempt, ApiResponse<T>> attemptOnce,
            CallObservation observation) {
        Instant start = clock.instant();
        boolean refreshedAfter401 = false;
        boolean forceRefresh = false;
        int sent = 0;
        // Attempts counted against the policy; the one re-send after a 401 is not a retry and is not counted.
        int attempt = 0;
        long attemptStartNanos = 0;
        while (true) {
            if (!forceRefresh) {
                attempt++;
            }
            Failure failure;
            try {
                sent++;
                Attempt next = new Attempt(call, attempt, forceRefresh, attemptStartNanos, observation);
                attemptStartNanos = System.nanoTime();
                ApiResponse<T> response = attemptOnce.apply(next);
                if (call.bodyExpected && response.getData() == null) {
                    throw new ResponseDecodeException(call.operation + ": the response had no body",
                            response.getStatusCode(), call.requestId, null);
                }
                if (observation != null) {
                    observation.attemptSucceeded(response.getStatusCode(), attemptStartNanos, forceRefresh);
                }
                return new Completed<>(response, sent);
            } catch (AuthenticationException e) {
                if (observation != null) {
                    observation.attemptFailed(e, attemptStartNanos, forceRefresh, null);
                }
                // One refresh and one retry: the token may have expired or been revoked since it was fetched.
                if (refreshedAfter401) {
                    throw e;
                }
                refreshedAfter401 = true;
                forceRefresh = true;
                log.debug("{} got 401 (MS-RequestId {}); refreshing the token and sending once more",
                        call.operation, call.requestId);
                continue;
            } catch (RuntimeException e) {
                failure = classify(call, e);
                if (failure.exception instanceof TokenAcquisitionException) {
                    sent--; // the token was missing, so nothing went out
                }
            }
            TransfersException exception = failure.exception;
            Duration retryAfter = observation == null ? null : requestedRetryAfter(exception);
            if (observation != null) {
                observation.attemptFailed(exception, attemptStartNanos, forceRefresh, retryAfter);
            }
            forceRefresh = false;
            if (!failure.retryable || attempt >= policy.maxAttempts()
                    || (failure.reachedService && !policy.allowsMethod(call.httpMethod))
                    || Thread.currentThread().isInterrupted()) {
                throw exception;
            }
            Duration wait = waitBefore(attempt, exception);
            Duration elapsed = Duration.between(start, clock.instant());
            if (elapsed.plus(wait).compareTo(policy.totalBudget()) > 0) {
                log.debug("{} attempt {} failed; no retry, the {} budget would run out (MS-RequestId {})",
                        call.operation, attempt, policy.totalBudget(), call.requestId);
                throw exception;
            }
            log.debug("{} attempt {} failed ({}); retrying in {} ms with the same MS-RequestId {}", call.operation,
                    attempt, exception.getMessage(), wait.toMillis(), call.requestId);
            if (observation != null) {
                observation.retryScheduled(exception, wait, retryAfter);
            }
            try {
                sleeper.sleep(wait);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw exception;
            }
        }
    }

    /** Every failure becomes one of ours; Feign's exceptions hold the request headers, so none is kept as a cause. */
    private Failure classify(Call call, RuntimeException e) {
        if (e instanceof TransfersApiException) {
            TransfersApiException api = (TransfersApiException) e;
            return new Failure(api, policy.isRetryableStatus(api.statusCode()), true);
        }
        if (e instanceof TokenAcquisitionException) {
            TokenAcquisitionException token = (TokenAcquisitionException) e;
            // Nothing reached Partner Center, so even a POST may be tried again.
            return new Failure(token.forRequest(call.requestId), token.isTransient(), false);
        }
        if (e instanceof TransfersException) {
            return new Failure((TransfersException) e, false, true);
        }
        Throwable cause = underFeign(e);
        if (e instanceof EncodeException) {
            return new Failure(new TransfersException(call.operation + ": the request body could not be written: "
                    + describe(cause), call.requestId, cause), false, false);
        }
        if (e instanceof RetryableException) {
            // Feign's wrapper of an IOException while sending or waiting: no response arrived.
            return new Failure(transportFailure(call, cause, "no response"), true, true);
        }
        if (e instanceof FeignException) {
            FeignException feign = (FeignException) e;
            if (hasCause(e, JacksonException.class)) {
                return new Failure(new ResponseDecodeException(call.operation
                        + ": the response body could not be read as JSON: " + describe(cause), feign.status(),
                        call.requestId, cause), false, true);
            }
            if (cause instanceof IOException) {
                // The status arrived but the body was cut short.
                return new Failure(transportFailure(call, cause, "response cut short"), true, true);
            }
            return new Failure(new ResponseDecodeException(call.operation + ": the response could not be read: "
                    + describe(cause), feign.status(), call.requestId, cause), false, true);
        }
        return new Failure(new TransfersException(call.operation + " failed: " + e.getClass().getName(),
                call.requestId, e), false, true);
    }

    private Duration waitBefore(int attempt, TransfersException failure) {
        Duration requested = requestedRetryAfter(failure);
        return requested != null ? policy.capRetryAfter(requested) : policy.backoff(attempt);
    }

    /** The wait the answer asked for with {@code Retry-After}, before the policy's cap; null when none. */
    private Duration requestedRetryAfter(TransfersException failure) {
        if (failure instanceof RateLimitException && ((RateLimitException) failure).retryAfter().isPresent()) {
            return ((RateLimitException) failure).retryAfter().get();
        }
        if (failure instanceof TransfersApiException) {
            Optional<Duration> requested = ((TransfersApiException) failure)
                    .header(PartnerCenterHeaders.RETRY_AFTER)
                    .flatMap(v -> RetryAfter.parse(v, clock));
            if (requested.isPresent()) {
                return requested.get();
            }
        }
        return null;
    }

    private static TransportException transportFailure(Call call, Throwable cause, String what) {
        if (hasCause(cause, SocketTimeoutException.class)) {
            return new RequestTimeoutException(call.operation + " timed out: " + describe(cause), call.requestId,
                    cause);
        }
        return new TransportException(call.operation + " failed, " + what + ": " + describe(cause), call.requestId,
                cause);
    }

    /**
     * The first cause that is not a Feign exception (the I/O or JSON error itself), or null. Feign's exceptions
     * carry the request with its Authorization header, so they are never kept as a cause.
     */
    private static Throwable underFeign(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (!(c instanceof FeignException)) {
                return c;
            }
        }
        return null;
    }

    private static boolean hasCause(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }

    /** Class and message of a low-level error (I/O and JSON messages hold no headers). */
    private static String describe(Throwable t) {
        if (t == null) {
            return "no further detail";
        }
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }
}
