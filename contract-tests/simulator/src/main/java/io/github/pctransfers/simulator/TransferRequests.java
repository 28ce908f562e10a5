package io.github.pctransfers.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.pctransfers.client.model.TransferIds;
import io.github.pctransfers.simulator.TransferCommands.LegacyCreate;
import io.github.pctransfers.simulator.TransferCommands.LineItemRequest;
import io.github.pctransfers.simulator.TransferCommands.NewCommerceCreate;
import io.github.pctransfers.simulator.TransferCommands.Update;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads request bodies into {@link TransferCommands}: one JSON shape check after the other, the first problem
 * answered as 400 800002 with a description naming the property. Nothing here looks at the seed or the transfers.
 */
final class TransferRequests {
    /**
     * The properties of a create body as the spec names them. The service binds names case-insensitively and
     * ignores nulls (production .NET clients send {@code SourcePartnerTenantId}, {@code "CustomerName": null}), and
     * so does a create here: see {@link #bindNames}.
     */
    static final List<String> CREATE_PROPERTIES = List.of("sourcePartnerTenantId", "targetPartnerTenantId",
            "sourcePartnerName", "targetPartnerName", "customerEmailId", "customerName", "targetPartnerEmailId",
            "targetProductTypes", "partnerOnRecord", "transferType", "participants", "lineItems");
    /** The properties of a create's line item, bound as {@link #CREATE_PROPERTIES} are. */
    static final List<String> LINE_ITEM_PROPERTIES = List.of("id", "subscriptionId", "quantity", "billingCycle",
            "friendlyName", "partnerIdOnRecord", "offerId", "productType", "status");
    /** The properties of a participant (a KeyValuePair), bound as {@link #CREATE_PROPERTIES} are. */
    static final List<String> PARTICIPANT_PROPERTIES = List.of("key", "value");

    private TransferRequests() {
    }

    /** The body as JSON: empty and unparsable bodies are refused. */
    static Outcome<JsonNode> json(String bodyText) {
        if (bodyText.isBlank()) {
            return Outcome.rejected(Rejection.invalid("The request body is empty: a JSON object is required"));
        }
        try {
            return Outcome.of(SimulatorJson.MAPPER.readTree(bodyText));
        } catch (IOException e) {
            return Outcome.rejected(Rejection.invalid("The request body is not valid JSON: "
                    + e.getMessage().lines().findFirst().orElse("")));
        }
    }

    /**
     * A create: new commerce when the body has {@code transferType}, else legacy. {@code callerPartnerTenantId} is
     * the target of a new-commerce create that names none.
     */
    static Outcome<TransferCommands.Create> create(JsonNode body, String callerPartnerTenantId) {
        try {
            ObjectNode b = bindNames(requireObject(body), CREATE_PROPERTIES, "The request body");
            if (b.get("lineItems") instanceof ArrayNode) {
                b.set("lineItems", bindEach((ArrayNode) b.get("lineItems"), LINE_ITEM_PROPERTIES, "lineItems"));
            }
            if (b.get("participants") instanceof ArrayNode) {
                b.set("participants", bindEach((ArrayNode) b.get("participants"), PARTICIPANT_PROPERTIES,
                        "participants"));
            }
            return Outcome.of(b.has("transferType") ? newCommerceCreate(b, callerPartnerTenantId) : legacyCreate(b));
        } catch (Invalid e) {
            return Outcome.rejected(e.rejection);
        }
    }

    /**
     * A PATCH of {@code transferId}: refused here only when the body is not an object or names another transfer;
     * any other problem travels in the {@link Update} for the rules to answer after the transfer's own checks.
     */
    static Outcome<Update> update(JsonNode body, String transferId) {
        JsonNode b;
        try {
            b = requireObject(body);
        } catch (Invalid e) {
            return Outcome.rejected(e.rejection);
        }
        JsonNode id = b.get("id");
        if (id != null && !id.isNull() && !(id.isTextual() && id.asText().equalsIgnoreCase(transferId))) {
            return Outcome.rejected(Rejection.invalid("The id in the body (" + id + ") does not match the transfer id "
                    + "in the path (" + transferId + ")"));
        }
        String status;
        try {
            status = optionalText(b, "status", "status");
        } catch (Invalid e) {
            return Outcome.of(Update.none(e.rejection));
        }
        if ("reject".equalsIgnoreCase(status)) {
            return Outcome.of(Update.reject());
        }
        if ("cancel".equalsIgnoreCase(status)) {
            JsonNode name = b.get("customerName");
            return Outcome.of(Update.cancel(name != null && name.isTextual() ? name.asText() : null));
        }
        if (b.hasNonNull("lineItems")) {
            try {
                return Outcome.of(Update.submit(submittedLineItems(b.get("lineItems"))));
            } catch (Invalid e) {
                return Outcome.of(Update.malformedSubmit(e.rejection));
            }
        }
        if (status != null) {
            return Outcome.of(Update.none(Rejection.invalid("status \"" + status + "\" is not a change this API "
                    + "makes: send status reject (legacy), status Cancel (new commerce) or lineItems (new-commerce "
                    + "submit)")));
        }
        return Outcome.of(Update.none(Rejection.invalid("Nothing to change: send status reject (legacy), status "
                + "Cancel (new commerce) or lineItems (new-commerce submit)")));
    }

