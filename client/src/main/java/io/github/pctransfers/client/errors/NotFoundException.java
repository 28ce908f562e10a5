package io.github.pctransfers.client.errors;

import java.util.Collection;
import java.util.Map;

/** The customer or transfer does not exist (404, 900100 for a transfer). */
public class NotFoundException extends TransfersApiException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(Map<String, ? extends Collection<String>> headers, String requestId, String correlationId,
            PartnerCenterErrorBody error, String rawBody) {
        super(404, headers, requestId, correlationId, error, rawBody);
    }
}
