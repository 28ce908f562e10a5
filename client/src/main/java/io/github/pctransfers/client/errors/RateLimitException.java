package io.github.pctransfers.client.errors;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Throttled (429). {@link #retryAfter()} says how long Partner Center asked to wait. */
public class RateLimitException extends TransfersApiException {
    private static final long serialVersionUID = 1L;
    private final Duration retryAfter;

    public RateLimitException(Map<String, ? extends Collection<String>> headers, String requestId,
            String correlationId, PartnerCenterErrorBody error, String rawBody, Duration retryAfter) {
        super(429, headers, requestId, correlationId, error, rawBody);
        this.retryAfter = retryAfter;
    }

    /** The wait the service asked for in {@code Retry-After}, when it sent one. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