    /** The {@code transferType} query parameter of an eligibility check: required. */
    static Outcome<String> eligibilityType(String transferType) {
        if (transferType == null || transferType.isBlank()) {
            return Outcome.rejected(Rejection.invalid("The transferType query parameter is required, e.g. "
                    + "transferType=directtoindirect"));
        }
        return Outcome.of(transferType);
    }

    // ---- creates ---------------------------------------------------------------------------------------------

    private static LegacyCreate legacyCreate(JsonNode b) {
        String source = requiredGuid(b, "sourcePartnerTenantId");
        String target = requiredGuid(b, "targetPartnerTenantId");
        if (source.equalsIgnoreCase(target)) {
            throw invalid("sourcePartnerTenantId and targetPartnerTenantId must name different partners");
        }
        JsonNode items = b.get("lineItems");
        if (items == null || !items.isArray() || items.isEmpty()) {
            throw invalid("lineItems must list at least one subscription (a new-commerce create sends transferType "
                    + "instead)");
        }
        List<LineItemRequest> lineItems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String at = "lineItems[" + i + "]";
            String subscriptionId = requiredText(item, at + ".subscriptionId", "subscriptionId");
            requireFirstTime(seen, subscriptionId, at);
            lineItems.add(new LineItemRequest(i, subscriptionId, null,
                    optionalText(item, at + ".partnerIdOnRecord", "partnerIdOnRecord")));
        }
        return new LegacyCreate(source, target, optionalText(b, "sourcePartnerName", "sourcePartnerName"),
                optionalText(b, "targetPartnerName", "targetPartnerName"), lineItems);
    }

    private static NewCommerceCreate newCommerceCreate(JsonNode b, String callerPartnerTenantId) {
        String source = requiredGuid(b, "sourcePartnerTenantId");
        String target = b.hasNonNull("targetPartnerTenantId") ? requiredGuid(b, "targetPartnerTenantId")
                : callerPartnerTenantId;
        if (source.equalsIgnoreCase(target) && !source.equalsIgnoreCase(callerPartnerTenantId)) {
            // (The caller naming itself as the source is the rules' 900148.)
            throw invalid("sourcePartnerTenantId and the target partner must be different partners");
        }
        JsonNode type = b.get("transferType");
        if (!(type.isIntegralNumber() || type.isTextual() && !type.asText().isBlank())) {
            throw invalid("transferType must be a number or a string, e.g. 3 (new commerce)");
        }
        if (b.hasNonNull("lineItems") && !b.get("lineItems").isEmpty()) {
            throw invalid("a new-commerce create takes no lineItems: the source partner submits them with PATCH");
        }
        List<String> productTypes = null;
        if (b.hasNonNull("targetProductTypes")) {
            JsonNode types = b.get("targetProductTypes");
            if (!types.isArray()) {
                throw invalid("targetProductTypes must be an array of strings");
            }
            productTypes = new ArrayList<>();
            for (JsonNode n : types) {
                if (!n.isTextual()) {
                    throw invalid("targetProductTypes must be an array of strings");
                }
                productTypes.add(n.asText());
            }
        }
        String customerEmailId = optionalText(b, "customerEmailId", "customerEmailId");
        String customerName = optionalText(b, "customerName", "customerName");
        String sourcePartnerName = optionalText(b, "sourcePartnerName", "sourcePartnerName");
        String partnerOnRecord = optionalText(b, "partnerOnRecord", "partnerOnRecord");
        // Free text of the creator's choice (often a GUID, not always): kept as sent.
        String targetPartnerEmailId = optionalText(b, "targetPartnerEmailId", "targetPartnerEmailId");
        return new NewCommerceCreate(source, target, type, customerEmailId, customerName, sourcePartnerName,
                productTypes, partnerOnRecord, targetPartnerEmailId, participants(b.get("participants")));
    }

    /** The participants of a new-commerce create, each a {@code {key, value}} object with a key. */
    private static List<TransferRecord.Participant> participants(JsonNode participants) {
        if (participants == null) {
            return List.of();
        }
        if (!participants.isArray()) {
            throw invalid("participants must be an array of {key, value} objects");
        }
        List<TransferRecord.Participant> out = new ArrayList<>();
        for (int i = 0; i < participants.size(); i++) {
            JsonNode p = participants.get(i);
            String at = "participants[" + i + "]";
            out.add(new TransferRecord.Participant(requiredText(p, at + ".key", "key"),
                    optionalText(p, at + ".value", "value")));
        }
        return out;
    }

    /**
     * A copy of {@code node} with each property that matches one of {@code names} under another casing renamed to
     * it, and every property whose value is null left out: as the service binds a body. Other properties are kept.
     * Two properties bound to the same name are refused, since the body would say two things at once.
     */
    static ObjectNode bindNames(JsonNode node, List<String> names, String what) {
        ObjectNode out = SimulatorJson.MAPPER.createObjectNode();
        Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getValue().isNull()) {
                continue;
            }
            String name = field.getKey();
            for (String declared : names) {
                if (declared.equalsIgnoreCase(name)) {
                    name = declared;
                    break;
                }
            }
            if (out.has(name)) {
                throw invalid(what + " names " + name + " twice (property names are not case-sensitive)");
            }
            out.set(name, field.getValue());
        }
        return out;
    }

    /** {@link #bindNames} on every object of an array; other elements as they are (refused later). */
    private static ArrayNode bindEach(ArrayNode items, List<String> names, String label) {
        ArrayNode out = SimulatorJson.MAPPER.createArrayNode();
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            out.add(item.isObject() ? bindNames(item, names, label + "[" + i + "]") : item);
        }
        return out;
    }

    // ---- submit ----------------------------------------------------------------------------------------------

    private static List<LineItemRequest> submittedLineItems(JsonNode items) {
        if (!items.isArray() || items.isEmpty()) {
            throw invalid("lineItems must list at least one subscription");
        }
        List<LineItemRequest> lineItems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String at = "lineItems[" + i + "]";
            String subscriptionId = requiredText(item, at + ".subscriptionId", "subscriptionId");
            String productType = optionalText(item, at + ".productType", "productType");
            if (productType == null || productType.isBlank()) {
                throw invalid(at + ".productType is required, e.g. OnlineServicesNCE");
            }
            requireFirstTime(seen, subscriptionId, at);
            lineItems.add(new LineItemRequest(i, subscriptionId, productType,
                    optionalText(item, at + ".partnerIdOnRecord", "partnerIdOnRecord")));
        }
        return lineItems;
    }

    // ---- shapes ----------------------------------------------------------------------------------------------

    /** A refused body, thrown from deep in a read and answered by the entry point. */
    private static final class Invalid extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient Rejection rejection;

        Invalid(Rejection rejection) {
            super(null, null, false, false);
            this.rejection = rejection;
        }
    }

    private static Invalid invalid(String description) {
        return new Invalid(Rejection.invalid(description));
    }

    private static JsonNode requireObject(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw invalid("The request body must be a JSON object");
        }
        return body;
    }

    private static void requireFirstTime(Set<String> seen, String subscriptionId, String at) {
        if (!seen.add(subscriptionId.toUpperCase(Locale.ROOT))) {
            throw invalid(at + ".subscriptionId " + subscriptionId + " is listed twice");
        }
    }

    private static String requiredGuid(JsonNode node, String name) {
        String value = requiredText(node, name, name);
        if (!TransferIds.isGuid(value)) {
            throw invalid(name + " must be a GUID, got \"" + value + "\"");
        }
        return value;
    }

    private static String requiredText(JsonNode node, String label, String name) {
        String value = optionalText(node, label, name);
        if (value == null || value.isBlank()) {
            throw invalid(label + " is required");
        }
        return value;
    }

    /** The string {@code name} of {@code node}, or null; {@code label} names it in errors (e.g. lineItems[2].x). */
    private static String optionalText(JsonNode node, String label, String name) {
        if (node == null || !node.isObject()) {
            throw invalid(label.contains("[") ? label.substring(0, label.lastIndexOf('.')) + " must be an object"
                    : "The request body must be a JSON object");
        }
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw invalid(label + " must be a string");
        }
        return v.asText();
    }
}
