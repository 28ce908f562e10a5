package io.github.pctransfers.client.errors;

import java.util.Collection;
import java.util.Map;

/** The caller's role may not do this (403). */
public class PermissionDeniedException extends TransfersApiException {
    private static final long serialVersionUID = 1L;

    public PermissionDeniedException(Map<String, ? extends Collection<String>> headers, String requestId, String correlationId,
            PartnerCenterErrorBody error, String rawBody) {
        super(403, headers, requestId, correlationId, error, rawBody);
    }
}
