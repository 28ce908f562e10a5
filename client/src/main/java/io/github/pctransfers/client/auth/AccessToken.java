package io.github.pctransfers.client.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/** A bearer token and when it expires. {@link #toString()} never shows the token. */
public final class AccessToken {
    /** Visible ASCII only: a token with a space, CR or LF would break or inject headers. */
    private static final Pattern TOKEN_CHARS = Pattern.compile("[\\x21-\\x7e]+");

    private final String token;
    private final Instant expiresAt;

    /**
     * @param token the token
     * @param expiresAt the expires at
     * @throws IllegalArgumentException when the token is blank or holds anything but visible ASCII (the message
     *     never shows the token)
     */
    public AccessToken(String token, Instant expiresAt) {
        if (token == null || !TOKEN_CHARS.matcher(token).matches()) {
            throw new IllegalArgumentException(
                    "an access token must be non-empty visible ASCII (no spaces or control characters)");
        }
        this.token = token;
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /**
     * The token itself; keep it out of logs.
     *
     * @return the token itself; keep it out of logs
     */
    public String token() {
        return token;
    }

    /** {@return when the token expires} */
    public Instant expiresAt() {
        return expiresAt;
    }

    /**
     * Whether the token expires within {@code margin} of {@code now}.
     *
     * @param margin the margin
     * @param now the now
     * @return whether the token expires within {@code margin} of {@code now}
     */
    public boolean expiresWithin(Duration margin, Instant now) {
        return !expiresAt.isAfter(now.plus(margin));
    }

    @Override
    public String toString() {
        return "AccessToken{token=REDACTED, expiresAt=" + expiresAt + "}";
    }
}
