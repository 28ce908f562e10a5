package io.github.pctransfers.client.auth;

/**
 * Supplies the bearer token for Partner Center. Asked once for every attempt of every call, so an
 * implementation can cache and refresh (see {@link ClientSecretCredential}).
 */
@FunctionalInterface
public interface TokenCredential {

    /**
     * The token to send.
     *
     * @param forceRefresh true after Partner Center answered 401 to the last token: do not return that one again
     * @return the token to send
     */
    AccessToken getToken(boolean forceRefresh);
}
