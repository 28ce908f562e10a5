package io.github.pctransfers.client.http;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * <b>Advanced and unstable API</b>: a stand-in for the network that answers every exchange of a client in this JVM,
 * without a socket (set with {@code TransfersClient.Builder.inProcessTransport}). Meant for in-process test doubles
 * such as the conformance kit's replay; it may change in a minor release.
 *
 * <p>Everything the client does above the network runs unchanged: ids, headers, the token, retries, the codecs and
 * the error decoder. The transport sees each attempt's request as the client would send it, <b>bearer token
 * included</b>: give a client with a real credential no transport you do not trust. A request with a body carries its
 * {@code Content-Type} and {@code Content-Length}; headers the HTTP stack adds on the wire ({@code Host},
 * {@code Connection}, {@code Accept-Encoding}) are not in the request: a transport that needs them adds them. An {@link IOException} is a network failure, retried as one.
 */
@FunctionalInterface
public interface InProcessTransport {

    /**
     * Answers one attempt.
     *
     * @param request the attempt's request
     * @return the response; never null
     * @throws IOException a network failure (the client's retry policy applies)
     */
    Response exchange(Request request) throws IOException;

    /** One attempt's request, as the client would send it. Immutable. */
    final class Request {
        private final String method;
        private final String url;
        private final Map<String, List<String>> headers;
        private final byte[] body;

        /**
         * @param method  the HTTP method
         * @param url     the absolute URL, query included
         * @param headers the headers in the order sent (names as sent; look them up with {@link #header})
         * @param body    the body bytes, empty when none
         */
        public Request(String method, String url, Map<String, List<String>> headers, byte[] body) {
            this.method = Objects.requireNonNull(method, "method");
            this.url = Objects.requireNonNull(url, "url");
            this.headers = copy(headers);
            this.body = Objects.requireNonNull(body, "body").clone();
        }

        /** @return the HTTP method, e.g. {@code PATCH} */
        public String method() {
            return method;
        }

        /** @return the absolute URL, query included */
        public String url() {
            return url;
        }

        /** @return every header, in the order sent, read-only */
        public Map<String, List<String>> headers() {
            return headers;
        }

        /**
         * @param name a header name, any case
         * @return its first value, or null
         */
        public String header(String name) {
            return first(headers, name);
        }

        /** @return a copy of the body bytes (empty when none) */
        public byte[] body() {
            return body.clone();
        }

        @Override
        public String toString() {
            // The headers carry the bearer token: never printed.
            return "InProcessTransport.Request{" + method + " " + url + ", " + body.length + " body bytes}";
        }
    }

    /** The answer to one attempt. Immutable. */
    final class Response {
        private final int status;
        private final String reason;
        private final Map<String, List<String>> headers;
        private final byte[] body;

        /**
         * @param status  the HTTP status, 100 to 599
         * @param reason  the reason phrase, may be empty
         * @param headers the response headers, in order
         * @param body    the body bytes, empty when none
         */
        public Response(int status, String reason, Map<String, List<String>> headers, byte[] body) {
            if (status < 100 || status > 599) {
                throw new IllegalArgumentException("status must be 100 to 599, got " + status);
            }
            this.status = status;
            this.reason = reason == null ? "" : reason;
            this.headers = copy(headers);
            this.body = Objects.requireNonNull(body, "body").clone();
        }

        /** @return the HTTP status */
        public int status() {
            return status;
        }

        /** @return the reason phrase, possibly empty */
        public String reason() {
            return reason;
        }

        /** @return every header, in order, read-only */
        public Map<String, List<String>> headers() {
            return headers;
        }

        /**
         * @param name a header name, any case
         * @return its first value, or null
         */
        public String header(String name) {
            return first(headers, name);
        }

        /** @return a copy of the body bytes (empty when none) */
        public byte[] body() {
            return body.clone();
        }

        @Override
        public String toString() {
            return "InProcessTransport.Response{" + status + ", " + body.length + " body bytes}";
        }
    }

    private static Map<String, List<String>> copy(Map<String, List<String>> headers) {
        Objects.requireNonNull(headers, "headers");
        Map<String, List<String>> copy = new LinkedHashMap<>();
        headers.forEach((name, values) -> copy.put(Objects.requireNonNull(name, "header name"),
                Collections.unmodifiableList(new ArrayList<>(values))));
        return Collections.unmodifiableMap(copy);
    }

    private static String first(Map<String, List<String>> headers, String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, List<String>> e : headers.entrySet()) {
            if (e.getKey().toLowerCase(Locale.ROOT).equals(wanted) && !e.getValue().isEmpty()) {
                return e.getValue().get(0);
            }
        }
        return null;
    }
}
