package io.github.pctransfers.client.http;

import feign.FeignException;
import feign.RetryableException;
import io.github.pctransfers.client.errors.AuthenticationException;
import io.github.pctransfers.client.errors.RateLimitException;
import io.github.pctransfers.client.errors.ResponseDecodeException;
import io.github.pctransfers.client.errors.TransfersApiException;
import io.github.pctransfers.client.errors.TransfersException;
import io.github.pctransfers.client.errors.TransportException;
import io.github.pctransfers.generated.model.ApiResponse;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one logical call: attempts, retries under the {@link RetryPolicy}, one token refresh after a 401, and the
 * translation of every Feign failure into a {@link TransfersException}. The caller fixes the MS-RequestId before
 * the first attempt, so every retry carries the same one.
 */
public final class CallExecutor {
    private static final Logger LOG = LoggerFactory.getLogger(CallExecutor.class);

    /** Waits between attempts; replaceable in tests. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    /** What the call is, for retry decisions and messages. */
    public static final class Call {
        final String operation;
        final String httpMethod;
        final String requestId;
        final Duration connectTimeout;
        final Duration readTimeout;
        final boolean bodyExpected;

        public Call(String operation, String httpMethod, String requestId, Duration connectTimeout,
                Duration readTimeout, boolean bodyExpected) {
            this.operation = operation;
            this.httpMethod = httpMethod;
            this.requestId = requestId;
            this.connectTimeout = connectTimeout;
            this.readTimeout = readTimeout;
            this.bodyExpected = bodyExpected;
        }
    }

    /** A completed call and the number of attempts it took. */
    public static final class Completed<T> {
        public final ApiResponse<T> response;
        public final int attempts;

        Completed(ApiResponse<T> response, int attempts) {
            this.response = response;
            this.attempts = attempts;
        }
    }

    private final RetryPolicy policy;
    private final Clock clock;
    private final Sleeper sleeper;

    public CallExecutor(RetryPolicy policy, Clock clock, Sleeper sleeper) {
        this.policy = policy;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    public <T> Completed<T> execute(Call call, Supplier<ApiResponse<T>> attemptOnce) {
        Instant start = clock.instant();
        boolean refreshedAfter401 = false;
        boolean forceRefresh = false;
        int attempt = 0;
        while (true) {
            attempt++;
            TransfersException failure;
            CallScope.set(new CallScope(call.connectTimeout, call.readTimeout, forceRefresh, attempt));
            try {
                ApiResponse<T> response = attemptOnce.get();
                if (call.bodyExpected && response.getData() == null) {
                    throw new ResponseDecodeException(call.operation + ": the response had no body",
                            response.getStatusCode(), call.requestId, null);
                }
                return new Completed<>(response, attempt);
            } catch (AuthenticationException e) {
                // One refresh and one retry: the token may have expired between fetching and sending it.
                if (refreshedAfter401) {
                    throw e;
                }
                refreshedAfter401 = true;
                forceRefresh = true;
                LOG.debug("{} got 401 (MS-RequestId {}); refreshing the token and retrying once", call.operation,
                        call.requestId);
                attempt--;
                continue;
            } catch (TransfersApiException e) {
                if (!policy.isRetryableStatus(e.statusCode())) {
                    throw e;
                }
                failure = e;
            } catch (TransfersException e) {
                throw e;
            } catch (RetryableException e) {
                // Feign's wrapper of an IOException: no response arrived.
                failure = transportFailure(call, e);
            } catch (FeignException e) {
                if (e.status() >= 200 && e.status() < 300) {
                    throw new ResponseDecodeException(call.operation + ": could not read the response body: "
                            + rootMessage(e), e.status(), call.requestId, e);
                }
                throw new TransportException(call.operation + " failed: " + rootMessage(e), call.requestId, e);
            } catch (RuntimeException e) {
                throw new TransfersException(call.operation + " failed: " + e, e);
            } finally {
                CallScope.clear();
            }
            forceRefresh = false;
            Duration wait = waitBefore(attempt, failure);
            Duration elapsed = Duration.between(start, clock.instant());
            if (attempt >= policy.maxAttempts() || !policy.allowsMethod(call.httpMethod)
                    || elapsed.plus(wait).compareTo(policy.totalBudget()) > 0) {
                throw failure;
            }
            LOG.debug("{} attempt {} failed ({}); retrying in {} ms with the same MS-RequestId {}", call.operation,
                    attempt, failure.getMessage(), wait.toMillis(), call.requestId);
            try {
                sleeper.sleep(wait);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw failure;
            }
        }
    }

    private Duration waitBefore(int attempt, TransfersException failure) {
        if (failure instanceof RateLimitException && ((RateLimitException) failure).retryAfter().isPresent()) {
            return policy.capRetryAfter(((RateLimitException) failure).retryAfter().get());
        }
        if (failure instanceof TransfersApiException) {
            java.util.Optional<Duration> requested = ((TransfersApiException) failure)
                    .header(PartnerCenterHeaders.RETRY_AFTER)
                    .flatMap(v -> RetryAfter.parse(v, clock));
            if (requested.isPresent()) {
                return policy.capRetryAfter(requested.get());
            }
        }
        return policy.backoff(attempt);
    }

    private static TransportException transportFailure(Call call, RetryableException e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String what = cause instanceof SocketTimeoutException ? "timed out" : "could not complete the exchange";
        return new TransportException(call.operation + " " + what + ": " + rootMessage(e), call.requestId, e);
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}
