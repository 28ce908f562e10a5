package io.github.pctransfers.conformance.http;

import io.github.pctransfers.conformance.internal.http.HttpExampleParser;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A documented HTTP request or response, as {@link HttpExampleParser} read it.
 *
 * <p>A request has a {@link #method()} and a {@link #target()} (path and query, as written); a response has a
 * {@link #status()} and a {@link #reason()}. Headers keep their order and spelling; look them up with
 * {@link #header(String)}, which ignores case. The body is the text shown after the headers, without trailing
 * whitespace, or the empty string.
 *
 * @param kind         request or response
 * @param startLine    the first line, without trailing whitespace
 * @param method       the request method, upper case; null for a response
 * @param target       the request target (path and query); null for a response
 * @param status       the response status; 0 for a request
 * @param reason       the response reason phrase (may be empty); null for a request
 * @param httpVersion  e.g. {@code HTTP/1.1}
 * @param headers      the headers, in order
 * @param body         the body, or the empty string
 * @param framingNotes the tolerated framing slips, in the order met
 */
public record HttpExample(Kind kind, String startLine, String method, String target, int status, String reason,
        String httpVersion, List<HttpHeader> headers, String body, List<FramingNote> framingNotes) {

    /** Whether an example is a request or a response. */
    public enum Kind {
        /** An HTTP request. */
        REQUEST,
        /** An HTTP response. */
        RESPONSE
    }

    /**
     * Checks and copies the components.
     *
     * @param body the body, or the empty string
     * @param framingNotes the tolerated framing slips, in the order met
     * @param headers the headers, in order
     * @param httpVersion e.g. {@code HTTP/1.1}
     * @param kind request or response
     * @param method the request method, upper case; null for a response
     * @param reason the response reason phrase (may be empty); null for a request
     * @param startLine the first line, without trailing whitespace
     * @param status the response status; 0 for a request
     * @param target the request target (path and query); null for a response
     */
    public HttpExample {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(startLine, "startLine");
        headers = List.copyOf(headers);
        body = body == null ? "" : body;
        framingNotes = List.copyOf(framingNotes);
    }

    /** {@return whether the example is a request} */
    public boolean isRequest() {
        return kind == Kind.REQUEST;
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
     * Every value of a header, in order.
     *
     * @param name the name
     * @return every value of a header, in order
     */
    public List<String> headerValues(String name) {
        return HttpHeader.values(headers, name);
    }

    /**
     * A copy with another body (e.g. the corrected body of an erratum); everything else unchanged.
     *
     * @param newBody the new body
     * @return a copy with another body (e.g. the corrected body of an erratum); everything else unchanged
     */
    public HttpExample withBody(String newBody) {
        return new HttpExample(kind, startLine, method, target, status, reason, httpVersion, headers, newBody,
                framingNotes);
    }

    /**
     * Whether the example shows a body.
     *
     * @return whether the example shows a body
     */
    public boolean hasBody() {
        return !body.isEmpty();
    }

    /**
     * The request path, without the query.
     *
     * @return the request path, without the query
     */
    public String path() {
        requireRequest();
        int q = target.indexOf('?');
        return q < 0 ? target : target.substring(0, q);
    }

    /**
     * The raw query (without {@code ?}), or the empty string.
     *
     * @return the raw query (without {@code ?}), or the empty string
     */
    public String rawQuery() {
        requireRequest();
        int q = target.indexOf('?');
        return q < 0 ? "" : target.substring(q + 1);
    }

    /**
     * The query parameters, decoded, in order of first appearance.
     *
     * @return the query parameters, decoded, in order of first appearance
     */
    public Map<String, List<String>> queryParameters() {
        return parseQuery(rawQuery());
    }

    /**
     * Decodes a raw query string ({@code a=1&b=2}) into parameters, keeping their order.
     *
     * @param rawQuery the raw query
     * @return the map
     */
    public static Map<String, List<String>> parseQuery(String rawQuery) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return params;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        params.replaceAll((k, v) -> Collections.unmodifiableList(v));
        return Collections.unmodifiableMap(params);
    }

    private void requireRequest() {
        if (kind != Kind.REQUEST) {
            throw new IllegalStateException("a response has no path or query");
        }
    }

    @Override
    public String toString() {
        return startLine + " (" + headers.size() + " headers, " + (hasBody() ? body.length() + " chars of body"
                : "no body") + ")";
    }
}
