package io.github.pctransfers.client.auth;

import feign.RequestInterceptor;
import feign.RequestTemplate;
import io.github.pctransfers.client.errors.TokenAcquisitionException;
import io.github.pctransfers.client.http.CallScope;
import io.github.pctransfers.client.http.PartnerCenterHeaders;

/**
 * Sets {@code Authorization: Bearer …} on every attempt, asking the credential each time, so a cached token is
 * refreshed between attempts and a 401 can force a new one.
 */
public final class BearerTokenInterceptor implements RequestInterceptor {
    private final TokenCredential credential;

    public BearerTokenInterceptor(TokenCredential credential) {
        this.credential = credential;
    }

    @Override
    public void apply(RequestTemplate template) {
        CallScope scope = CallScope.current();
        boolean forceRefresh = scope != null && scope.forceTokenRefresh();
        AccessToken token = credential.getToken(forceRefresh);
        if (token == null) {
            throw new TokenAcquisitionException("the credential returned no access token", 0, null, false, null,
                    null);
        }
        template.removeHeader(PartnerCenterHeaders.AUTHORIZATION);
        template.header(PartnerCenterHeaders.AUTHORIZATION, "Bearer " + token.token());
    }

    @Override
    public String toString() {
        return "BearerTokenInterceptor{credential=" + credential + "}";
    }
}
