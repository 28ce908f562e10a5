package io.github.pctransfers.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;

/**
 * Renders bodies in the documented shapes: property names, casing and order as the Partner Center examples print
 * them ({@code partnertenantid}, integer line-item ids, {@code createdTime} with 7 fractional digits,
 * {@code lastModifiedTime} without, {@code links.self.uri} without {@code /v1}, {@code attributes.objectType}).
 */
final class SimulatorJson {
    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** {@code 2020-03-24T20:44:14.9602781Z}, as createdTime in the examples. */
    static final DateTimeFormatter SEVEN_DIGITS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSS'Z'").withZone(ZoneOffset.UTC);
    /** {@code 2020-03-24T20:44:15Z}, as lastModifiedTime in the examples. */
    static final DateTimeFormatter WHOLE_SECONDS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
    /** {@code 2020-03-25T22:24:23.183+00:00}, as an order's creationDate in the accept example. */
    static final DateTimeFormatter ORDER_DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'+00:00'").withZone(ZoneOffset.UTC);
    static final String SYNC_STATE_ERROR = "Subscription SyncState must be SyncComplete for the Subscription to be "
            + "a source in a Subscription Ownership Transfer. Subscription: %s, current state: %s";

    private SimulatorJson() {
    }

    static byte[] bytes(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render a JSON tree", e);
        }
    }

    static String lower(String guid) {
        return guid.toLowerCase(Locale.ROOT);
    }

    // ---- transfers -------------------------------------------------------------------------------------------

    /**
     * A TransferEntity. New-commerce transfers carry what the current pages show (transfers-api.md 11):
     * {@code transferDirection}, {@code expirationTime}, {@code targetPartnerEmailId}, {@code ignoreEligibilityCheck},
     * the {@code participants} the create named,
     * line items with {@code productType} (a number for the known product names) and no line items until the
     * source submits some.
     *
     * @param lastModifiedUser the user of the latest change when the record names none
     * @param withAttributes   false for the answer to a cancel, which the current page shows without attributes
     */
    static ObjectNode transfer(TransferRecord t, String lastModifiedUser, boolean withAttributes) {
        String customer = lower(t.customerId());
        ObjectNode n = NODES.objectNode();
        n.put("id", t.id());
        n.put("status", t.status());
        if (t.newCommerce()) {
            n.set("transferType", t.transferType());
            if (t.transferDirection() != null) {
                n.put("transferDirection", t.transferDirection());
            }
            if (t.customerEmailId() != null) {
                n.put("customerEmailId", t.customerEmailId());
            }
        }
        n.put("createdTime", SEVEN_DIGITS.format(t.createdTime()));
        n.put("lastModifiedTime", WHOLE_SECONDS.format(t.lastModifiedTime()));
        if (t.newCommerce() && t.expirationTime() != null) {
            n.put("expirationTime", SEVEN_DIGITS.format(t.expirationTime()));
        }
        if (t.completedTime() != null) {
            n.put("completedTime", SEVEN_DIGITS.format(t.completedTime()));
        }
        putIfSet(n, "customerName", t.customerName());
        n.put("customerTenantId", customer);
        n.put("partnertenantid", t.partnerTenantId());
        putIfSet(n, "sourcePartnerName", t.sourcePartnerName());
        n.put("sourcePartnerTenantId", t.sourcePartnerTenantId());
        putIfSet(n, "targetPartnerName", t.targetPartnerName());
        n.put("targetPartnerTenantId", t.targetPartnerTenantId());
        if (t.newCommerce()) {
            putIfSet(n, "targetPartnerEmailId", t.targetPartnerEmailId());
            if (t.ignoreEligibilityCheck() != null) {
                n.put("ignoreEligibilityCheck", t.ignoreEligibilityCheck());
            }
        }
        if (t.targetProductTypes() != null) {
            ArrayNode types = n.putArray("targetProductTypes");
            t.targetProductTypes().forEach(types::add);
        }
        putIfSet(n, "partnerOnRecord", t.partnerOnRecord());
        if (!t.participants().isEmpty()) {
            ArrayNode participants = n.putArray("participants");
            for (TransferRecord.Participant p : t.participants()) {
                ObjectNode pair = participants.addObject().put("key", p.key);
                if (p.value == null) {
                    pair.putNull("value");
                } else {
                    pair.put("value", p.value);
                }
            }
        }
        n.put("lastModifiedUser", t.lastModifiedUser() != null ? t.lastModifiedUser() : lastModifiedUser);
        if (!t.newCommerce() || !t.lineItems().isEmpty()) {
            ArrayNode items = n.putArray("lineItems");
            for (TransferRecord.LineItem li : t.lineItems()) {
                items.add(t.newCommerce() ? newCommerceLineItem(li) : lineItem(li));
            }
        }
        ObjectNode links = n.putObject("links");
        links.set("self", link("/customers/" + customer + "/transfers/" + t.id(), "GET"));
        if (withAttributes) {
            n.putObject("attributes").put("objectType", "TransferEntity");
        }
        return n;
    }

    /** A legacy line item, as the documented examples show it. */
    static ObjectNode lineItem(TransferRecord.LineItem li) {
        Seed.Subscription s = li.subscription();
        ObjectNode n = NODES.objectNode();
        n.put("id", li.id());
        n.put("subscriptionId", s.id());
        putIfSet(n, "offerId", s.offerId());
        putIfSet(n, "orderId", li.orderId());
        n.put("billingCycle", s.billingCycle());
        putIfSet(n, "friendlyName", s.friendlyName());
        n.put("quantity", s.quantity());
        putIfSet(n, "partnerIdOnRecord", li.partnerIdOnRecord());
        putIfSet(n, "transferGroupId", li.transferGroupId());
        putIfSet(n, "status", li.status());
        ArrayNode addOns = n.putArray("addonItems");
        for (Seed.AddOn a : s.addOns()) {
            addOns.add(addOn(a));
        }
        putIfSet(n, "transferError", li.transferError());
        return n;
    }

    /**
     * A new-commerce line item as the current pages show it: id, subscription, quantity, billing cycle and
     * productType, with the status and outcome once processing starts.
     */
    static ObjectNode newCommerceLineItem(TransferRecord.LineItem li) {
        Seed.Subscription s = li.subscription();
        ObjectNode n = NODES.objectNode();
        n.put("id", li.id());
        n.put("subscriptionId", s.id());
        n.set("productType", productType(li.productType()));
        n.put("quantity", s.quantity());
        n.put("billingCycle", s.billingCycle());
        putIfSet(n, "orderId", li.orderId());
        putIfSet(n, "status", li.status());
        putIfSet(n, "transferError", li.transferError());
        return n;
    }

    /**
     * A product type as the current pages show it: a JSON number. The pages give no table of numbers; the
     * simulator uses the two its examples pair with a product (0 for an Azure subscription, 5 for new-commerce
     * license-based), and sends any other name as the string it was given.
     */
    static JsonNode productType(String name) {
        if (name == null) {
            return NODES.nullNode();
        }
        if (name.matches("\\d{1,9}")) {
            return NODES.numberNode(Integer.parseInt(name));
        }
        Integer number = PRODUCT_TYPE_NUMBERS.get(name.toLowerCase(Locale.ROOT));
        return number != null ? NODES.numberNode(number) : NODES.textNode(name);
    }

    private static final java.util.Map<String, Integer> PRODUCT_TYPE_NUMBERS = java.util.Map.of(
            "azuresubscription", 0, "onlineservicesnce", 5);

    static ObjectNode addOn(Seed.AddOn a) {
        ObjectNode n = NODES.objectNode();
        n.put("id", 0);
        n.put("subscriptionId", a.id());
        n.put("offerId", a.offerId());
        n.put("billingCycle", a.billingCycle());
        n.put("friendlyName", a.friendlyName());
        n.put("quantity", a.quantity());
        return n;
    }

    // ---- accept ----------------------------------------------------------------------------------------------

    static ObjectNode submitResult(ArrayNode orders, ArrayNode transferErrors) {
        ObjectNode n = NODES.objectNode();
        n.set("orders", orders);
        n.set("transferErrors", transferErrors);
        n.putObject("attributes").put("objectType", "TransferSubmitResult");
        return n;
    }

    /** The order created for one accepted line item: its subscription and add-ons, one order line each. */
    static ObjectNode order(String orderId, String customerId, String currencyCode, TransferRecord.LineItem li,
            Instant created) {
        String customer = lower(customerId);
        Seed.Subscription s = li.subscription();
        ObjectNode n = NODES.objectNode();
        n.put("id", orderId);
        n.put("alternateId", orderId);
        n.put("referenceCustomerId", customer);
        n.put("billingCycle", s.billingCycle());
        n.put("currencyCode", currencyCode);
        ArrayNode lines = n.putArray("lineItems");
        lines.add(orderLine(0, s.offerId(), s.billingCycle(), s.friendlyName(), s.quantity(), li.partnerIdOnRecord()));
        int number = 1;
        for (Seed.AddOn a : s.addOns()) {
            lines.add(orderLine(number++, a.offerId(), a.billingCycle(), a.friendlyName(), a.quantity(),
                    li.partnerIdOnRecord()));
        }
        n.put("creationDate", ORDER_DATE.format(created));
        n.put("status", "completed");
        n.put("transactionType", "UserPurchase");
        ObjectNode links = n.putObject("links");
        String uri = "/customers/" + customer + "/orders/" + orderId;
        links.set("self", link(uri, "GET"));
        links.set("patchOperation", link(uri, "PATCH"));
        ObjectNode attributes = n.putObject("attributes");
        attributes.put("etag", Base64.getEncoder().encodeToString(
                ("{\"id\":\"" + orderId + "\",\"version\":1}").getBytes(StandardCharsets.UTF_8)));
        attributes.put("objectType", "Order");
        return n;
    }

    private static ObjectNode orderLine(int number, String offerId, String billingCycle, String friendlyName,
            int quantity, String partnerIdOnRecord) {
        ObjectNode n = NODES.objectNode();
        n.put("lineItemNumber", number);
        n.put("offerId", offerId);
        n.put("termDuration", "monthly".equalsIgnoreCase(billingCycle) ? "P1M" : "P1Y");
        n.put("transactionType", "New");
        n.put("friendlyName", friendlyName);
        n.put("quantity", quantity);
        putIfSet(n, "partnerIdOnRecord", partnerIdOnRecord);
        n.putObject("links");
        return n;
    }

    /** The failure group of one line item, shaped as in the accept example. */
    static ObjectNode transferError(TransferRecord.LineItem li, int code, String description) {
        Seed.Subscription s = li.subscription();
        ObjectNode item = NODES.objectNode();
        item.put("id", li.id());
        item.put("subscriptionId", s.id());
        item.put("entitlementId", s.id());
        item.put("offerId", s.offerId());
        item.put("friendlyName", s.friendlyName());
        item.put("quantity", s.quantity());
        item.put("transferGroupId", li.transferGroupId());
        ArrayNode addOns = item.putArray("addonItems");
        for (Seed.AddOn a : s.addOns()) {
            addOns.add(addOn(a));
        }
        putIfSet(item, "partnerIdOnRecord", li.partnerIdOnRecord());
        item.put("billingCycle", s.billingCycle());
        item.put("sourceSubscriptionId", s.id());

        ObjectNode n = NODES.objectNode();
        n.put("transferGroupId", li.transferGroupId());
        n.putArray("lineItems").add(item);
        n.put("code", code);
        n.put("description", description);
        n.putObject("attributes").put("objectType", "TransferError");
        return n;
    }

    // ---- eligibility and errors ------------------------------------------------------------------------------

    static ObjectNode eligibility(String subscriptionId, String reasonOrNull) {
        ObjectNode n = NODES.objectNode();
        n.put("id", subscriptionId);
        n.put("isEligible", reasonOrNull == null);
        putIfSet(n, "reason", reasonOrNull);
        return n;
    }

    static ObjectNode error(int code, String description, String... data) {
        ObjectNode n = error(String.valueOf(code), description, data);
        n.put("code", code);
        return n;
    }

    /** An error whose code is a string, the type error-codes.md gives "code" (used where no number is documented). */
    static ObjectNode error(String code, String description, String... data) {
        ObjectNode n = NODES.objectNode();
        n.put("code", code);
        n.put("description", description);
        ArrayNode d = n.putArray("data");
        for (String s : data) {
            d.add(s);
        }
        n.put("source", "PartnerFD");
        return n;
    }

    /** The throttling body, unlike other errors: {@code {"statusCode": 429, "message": "..."}}. */
    static ObjectNode throttling(long retryAfterSeconds) {
        ObjectNode n = NODES.objectNode();
        n.put("statusCode", 429);
        n.put("message", "Rate limit is exceeded. Try again in " + retryAfterSeconds + " seconds.");
        return n;
    }

    static ArrayNode array() {
        return NODES.arrayNode();
    }

    private static ObjectNode link(String uri, String method) {
        ObjectNode n = NODES.objectNode();
        n.put("uri", uri);
        n.put("method", method);
        n.putArray("headers");
        return n;
    }

    private static void putIfSet(ObjectNode n, String name, String value) {
        if (value != null) {
            n.put(name, value);
        }
    }
}
