package io.github.pctransfers.client.errors;

import java.util.Collection;
import java.util.Map;

/** Partner Center failed (5xx), e.g. 800003 service error or 900103 order failure. */
public class ServerException extends TransfersApiException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception, e.g. in a test of code that handles it.
     *
     * @param statusCode the HTTP status
     * @param headers the response headers
     * @param requestId the MS-RequestId of the call
     * @param correlationId the MS-CorrelationId of the call
     * @param error the decoded error body, or null when the body was none
     * @param rawBody the body as received
     */
    public ServerException(int statusCode, Map<String, ? extends Collection<String>> headers, String requestId,
            String correlationId, PartnerCenterErrorBody error, String rawBody) {
        super(statusCode, headers, requestId, correlationId, error, rawBody);
    }
}
