package io.github.pctransfers.client.errors;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Partner Center answered with an error status. Carries the status, the response headers, the request and
 * correlation ids (quote them to Microsoft support), the decoded error body when there was one, and the raw body.
 *
 * <p>Subtypes per status family: {@link BadRequestException} 400, {@link AuthenticationException} 401,
 * {@link PermissionDeniedException} 403, {@link NotFoundException} 404, {@link ConflictException} 409,
 * {@link PreconditionFailedException} 412, {@link RateLimitException} 429, {@link ServerException} 5xx; any other
 * status (e.g. 418 from a proxy) gives this type itself.
 */
public class TransfersApiException extends TransfersException {
    private static final long serialVersionUID = 1L;

    private final int statusCode;
    private final transient Map<String, List<String>> headers;
    private final String correlationId;
    private final transient PartnerCenterErrorBody error;
    private final String rawBody;

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
    public TransfersApiException(int statusCode, Map<String, ? extends Collection<String>> headers, String requestId,
            String correlationId, PartnerCenterErrorBody error, String rawBody) {
        super(message(statusCode, requestId, error), requestId, null);
        this.statusCode = statusCode;
        Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (headers != null) {
            headers.forEach((k, v) -> {
                if (k != null && v != null) {
                    copy.put(k, List.copyOf(v));
                }
            });
        }
        this.headers = Collections.unmodifiableMap(copy);
        this.correlationId = correlationId;
        this.error = error;
        this.rawBody = rawBody == null ? "" : rawBody;
    }

    private static String message(int status, String requestId, PartnerCenterErrorBody error) {
        StringBuilder b = new StringBuilder("HTTP ").append(status);
        if (error != null && error.code() != null) {
            b.append(", code ").append(error.code());
        }
        if (error != null && error.description() != null) {
            b.append(": ").append(error.description());
        }
        if (requestId != null) {
            b.append(" (MS-RequestId ").append(requestId).append(')');
        }
        return b.toString();
    }

    /** {@return the HTTP status Partner Center answered} */
    public int statusCode() {
        return statusCode;
    }

    /**
     * Response headers, names case-insensitive.
     *
     * @return response headers, names case-insensitive
     */
    public Map<String, List<String>> headers() {
        return headers == null ? Map.of() : headers;
    }

    /**
     * The first value of a response header.
     *
     * @param name the name
     * @return the first value of a response header
     */
    public Optional<String> header(String name) {
        List<String> values = headers().get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /**
     * The MS-CorrelationId of the call.
     *
     * @return the MS-CorrelationId of the call
     */
    public String correlationId() {
        return correlationId;
    }

    /**
     * The decoded error body, empty when the body was not a Partner Center error (HTML, empty, truncated).
     *
     * @return the decoded error body, empty when the body was not a Partner Center error (HTML, empty, truncated)
     */
    public Optional<PartnerCenterErrorBody> error() {
        return Optional.ofNullable(error);
    }

    /**
     * The Partner Center error code as text, when the body had one, e.g. {@code "900100"}.
     *
     * @return the Partner Center error code as text, when the body had one, e.g. {@code "900100"}
     */
    public Optional<String> errorCode() {
        return error().map(PartnerCenterErrorBody::code);
    }

    /**
     * Whether the body carried this error code, given as text (for a code the catalogue does not hold), e.g.
     * {@code e.hasErrorCode("900100")}.
     *
     * @param code the code; null gives false
     * @return whether the body's code is {@code code} (surrounding blanks ignored)
     */
    public boolean hasErrorCode(String code) {
        return code != null && errorCode().map(c -> c.trim().equalsIgnoreCase(code.trim())).orElse(false);
    }

    /**
     * Whether the body carried this documented error code, e.g.
     * {@code e.hasErrorCode(DocumentedErrorCode.TRANSFER_ID_NOT_FOUND)}.
     *
     * @param code the documented code; null gives false
     * @return whether the body's code is {@code code}
     */
    public boolean hasErrorCode(DocumentedErrorCode code) {
        return code != null && hasErrorCode(code.code());
    }

    /**
     * The documented code of the body, with its status and wording, e.g.
     * {@code e.documentedErrorCode().map(DocumentedErrorCode::wording)}; empty for an undocumented or absent code.
     *
     * @return the documented code of the body, with its status and wording, e.g. {@code
     *     e.documentedErrorCode().map(DocumentedErrorCode::wording)}; empty for an undocumented or absent code
     */
    public Optional<DocumentedErrorCode> documentedErrorCode() {
        return errorCode().flatMap(DocumentedErrorCode::of);
    }

    /**
     * The body as received (at most the first 64 KiB), never null; empty when there was none.
     *
     * @return the body as received (at most the first 64 KiB), never null; empty when there was none
     */
    public String rawBody() {
        return rawBody;
    }
}
