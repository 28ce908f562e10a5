package io.github.pctransfers.client.errors;

import java.util.Collection;
import java.util.Map;

/** A precondition such as If-Match failed (412). */
public class PreconditionFailedException extends TransfersApiException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception, e.g. in a test of code that handles it.
     *
     * @param headers the response headers
     * @param requestId the MS-RequestId of the call
     * @param correlationId the MS-CorrelationId of the call
     * @param error the decoded error body, or null when the body was none
     * @param rawBody the body as received
     */
    public PreconditionFailedException(Map<String, ? extends Collection<String>> headers, String requestId, String correlationId,
            PartnerCenterErrorBody error, String rawBody) {
        super(412, headers, requestId, correlationId, error, rawBody);
    }
}
