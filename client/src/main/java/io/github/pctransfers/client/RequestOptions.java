package io.github.pctransfers.client;

import io.github.pctransfers.client.model.TransferIds;
import java.time.Duration;
import java.util.Objects;

/**
 * Per-call settings: fixed MS-RequestId and MS-CorrelationId (the client makes new ones otherwise), X-Locale,
 * and timeouts that override the client's for this call only. Immutable.
 */
public final class RequestOptions {
    private static final RequestOptions NONE = builder().build();

    private final String requestId;
    private final String correlationId;
    private final String locale;
    private final Duration connectTimeout;
    private final Duration readTimeout;

    private RequestOptions(Builder b) {
        this.requestId = b.requestId;
        this.correlationId = b.correlationId;
        this.locale = b.locale;
        this.connectTimeout = b.connectTimeout;
        this.readTimeout = b.readTimeout;
    }

    /** No per-call settings. */
    public static RequestOptions none() {
        return NONE;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The MS-RequestId to send, or null to let the client make one. */
    public String requestId() {
        return requestId;
    }

    public String correlationId() {
        return correlationId;
    }

    public String locale() {
        return locale;
    }

    public Duration connectTimeout() {
        return connectTimeout;
    }

    public Duration readTimeout() {
        return readTimeout;
    }

    @Override
    public String toString() {
        return "RequestOptions{requestId=" + requestId + ", correlationId=" + correlationId + ", locale=" + locale
                + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout + "}";
    }

    /** Builds {@link RequestOptions}. */
    public static final class Builder {
        private String requestId;
        private String correlationId;
        private String locale;
        private Duration connectTimeout;
        private Duration readTimeout;

        private Builder() {
        }

        /**
         * The MS-RequestId, Partner Center's idempotency key: reuse the value of a call that timed out to retry
         * it safely. Must be a GUID.
         */
        public Builder requestId(String requestId) {
            this.requestId = TransferIds.requireGuid("requestId", requestId);
            return this;
        }

        /** The MS-CorrelationId, to tie several calls together. Must be a GUID. */
        public Builder correlationId(String correlationId) {
            this.correlationId = TransferIds.requireGuid("correlationId", correlationId);
            return this;
        }

        /** The X-Locale for this call, e.g. {@code en-US}. */
        public Builder locale(String locale) {
            this.locale = HeaderValues.requireToken("locale", locale);
            return this;
        }

        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = positive("connectTimeout", connectTimeout);
            return this;
        }

        public Builder readTimeout(Duration readTimeout) {
            this.readTimeout = positive("readTimeout", readTimeout);
            return this;
        }

        public RequestOptions build() {
            return new RequestOptions(this);
        }

        static Duration positive(String name, Duration d) {
            Objects.requireNonNull(d, name);
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(name + " must be positive, got " + d);
            }
            return d;
        }
    }
}
