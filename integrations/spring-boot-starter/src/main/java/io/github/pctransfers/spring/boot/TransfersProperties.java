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

    public String getTenantId() {
        return tenantId;
    }

    public void setTenantId(String tenantId) {
        this.tenantId = tenantId;
    }

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }

    public void setClientSecret(String clientSecret) {
        this.clientSecret = clientSecret;
    }

    public String getAuthorityHost() {
        return authorityHost;
    }

    public void setAuthorityHost(String authorityHost) {
        this.authorityHost = authorityHost;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String getApplicationName() {
        return applicationName;
    }

    public void setApplicationName(String applicationName) {
        this.applicationName = applicationName;
    }

    public String getLocale() {
        return locale;
    }

    public void setLocale(String locale) {
        this.locale = locale;
    }

    public Duration getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public Duration getReadTimeout() {
        return readTimeout;
    }

    public void setReadTimeout(Duration readTimeout) {
        this.readTimeout = readTimeout;
    }

    /** How the client retries. */
    public Retry getRetry() {
        return retry;
    }

    /** Recording the client's own traffic, redacted, as evidence for the conformance gate. */
    public Recording getRecording() {
        return recording;
    }

    /** Meters and spans of the calls. */
    public Observability getObservability() {
        return observability;
    }

    /** The endpoint receiving Partner Center's webhook deliveries. */
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

        public int getMaxAttempts() {
            return maxAttempts;
        }

        public void setMaxAttempts(int maxAttempts) {
            this.maxAttempts = maxAttempts;
        }

        public Duration getInitialBackoff() {
            return initialBackoff;
        }

        public void setInitialBackoff(Duration initialBackoff) {
            this.initialBackoff = initialBackoff;
        }

        public Duration getMaxBackoff() {
            return maxBackoff;
        }

        public void setMaxBackoff(Duration maxBackoff) {
            this.maxBackoff = maxBackoff;
        }

        public Duration getTotalBudget() {
            return totalBudget;
        }

        public void setTotalBudget(Duration totalBudget) {
            this.totalBudget = totalBudget;
        }

        public Duration getMaxRetryAfter() {
            return maxRetryAfter;
        }

        public void setMaxRetryAfter(Duration maxRetryAfter) {
            this.maxRetryAfter = maxRetryAfter;
        }

        public boolean isOnlyIdempotentMethods() {
            return onlyIdempotentMethods;
        }

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

        public Path getHarFile() {
            return harFile;
        }

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

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public boolean isRecordResourceIds() {
            return recordResourceIds;
        }

        public void setRecordResourceIds(boolean recordResourceIds) {
            this.recordResourceIds = recordResourceIds;
        }

        public boolean isCorrelationIdFromTrace() {
            return correlationIdFromTrace;
        }

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

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public String getPath() {
            return path;
        }

        public void setPath(String path) {
            this.path = path;
        }

        public int getMaxBodyBytes() {
            return maxBodyBytes;
        }

        public void setMaxBodyBytes(int maxBodyBytes) {
            this.maxBodyBytes = maxBodyBytes;
        }
    }
}
