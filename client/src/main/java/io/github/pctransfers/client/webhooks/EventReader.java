package io.github.pctransfers.client.webhooks;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.pctransfers.client.model.TransferIds;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * The one reader of event bodies: JSON property names compared ignoring case (PascalCase on the wire, camelCase in
 * the spec), the ids worked out from the resource and audit URIs. Pure functions; thread-safe.
 */
final class EventReader {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)
            .build();

    private EventReader() {
    }

    /** The event in {@code body}, or the rejection ({@link WebhookRejection.Reason#MALFORMED_JSON} or {@code NOT_AN_EVENT}). */
    static WebhookReceipt read(byte[] body) {
        if (body == null || body.length == 0) {
            return WebhookReceipt.rejected(WebhookRejection.Reason.MALFORMED_JSON, "The body is empty");
        }
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            return WebhookReceipt.rejected(WebhookRejection.Reason.MALFORMED_JSON,
                    "The body is not JSON: " + e.getOriginalMessage() + locationOf(e));
        } catch (IOException e) {
            return WebhookReceipt.rejected(WebhookRejection.Reason.MALFORMED_JSON, "The body is not JSON: " + e.getMessage());
        }
        if (root == null || root.isMissingNode()) {
            return WebhookReceipt.rejected(WebhookRejection.Reason.MALFORMED_JSON, "The body is empty");
        }
        if (!root.isObject()) {
            return WebhookReceipt.rejected(WebhookRejection.Reason.NOT_AN_EVENT,
                    "The body is a JSON " + root.getNodeType().name().toLowerCase(Locale.ROOT) + ", not an event object");
        }
        Map<String, JsonNode> properties = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (properties.put(field.getKey().toLowerCase(Locale.ROOT), field.getValue()) != null) {
                return WebhookReceipt.rejected(WebhookRejection.Reason.NOT_AN_EVENT,
                        "The property " + field.getKey() + " appears twice (names are compared ignoring case)");
            }
        }
        String eventName = requiredString(properties, "EventName");
        String resourceUri = requiredString(properties, "ResourceUri");
        String resourceName = requiredString(properties, "ResourceName");
        String changeDate = requiredString(properties, "ResourceChangeUtcDate");
        if (eventName == null || resourceUri == null || resourceName == null || changeDate == null) {
            return WebhookReceipt.rejected(WebhookRejection.Reason.NOT_AN_EVENT, "Not an event: "
                    + firstProblem(properties, "EventName", "ResourceUri", "ResourceName", "ResourceChangeUtcDate"));
        }
        JsonNode audit = properties.get("audituri");
        if (audit != null && !audit.isNull() && !audit.isTextual()) {
            return WebhookReceipt.rejected(WebhookRejection.Reason.NOT_AN_EVENT,
                    "Not an event: AuditUri is a " + audit.getNodeType().name().toLowerCase(Locale.ROOT) + ", not a string");
        }
        String auditUri = audit == null || audit.isNull() || audit.asText().isEmpty() ? null : audit.asText();
        OffsetDateTime changedAt = parseChangeDate(changeDate);
        if (changedAt == null) {
            return WebhookReceipt.rejected(WebhookRejection.Reason.NOT_AN_EVENT,
                    "Not an event: ResourceChangeUtcDate is not a date-time: " + abbreviate(changeDate));
        }
        return WebhookReceipt.accepted(event(eventName, resourceName, resourceUri, auditUri, changedAt));
    }

    /** Builds the event, working out its ids (see {@link ResourceChangeEvent}'s class comment). */
    static ResourceChangeEvent event(String eventName, String resourceName, String resourceUri, String auditUri,
            OffsetDateTime changedAt) {
        String[] fromResource = idsFromResourceUri(resourceUri);
        String customerId = fromResource[0];
        String transferId = null;
        boolean transferEvent = ResourceChangeEvent.isTransferEvent(eventName, resourceName);
        if (transferEvent) {
            transferId = fromResource[1];
            if (transferId == null && auditUri != null) {
                String[] fromAudit = idsFromAuditUri(auditUri, eventName);
                if (fromAudit != null && (customerId == null || customerId.equalsIgnoreCase(fromAudit[0]))) {
                    customerId = customerId == null ? fromAudit[0] : customerId;
                    transferId = fromAudit[1];
                }
            }
        }
        return new ResourceChangeEvent(eventName, resourceName, resourceUri, auditUri, changedAt, customerId, transferId);
    }

    /**
     * {customer, transfer} from a resource URI's path: the GUID after a {@code customers} segment and, right after
     * it, the GUID after a {@code transfers} segment. Either may be null.
     */
    static String[] idsFromResourceUri(String resourceUri) {
        String path = resourceUri;
        int scheme = path.indexOf("://");
        if (scheme >= 0) {
            int slash = path.indexOf('/', scheme + 3);
            path = slash < 0 ? "" : path.substring(slash);
        }
        int end = firstOf(path, '?', '#');
        if (end >= 0) {
            path = path.substring(0, end);
        }
        String[] segments = path.split("/");
        String customer = null;
        String transfer = null;
        for (int i = 0; i + 1 < segments.length; i++) {
            if (segments[i].equalsIgnoreCase("customers") && TransferIds.isGuid(segments[i + 1])) {
                customer = segments[i + 1];
                if (i + 3 < segments.length && segments[i + 2].equalsIgnoreCase("transfers")
                        && TransferIds.isGuid(segments[i + 3])) {
                    transfer = segments[i + 3];
                }
                break;
            }
        }
        return new String[] {customer, transfer};
    }

    /**
     * {customer, transfer} from the last segment of an audit URI when it reads exactly
     * {@code {partner}_{customer}_{transfer}_{eventnamewithouthyphens}_{ticks}}: three GUIDs, this event's name
     * without hyphens (ignoring case) and a number. Null for any other shape, so that another resource's audit id
     * (fewer GUIDs, another event name) is never taken for a transfer's.
     */
    static String[] idsFromAuditUri(String auditUri, String eventName) {
        String last = auditUri;
        int end = firstOf(last, '?', '#');
        if (end >= 0) {
            last = last.substring(0, end);
        }
        while (last.endsWith("/")) {
            last = last.substring(0, last.length() - 1);
        }
        last = last.substring(last.lastIndexOf('/') + 1);
        String[] parts = last.split("_", -1);
        if (parts.length != 5) {
            return null;
        }
        for (int i = 0; i < 3; i++) {
            if (!TransferIds.isGuid(parts[i])) {
                return null;
            }
        }
        if (!parts[3].equalsIgnoreCase(eventName.replace("-", ""))) {
            return null;
        }
        if (parts[4].isEmpty() || !parts[4].chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        return new String[] {parts[1], parts[2]};
    }

    /**
     * {@code ResourceChangeUtcDate}: ISO-8601 with 0 to 9 fractional digits and an offset ({@code +00:00} or
     * {@code Z}); without an offset it is read as UTC, as the property's name says. Null when unreadable.
     */
    static OffsetDateTime parseChangeDate(String text) {
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException withOffset) {
            try {
                return LocalDateTime.parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME).atOffset(ZoneOffset.UTC);
            } catch (DateTimeParseException withoutOffset) {
                return null;
            }
        }
    }

    private static String requiredString(Map<String, JsonNode> properties, String name) {
        JsonNode node = properties.get(name.toLowerCase(Locale.ROOT));
        return node != null && node.isTextual() && !node.asText().trim().isEmpty() ? node.asText() : null;
    }

    private static String firstProblem(Map<String, JsonNode> properties, String... names) {
        for (String name : names) {
            JsonNode node = properties.get(name.toLowerCase(Locale.ROOT));
            if (node == null) {
                return name + " is missing";
            }
            if (!node.isTextual()) {
                return name + " is a " + node.getNodeType().name().toLowerCase(Locale.ROOT) + ", not a string";
            }
            if (node.asText().trim().isEmpty()) {
                return name + " is blank";
            }
        }
        return "a required property is missing";
    }

    private static int firstOf(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }

    private static String locationOf(JsonProcessingException e) {
        return e.getLocation() == null ? "" : " (at byte " + e.getLocation().getByteOffset() + ")";
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "...";
    }
}
