package io.github.pctransfers.client.errors;

import java.util.Collection;
import java.util.Map;

/** The access token is missing, expired or invalid (401, 800001). */
public class AuthenticationException extends TransfersApiException {
    private static final long serialVersionUID = 1L;

    public AuthenticationException(Map<String, ? extends Collection<String>> headers, String requestId, String correlationId,
            PartnerCenterErrorBody error, String rawBody) {
        super(401, headers, requestId, correlationId, error, rawBody);
    }
}
