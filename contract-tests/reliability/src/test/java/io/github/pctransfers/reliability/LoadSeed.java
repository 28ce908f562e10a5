package io.github.pctransfers.reliability;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.pctransfers.simulator.Seed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A simulator seed sized for a load: {@code customers} customers with {@code subscriptions} eligible legacy
 * subscriptions each, so that every worker thread has a customer of its own and a fresh subscription for each
 * accept. Written as a seed file under {@code target/reliability} and loaded the way a user would.
 */
final class LoadSeed {
    static final String OPERATOR = "d0648481-b615-45c9-8cd1-ff87940dbdc4";
    static final String SOURCE_PARTNER = "da6c51b5-1246-4a42-b4ab-cbf38df54537";
    static final String TARGET_PARTNER = "656218b1-80c9-40b2-83ae-3a2703b55271";

    private LoadSeed() {
    }

    static String customer(int index) {
        return String.format(Locale.ROOT, "c0ffee00-%04d-4000-8000-000000000000", index);
    }

    static String subscription(int customer, int index) {
        return String.format(Locale.ROOT, "5AB5C000-%04d-4000-8000-%012d", customer, index);
    }

    static Seed write(String name, int customers, int subscriptions) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("operatorUserId", OPERATOR);
        root.put("callerPartnerTenantId", TARGET_PARTNER);
        ArrayNode partners = root.putArray("partners");
        partners.addObject().put("tenantId", SOURCE_PARTNER).put("name", "Contoso Direct").put("partnerId", "4861203");
        partners.addObject().put("tenantId", TARGET_PARTNER).put("name", "Fabrikam Indirect Provider")
                .put("partnerId", "517285");
        ArrayNode list = root.putArray("customers");
        for (int c = 0; c < customers; c++) {
            ObjectNode customer = list.addObject();
            customer.put("tenantId", customer(c)).put("name", "Load customer " + c).put("currencyCode", "USD");
            ArrayNode subs = customer.putArray("subscriptions");
            for (int s = 0; s < subscriptions; s++) {
                subs.addObject().put("id", subscription(c, s)).put("offerId", "CFQ7TTC0LH18:0001")
                        .put("friendlyName", "Office 365 E1").put("quantity", 1).put("billingCycle", "monthly")
                        .putArray("addOns");
            }
        }
        try {
            Files.createDirectories(Evidence.reportDir());
            Path file = Evidence.reportDir().resolve(name);
            mapper.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), root);
            return Seed.load(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> subscriptions(int customer, int count) {
        List<String> ids = new ArrayList<>();
        for (int s = 0; s < count; s++) {
            ids.add(subscription(customer, s));
        }
        return ids;
    }
}
