package io.github.pctransfers.spring.boot;

import io.github.pctransfers.client.TransfersClient;
import io.github.pctransfers.client.auth.ClientSecretCredential;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code partnercenter.transfers.*} properties: the credential, where and how the client calls, its retries,
 * recording, observability and the webhook endpoint.
 */
@ConfigurationProperties(prefix = TransfersProperties.PREFIX)
public class TransfersProperties {
    /** The prefix of every property here. */
    public static final String PREFIX = "partnercenter.transfers";

    /**
     * The Microsoft Entra tenant (directory) id of the partner. With client-id and client-secret, the client gets
     * app-only tokens itself; leave them unset and define a TokenCredential bean to bring your own.
     */
    private String tenantId;
    /** The application (client) id of the Entra app registered for Partner Center. */
    private String clientId;
    /** The client secret of that app. Never logged; keep it in a secret store, not in a committed file. */
    private String clientSecret;
    /** The Entra authority host: login.microsoftonline.com, or login.chinacloudapi.cn for 21Vianet. */
    private String authorityHost = ClientSecretCredential.GLOBAL_AUTHORITY_HOST;
    /** The Partner Center API root, without /v1 (plain http only to a loopback address, e.g. the simulator). */
    private String baseUrl = TransfersClient.GLOBAL_BASE_URL;
    /** Sent as MS-PartnerCenter-Application and put in front of the User-Agent. */
    private String applicationName;
    /** Sent as X-Locale on every call (none by default: the service uses en-US). */
    private String locale;
    /** Connect timeout of each attempt. */
    private Duration connectTimeout = Duration.ofSeconds(10);
    /** Read timeout of each attempt. */
    private Duration readTimeout = Duration.ofSeconds(60);

    private final Retry retry = new Retry();
    private final Recording recording = new Recording();
    private final Observability observability = new Observability();
    private final Webhooks webhooks = new Webhooks();

    /**
     * {@code partnercenter.transfers.tenant-id}: the Microsoft Entra tenant (directory) id of the partner.
     *
     * @return the value bound to the property, or its default
     */
    public String getTenantId() {
        return tenantId;
    }

    /**
     * Sets {@code partnercenter.transfers.tenant-id} (Spring calls it when binding the properties).
     *
     * @param tenantId the value bound to the property
     */
    public void setTenantId(String tenantId) {
        this.tenantId = tenantId;
    }

    /**
     * {@code partnercenter.transfers.client-id}: the application (client) id of the Entra app registered for Partner
     * Center.
     *
     * @return the value bound to the property, or its default
     */
    public String getClientId() {
        return clientId;
    }

    /**
     * Sets {@code partnercenter.transfers.client-id} (Spring calls it when binding the properties).
     *
     * @param clientId the value bound to the property
     */
    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    /**
     * {@code partnercenter.transfers.client-secret}: the client secret of that app.
     *
     * @return the value bound to the property, or its default
     */
    public String getClientSecret() {
        return clientSecret;
    }

    /**
     * Sets {@code partnercenter.transfers.client-secret} (Spring calls it when binding the properties).
     *
     * @param clientSecret the value bound to the property
     */
    public void setClientSecret(String clientSecret) {
        this.clientSecret = clientSecret;
    }

    /**
     * {@code partnercenter.transfers.authority-host}: the Entra authority host: login.microsoftonline.com, or
     * login.chinacloudapi.cn for 21Vianet.
     *
     * @return the value bound to the property, or its default
     */
    public String getAuthorityHost() {
        return authorityHost;
    }

    /**
     * Sets {@code partnercenter.transfers.authority-host} (Spring calls it when binding the properties).
     *
     * @param authorityHost the value bound to the property
     */
    public void setAuthorityHost(String authorityHost) {
        this.authorityHost = authorityHost;
    }

    /**
     * {@code partnercenter.transfers.base-url}: the Partner Center API root, without /v1 (plain http only to a loopback
     * address, e.g.
     *
     * @return the value bound to the property, or its default
     */
    public String getBaseUrl() {
        return baseUrl;
    }

