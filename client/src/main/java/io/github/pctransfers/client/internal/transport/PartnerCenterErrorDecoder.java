package io.github.pctransfers.client.internal.transport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Response;
import feign.codec.ErrorDecoder;
import io.github.pctransfers.client.errors.AuthenticationException;
import io.github.pctransfers.client.errors.BadRequestException;
import io.github.pctransfers.client.errors.ConflictException;
import io.github.pctransfers.client.errors.NotFoundException;
import io.github.pctransfers.client.errors.PartnerCenterErrorBody;
import io.github.pctransfers.client.errors.PermissionDeniedException;
import io.github.pctransfers.client.errors.PreconditionFailedException;
import io.github.pctransfers.client.errors.RateLimitException;
import io.github.pctransfers.client.errors.ServerException;
import io.github.pctransfers.client.errors.TransfersApiException;
import io.github.pctransfers.client.http.PartnerCenterHeaders;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Turns every non-2xx response into a typed {@link TransfersApiException}. Never fails itself: a throttling body,
 * an HTML page from a gateway, an empty or a truncated body each still give the typed exception with the raw text.
 * The MS-RequestId and MS-CorrelationId are the ones sent (the echoed ones when none was sent).
 */
final class PartnerCenterErrorDecoder implements ErrorDecoder {
    /** Error bodies are small; a gateway page can be large. Keep enough to diagnose, no more. */
    static final int MAX_RAW_BODY = 64 * 1024;

    private final ObjectMapper mapper;
    private final Clock clock;

    PartnerCenterErrorDecoder(ObjectMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    @Override
    public Exception decode(String methodKey, Response response) {
        String raw = readBody(response);
        PartnerCenterErrorBody body = parse(raw);
        Map<String, Collection<String>> headers = response.headers();
        Map<String, Collection<String>> sent = response.request() == null ? null : response.request().headers();
        // The id sent is the idempotency key the caller can reuse; the echoed one is only a fallback.
        String requestId = firstNonNull(first(sent, PartnerCenterHeaders.MS_REQUEST_ID),
                first(headers, PartnerCenterHeaders.MS_REQUEST_ID));
        String correlationId = firstNonNull(first(sent, PartnerCenterHeaders.MS_CORRELATION_ID),
                first(headers, PartnerCenterHeaders.MS_CORRELATION_ID));
        return forStatus(response.status(), headers, requestId, correlationId, body, raw, clock);
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }

    /** The exception type for a status: one subtype per status family. */
    private static TransfersApiException forStatus(int status, Map<String, ? extends Collection<String>> headers,
            String requestId, String correlationId, PartnerCenterErrorBody body, String raw, Clock clock) {
        switch (status) {
            case 400:
                return new BadRequestException(headers, requestId, correlationId, body, raw);
            case 401:
                return new AuthenticationException(headers, requestId, correlationId, body, raw);
            case 403:
                return new PermissionDeniedException(headers, requestId, correlationId, body, raw);
            case 404:
                return new NotFoundException(headers, requestId, correlationId, body, raw);
            case 409:
                return new ConflictException(headers, requestId, correlationId, body, raw);
            case 412:
                return new PreconditionFailedException(headers, requestId, correlationId, body, raw);
            case 429:
                Duration wait = RetryAfter.parse(first(headers, PartnerCenterHeaders.RETRY_AFTER), clock).orElse(null);
                return new RateLimitException(headers, requestId, correlationId, body, raw, wait);
            default:
                if (status >= 500 && status <= 599) {
                    return new ServerException(status, headers, requestId, correlationId, body, raw);
                }
                return new TransfersApiException(status, headers, requestId, correlationId, body, raw);
        }
    }

    private static String first(Map<String, ? extends Collection<String>> headers, String name) {
        if (headers == null) {
            return null;
        }
        for (Map.Entry<String, ? extends Collection<String>> e : headers.entrySet()) {
            if (e.getKey() != null && e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
                return e.getValue().iterator().next();
            }
        }
        return null;
    }

    /**
     * The body as text, at most {@link #MAX_RAW_BODY} bytes. When the connection breaks while reading, what
     * arrived is kept: a truncated error body still gives the typed exception with the text received.
     */
    private static String readBody(Response response) {
        if (response.body() == null) {
            return "";
        }
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        try (InputStream in = response.body().asInputStream()) {
            byte[] buffer = new byte[8192];
            int n;
            while (received.size() < MAX_RAW_BODY
                    && (n = in.read(buffer, 0, Math.min(buffer.length, MAX_RAW_BODY - received.size()))) != -1) {
                received.write(buffer, 0, n);
            }
        } catch (IOException | RuntimeException brokenOff) {
            // Keep the part that arrived; the status is known either way.
        }
        return new String(received.toByteArray(), StandardCharsets.UTF_8);
    }

    /**
     * Decodes Partner Center's {@code {code, description, data, source}}, the throttling shape
     * {@code {statusCode, message}}, or a gateway's {@code {"error": {code, message}}}; null when the text is
     * none of these (HTML, plain text, empty, truncated JSON). Never throws.
     */
    PartnerCenterErrorBody parse(String raw) {
        if (raw.isBlank()) {
            return null;
        }
        JsonNode node;
        try {
            node = mapper.readTree(raw);
        } catch (IOException | RuntimeException notJson) {
            return null;
        }
        if (node == null || !node.isObject()) {
            return null;
        }
        if (node.has("code") || node.has("description")) {
            return new PartnerCenterErrorBody(text(node.get("code")), text(node.get("description")),
                    data(node.get("data")), text(node.get("source")));
        }
        if (node.has("statusCode") || node.has("message")) {
            return new PartnerCenterErrorBody(text(node.get("statusCode")), text(node.get("message")), null, null);
        }
        JsonNode nested = node.get("error");
        if (nested != null && nested.isObject()) {
            return new PartnerCenterErrorBody(text(nested.get("code")), text(nested.get("message")), null, null);
        }
        return null;
    }

    private List<Object> data(JsonNode node) {
        List<Object> out = new ArrayList<>();
        if (node != null && node.isArray()) {
            for (JsonNode item : node) {
                out.add(item.isTextual() ? item.asText() : mapper.convertValue(item, Object.class));
            }
        }
        return out;
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.isValueNode() ? node.asText() : node.toString();
    }
}
