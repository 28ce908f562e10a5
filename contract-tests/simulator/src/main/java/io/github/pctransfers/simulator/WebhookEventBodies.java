package io.github.pctransfers.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The bodies of the events the simulator delivers, as Partner Center writes them: compact JSON, PascalCase names in
 * the order {@code EventName, ResourceUri, ResourceName, AuditUri, ResourceChangeUtcDate}, the date with 7
 * fractional digits and {@code +00:00}. Pure functions of their arguments.
 */
final class WebhookEventBodies {
    /** Where real events point, whatever the simulator's own address. */
    static final String PARTNER_CENTER = "https://api.partnercenter.microsoft.com";
    static final String TEST_CREATED = "test-created";
    /** {@code 2024-05-16T08:00:00.1234567+00:00}. */
    static final DateTimeFormatter CHANGE_DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSS'+00:00'").withZone(ZoneOffset.UTC);
    /** Seconds from 0001-01-01T00:00:00Z (the .NET epoch) to 1970-01-01T00:00:00Z. */
    private static final long DOTNET_EPOCH_SECONDS = 62_135_596_800L;

    private WebhookEventBodies() {
    }

    /**
     * A transfer event.
     *
     * @param simulatorBase the simulator's base URL, e.g. {@code http://127.0.0.1:41234} (the documented shape's base)
     * @param partner       the partner that made the change (its tenant id)
     */
    static byte[] transferEvent(String eventName, String customerId, String transferId, String partner, Instant at,
            WebhookResourceUri style, String simulatorBase) {
        String customer = lower(customerId);
        String transfer = lower(transferId);
        boolean real = style == WebhookResourceUri.REAL;
        String base = real ? PARTNER_CENTER : simulatorBase;
        String resourceUri = real ? base + "/v1/customers/" + customer
                : base + "/webhooks/v1/customers/" + customer + "/transfers/" + transfer;
        String auditId = (partner == null ? "" : lower(partner)) + "_" + customer + "_" + transfer + "_"
                + eventName.replace("-", "") + "_" + dotNetTicks(at);
        return body(eventName, resourceUri, real ? "Transfer" : "transfer",
                base + "/auditactivity/v1/auditrecords/" + auditId, at);
    }

    /** A {@code test-created} event, as the events page shows it: no audit record. */
    static byte[] testEvent(String correlationId, Instant at, String simulatorBase) {
        return body(TEST_CREATED, simulatorBase + "/webhooks/v1/registration/validationEvents/" + correlationId, "test",
                null, at);
    }

    /** The .NET ticks (100 ns since 0001-01-01 UTC) of {@code at}, as the AuditUri's last part carries them. */
    static long dotNetTicks(Instant at) {
        return (at.getEpochSecond() + DOTNET_EPOCH_SECONDS) * 10_000_000L + at.getNano() / 100;
    }

    private static byte[] body(String eventName, String resourceUri, String resourceName, String auditUri,
            Instant at) {
        ObjectNode n = SimulatorJson.MAPPER.createObjectNode();
        n.put("EventName", eventName);
        n.put("ResourceUri", resourceUri);
        n.put("ResourceName", resourceName);
        if (auditUri == null) {
            n.putNull("AuditUri");
        } else {
            n.put("AuditUri", auditUri);
        }
        n.put("ResourceChangeUtcDate", CHANGE_DATE.format(at));
        return SimulatorJson.bytes(n);
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
