package io.github.pctransfers.client.recording;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One attempt the client sent and the response it got, as handed to a {@link TrafficRecorder}. Immutable.
 *
 * <p>The client redacts before it builds one: the {@code Authorization} value is {@code Bearer REDACTED}, cookies
 * and any header whose name suggests a secret are {@code REDACTED}, {@code access_token}, {@code client_secret}
 * and the like are {@code REDACTED} in bodies and queries, and the attempt's token is replaced wherever else it
 * appears. A recorder never sees a token. Bodies are complete; a recorder decides how much of them to keep.
 */
public final class RecordedExchange {
    private final Instant started;
    private final Duration elapsed;
    private final String operation;
    private final int attempt;
    private final String method;
    private final String url;
    private final String httpVersion;
    private final List<Header> requestHeaders;
    private final byte[] requestBody;
    private final int status;
    private final String reason;
    private final List<Header> responseHeaders;
    private final byte[] responseBody;

    private RecordedExchange(Builder b) {
        this.started = Objects.requireNonNull(b.started, "started");
        this.elapsed = Objects.requireNonNull(b.elapsed, "elapsed");
        this.operation = b.operation == null ? "" : b.operation;
        this.attempt = b.attempt;
        this.method = Objects.requireNonNull(b.method, "method");
        this.url = Objects.requireNonNull(b.url, "url");
        this.httpVersion = b.httpVersion == null ? "HTTP/1.1" : b.httpVersion;
        this.requestHeaders = Collections.unmodifiableList(new ArrayList<>(b.requestHeaders));
        this.requestBody = b.requestBody == null ? new byte[0] : b.requestBody.clone();
        if (b.status < 100 || b.status > 999) {
            throw new IllegalArgumentException("status must be a 3-digit HTTP status, got " + b.status);
        }
        this.status = b.status;
        this.reason = b.reason == null ? "" : b.reason;
        this.responseHeaders = Collections.unmodifiableList(new ArrayList<>(b.responseHeaders));
        this.responseBody = b.responseBody == null ? new byte[0] : b.responseBody.clone();
    }

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * When the attempt was sent.
     *
     * @return when the attempt was sent
     */
    public Instant started() {
        return started;
    }

    /**
     * From sending the request to the last byte of the response body.
     *
     * @return from sending the request to the last byte of the response body
     */
    public Duration elapsed() {
        return elapsed;
    }

    /**
     * The client operation, e.g. {@code getTransfer}.
     *
     * @return the client operation, e.g. {@code getTransfer}
     */
    public String operation() {
        return operation;
    }

    /**
     * 1 for the first attempt of a call, 2 for its first retry, and so on; the re-send after a 401 keeps the number.
     *
     * @return 1 for the first attempt of a call, 2 for its first retry, and so on; the re-send after a 401 keeps the
     *     number
     */
    public int attempt() {
        return attempt;
    }

    /** {@return the HTTP method, e.g. {@code PATCH}} */
    public String method() {
        return method;
    }

    /**
     * The full URL, query included.
     *
     * @return the full URL, query included
     */
    public String url() {
        return url;
    }

    /**
     * The protocol the response came over, e.g. {@code HTTP/1.1} or {@code HTTP/2}.
     *
     * @return the protocol the response came over, e.g. {@code HTTP/1.1} or {@code HTTP/2}
     */
    public String httpVersion() {
        return httpVersion;
    }

    /**
     * The request headers as sent, redacted.
     *
     * @return the request headers as sent, redacted
     */
    public List<Header> requestHeaders() {
        return requestHeaders;
    }

    /**
     * The request body (a copy), empty when there is none.
     *
     * @return the request body (a copy), empty when there is none
     */
    public byte[] requestBody() {
        return requestBody.clone();
    }

    /** {@return the HTTP status of the response} */
    public int status() {
        return status;
    }

    /**
     * The reason phrase, may be empty.
     *
     * @return the reason phrase, may be empty
     */
    public String reason() {
        return reason;
    }

    /**
     * The response headers as received, redacted.
     *
     * @return the response headers as received, redacted
     */
    public List<Header> responseHeaders() {
        return responseHeaders;
    }

    /**
     * The response body (a copy), empty when there is none.
     *
     * @return the response body (a copy), empty when there is none
     */
    public byte[] responseBody() {
        return responseBody.clone();
    }

