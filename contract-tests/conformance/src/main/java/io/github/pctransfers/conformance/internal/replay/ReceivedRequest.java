package io.github.pctransfers.conformance.internal.replay;

import io.github.pctransfers.conformance.http.HttpExample;
import io.github.pctransfers.conformance.http.HttpHeader;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A request as the stub server received it from the client.
 *
 * @param method   the method, upper case
 * @param path     the path, as sent (still percent-encoded)
 * @param rawQuery the query as sent, without {@code ?}, or the empty string
 * @param headers  every header, in no particular order
 * @param body     the body as UTF-8 text, or the empty string
 */
public record ReceivedRequest(String method, String path, String rawQuery, List<HttpHeader> headers, String body) {

    /**
     * Checks and copies the components.
     *
     * @param body the body as UTF-8 text, or the empty string
     * @param headers every header, in no particular order
     * @param method the method, upper case
     * @param path the path, as sent (still percent-encoded)
     * @param rawQuery the query as sent, without {@code ?}, or the empty string
     */
    public ReceivedRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        rawQuery = rawQuery == null ? "" : rawQuery;
        headers = List.copyOf(headers);
        body = body == null ? "" : body;
    }

    /**
     * The first value of a header, the name compared case-insensitively.
     *
     * @param name the name
     * @return the first value of a header, the name compared case-insensitively
     */
    public Optional<String> header(String name) {
        return HttpHeader.first(headers, name);
    }

    /**
     * Every value of a header.
     *
     * @param name the name
     * @return every value of a header
     */
    public List<String> headerValues(String name) {
        return HttpHeader.values(headers, name);
    }

    /**
     * The decoded query parameters.
     *
     * @return the decoded query parameters
     */
    public Map<String, List<String>> queryParameters() {
        return HttpExample.parseQuery(rawQuery);
    }

    @Override
    public String toString() {
        return method + " " + path + (rawQuery.isEmpty() ? "" : "?" + rawQuery);
    }
}
