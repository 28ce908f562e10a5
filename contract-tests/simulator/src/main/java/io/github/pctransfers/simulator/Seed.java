package io.github.pctransfers.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.pctransfers.client.model.TransferIds;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What the simulator knows when it starts or is reset: partners, customers and their subscriptions. Transfers are
 * never seeded; they are made through the API.
 *
 * <p>Read one from JSON with {@link #load(Path)} or {@link #fromJson(String, String)}, or take {@link #builtIn()}.
 * Unknown properties, missing ids, ids that are not GUIDs, duplicates and impossible values are all reported at
 * once, each with its JSON path, in a {@link SeedException}.
 *
 * @param operatorUserId        the user id reported as {@code lastModifiedUser} of every change
 * @param callerPartnerTenantId the partner the simulator takes the caller to be: the target of a new-commerce
 *                              create that names none
 * @param partners              partners, for the names shown on transfers and the Partner ID of orders
 * @param customers             customers and the subscriptions they hold
 */
public record Seed(String operatorUserId, String callerPartnerTenantId, List<Partner> partners,
        List<Customer> customers) {

    /** Where {@link #builtIn()} is read from, on the classpath. */
    public static final String BUILT_IN_RESOURCE = "pctransfers/simulator/default-seed.json";

    /** Subscription state that may be transferred; any other state makes it ineligible. */
    public static final String ACTIVE = "Active";
    /** Sync state a subscription needs to be accepted; any other value fails its line item with 900103. */
    public static final String SYNC_COMPLETE = "SyncComplete";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    public Seed {
        partners = partners == null ? List.of() : List.copyOf(partners);
        customers = customers == null ? List.of() : List.copyOf(customers);
    }

    /** A partner organisation. */
    public record Partner(String tenantId, String name, String partnerId) {
    }

    /** A customer and the subscriptions it holds. */
    public record Customer(String tenantId, String name, String currencyCode, List<Subscription> subscriptions) {
        public Customer {
            currencyCode = currencyCode == null ? "USD" : currencyCode;
            subscriptions = subscriptions == null ? List.of() : List.copyOf(subscriptions);
        }
    }

    /**
     * One subscription of a customer.
     *
     * @param productType    set for a new-commerce subscription (e.g. {@code OnlineServicesNCE}); absent for a
     *                       traditional license-based one
     * @param state          {@code Active} (the default) or anything else, e.g. {@code Suspended}, which makes it
     *                       ineligible
     * @param syncState      {@code SyncComplete} (the default) or anything else, e.g. {@code None}, which makes its
     *                       line item fail with 900103 when the transfer is accepted, as the documented example shows
     * @param processingTime how long processing a transfer holding it takes (default none): a legacy accept keeps
     *                       the transfer busy that long (concurrent changes get 409 900104); a new-commerce submit
     *                       stays in progress that long (a cancel gets 409 900101)
     */
    public record Subscription(String id, String offerId, String friendlyName, Integer quantity, String billingCycle,
            String productType, String state, String syncState, Duration processingTime, List<AddOn> addOns) {
        public Subscription {
            quantity = quantity == null ? 1 : quantity;
            billingCycle = billingCycle == null ? "monthly" : billingCycle;
            state = state == null ? ACTIVE : state;
            syncState = syncState == null ? SYNC_COMPLETE : syncState;
            processingTime = processingTime == null ? Duration.ZERO : processingTime;
            addOns = addOns == null ? List.of() : List.copyOf(addOns);
        }

        /** Whether this is a new-commerce subscription. */
        public boolean isNewCommerce() {
            return productType != null;
        }
    }

    /** An add-on that moves with its base subscription. */
    public record AddOn(String id, String offerId, String friendlyName, Integer quantity, String billingCycle) {
        public AddOn {
            quantity = quantity == null ? 1 : quantity;
            billingCycle = billingCycle == null ? "monthly" : billingCycle;
        }
    }

    /** The partner with this tenant id (any case), or null. */
    public Partner partner(String tenantId) {
        for (Partner p : partners) {
            if (p.tenantId().equalsIgnoreCase(tenantId)) {
                return p;
            }
        }
        return null;
    }

    /** The customer with this tenant id (any case), or null. */
    public Customer customer(String tenantId) {
        for (Customer c : customers) {
            if (c.tenantId().equalsIgnoreCase(tenantId)) {
                return c;
            }
        }
        return null;
    }

    // ---- loading ---------------------------------------------------------------------------------------------

    /** The built-in seed: two customers (one traditional, one new commerce) and three partners. */
    public static Seed builtIn() {
        try (InputStream in = Seed.class.getClassLoader().getResourceAsStream(BUILT_IN_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the built-in seed " + BUILT_IN_RESOURCE + " is not on the classpath");
            }
            return fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8), "built-in seed");
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the built-in seed", e);
        }
    }

    /**
     * Reads a seed file.
     *
     * @throws SeedException when the file is missing, unreadable, not JSON or not a valid seed
     */
    public static Seed load(Path file) {
        Objects.requireNonNull(file, "file");
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new SeedException("seed file " + file + " does not exist");
        } catch (IOException e) {
            throw new SeedException("seed file " + file + " could not be read: " + e, e);
        }
        return fromJson(text, "seed file " + file);
    }

    /**
     * Reads a seed from JSON text; {@code origin} names it in error messages (e.g. a file name).
     *
     * @throws SeedException when the text is not a valid seed
     */
    public static Seed fromJson(String json, String origin) {
        Objects.requireNonNull(json, "json");
        if (json.isBlank()) {
            throw new SeedException(origin + " is empty: a seed is a JSON object with partners and customers");
        }
        JsonNode tree;
        try {
            tree = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new SeedException(origin + " is not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + "): " + e.getOriginalMessage(), e);
        }
        Seed seed;
        try {
            seed = MAPPER.treeToValue(tree, Seed.class);
        } catch (JsonProcessingException e) {
            String why = e instanceof JsonMappingException m ? path(m) + ": " : "";
            throw new SeedException(origin + " is not a valid seed: " + why + e.getOriginalMessage()
                    .replaceAll(" \\(class [^)]*\\)", "").replaceAll(", not marked as ignorable.*", ""), e);
        }
        if (seed == null) {
            throw new SeedException(origin + " is empty: a seed is a JSON object");
        }
        List<String> problems = seed.problems();
        if (!problems.isEmpty()) {
            throw new SeedException(origin + " is not a valid seed:\n  " + String.join("\n  ", problems));
        }
        return seed;
    }

    /** Everything wrong with this seed, one line each with its JSON path; empty when it is valid. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        guid(problems, "operatorUserId", operatorUserId);
        Set<String> partnerIds = new HashSet<>();
        for (int i = 0; i < partners.size(); i++) {
            Partner p = partners.get(i);
            String at = "partners[" + i + "]";
            if (p == null) {
                problems.add(at + ": must be an object");
                continue;
            }
            if (guid(problems, at + ".tenantId", p.tenantId()) && !partnerIds.add(key(p.tenantId()))) {
                problems.add(at + ".tenantId: " + p.tenantId() + " is listed twice");
            }
        }
        if (guid(problems, "callerPartnerTenantId", callerPartnerTenantId)
                && !partnerIds.contains(key(callerPartnerTenantId))) {
            problems.add("callerPartnerTenantId: " + callerPartnerTenantId + " is not one of the partners");
        }
        Set<String> customerIds = new HashSet<>();
        Set<String> subscriptionIds = new HashSet<>();
        for (int i = 0; i < customers.size(); i++) {
            Customer c = customers.get(i);
            String at = "customers[" + i + "]";
            if (c == null) {
                problems.add(at + ": must be an object");
                continue;
            }
            if (guid(problems, at + ".tenantId", c.tenantId()) && !customerIds.add(key(c.tenantId()))) {
                problems.add(at + ".tenantId: " + c.tenantId() + " is listed twice");
            }
            for (int j = 0; j < c.subscriptions().size(); j++) {
                subscriptionProblems(problems, at + ".subscriptions[" + j + "]", c.subscriptions().get(j),
                        subscriptionIds);
            }
        }
        return problems;
    }

    /** Adds the problems of one subscription and its add-ons; {@code subscriptionIds} holds the ids seen so far. */
    private static void subscriptionProblems(List<String> problems, String at, Subscription s,
            Set<String> subscriptionIds) {
        if (s == null) {
            problems.add(at + ": must be an object");
            return;
        }
        if (guid(problems, at + ".id", s.id()) && !subscriptionIds.add(key(s.id()))) {
            problems.add(at + ".id: " + s.id() + " is listed twice");
        }
        required(problems, at + ".offerId", s.offerId());
        required(problems, at + ".friendlyName", s.friendlyName());
        if (s.quantity() < 1) {
            problems.add(at + ".quantity: must be at least 1, got " + s.quantity());
        }
        if (s.processingTime().isNegative()) {
            problems.add(at + ".processingTime: must not be negative, got " + s.processingTime());
        } else if (s.processingTime().compareTo(Duration.ofHours(1)) > 0) {
            problems.add(at + ".processingTime: must be at most PT1H, got " + s.processingTime());
        }
        if (s.isNewCommerce() && !s.addOns().isEmpty()) {
            problems.add(at + ".addOns: only traditional (legacy) subscriptions carry add-ons here");
        }
        for (int k = 0; k < s.addOns().size(); k++) {
            AddOn a = s.addOns().get(k);
            String aat = at + ".addOns[" + k + "]";
            if (a == null) {
                problems.add(aat + ": must be an object");
                continue;
            }
            if (guid(problems, aat + ".id", a.id()) && !subscriptionIds.add(key(a.id()))) {
                problems.add(aat + ".id: " + a.id() + " is listed twice");
            }
            required(problems, aat + ".offerId", a.offerId());
            required(problems, aat + ".friendlyName", a.friendlyName());
            if (a.quantity() < 1) {
                problems.add(aat + ".quantity: must be at least 1, got " + a.quantity());
            }
        }
    }

    private static boolean guid(List<String> problems, String at, String value) {
        if (value == null) {
            problems.add(at + ": missing (a GUID is required)");
            return false;
        }
        if (!TransferIds.isGuid(value)) {
            problems.add(at + ": \"" + value + "\" is not a GUID");
            return false;
        }
        return true;
    }

    private static void required(List<String> problems, String at, String value) {
        if (value == null || value.isBlank()) {
            problems.add(at + ": missing");
        }
    }

    private static String key(String guid) {
        return guid.toLowerCase(Locale.ROOT);
    }

    /** A JSON path such as {@code customers[0].subscriptions[2].quantity} for a mapping error. */
    private static String path(JsonMappingException e) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (b.length() > 0) {
                    b.append('.');
                }
                b.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                b.append('[').append(ref.getIndex()).append(']');
            }
        }
        return b.length() == 0 ? "(top level)" : b.toString();
    }
}
