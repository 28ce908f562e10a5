package io.github.pctransfers.client.errors;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Throttled (429). {@link #retryAfter()} says how long Partner Center asked to wait. */
public class RateLimitException extends TransfersApiException {
    private static final long serialVersionUID = 1L;
    private final Duration retryAfter;

    /**
     * Creates the exception, e.g. in a test of code that handles it.
     *
     * @param headers the response headers
     * @param requestId the MS-RequestId of the call
     * @param correlationId the MS-CorrelationId of the call
     * @param error the decoded error body, or null when the body was none
     * @param rawBody the body as received
     * @param retryAfter the retry after
     */
    public RateLimitException(Map<String, ? extends Collection<String>> headers, String requestId,
            String correlationId, PartnerCenterErrorBody error, String rawBody, Duration retryAfter) {
        super(429, headers, requestId, correlationId, error, rawBody);
        this.retryAfter = retryAfter;
    }

    /**
     * The wait the service asked for in {@code Retry-After}, when it sent one.
     *
     * @return the wait the service asked for in {@code Retry-After}, when it sent one
     */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
