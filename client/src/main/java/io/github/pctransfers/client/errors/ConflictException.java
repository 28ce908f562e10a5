package io.github.pctransfers.client.errors;

import java.util.Collection;
import java.util.Map;

/** The transfer is in progress (900101) or processed by another request (900104) (409). */
public class ConflictException extends TransfersApiException {
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
    public ConflictException(Map<String, ? extends Collection<String>> headers, String requestId, String correlationId,
            PartnerCenterErrorBody error, String rawBody) {
        super(409, headers, requestId, correlationId, error, rawBody);
    }
}
