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

    /**
     * No per-call settings.
     *
     * @return no per-call settings
     */
    public static RequestOptions none() {
        return NONE;
    }

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The MS-RequestId to send, or null to let the client make one.
     *
     * @return the MS-RequestId to send, or null to let the client make one
     */
    public String requestId() {
        return requestId;
    }

    /** {@return the MS-CorrelationId to send, or null to let the client make one} */
    public String correlationId() {
        return correlationId;
    }

    /** {@return the X-Locale to send, or null for the client's own} */
    public String locale() {
        return locale;
    }

    /** {@return the connect timeout of each attempt, or null for the client's own} */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /** {@return the read timeout of each attempt, or null for the client's own} */
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
         *
         * @param requestId the MS-RequestId, Partner Center's idempotency key: reuse the value of a call that timed
         *     out to retry it safely
         * @return this builder
         */
        public Builder requestId(String requestId) {
            this.requestId = TransferIds.requireGuid("requestId", requestId);
            return this;
        }

        /**
         * The MS-CorrelationId, to tie several calls together. Must be a GUID.
         *
         * @param correlationId the MS-CorrelationId, to tie several calls together
         * @return this builder
         */
        public Builder correlationId(String correlationId) {
            this.correlationId = TransferIds.requireGuid("correlationId", correlationId);
            return this;
        }

        /**
         * The X-Locale for this call, e.g. {@code en-US}.
         *
         * @param locale the X-Locale for this call, e.g. {@code en-US}
         * @return this builder
         */
        public Builder locale(String locale) {
            this.locale = HeaderValues.requireToken("locale", locale);
            return this;
        }

        /**
         * Sets the connect timeout.
         *
         * @param connectTimeout the connect timeout
         * @return this builder
         */
        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = positive("connectTimeout", connectTimeout);
            return this;
        }

        /**
         * Sets the read timeout.
         *
         * @param readTimeout the read timeout
         * @return this builder
         */
        public Builder readTimeout(Duration readTimeout) {
            this.readTimeout = positive("readTimeout", readTimeout);
            return this;
        }

        /** {@return a new {@code RequestOptions} with this builder's settings} */
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
