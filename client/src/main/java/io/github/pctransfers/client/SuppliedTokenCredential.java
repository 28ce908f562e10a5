package io.github.pctransfers.client;

import io.github.pctransfers.client.auth.AccessToken;
import io.github.pctransfers.client.auth.TokenCredential;
import io.github.pctransfers.client.errors.TokenAcquisitionException;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The credential behind {@link TransfersClient.Builder#accessToken}: a caller's token supplier, asked again on
 * every attempt (so the supplier may cache and refresh on its own; after a 401 it is simply asked once more).
 */
final class SuppliedTokenCredential implements TokenCredential {
    private final Supplier<String> tokenSupplier;

    SuppliedTokenCredential(Supplier<String> tokenSupplier) {
        this.tokenSupplier = Objects.requireNonNull(tokenSupplier, "tokenSupplier");
    }

    @Override
    public AccessToken getToken(boolean forceRefresh) {
        String token;
        try {
            token = tokenSupplier.get();
        } catch (RuntimeException e) {
            // The supplier's own message is not repeated: it is the caller's text and might hold anything.
            throw new TokenAcquisitionException("the access token supplier failed with " + e.getClass().getName(),
                    0, null, false, null, e);
        }
        if (token == null || token.isBlank()) {
            throw new TokenAcquisitionException("the access token supplier returned no token", 0, null, false, null,
                    null);
        }
        try {
            return new AccessToken(token, Instant.MAX);
        } catch (IllegalArgumentException e) {
            throw new TokenAcquisitionException("the access token supplier returned an unusable token: "
                    + e.getMessage(), 0, null, false, null, null);
        }
    }

    @Override
    public String toString() {
        return "SuppliedTokenCredential{token=REDACTED}";
    }
}