    /**
     * Sets {@code partnercenter.transfers.base-url} (Spring calls it when binding the properties).
     *
     * @param baseUrl the value bound to the property
     */
    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /**
     * {@code partnercenter.transfers.application-name}: sent as MS-PartnerCenter-Application and put in front of the
     * User-Agent.
     *
     * @return the value bound to the property, or its default
     */
    public String getApplicationName() {
        return applicationName;
    }

    /**
     * Sets {@code partnercenter.transfers.application-name} (Spring calls it when binding the properties).
     *
     * @param applicationName the value bound to the property
     */
    public void setApplicationName(String applicationName) {
        this.applicationName = applicationName;
    }

    /**
     * {@code partnercenter.transfers.locale}: sent as X-Locale on every call (none by default: the service uses en-US).
     *
     * @return the value bound to the property, or its default
     */
    public String getLocale() {
        return locale;
    }

    /**
     * Sets {@code partnercenter.transfers.locale} (Spring calls it when binding the properties).
     *
     * @param locale the value bound to the property
     */
    public void setLocale(String locale) {
        this.locale = locale;
    }

    /**
     * {@code partnercenter.transfers.connect-timeout}: connect timeout of each attempt.
     *
     * @return the value bound to the property, or its default
     */
    public Duration getConnectTimeout() {
        return connectTimeout;
    }

