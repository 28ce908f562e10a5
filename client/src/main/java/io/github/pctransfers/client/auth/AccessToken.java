package io.github.pctransfers.client.auth;

import java.time.Instant;
import java.util.Objects;

/** A bearer token and when it expires. {@link #toString()} never shows the token. */
public final class AccessToken {
    private final String token;
    private final Instant expiresAt;

    public AccessToken(String token, Instant expiresAt) {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("access token must not be null or blank");
        }
        this.token = token;
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** The token itself; keep it out of logs. */
    public String token() {
        return token;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    /** Whether the token expires within {@code margin} of {@code now}. */
    public boolean expiresWithin(java.time.Duration margin, Instant now) {
        return !expiresAt.isAfter(now.plus(margin));
    }

    @Override
    public String toString() {
        return "AccessToken{token=REDACTED, expiresAt=" + expiresAt + "}";
    }
}