    /**
     * The first value of a request header (any case), or null.
     *
     * @param name the name
     * @return the first value of a request header (any case), or null
     */
    public String requestHeader(String name) {
        return first(requestHeaders, name);
    }

    /**
     * The first value of a response header (any case), or null.
     *
     * @param name the name
     * @return the first value of a response header (any case), or null
     */
    public String responseHeader(String name) {
        return first(responseHeaders, name);
    }

    private static String first(List<Header> headers, String name) {
        for (Header h : headers) {
            if (h.name().equalsIgnoreCase(name)) {
                return h.value();
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return "RecordedExchange{" + operation + " attempt " + attempt + ": " + method + " " + url + " -> " + status
                + "}";
    }

    /** One header line. */
    public static final class Header {
        private final String name;
        private final String value;

        /**
         * Creates a {@code Header}.
         *
         * @param name the name
         * @param value the value
         */
        public Header(String name, String value) {
            this.name = Objects.requireNonNull(name, "name");
            this.value = value == null ? "" : value;
        }

        /** {@return the header name} */
        public String name() {
            return name;
        }

        /** {@return the header value, redacted where it is a secret} */
        public String value() {
            return value;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Header && ((Header) o).name.equals(name) && ((Header) o).value.equals(value);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(new Object[] {name, value});
        }

        @Override
        public String toString() {
            return name + ": " + value;
        }
    }

    /** Builds a {@link RecordedExchange}; not thread-safe. */
    public static final class Builder {
        private Instant started;
        private Duration elapsed = Duration.ZERO;
        private String operation;
        private int attempt = 1;
        private String method;
        private String url;
        private String httpVersion;
        private final List<Header> requestHeaders = new ArrayList<>();
        private byte[] requestBody;
        private int status;
        private String reason;
        private final List<Header> responseHeaders = new ArrayList<>();
        private byte[] responseBody;

        private Builder() {
        }

        /**
         * Sets the started.
         *
         * @param started the started
         * @return this builder
         */
        public Builder started(Instant started) {
            this.started = started;
            return this;
        }

        /**
         * Sets the elapsed.
         *
         * @param elapsed the elapsed
         * @return this builder
         */
        public Builder elapsed(Duration elapsed) {
            this.elapsed = elapsed;
            return this;
        }

        /**
         * Sets the operation.
         *
         * @param operation the operation
         * @return this builder
         */
        public Builder operation(String operation) {
            this.operation = operation;
            return this;
        }

        /**
         * Sets the attempt.
         *
         * @param attempt the attempt
         * @return this builder
         */
        public Builder attempt(int attempt) {
            this.attempt = attempt;
            return this;
        }

        /**
         * Sets the method.
         *
         * @param method the method
         * @return this builder
         */
        public Builder method(String method) {
            this.method = method;
            return this;
        }

        /**
         * Sets the url.
         *
         * @param url the url
         * @return this builder
         */
        public Builder url(String url) {
            this.url = url;
            return this;
        }

        /**
         * Sets the http version.
         *
         * @param httpVersion the http version
         * @return this builder
         */
        public Builder httpVersion(String httpVersion) {
            this.httpVersion = httpVersion;
            return this;
        }

        /**
         * Request header.
         *
         * @param name the name
         * @param value the value
         * @return this builder
         */
        public Builder requestHeader(String name, String value) {
            requestHeaders.add(new Header(name, value));
            return this;
        }

        /**
         * Sets the request body.
         *
         * @param body the request body
         * @return this builder
         */
        public Builder requestBody(byte[] body) {
            this.requestBody = body;
            return this;
        }

        /**
         * Sets the status.
         *
         * @param status the status
         * @return this builder
         */
        public Builder status(int status) {
            this.status = status;
            return this;
        }

        /**
         * Sets the reason.
         *
         * @param reason the reason
         * @return this builder
         */
        public Builder reason(String reason) {
            this.reason = reason;
            return this;
        }

        /**
         * Response header.
         *
         * @param name the name
         * @param value the value
         * @return this builder
         */
        public Builder responseHeader(String name, String value) {
            responseHeaders.add(new Header(name, value));
            return this;
        }

        /**
         * Sets the response body.
         *
         * @param body the response body
         * @return this builder
         */
        public Builder responseBody(byte[] body) {
            this.responseBody = body;
            return this;
        }

        /** {@return a new {@code RecordedExchange} with this builder's settings} */
        public RecordedExchange build() {
            return new RecordedExchange(this);
        }
    }
}