    /**
     * Sets {@code partnercenter.transfers.connect-timeout} (Spring calls it when binding the properties).
     *
     * @param connectTimeout the value bound to the property
     */
    public void setConnectTimeout(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    /**
     * {@code partnercenter.transfers.read-timeout}: read timeout of each attempt.
     *
     * @return the value bound to the property, or its default
     */
    public Duration getReadTimeout() {
        return readTimeout;
    }

    /**
     * Sets {@code partnercenter.transfers.read-timeout} (Spring calls it when binding the properties).
     *
     * @param readTimeout the value bound to the property
     */
    public void setReadTimeout(Duration readTimeout) {
        this.readTimeout = readTimeout;
    }

    /**
     * How the client retries.
     *
     * @return the nested properties (never null)
     */
    public Retry getRetry() {
        return retry;
    }

    /**
     * Recording the client's own traffic, redacted, as evidence for the conformance gate.
     *
     * @return the nested properties (never null)
     */
    public Recording getRecording() {
        return recording;
    }

    /**
     * Meters and spans of the calls.
     *
     * @return the nested properties (never null)
     */
    public Observability getObservability() {
        return observability;
    }

    /**
     * The endpoint receiving Partner Center's webhook deliveries.
     *
     * @return the nested properties (never null)
     */
    public Webhooks getWebhooks() {
        return webhooks;
    }

    /** {@code partnercenter.transfers.retry.*}: the client's RetryPolicy. */
    public static class Retry {
        /** Attempts of one call at most, the first included. */
        private int maxAttempts = 4;
        /** The first backoff, doubled on each retry. */
        private Duration initialBackoff = Duration.ofMillis(500);
        /** The longest backoff. */
        private Duration maxBackoff = Duration.ofSeconds(8);
        /** No retry starts once its wait would end more than this after the call began. */
        private Duration totalBudget = Duration.ofMinutes(2);
        /** The longest Retry-After the client honours. */
        private Duration maxRetryAfter = Duration.ofSeconds(60);
        /** Retry only GET and DELETE (by default POST and PATCH are retried too, with the same MS-RequestId). */
        private boolean onlyIdempotentMethods;

        /**
         * {@code partnercenter.transfers.retry.max-attempts}: attempts of one call at most, the first included.
         *
         * @return the value bound to the property, or its default
         */
        public int getMaxAttempts() {
            return maxAttempts;
        }

        /**
         * Sets {@code partnercenter.transfers.retry.max-attempts} (Spring calls it when binding the properties).
         *
         * @param maxAttempts the value bound to the property
         */
        public void setMaxAttempts(int maxAttempts) {
            this.maxAttempts = maxAttempts;
        }

        /**
         * {@code partnercenter.transfers.retry.initial-backoff}: the first backoff, doubled on each retry.
         *
         * @return the value bound to the property, or its default
         */
        public Duration getInitialBackoff() {
            return initialBackoff;
        }

        /**
         * Sets {@code partnercenter.transfers.retry.initial-backoff} (Spring calls it when binding the properties).
         *
         * @param initialBackoff the value bound to the property
         */
        public void setInitialBackoff(Duration initialBackoff) {
            this.initialBackoff = initialBackoff;
        }

        /**
         * {@code partnercenter.transfers.retry.max-backoff}: the longest backoff.
         *
         * @return the value bound to the property, or its default
         */
        public Duration getMaxBackoff() {
            return maxBackoff;
        }

        /**
         * Sets {@code partnercenter.transfers.retry.max-backoff} (Spring calls it when binding the properties).
         *
         * @param maxBackoff the value bound to the property
         */
        public void setMaxBackoff(Duration maxBackoff) {
            this.maxBackoff = maxBackoff;
        }

        /**
         * {@code partnercenter.transfers.retry.total-budget}: no retry starts once its wait would end more than this
         * after the call began.
         *
         * @return the value bound to the property, or its default
         */
        public Duration getTotalBudget() {
            return totalBudget;
        }

        /**
         * Sets {@code partnercenter.transfers.retry.total-budget} (Spring calls it when binding the properties).
         *
         * @param totalBudget the value bound to the property
         */
        public void setTotalBudget(Duration totalBudget) {
            this.totalBudget = totalBudget;
        }

        /**
         * {@code partnercenter.transfers.retry.max-retry-after}: the longest Retry-After the client honours.
         *
         * @return the value bound to the property, or its default
         */
        public Duration getMaxRetryAfter() {
            return maxRetryAfter;
        }

        /**
         * Sets {@code partnercenter.transfers.retry.max-retry-after} (Spring calls it when binding the properties).
         *
         * @param maxRetryAfter the value bound to the property
         */
        public void setMaxRetryAfter(Duration maxRetryAfter) {
            this.maxRetryAfter = maxRetryAfter;
        }

        /**
         * {@code partnercenter.transfers.retry.only-idempotent-methods}: retry only GET and DELETE (by default POST and
         * PATCH are retried too, with the same MS-RequestId).
         *
         * @return the value bound to the property, or its default
         */
        public boolean isOnlyIdempotentMethods() {
            return onlyIdempotentMethods;
        }

        /**
         * Sets {@code partnercenter.transfers.retry.only-idempotent-methods} (Spring calls it when binding the
         * properties).
         *
         * @param onlyIdempotentMethods the value bound to the property
         */
        public void setOnlyIdempotentMethods(boolean onlyIdempotentMethods) {
            this.onlyIdempotentMethods = onlyIdempotentMethods;
        }
    }

    /** {@code partnercenter.transfers.recording.*}. */
    public static class Recording {
        /**
         * Record every attempt and its response, redacted, to this HTTP Archive (for transfers-conformance check
         * --har). Off when unset.
         */
        private Path harFile;

        /**
         * {@code partnercenter.transfers.recording.har-file}: record every attempt and its response, redacted, to this
         * HTTP Archive (for transfers-conformance check --har).
         *
         * @return the value bound to the property, or its default
         */
        public Path getHarFile() {
            return harFile;
        }

        /**
         * Sets {@code partnercenter.transfers.recording.har-file} (Spring calls it when binding the properties).
         *
         * @param harFile the value bound to the property
         */
        public void setHarFile(Path harFile) {
            this.harFile = harFile;
        }
    }

    /** {@code partnercenter.transfers.observability.*}. */
    public static class Observability {
        /** Observe the client when the application has an ObservationRegistry or a MeterRegistry bean. */
        private boolean enabled = true;
        /** Let spans record the customer and transfer ids (never meter tags). */
        private boolean recordResourceIds;
        /** Send the current trace id, as a GUID, as the MS-CorrelationId of calls that set none (needs a Tracer). */
        private boolean correlationIdFromTrace = true;

        /**
         * {@code partnercenter.transfers.observability.enabled}: observe the client when the application has an
         * ObservationRegistry or a MeterRegistry bean.
         *
         * @return the value bound to the property, or its default
         */
        public boolean isEnabled() {
            return enabled;
        }

        /**
         * Sets {@code partnercenter.transfers.observability.enabled} (Spring calls it when binding the properties).
         *
         * @param enabled the value bound to the property
         */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        /**
         * {@code partnercenter.transfers.observability.record-resource-ids}: let spans record the customer and transfer
         * ids (never meter tags).
         *
         * @return the value bound to the property, or its default
         */
        public boolean isRecordResourceIds() {
            return recordResourceIds;
        }

        /**
         * Sets {@code partnercenter.transfers.observability.record-resource-ids} (Spring calls it when binding the
         * properties).
         *
         * @param recordResourceIds the value bound to the property
         */
        public void setRecordResourceIds(boolean recordResourceIds) {
            this.recordResourceIds = recordResourceIds;
        }

        /**
         * {@code partnercenter.transfers.observability.correlation-id-from-trace}: send the current trace id, as a
         * GUID, as the MS-CorrelationId of calls that set none (needs a Tracer).
         *
         * @return the value bound to the property, or its default
         */
        public boolean isCorrelationIdFromTrace() {
            return correlationIdFromTrace;
        }

        /**
         * Sets {@code partnercenter.transfers.observability.correlation-id-from-trace} (Spring calls it when binding
         * the properties).
         *
         * @param correlationIdFromTrace the value bound to the property
         */
        public void setCorrelationIdFromTrace(boolean correlationIdFromTrace) {
            this.correlationIdFromTrace = correlationIdFromTrace;
        }
    }

    /** {@code partnercenter.transfers.webhooks.*}. */
    public static class Webhooks {
        /** Serve the endpoint that receives Partner Center's webhook deliveries (a servlet web application). */
        private boolean enabled;
        /** The path of that endpoint: the callback URL registered with Partner Center ends with it. */
        private String path = "/partnercenter/webhooks";
        /** Deliveries larger than this are rejected unread. */
        private int maxBodyBytes = 1024 * 1024;

        /**
         * {@code partnercenter.transfers.webhooks.enabled}: serve the endpoint that receives Partner Center's webhook
         * deliveries (a servlet web application).
         *
         * @return the value bound to the property, or its default
         */
        public boolean isEnabled() {
            return enabled;
        }

        /**
         * Sets {@code partnercenter.transfers.webhooks.enabled} (Spring calls it when binding the properties).
         *
         * @param enabled the value bound to the property
         */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        /**
         * {@code partnercenter.transfers.webhooks.path}: the path of that endpoint: the callback URL registered with
         * Partner Center ends with it.
         *
         * @return the value bound to the property, or its default
         */
        public String getPath() {
            return path;
        }

        /**
         * Sets {@code partnercenter.transfers.webhooks.path} (Spring calls it when binding the properties).
         *
         * @param path the value bound to the property
         */
        public void setPath(String path) {
            this.path = path;
        }

        /**
         * {@code partnercenter.transfers.webhooks.max-body-bytes}: deliveries larger than this are rejected unread.
         *
         * @return the value bound to the property, or its default
         */
        public int getMaxBodyBytes() {
            return maxBodyBytes;
        }

        /**
         * Sets {@code partnercenter.transfers.webhooks.max-body-bytes} (Spring calls it when binding the properties).
         *
         * @param maxBodyBytes the value bound to the property
         */
        public void setMaxBodyBytes(int maxBodyBytes) {
            this.maxBodyBytes = maxBodyBytes;
        }
    }
}
