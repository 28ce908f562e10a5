package io.github.pctransfers.client.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.pctransfers.client.errors.TokenAcquisitionException;
import io.github.pctransfers.client.internal.checks.SecureUrls;
import io.github.pctransfers.client.model.TransferIds;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Microsoft Entra client credentials (app-only) for Partner Center: posts {@code grant_type=client_credentials}
 * with the client id, secret and scope to {@code {authorityHost}/{tenantId}/oauth2/v2.0/token}, caches the token
 * and fetches a new one {@link Builder#refreshMargin refreshMargin} before it expires (or halfway through its
 * life, for short-lived tokens). Thread-safe: concurrent callers share one fetch. A forced refresh (after a 401)
 * fetches once, however many threads ask for it together.
 *
 * <p>The secret appears in no log line, exception message or {@link #toString()}. Token endpoint failures are
 * {@link TokenAcquisitionException}s; a failed early refresh falls back to the cached token while it is still
 * valid. Close the credential to release its connections.
 */
public final class ClientSecretCredential implements TokenCredential, AutoCloseable {
    /** Microsoft Entra ID, global cloud (also for Partner Center's US Government cloud). */
    public static final String GLOBAL_AUTHORITY_HOST = "https://login.microsoftonline.com";
    /** Microsoft Entra ID operated by 21Vianet. */
    public static final String CHINA_21VIANET_AUTHORITY_HOST = "https://login.chinacloudapi.cn";
    /** The Partner Center API audience, as a client-credentials scope. */
    public static final String PARTNER_CENTER_SCOPE = "https://api.partnercenter.microsoft.com/.default";
    /** How long before expiry a token is replaced by default. */
    public static final Duration DEFAULT_REFRESH_MARGIN = Duration.ofMinutes(5);

    private static final Logger LOG = LoggerFactory.getLogger(ClientSecretCredential.class);
    private static final Pattern TENANT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.-]{0,252}");
    private static final int MAX_RESPONSE = 64 * 1024;

    private final String tenantId;
    private final String clientId;
    private final String clientSecret;
    private final String authorityHost;
    private final String scope;
    private final String tokenEndpoint;
    private final Duration refreshMargin;
    private final Clock clock;
    private final OkHttpClient http;
    private final ObjectMapper mapper = new ObjectMapper();
    private final ReentrantLock refreshLock = new ReentrantLock();
    private volatile CachedToken cached;

    private ClientSecretCredential(Builder b) {
        this.tenantId = b.tenantId;
        this.clientId = b.clientId;
        this.clientSecret = b.clientSecret;
        this.authorityHost = b.authorityHost;
        this.scope = b.scope;
        this.tokenEndpoint = authorityHost + "/" + tenantId + "/oauth2/v2.0/token";
        this.refreshMargin = b.refreshMargin;
        this.clock = b.clock;
        // No redirects: a redirect would carry the secret to another address.
        this.http = new OkHttpClient.Builder()
                .followRedirects(false)
                .followSslRedirects(false)
                .retryOnConnectionFailure(false)
                .connectTimeout(b.timeout.toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(b.timeout.toMillis(), TimeUnit.MILLISECONDS)
                .callTimeout(b.timeout.toMillis() * 2, TimeUnit.MILLISECONDS)
                .build();
    }

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The URL tokens are requested from.
     *
     * @return the URL tokens are requested from
     */
    public String tokenEndpoint() {
        return tokenEndpoint;
    }

    /** {@return the OAuth scope tokens are requested for} */
    public String scope() {
        return scope;
    }

    @Override
    public AccessToken getToken(boolean forceRefresh) {
        CachedToken seen = cached;
        if (!forceRefresh && seen != null && clock.instant().isBefore(seen.refreshAt)) {
            return seen.token;
        }
        refreshLock.lock();
        try {
            CachedToken current = cached;
            Instant now = clock.instant();
            // Another thread fetched while this one waited: that token is newer than the one that failed or aged.
            if (current != null && current != seen && now.isBefore(current.refreshAt)) {
                return current.token;
            }
            if (!forceRefresh && current != null && now.isBefore(current.refreshAt)) {
                return current.token;
            }
            try {
                CachedToken fresh = fetch();
                cached = fresh;
                return fresh.token;
            } catch (TokenAcquisitionException e) {
                if (!forceRefresh && current != null && now.isBefore(current.token.expiresAt())) {
                    LOG.warn("Early token refresh failed ({}); the cached token stays in use until {}",
                            e.getMessage(), current.token.expiresAt());
                    return current.token;
                }
                throw e;
            }
        } finally {
            refreshLock.unlock();
        }
    }

    private CachedToken fetch() {
        Request request = new Request.Builder()
                .url(tokenEndpoint)
                .header("Accept", "application/json")
                .post(new FormBody.Builder()
                        .add("grant_type", "client_credentials")
                        .add("client_id", clientId)
                        .add("client_secret", clientSecret)
                        .add("scope", scope)
                        .build())
                .build();
        Instant requestedAt = clock.instant();
        int status;
        String text;
        try (Response response = http.newCall(request).execute()) {
            status = response.code();
            text = readLimited(response.body());
        } catch (IOException e) {
            throw new TokenAcquisitionException("could not reach the token endpoint " + tokenEndpoint + ": "
                    + e.getClass().getSimpleName() + scrub(e.getMessage() == null ? "" : ": " + e.getMessage()),
                    0, null, true, null, e);
        }
        JsonNode json = readJson(text);
        if (status < 200 || status > 299) {
            String error = json == null ? null : textOf(json.get("error"));
            String description = json == null ? null : textOf(json.get("error_description"));
            boolean isTransient = status == 429 || status >= 500;
            throw new TokenAcquisitionException("the token endpoint " + tokenEndpoint + " answered HTTP " + status
                    + (error == null ? "" : " " + error) + (description == null ? "" : ": " + scrub(description)),
                    status, error, isTransient, null, null);
        }
        String token = json == null ? null : textOf(json.get("access_token"));
        Long expiresIn = json == null ? null : seconds(json.get("expires_in"));
        String tokenType = json == null ? null : textOf(json.get("token_type"));
        if (token == null || expiresIn == null || expiresIn <= 0
                || (tokenType != null && !tokenType.equalsIgnoreCase("Bearer"))) {
            throw new TokenAcquisitionException("the token endpoint " + tokenEndpoint
                    + " answered HTTP " + status + " without a usable bearer token and expires_in", status, null,
                    false, null, null);
        }
        // Counted from the request, not the response, so the token never outlives what the endpoint meant; a
        // lifetime past a day is taken as a day, so a bogus value cannot pin a token for ever.
        long lifetimeSeconds = Math.min(expiresIn, Duration.ofDays(1).getSeconds());
        AccessToken accessToken;
        try {
            accessToken = new AccessToken(token, requestedAt.plusSeconds(lifetimeSeconds));
        } catch (IllegalArgumentException e) {
            throw new TokenAcquisitionException("the token endpoint " + tokenEndpoint + " sent an unusable token: "
                    + e.getMessage(), status, null, false, null, null);
        }
        // Short-lived tokens would otherwise be "about to expire" from the start and be fetched on every call.
        Duration lifetime = Duration.ofSeconds(lifetimeSeconds);
        Duration margin = refreshMargin.compareTo(lifetime.dividedBy(2)) > 0 ? lifetime.dividedBy(2) : refreshMargin;
        Instant refreshAt = accessToken.expiresAt().minus(margin);
        LOG.debug("Fetched a token for client {} from {}; expires at {}, refreshed from {}", clientId, tokenEndpoint,
                accessToken.expiresAt(), refreshAt);
        return new CachedToken(accessToken, refreshAt);
    }

    private JsonNode readJson(String text) {
        if (text.isBlank()) {
            return null;
        }
        try {
            JsonNode node = mapper.readTree(text);
            return node != null && node.isObject() ? node : null;
        } catch (IOException | RuntimeException notJson) {
            return null;
        }
    }

    private static String readLimited(ResponseBody body) throws IOException {
        if (body == null) {
            return "";
        }
        try (InputStream in = body.byteStream()) {
            return new String(in.readNBytes(MAX_RESPONSE), StandardCharsets.UTF_8);
        }
    }

    private static String textOf(JsonNode node) {
        return node == null || node.isNull() || !node.isValueNode() ? null : node.asText();
    }

    private static Long seconds(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.canConvertToLong() && node.isIntegralNumber()) {
            return node.asLong();
        }
        if (node.isTextual()) {
            // Some token services send expires_in as a string.
            try {
                return Long.parseLong(node.asText().trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /** Belt and braces: no text from the endpoint reaches a message with the secret in it. */
    private String scrub(String text) {
        return text == null || clientSecret.length() < 4 ? text : text.replace(clientSecret, "REDACTED");
    }

    /** Releases the credential's pooled connections. */
    @Override
    public void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    @Override
    public String toString() {
        return "ClientSecretCredential{tenantId=" + tenantId + ", clientId=" + clientId + ", authorityHost="
                + authorityHost + ", scope=" + scope + ", refreshMargin=" + refreshMargin
                + ", clientSecret=REDACTED}";
    }

    private static final class CachedToken {
        final AccessToken token;
        final Instant refreshAt;

        CachedToken(AccessToken token, Instant refreshAt) {
            this.token = token;
            this.refreshAt = refreshAt;
        }
    }

    /** Builds a {@link ClientSecretCredential}: tenant id, client id and client secret are required. */
    public static final class Builder {
        private String tenantId;
        private String clientId;
        private String clientSecret;
        private String authorityHost = GLOBAL_AUTHORITY_HOST;
        private String scope = PARTNER_CENTER_SCOPE;
        private Duration refreshMargin = DEFAULT_REFRESH_MARGIN;
        private Duration timeout = Duration.ofSeconds(30);
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /**
         * The partner's Microsoft Entra tenant: its GUID or a verified domain such as {@code contoso.onmicrosoft.com}.
         *
         * @param tenantId the partner's Microsoft Entra tenant: its GUID or a verified domain such as {@code
         *     contoso.onmicrosoft.com}
         * @return this builder
         */
        public Builder tenantId(String tenantId) {
            if (tenantId == null || !TENANT.matcher(tenantId).matches()) {
                throw new IllegalArgumentException("tenantId must be a tenant GUID or domain name, got "
                        + (tenantId == null ? "null" : "\"" + tenantId.replaceAll("[^\\x20-\\x7e]", "?") + "\""));
            }
            this.tenantId = tenantId;
            return this;
        }

        /**
         * The application (client) id of the app registration: a GUID.
         *
         * @param clientId the application (client) id of the app registration: a GUID
         * @return this builder
         */
        public Builder clientId(String clientId) {
            this.clientId = TransferIds.requireGuid("clientId", clientId);
            return this;
        }

        /**
         * The client secret. Never logged or shown.
         *
         * @param clientSecret the client secret
         * @return this builder
         */
        public Builder clientSecret(String clientSecret) {
            if (clientSecret == null || clientSecret.isBlank()) {
                throw new IllegalArgumentException("clientSecret must not be null or blank");
            }
            this.clientSecret = clientSecret;
            return this;
        }

        /**
         * The Microsoft Entra authority host, {@link #GLOBAL_AUTHORITY_HOST} by default or
         * {@link #CHINA_21VIANET_AUTHORITY_HOST}; https only, except to a loopback address (tests).
         *
         * @param authorityHost the Microsoft Entra authority host, {@link #GLOBAL_AUTHORITY_HOST} by default or {@link
         *     #CHINA_21VIANET_AUTHORITY_HOST}; https only, except to a loopback address (tests)
         * @return this builder
         */
        public Builder authorityHost(String authorityHost) {
            this.authorityHost = SecureUrls.requireSecureBase("authorityHost", authorityHost);
            return this;
        }

        /**
         * The scope to request, {@link #PARTNER_CENTER_SCOPE} by default.
         *
         * @param scope the scope to request, {@link #PARTNER_CENTER_SCOPE} by default
         * @return this builder
         */
        public Builder scope(String scope) {
            if (scope == null || scope.isBlank()) {
                throw new IllegalArgumentException("scope must not be null or blank");
            }
            this.scope = scope.trim();
            return this;
        }

        /**
         * How long before expiry the token is replaced (default 5 minutes, at most 1 hour).
         *
         * @param refreshMargin the refresh margin
         * @return this builder
         */
        public Builder refreshMargin(Duration refreshMargin) {
            Objects.requireNonNull(refreshMargin, "refreshMargin");
            if (refreshMargin.isNegative() || refreshMargin.compareTo(Duration.ofHours(1)) > 0) {
                throw new IllegalArgumentException("refreshMargin must be 0 to 1 hour, got " + refreshMargin);
            }
            this.refreshMargin = refreshMargin;
            return this;
        }

        /**
         * Connect and read timeout of a token request (default 30 s).
         *
         * @param timeout how long to wait at most
         * @return this builder
         */
        public Builder timeout(Duration timeout) {
            Objects.requireNonNull(timeout, "timeout");
            if (timeout.isNegative() || timeout.isZero() || timeout.compareTo(Duration.ofMinutes(5)) > 0) {
                throw new IllegalArgumentException("timeout must be positive and at most 5 minutes, got " + timeout);
            }
            this.timeout = timeout;
            return this;
        }

        /**
         * The clock deciding when a token counts as expiring (default the system UTC clock); for hosts with their
         * own time source, and for tests.
         *
         * @param clock the clock deciding when a token counts as expiring (default the system UTC clock); for hosts
         *     with their own time source, and for tests
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** {@return a new {@code ClientSecretCredential} with this builder's settings} */
        public ClientSecretCredential build() {
            if (tenantId == null || clientId == null || clientSecret == null) {
                throw new IllegalStateException("tenantId, clientId and clientSecret are required");
            }
            return new ClientSecretCredential(this);
        }
    }
}
