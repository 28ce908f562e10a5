package io.github.pctransfers.client.errors;

import java.util.Collection;
import java.util.Map;

/** A precondition such as If-Match failed (412). */
public class PreconditionFailedException extends TransfersApiException {
    private static final long serialVersionUID = 1L;

    public PreconditionFailedException(Map<String, ? extends Collection<String>> headers, String requestId, String correlationId,
            PartnerCenterErrorBody error, String rawBody) {
        super(412, headers, requestId, correlationId, error, rawBody);
    }
}
