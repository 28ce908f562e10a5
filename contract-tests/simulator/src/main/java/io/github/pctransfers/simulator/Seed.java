package io.github.pctransfers.simulator;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
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
 */
public final class Seed {
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

    private final String operatorUserId;
    private final String callerPartnerTenantId;
    private final List<Partner> partners;
    private final List<Customer> customers;

    /**
     * A seed; null lists are empty.
     *
     * @param operatorUserId        the user id reported as {@code lastModifiedUser} of every change
     * @param callerPartnerTenantId the partner the simulator takes the caller to be: the target of a new-commerce
     *                              create that names none
     * @param partners              partners, for the names shown on transfers and the Partner ID of orders
     * @param customers             customers and the subscriptions they hold
     */
    @JsonCreator
    public Seed(@JsonProperty("operatorUserId") String operatorUserId,
            @JsonProperty("callerPartnerTenantId") String callerPartnerTenantId,
            @JsonProperty("partners") List<Partner> partners, @JsonProperty("customers") List<Customer> customers) {
        this.operatorUserId = operatorUserId;
        this.callerPartnerTenantId = callerPartnerTenantId;
        this.partners = partners == null ? List.of() : List.copyOf(partners);
        this.customers = customers == null ? List.of() : List.copyOf(customers);
    }

    public String operatorUserId() {
        return operatorUserId;
    }

    public String callerPartnerTenantId() {
        return callerPartnerTenantId;
    }

    public List<Partner> partners() {
        return partners;
    }

