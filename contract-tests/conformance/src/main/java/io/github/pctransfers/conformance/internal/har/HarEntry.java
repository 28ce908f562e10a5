package io.github.pctransfers.conformance.internal.har;

import io.github.pctransfers.conformance.http.HttpHeader;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of an HTTP Archive: a request and, unless the capture has none, its response.
 *
 * @param index           1-based position in {@code log.entries}
 * @param startedDateTime when the request started, as the capture writes it (may be empty)
 * @param request         the request
 * @param response        the response, or null when the capture holds none (no response object, or status 0)
 * @param truncated       the bodies the capture marks as cut ({@code "_truncated": true} on {@code postData} or
 *                        {@code content}, as the client's {@code HarRecorder} writes past its {@code maxBodyBytes}),
 *                        e.g. {@code response body: 100 of 1234 bytes kept}; empty when none is
 */
public record HarEntry(int index, String startedDateTime, Request request, Response response, List<String> truncated) {

    /**
     * Checks and copies the components.
     *
     * @param index 1-based position in {@code log.entries}
     * @param request the request
     * @param response the response, or null when the capture holds none (no response object, or status 0)
     * @param startedDateTime when the request started, as the capture writes it (may be empty)
     * @param truncated the bodies the capture marks as cut ({@code "_truncated": true} on {@code postData} or {@code content}, as the client's {@code HarRecorder} writes past its {@code maxBodyBytes}), e.g. {@code response body: 100 of 1234 bytes kept}; empty when none is
     */
    public HarEntry {
        Objects.requireNonNull(request, "request");
        startedDateTime = startedDateTime == null ? "" : startedDateTime;
        truncated = truncated == null ? List.of() : List.copyOf(truncated);
    }

    /**
     * An entry with no body marked as cut.
     *
     * @param index the index
     * @param startedDateTime the started date time
     * @param request the request
     * @param response the response
     */
    public HarEntry(int index, String startedDateTime, Request request, Response response) {
        this(index, startedDateTime, request, response, List.of());
    }

    /** {@return the response, when the entry has one} */
    public Optional<Response> responseIfAny() {
        return Optional.ofNullable(response);
    }

    /**
     * A captured request.
     *
     * @param method      the method, upper case
     * @param url         the full URL as captured
     * @param httpVersion e.g. {@code HTTP/1.1}, {@code http/2.0}, {@code h3}; may be empty
     * @param headers     the headers in capture order, HTTP/2 pseudo-headers ({@code :authority}) left out
     * @param body        {@code postData.text}, or the empty string
     */
    public record Request(String method, String url, String httpVersion, List<HttpHeader> headers, String body) {
        /**
         * Checks and copies the components.
         *
         * @param body the body
         * @param headers the headers in capture order, HTTP/2 pseudo-headers left out
         * @param httpVersion the http version
         * @param method the method
         * @param url the url
         */
        public Request {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(url, "url");
            httpVersion = httpVersion == null ? "" : httpVersion;
            headers = List.copyOf(headers);
            body = body == null ? "" : body;
        }
    }

    /**
     * A captured response.
     *
     * @param status      the status (never 0: a 0 means no response)
     * @param statusText  the reason phrase; may be empty
     * @param httpVersion as for the request
     * @param headers     the headers in capture order, pseudo-headers left out
     * @param body        {@code content.text} (decoded when {@code content.encoding} is {@code base64}), or the
     *                    empty string
     */
    public record Response(int status, String statusText, String httpVersion, List<HttpHeader> headers,
            String body) {
        /**
         * Checks and copies the components.
         *
         * @param body the body
         * @param headers the response headers
         * @param httpVersion the http version
         * @param status the status
         * @param statusText the status text
         */
        public Response {
            statusText = statusText == null ? "" : statusText;
            httpVersion = httpVersion == null ? "" : httpVersion;
            headers = List.copyOf(headers);
            body = body == null ? "" : body;
        }
    }
}
