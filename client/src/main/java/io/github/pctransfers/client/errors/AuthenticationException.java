package io.github.pctransfers.client.errors;

import java.util.Collection;
import java.util.Map;

/** The access token is missing, expired or invalid (401, 800001). */
public class AuthenticationException extends TransfersApiException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an {@code AuthenticationException}.
     *
     * @param headers the response headers
     * @param requestId the MS-RequestId of the call
     * @param correlationId the MS-CorrelationId of the call
     * @param error the decoded error body, or null when the body was none
     * @param rawBody the body as received
     */
    public AuthenticationException(Map<String, ? extends Collection<String>> headers, String requestId, String correlationId,
            PartnerCenterErrorBody error, String rawBody) {
        super(401, headers, requestId, correlationId, error, rawBody);
    }
}