    public List<Customer> customers() {
        return customers;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Seed)) {
            return false;
        }
        Seed other = (Seed) o;
        return Objects.equals(operatorUserId, other.operatorUserId)
                && Objects.equals(callerPartnerTenantId, other.callerPartnerTenantId)
                && Objects.equals(partners, other.partners)
                && Objects.equals(customers, other.customers);
    }

    @Override
    public int hashCode() {
        return Objects.hash(operatorUserId, callerPartnerTenantId, partners, customers);
    }

    @Override
    public String toString() {
        return "Seed[operatorUserId=" + operatorUserId
                + ", callerPartnerTenantId=" + callerPartnerTenantId
                + ", partners=" + partners
                + ", customers=" + customers + "]";
    }

    /** A partner organisation. */
    public static final class Partner {
        private final String tenantId;
        private final String name;
        private final String partnerId;

        @JsonCreator
        public Partner(@JsonProperty("tenantId") String tenantId, @JsonProperty("name") String name,
                @JsonProperty("partnerId") String partnerId) {
            this.tenantId = tenantId;
            this.name = name;
            this.partnerId = partnerId;
        }

        public String tenantId() {
            return tenantId;
        }

        public String name() {
            return name;
        }

        public String partnerId() {
            return partnerId;
        }

        @Override
        public boolean equals(Object o) {
            if (this == o) {
                return true;
            }
            if (!(o instanceof Partner)) {
                return false;
            }
            Partner other = (Partner) o;
            return Objects.equals(tenantId, other.tenantId)
                    && Objects.equals(name, other.name)
                    && Objects.equals(partnerId, other.partnerId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(tenantId, name, partnerId);
        }

        @Override
        public String toString() {
            return "Partner[tenantId=" + tenantId
                    + ", name=" + name
                    + ", partnerId=" + partnerId + "]";
        }
    }

    /** A customer and the subscriptions it holds. */
    public static final class Customer {
        private final String tenantId;
        private final String name;
        private final String currencyCode;
        private final List<Subscription> subscriptions;

        @JsonCreator
        public Customer(@JsonProperty("tenantId") String tenantId, @JsonProperty("name") String name,
                @JsonProperty("currencyCode") String currencyCode,
                @JsonProperty("subscriptions") List<Subscription> subscriptions) {
            this.tenantId = tenantId;
            this.name = name;
            this.currencyCode = currencyCode == null ? "USD" : currencyCode;
            this.subscriptions = subscriptions == null ? List.of() : List.copyOf(subscriptions);
        }

        public String tenantId() {
            return tenantId;
        }

        public String name() {
            return name;
        }

        public String currencyCode() {
            return currencyCode;
        }

        public List<Subscription> subscriptions() {
            return subscriptions;
        }

        @Override
        public boolean equals(Object o) {
            if (this == o) {
                return true;
            }
            if (!(o instanceof Customer)) {
                return false;
            }
            Customer other = (Customer) o;
            return Objects.equals(tenantId, other.tenantId)
                    && Objects.equals(name, other.name)
                    && Objects.equals(currencyCode, other.currencyCode)
                    && Objects.equals(subscriptions, other.subscriptions);
        }

        @Override
        public int hashCode() {
            return Objects.hash(tenantId, name, currencyCode, subscriptions);
        }

        @Override
        public String toString() {
            return "Customer[tenantId=" + tenantId
                    + ", name=" + name
                    + ", currencyCode=" + currencyCode
                    + ", subscriptions=" + subscriptions + "]";
        }
    }

    /** One subscription of a customer. */
    public static final class Subscription {
        private final String id;
        private final String offerId;
        private final String friendlyName;
        private final Integer quantity;
        private final String billingCycle;
        private final String productType;
        private final String state;
        private final String syncState;
        private final Duration processingTime;
        private final List<AddOn> addOns;

        /**
         * A subscription; absent values take their defaults (quantity 1, monthly, Active, SyncComplete, no
         * processing time, no add-ons).
         *
         * @param productType    set for a new-commerce subscription (e.g. {@code OnlineServicesNCE}); absent for a
         *                       traditional license-based one
         * @param state          {@code Active} (the default) or anything else, e.g. {@code Suspended}, which makes it
         *                       ineligible
         * @param syncState      {@code SyncComplete} (the default) or anything else, e.g. {@code None}, which makes
         *                       its line item fail with 900103 when the transfer is accepted, as the documented
         *                       example shows
         * @param processingTime how long processing a transfer holding it takes (default none): a legacy accept keeps
         *                       the transfer busy that long (concurrent changes get 409 900104); a new-commerce submit
         *                       stays in progress that long (a cancel gets 409 900101)
         */
        @JsonCreator
        public Subscription(@JsonProperty("id") String id, @JsonProperty("offerId") String offerId,
                @JsonProperty("friendlyName") String friendlyName, @JsonProperty("quantity") Integer quantity,
                @JsonProperty("billingCycle") String billingCycle, @JsonProperty("productType") String productType,
                @JsonProperty("state") String state, @JsonProperty("syncState") String syncState,
                @JsonProperty("processingTime") Duration processingTime, @JsonProperty("addOns") List<AddOn> addOns) {
            this.id = id;
            this.offerId = offerId;
            this.friendlyName = friendlyName;
            this.quantity = quantity == null ? 1 : quantity;
            this.billingCycle = billingCycle == null ? "monthly" : billingCycle;
            this.productType = productType;
            this.state = state == null ? ACTIVE : state;
            this.syncState = syncState == null ? SYNC_COMPLETE : syncState;
            this.processingTime = processingTime == null ? Duration.ZERO : processingTime;
            this.addOns = addOns == null ? List.of() : List.copyOf(addOns);
        }

        public String id() {
            return id;
        }

        public String offerId() {
            return offerId;
        }

        public String friendlyName() {
            return friendlyName;
        }

        public Integer quantity() {
            return quantity;
        }

        public String billingCycle() {
            return billingCycle;
        }

        public String productType() {
            return productType;
        }

        public String state() {
            return state;
        }

        public String syncState() {
            return syncState;
        }

        public Duration processingTime() {
            return processingTime;
        }

        public List<AddOn> addOns() {
            return addOns;
        }

        @Override
        public boolean equals(Object o) {
            if (this == o) {
                return true;
            }
            if (!(o instanceof Subscription)) {
                return false;
            }
            Subscription other = (Subscription) o;
            return Objects.equals(id, other.id)
                    && Objects.equals(offerId, other.offerId)
                    && Objects.equals(friendlyName, other.friendlyName)
                    && Objects.equals(quantity, other.quantity)
                    && Objects.equals(billingCycle, other.billingCycle)
                    && Objects.equals(productType, other.productType)
                    && Objects.equals(state, other.state)
                    && Objects.equals(syncState, other.syncState)
                    && Objects.equals(processingTime, other.processingTime)
                    && Objects.equals(addOns, other.addOns);
        }

        @Override
        public int hashCode() {
            return Objects.hash(id, offerId, friendlyName, quantity, billingCycle, productType, state, syncState,
                    processingTime, addOns);
        }

        @Override
        public String toString() {
            return "Subscription[id=" + id
                    + ", offerId=" + offerId
                    + ", friendlyName=" + friendlyName
                    + ", quantity=" + quantity
                    + ", billingCycle=" + billingCycle
                    + ", productType=" + productType
                    + ", state=" + state
                    + ", syncState=" + syncState
                    + ", processingTime=" + processingTime
                    + ", addOns=" + addOns + "]";
        }

        /** Whether this is a new-commerce subscription. */
        public boolean isNewCommerce() {
            return productType != null;
        }
    }

    /** An add-on that moves with its base subscription. */
    public static final class AddOn {
        private final String id;
        private final String offerId;
        private final String friendlyName;
        private final Integer quantity;
        private final String billingCycle;

        @JsonCreator
        public AddOn(@JsonProperty("id") String id, @JsonProperty("offerId") String offerId,
                @JsonProperty("friendlyName") String friendlyName, @JsonProperty("quantity") Integer quantity,
                @JsonProperty("billingCycle") String billingCycle) {
            this.id = id;
            this.offerId = offerId;
            this.friendlyName = friendlyName;
            this.quantity = quantity == null ? 1 : quantity;
            this.billingCycle = billingCycle == null ? "monthly" : billingCycle;
        }

        public String id() {
            return id;
        }

        public String offerId() {
            return offerId;
        }

        public String friendlyName() {
            return friendlyName;
        }

        public Integer quantity() {
            return quantity;
        }

        public String billingCycle() {
            return billingCycle;
        }

        @Override
        public boolean equals(Object o) {
            if (this == o) {
                return true;
            }
            if (!(o instanceof AddOn)) {
                return false;
            }
            AddOn other = (AddOn) o;
            return Objects.equals(id, other.id)
                    && Objects.equals(offerId, other.offerId)
                    && Objects.equals(friendlyName, other.friendlyName)
                    && Objects.equals(quantity, other.quantity)
                    && Objects.equals(billingCycle, other.billingCycle);
        }

        @Override
        public int hashCode() {
            return Objects.hash(id, offerId, friendlyName, quantity, billingCycle);
        }

        @Override
        public String toString() {
            return "AddOn[id=" + id
                    + ", offerId=" + offerId
                    + ", friendlyName=" + friendlyName
                    + ", quantity=" + quantity
                    + ", billingCycle=" + billingCycle + "]";
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
            String why = e instanceof JsonMappingException ? path((JsonMappingException) e) + ": " : "";
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
