package io.github.pctransfers.client;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A successful call with its raw HTTP details: status, headers and the ids the call carried.
 *
 * @param <T> the decoded body ({@code Void} for a withdraw)
 */
public final class Response<T> {
    private final int statusCode;
    private final Map<String, List<String>> headers;
    private final T value;
    private final String requestId;
    private final String correlationId;
    private final int attempts;

    /**
     * Creates a {@code Response}.
     *
     * @param statusCode the HTTP status
     * @param headers the response headers
     * @param value the value
     * @param requestId the MS-RequestId of the call
     * @param correlationId the MS-CorrelationId of the call
     * @param attempts the attempts
     */
    public Response(int statusCode, Map<String, ? extends Collection<String>> headers, T value, String requestId,
            String correlationId, int attempts) {
        this.statusCode = statusCode;
        Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (headers != null) {
            headers.forEach((k, v) -> {
                if (k != null) {
                    copy.put(k, List.copyOf(v));
                }
            });
        }
        this.headers = Collections.unmodifiableMap(copy);
        this.value = value;
        this.requestId = requestId;
        this.correlationId = correlationId;
        this.attempts = attempts;
    }

    /** {@return the HTTP status of the answer} */
    public int statusCode() {
        return statusCode;
    }

    /**
     * Response headers, names case-insensitive.
     *
     * @return response headers, names case-insensitive
     */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /**
     * The first value of a response header.
     *
     * @param name the name
     * @return the first value of a response header
     */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /**
     * The decoded body; null only for operations without one (withdraw).
     *
     * @return the decoded body; null only for operations without one (withdraw)
     */
    public T value() {
        return value;
    }

    /**
     * The MS-RequestId sent (the same on every attempt).
     *
     * @return the MS-RequestId sent (the same on every attempt)
     */
    public String requestId() {
        return requestId;
    }

    /**
     * The MS-CorrelationId sent.
     *
     * @return the MS-CorrelationId sent
     */
    public String correlationId() {
        return correlationId;
    }

    /**
     * How many requests the call sent: 1 when it was neither retried nor re-sent after a 401.
     *
     * @return how many requests the call sent: 1 when it was neither retried nor re-sent after a 401
     */
    public int attempts() {
        return attempts;
    }

    @Override
    public String toString() {
        return "Response{status=" + statusCode + ", requestId=" + requestId + ", correlationId=" + correlationId
                + ", attempts=" + attempts + "}";
    }
}
