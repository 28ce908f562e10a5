package io.github.pctransfers.client.errors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Response;
import feign.codec.ErrorDecoder;
import io.github.pctransfers.client.http.PartnerCenterHeaders;
import io.github.pctransfers.client.http.RetryAfter;
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
 */
public final class PartnerCenterErrorDecoder implements ErrorDecoder {
    /** Error bodies are small; a gateway page can be large. Keep enough to diagnose, no more. */
    static final int MAX_RAW_BODY = 64 * 1024;

    private final ObjectMapper mapper;
    private final Clock clock;

    public PartnerCenterErrorDecoder(ObjectMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    @Override
    public Exception decode(String methodKey, Response response) {
        String raw = readBody(response);
        PartnerCenterErrorBody body = parse(raw);
        Map<String, Collection<String>> headers = response.headers();
        String requestId = first(headers, PartnerCenterHeaders.MS_REQUEST_ID);
        if (requestId == null && response.request() != null) {
            requestId = first(response.request().headers(), PartnerCenterHeaders.MS_REQUEST_ID);
        }
        String correlationId = first(headers, PartnerCenterHeaders.MS_CORRELATION_ID);
        if (correlationId == null && response.request() != null) {
            correlationId = first(response.request().headers(), PartnerCenterHeaders.MS_CORRELATION_ID);
        }
        return forStatus(response.status(), headers, requestId, correlationId, body, raw, clock);
    }

    /** The exception type for a status: one subtype per status family. */
    public static TransfersApiException forStatus(int status, Map<String, ? extends Collection<String>> headers,
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

    private static String readBody(Response response) {
        if (response.body() == null) {
            return "";
        }
        try (InputStream in = response.body().asInputStream()) {
            byte[] bytes = in.readNBytes(MAX_RAW_BODY);
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            // The connection broke while reading the error body: keep what is known, the status.
            return "";
        }
    }

    /** Decodes either error shape; null when the text is not a JSON object of either shape. */
    PartnerCenterErrorBody parse(String raw) {
        if (raw.isBlank()) {
            return null;
        }
        JsonNode node;
        try {
            node = mapper.readTree(raw);
        } catch (IOException notJson) {
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
