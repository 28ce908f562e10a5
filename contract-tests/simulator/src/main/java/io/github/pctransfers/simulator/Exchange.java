package io.github.pctransfers.simulator;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One request the simulator served and what it answered, as sent on the wire (except latency).
 */
public final class Exchange {
    private final Operation operation;
    private final String method;
    private final String path;
    private final String query;
    private final Map<String, List<String>> requestHeaders;
    private final String requestBody;
    private final int status;
    private final Map<String, List<String>> responseHeaders;
    private final String responseBody;
    private final SimulatedFault.Kind fault;
    private final boolean replayed;

    /**
     * An exchange; null query and bodies become empty, headers are copied with names case-insensitive.
     *
     * @param operation       the documented operation the path and method matched; null when they matched none
     * @param method          the HTTP method
     * @param path            the raw path, e.g. {@code /v1/customers/.../transfers}
     * @param query           the raw query string without {@code ?}; empty when none
     * @param requestHeaders  request headers, names case-insensitive
     * @param requestBody     the request body as UTF-8 text; empty when none
     * @param status          the status answered; 0 when the connection was reset instead
     * @param responseHeaders response headers, names case-insensitive
     * @param responseBody    the body sent (cut in half for a malformed-body fault); empty when none
     * @param fault           the fault played, or null
     * @param replayed        whether this was a repeat of an earlier POST, PATCH or DELETE with the same MS-RequestId,
     *                        answered from the first result
     */
    Exchange(Operation operation, String method, String path, String query,
            Map<String, List<String>> requestHeaders, String requestBody, int status,
            Map<String, List<String>> responseHeaders, String responseBody, SimulatedFault.Kind fault,
            boolean replayed) {
        this.operation = operation;
        this.method = method;
        this.path = path;
        this.query = query == null ? "" : query;
        this.requestHeaders = caseInsensitiveCopy(requestHeaders);
        this.requestBody = requestBody == null ? "" : requestBody;
        this.status = status;
        this.responseHeaders = caseInsensitiveCopy(responseHeaders);
        this.responseBody = responseBody == null ? "" : responseBody;
        this.fault = fault;
        this.replayed = replayed;
    }

    /** {@return the operation} */
    public Operation operation() {
        return operation;
    }

    /** {@return the method} */
    public String method() {
        return method;
    }

    /** {@return the path} */
    public String path() {
        return path;
    }

    /** {@return the query} */
    public String query() {
        return query;
    }

    /** {@return the request headers} */
    public Map<String, List<String>> requestHeaders() {
        return requestHeaders;
    }

    /** {@return the request body} */
    public String requestBody() {
        return requestBody;
    }

    /** {@return the status} */
    public int status() {
        return status;
    }

    /** {@return the response headers} */
    public Map<String, List<String>> responseHeaders() {
        return responseHeaders;
    }

    /** {@return the response body} */
    public String responseBody() {
        return responseBody;
    }

    /** {@return the fault} */
    public SimulatedFault.Kind fault() {
        return fault;
    }

    /** {@return whether the answer was replayed for a repeated MS-RequestId} */
    public boolean replayed() {
        return replayed;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Exchange)) {
            return false;
        }
        Exchange other = (Exchange) o;
        return Objects.equals(operation, other.operation)
                && Objects.equals(method, other.method)
                && Objects.equals(path, other.path)
                && Objects.equals(query, other.query)
                && Objects.equals(requestHeaders, other.requestHeaders)
                && Objects.equals(requestBody, other.requestBody)
                && status == other.status
                && Objects.equals(responseHeaders, other.responseHeaders)
                && Objects.equals(responseBody, other.responseBody)
                && Objects.equals(fault, other.fault)
                && replayed == other.replayed;
    }

    @Override
    public int hashCode() {
        return Objects.hash(operation, method, path, query, requestHeaders, requestBody, status, responseHeaders,
                responseBody, fault, replayed);
    }

    /**
     * The first value of a request header.
     *
     * @param name the name
     * @return the first value of a request header
     */
    public Optional<String> requestHeader(String name) {
        return first(requestHeaders, name);
    }

    /**
     * The first value of a response header.
     *
     * @param name the name
     * @return the first value of a response header
     */
    public Optional<String> responseHeader(String name) {
        return first(responseHeaders, name);
    }

    /**
     * Whether a complete HTTP response was sent (false for a connection reset or a malformed body).
     *
     * @return whether a complete HTTP response was sent (false for a connection reset or a malformed body)
     */
    public boolean completeResponse() {
        return fault != SimulatedFault.Kind.CONNECTION_RESET && fault != SimulatedFault.Kind.MALFORMED_BODY;
    }

    /** {@code GET /v1/customers/...?transferType=x -> 200}, for messages. */
    @Override
    public String toString() {
        return method + " " + path + (query.isEmpty() ? "" : "?" + query) + " -> "
                + (status == 0 ? "connection reset" : String.valueOf(status))
                + (fault == null ? "" : " [fault " + fault + "]") + (replayed ? " [replayed]" : "");
    }

    /** The first value of a header in a map from {@link #caseInsensitiveCopy}. */
    static Optional<String> first(Map<String, List<String>> headers, String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** An unmodifiable copy of {@code headers} whose names compare without case. */
    static Map<String, List<String>> caseInsensitiveCopy(Map<String, List<String>> headers) {
        Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (headers != null) {
            headers.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        }
        return Collections.unmodifiableMap(copy);
    }
}
