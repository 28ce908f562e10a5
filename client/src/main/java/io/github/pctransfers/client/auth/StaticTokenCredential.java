package io.github.pctransfers.client.auth;

import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;

/** A credential backed by a caller's token supplier, asked again on every attempt (so it may refresh itself). */
public final class StaticTokenCredential implements TokenCredential {
    private final Supplier<String> tokenSupplier;

    public StaticTokenCredential(Supplier<String> tokenSupplier) {
        this.tokenSupplier = Objects.requireNonNull(tokenSupplier, "tokenSupplier");
    }

    @Override
    public AccessToken getToken(boolean forceRefresh) {
        String token = tokenSupplier.get();
        if (token == null || token.isBlank()) {
            throw new IllegalStateException("the access token supplier returned no token");
        }
        return new AccessToken(token, Instant.MAX);
    }

    @Override
    public String toString() {
        return "StaticTokenCredential{token=REDACTED}";
    }
}
