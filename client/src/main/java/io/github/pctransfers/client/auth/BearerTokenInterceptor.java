package io.github.pctransfers.client.auth;

import feign.RequestInterceptor;
import feign.RequestTemplate;
import io.github.pctransfers.client.http.CallScope;
import io.github.pctransfers.client.http.PartnerCenterHeaders;

/** Sets {@code Authorization: Bearer …} on every attempt, asking the credential each time. */
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
        template.removeHeader(PartnerCenterHeaders.AUTHORIZATION);
        template.header(PartnerCenterHeaders.AUTHORIZATION, "Bearer " + token.token());
    }
}
