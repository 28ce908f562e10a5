package io.github.pctransfers.client.errors;

import java.util.Collection;
import java.util.Map;

/** Partner Center failed (5xx), e.g. 800003 service error or 900103 order failure. */
public class ServerException extends TransfersApiException {
    private static final long serialVersionUID = 1L;

    public ServerException(int statusCode, Map<String, ? extends Collection<String>> headers, String requestId,
            String correlationId, PartnerCenterErrorBody error, String rawBody) {
        super(statusCode, headers, requestId, correlationId, error, rawBody);
    }
}
