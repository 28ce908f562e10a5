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
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * What the simulator knows when it starts or is reset: partners, customers and their subscriptions, and the
 * transfers that exist already (the documented world: the transfers the documentation's examples read, accept,
 * reject, withdraw or cancel).
 *
 * <p>Read one from JSON with {@link #load(Path)} or {@link #fromJson(String, String)}, take {@link #builtIn()}, or
 * build one with {@link #builder()} (or derive one with {@link #toBuilder()}). Unknown properties, missing ids, ids
 * that are not GUIDs, duplicates and impossible values are all reported at once, each with its JSON path, in a
 * {@link SeedException}: every seed a user holds is valid. Seeds and their parts are immutable.
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
    private final List<Transfer> transfers;
    /** Customers and partners by lower-case tenant id (the first of equal ids): every request looks one up. */
    private final Map<String, Customer> customersById;
    private final Map<String, Partner> partnersById;

    /** Read from JSON (the builder's setters say what each value means); null lists are empty. */
    @JsonCreator
    Seed(@JsonProperty("operatorUserId") String operatorUserId,
            @JsonProperty("callerPartnerTenantId") String callerPartnerTenantId,
            @JsonProperty("partners") List<Partner> partners, @JsonProperty("customers") List<Customer> customers,
            @JsonProperty("transfers") List<Transfer> transfers) {
        this.operatorUserId = operatorUserId;
        this.callerPartnerTenantId = callerPartnerTenantId;
        this.partners = partners == null ? List.of() : List.copyOf(partners);
        this.customers = customers == null ? List.of() : List.copyOf(customers);
        this.transfers = transfers == null ? List.of() : List.copyOf(transfers);
        this.customersById = index(this.customers, Customer::tenantId);
        this.partnersById = index(this.partners, Partner::tenantId);
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
        Map<String, T> byId = new HashMap<>();
        for (T item : items) {
            String key = id.apply(item);
            if (key != null) {
                byId.putIfAbsent(key.toLowerCase(Locale.ROOT), item);
            }
        }
        return byId;
    }

    /**
     * The item with this id in any case: from the index for ASCII ids (every GUID), else by the scan the index
     * stands for (equalsIgnoreCase and lower-casing can differ outside ASCII).
     */
    private static <T> T find(Map<String, T> byId, List<T> items, Function<T, String> id, String wanted) {
        if (wanted == null) {
            return null;
        }
        if (isAscii(wanted)) {
            return byId.get(wanted.toLowerCase(Locale.ROOT));
        }
        for (T item : items) {
            String key = id.apply(item);
            if (key != null && key.equalsIgnoreCase(wanted)) {
                return item;
            }
        }
        return null;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0x7f) {
                return false;
            }
        }
        return true;
    }

    /**
     * The user reported as {@code lastModifiedUser} of the changes of a partner without its own {@code userId}.
     *
     * @return the user reported as {@code lastModifiedUser} of the changes of a partner without its own {@code userId}
     */
    public String operatorUserId() {
        return operatorUserId;
    }

    /**
     * The partner the simulator takes the caller to be: the target of a new-commerce create that names none.
     *
     * @return the partner the simulator takes the caller to be: the target of a new-commerce create that names none
     */
    public String callerPartnerTenantId() {
        return callerPartnerTenantId;
    }

    /**
     * The partners, in the seed's order (unmodifiable).
     *
     * @return the partners, in the seed's order (unmodifiable)
     */
    public List<Partner> partners() {
        return partners;
    }

    /**
     * The customers, in the seed's order (unmodifiable).
     *
     * @return the customers, in the seed's order (unmodifiable)
     */
    public List<Customer> customers() {
        return customers;
    }

    /**
     * The transfers that exist from the start, in the seed's order (unmodifiable).
     *
     * @return the transfers that exist from the start, in the seed's order (unmodifiable)
     */
    public List<Transfer> transfers() {
        return transfers;
    }

    /**
     * A builder of a seed. Its partners, customers and transfers are built the same way, e.g.
     * {@code Seed.Customer.builder().tenantId(id).name("Litware").addSubscription(subscription).build()}.
     *
     * @return A builder of a seed
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this seed's values, to derive another seed from it, e.g.
     * {@code Seed.builtIn().toBuilder().addCustomer(customer).build()}.
     *
     * @return a builder holding this seed's values, to derive another seed from it
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.operatorUserId = operatorUserId;
        b.callerPartnerTenantId = callerPartnerTenantId;
        b.partners.addAll(partners);
        b.customers.addAll(customers);
        b.transfers.addAll(transfers);
        return b;
    }

    /** Builds a {@link Seed}, checked as a seed file is when it is built. */
    public static final class Builder {
        private String operatorUserId;
        private String callerPartnerTenantId;
        private final List<Partner> partners = new ArrayList<>();
        private final List<Customer> customers = new ArrayList<>();
        private final List<Transfer> transfers = new ArrayList<>();

        private Builder() {
        }

        /**
         * The user reported as {@code lastModifiedUser} of the changes of a partner without its own
         * {@code userId} (required, a GUID).
         *
         * @param operatorUserId the operator user id
         * @return the user reported as {@code lastModifiedUser} of the changes of a partner without its own {@code userId} (required, a GUID)
         */
        public Builder operatorUserId(String operatorUserId) {
            this.operatorUserId = operatorUserId;
            return this;
        }

        /**
         * The partner the simulator takes the caller to be: the target of a new-commerce create that names none
         * (required, one of the partners).
         *
         * @param callerPartnerTenantId the caller partner tenant id
         * @return the partner the simulator takes the caller to be: the target of a new-commerce create that names none (required, one of the partners)
         */
        public Builder callerPartnerTenantId(String callerPartnerTenantId) {
            this.callerPartnerTenantId = callerPartnerTenantId;
            return this;
        }

        /**
         * Replaces the partners: for the names shown on transfers and the Partner ID of orders. Null elements are
         * refused.
         *
         * @param partners the partners
         * @return replaces the partners: for the names shown on transfers and the Partner ID of orders
         */
        public Builder partners(List<Partner> partners) {
            Objects.requireNonNull(partners, "partners");
            this.partners.clear();
            partners.forEach(this::addPartner);
            return this;
        }

        /**
         * Adds one partner (not null).
         *
         * @param partner the partner
         * @return adds one partner (not null)
         */
        public Builder addPartner(Partner partner) {
            this.partners.add(Objects.requireNonNull(partner, "partners element"));
            return this;
        }

        /**
         * Replaces the customers and the subscriptions they hold. Null elements are refused.
         *
         * @param customers the customers
         * @return replaces the customers and the subscriptions they hold
         */
        public Builder customers(List<Customer> customers) {
            Objects.requireNonNull(customers, "customers");
            this.customers.clear();
            customers.forEach(this::addCustomer);
            return this;
        }

        /**
         * Adds one customer (not null).
         *
         * @param customer the customer
         * @return adds one customer (not null)
         */
        public Builder addCustomer(Customer customer) {
            this.customers.add(Objects.requireNonNull(customer, "customers element"));
            return this;
        }

        /**
         * Replaces the transfers that exist from the start, each in the state the seed gives it. Null elements are
         * refused.
         *
         * @param transfers the transfers
         * @return replaces the transfers that exist from the start, each in the state the seed gives it
         */
        public Builder transfers(List<Transfer> transfers) {
            Objects.requireNonNull(transfers, "transfers");
            this.transfers.clear();
            transfers.forEach(this::addTransfer);
            return this;
        }

        /**
         * Adds one transfer (not null).
         *
         * @param transfer the transfer
         * @return adds one transfer (not null)
         */
        public Builder addTransfer(Transfer transfer) {
            this.transfers.add(Objects.requireNonNull(transfer, "transfers element"));
            return this;
        }

        /**
         * The seed.
         *
         * @throws SeedException naming every problem with its path, as for a seed file (e.g.
         *                       {@code customers[0].subscriptions[1].id: ... is listed twice})
         * @return the seed
         */
        public Seed build() {
            return checked(new Seed(operatorUserId, callerPartnerTenantId, partners, customers, transfers),
                    "a seed built in code");
        }
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
                && Objects.equals(customers, other.customers)
                && Objects.equals(transfers, other.transfers);
    }

    @Override
    public int hashCode() {
        return Objects.hash(operatorUserId, callerPartnerTenantId, partners, customers, transfers);
    }

    @Override
    public String toString() {
        return "Seed[operatorUserId=" + operatorUserId
                + ", callerPartnerTenantId=" + callerPartnerTenantId
                + ", partners=" + partners
                + ", customers=" + customers
                + ", transfers=" + transfers + "]";
    }

    /** A partner organisation. */
    public static final class Partner {
        private final String tenantId;
        private final String name;
        private final String partnerId;
        private final String userId;

        /** Read from JSON (the builder's setters say what each value means); null lists are empty. */
        @JsonCreator
        Partner(@JsonProperty("tenantId") String tenantId, @JsonProperty("name") String name,
                @JsonProperty("partnerId") String partnerId, @JsonProperty("userId") String userId) {
            this.tenantId = tenantId;
            this.name = name;
            this.partnerId = partnerId;
            this.userId = userId;
        }

        /**
         * The user who acts for this partner, or null for the seed's {@code operatorUserId}.
         *
         * @return the user who acts for this partner, or null for the seed's {@code operatorUserId}
         */
        public String userId() {
            return userId;
        }

        /**
         * The partner's tenant id (a GUID).
         *
         * @return the partner's tenant id (a GUID)
         */
        public String tenantId() {
            return tenantId;
        }

        /**
         * The name shown on transfers, or null.
         *
         * @return the name shown on transfers, or null
         */
        public String name() {
            return name;
        }

        /**
         * The Partner ID (MPN ID) shown on orders, or null.
         *
         * @return the Partner ID (MPN ID) shown on orders, or null
         */
        public String partnerId() {
            return partnerId;
        }

        /**
         * A builder of a partner.
         *
         * @return A builder of a partner
         */
        public static Builder builder() {
            return new Builder();
        }

        /**
         * A builder holding these values, to derive another one from this.
         *
         * @return A builder holding these values, to derive another one from this
         */
        public Builder toBuilder() {
            Builder b = new Builder();
            b.tenantId = tenantId;
            b.name = name;
            b.partnerId = partnerId;
            b.userId = userId;
            return b;
        }

        /** Builds a {@link Partner}; its tenant id is checked when the seed is built. */
        public static final class Builder {
            private String tenantId;
            private String name;
            private String partnerId;
            private String userId;

            private Builder() {
            }

            /**
             * The partner's tenant id (required, a GUID).
             *
             * @param tenantId the tenant id
             * @return the partner's tenant id (required, a GUID)
             */
            public Builder tenantId(String tenantId) {
                this.tenantId = tenantId;
                return this;
            }

            /**
             * The name shown on transfers.
             *
             * @param name the name
             * @return the name shown on transfers
             */
            public Builder name(String name) {
                this.name = name;
                return this;
            }

            /**
             * The Partner ID (MPN ID) shown on orders.
             *
             * @param partnerId the partner id
             * @return the Partner ID (MPN ID) shown on orders
             */
            public Builder partnerId(String partnerId) {
                this.partnerId = partnerId;
                return this;
            }

            /**
             * The user reported as {@code lastModifiedUser} of the changes this partner makes (the target creates a
             * new-commerce transfer, accepts, rejects and cancels; the source creates a legacy transfer and submits
             * new-commerce line items); unset: the seed's {@code operatorUserId}.
             *
             * @param userId the user id
             * @return the user reported as {@code lastModifiedUser} of the changes this partner makes (the target creates a new-commerce transfer, accepts, rejects and cancels; the source creates a legacy transfer and submits new-commerce line items); unset: the seed's {@code operatorUserId}
             */
            public Builder userId(String userId) {
                this.userId = userId;
                return this;
            }

            /**
             * The partner; unset values take their defaults.
             *
             * @return the partner; unset values take their defaults
             */
            public Partner build() {
                return new Partner(tenantId, name, partnerId, userId);
            }
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
                    && Objects.equals(partnerId, other.partnerId)
                    && Objects.equals(userId, other.userId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(tenantId, name, partnerId, userId);
        }

        @Override
        public String toString() {
            return "Partner[tenantId=" + tenantId
                    + ", name=" + name
                    + ", partnerId=" + partnerId
                    + ", userId=" + userId + "]";
        }
    }

    /** A customer and the subscriptions it holds. */
    public static final class Customer {
        private final String tenantId;
        private final String name;
        private final String currencyCode;
        private final List<Subscription> subscriptions;

        /**
         * Creates a {@code Customer}.
         *
         * @param tenantId the tenant id
         * @param name the name
         * @param currencyCode the currency code
         * @param subscriptions the subscriptions
         */
        @JsonCreator
        Customer(@JsonProperty("tenantId") String tenantId, @JsonProperty("name") String name,
                @JsonProperty("currencyCode") String currencyCode,
                @JsonProperty("subscriptions") List<Subscription> subscriptions) {
            this.tenantId = tenantId;
            this.name = name;
            this.currencyCode = currencyCode == null ? "USD" : currencyCode;
            this.subscriptions = subscriptions == null ? List.of() : List.copyOf(subscriptions);
        }

        /**
         * The customer's tenant id (a GUID): the {@code customerId} of its requests.
         *
         * @return the customer's tenant id (a GUID): the {@code customerId} of its requests
         */
        public String tenantId() {
            return tenantId;
        }

        /**
         * The customer's name, or null.
         *
         * @return the customer's name, or null
         */
        public String name() {
            return name;
        }

        /**
         * The currency of its orders (default {@code USD}).
         *
         * @return the currency of its orders (default {@code USD})
         */
        public String currencyCode() {
            return currencyCode;
        }

        /**
         * The subscriptions it holds, in the seed's order (unmodifiable).
         *
         * @return the subscriptions it holds, in the seed's order (unmodifiable)
         */
        public List<Subscription> subscriptions() {
            return subscriptions;
        }

        /**
         * A builder of a customer.
         *
         * @return A builder of a customer
         */
        public static Builder builder() {
            return new Builder();
        }

        /**
         * A builder holding these values, to derive another one from this.
         *
         * @return A builder holding these values, to derive another one from this
         */
        public Builder toBuilder() {
            Builder b = new Builder();
            b.tenantId = tenantId;
            b.name = name;
            b.currencyCode = currencyCode;
            b.subscriptions.addAll(subscriptions);
            return b;
        }

        /** Builds a {@link Customer}; its ids are checked when the seed is built. */
        public static final class Builder {
            private String tenantId;
            private String name;
            private String currencyCode;
            private final List<Subscription> subscriptions = new ArrayList<>();

            private Builder() {
            }

            /**
             * The customer's tenant id (required, a GUID, unique in the seed).
             *
             * @param tenantId the tenant id
             * @return the customer's tenant id (required, a GUID, unique in the seed)
             */
            public Builder tenantId(String tenantId) {
                this.tenantId = tenantId;
                return this;
            }

            /**
             * The customer's name.
             *
             * @param name the name
             * @return the customer's name
             */
            public Builder name(String name) {
                this.name = name;
                return this;
            }

            /**
             * The currency of its orders (default {@code USD}).
             *
             * @param currencyCode the currency code
             * @return the currency of its orders (default {@code USD})
             */
            public Builder currencyCode(String currencyCode) {
                this.currencyCode = currencyCode;
                return this;
            }

            /**
             * Replaces the subscriptions it holds. Null elements are refused.
             *
             * @param subscriptions the subscriptions
             * @return replaces the subscriptions it holds
             */
            public Builder subscriptions(List<Subscription> subscriptions) {
                Objects.requireNonNull(subscriptions, "subscriptions");
                this.subscriptions.clear();
                subscriptions.forEach(this::addSubscription);
                return this;
            }

            /**
             * Adds one to subscriptions (not null).
             *
             * @param subscription the subscription
             * @return adds one to subscriptions (not null)
             */
            public Builder addSubscription(Subscription subscription) {
                this.subscriptions.add(Objects.requireNonNull(subscription, "subscriptions element"));
                return this;
            }

            /**
             * The customer; unset values take their defaults.
             *
             * @return the customer; unset values take their defaults
             */
            public Customer build() {
                return new Customer(tenantId, name, currencyCode, subscriptions);
            }
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
        private final boolean directBill;

        /** Read from JSON (the builder's setters say what each value means); null lists are empty. */
        @JsonCreator
        Subscription(@JsonProperty("id") String id, @JsonProperty("offerId") String offerId,
                @JsonProperty("friendlyName") String friendlyName, @JsonProperty("quantity") Integer quantity,
                @JsonProperty("billingCycle") String billingCycle, @JsonProperty("productType") String productType,
                @JsonProperty("state") String state, @JsonProperty("syncState") String syncState,
                @JsonProperty("processingTime") Duration processingTime, @JsonProperty("addOns") List<AddOn> addOns,
                @JsonProperty("directBill") Boolean directBill) {
            this.directBill = Boolean.TRUE.equals(directBill);
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

        /**
         * The subscription id (a GUID), unique within its customer.
         *
         * @return the subscription id (a GUID), unique within its customer
         */
        public String id() {
            return id;
        }

        /**
         * The offer id, e.g. {@code CFQ7TTC0LH18:0001}.
         *
         * @return the offer id
         */
        public String offerId() {
            return offerId;
        }

        /**
         * The name shown on line items.
         *
         * @return the name shown on line items
         */
        public String friendlyName() {
            return friendlyName;
        }

        /**
         * The number of licenses (default 1).
         *
         * @return the number of licenses (default 1)
         */
        public Integer quantity() {
            return quantity;
        }

        /**
         * The billing cycle (default {@code monthly}).
         *
         * @return the billing cycle (default {@code monthly})
         */
        public String billingCycle() {
            return billingCycle;
        }

        /**
         * The new-commerce product type, e.g. {@code OnlineServicesNCE}; null for a traditional subscription.
         *
         * @return the new-commerce product type
         */
        public String productType() {
            return productType;
        }

        /**
         * The state: {@link Seed#ACTIVE} (the default) or anything else, which makes it ineligible.
         *
         * @return the state: {@link Seed#ACTIVE} (the default) or anything else, which makes it ineligible
         */
        public String state() {
            return state;
        }

        /**
         * The sync state: {@link Seed#SYNC_COMPLETE} (the default) or anything else, which fails its line item with
         * 900103 on accept.
         *
         * @return the sync state: {@link Seed#SYNC_COMPLETE} (the default) or anything else, which fails its line item with 900103 on accept
         */
        public String syncState() {
            return syncState;
        }

        /**
         * How long processing a transfer holding it takes (default zero).
         *
         * @return how long processing a transfer holding it takes (default zero)
         */
        public Duration processingTime() {
            return processingTime;
        }

        /**
         * The add-ons that move with it (unmodifiable; traditional subscriptions only).
         *
         * @return the add-ons that move with it (unmodifiable; traditional subscriptions only)
         */
        public List<AddOn> addOns() {
            return addOns;
        }

        /**
         * Bought from Microsoft directly: listed by the {@code directtoindirect} eligibility check.
         *
         * @return bought from Microsoft directly: listed by the {@code directtoindirect} eligibility check
         */
        public boolean directBill() {
            return directBill;
        }

        /**
         * A builder of a subscription.
         *
         * @return A builder of a subscription
         */
        public static Builder builder() {
            return new Builder();
        }

        /**
         * A builder holding these values, to derive another one from this.
         *
         * @return A builder holding these values, to derive another one from this
         */
        public Builder toBuilder() {
            Builder b = new Builder();
            b.id = id;
            b.offerId = offerId;
            b.friendlyName = friendlyName;
            b.quantity = quantity;
            b.billingCycle = billingCycle;
            b.productType = productType;
            b.state = state;
            b.syncState = syncState;
            b.processingTime = processingTime;
            b.addOns.addAll(addOns);
            b.directBill = directBill;
            return b;
        }

        /**
         * Builds a {@link Subscription}; values left unset take their defaults (quantity 1, monthly, Active,
         * SyncComplete, no processing time, no add-ons, held through a partner). Ids and required values are checked
         * when the seed is built.
         */
        public static final class Builder {
            private String id;
            private String offerId;
            private String friendlyName;
            private Integer quantity;
            private String billingCycle;
            private String productType;
            private String state;
            private String syncState;
            private Duration processingTime;
            private final List<AddOn> addOns = new ArrayList<>();
            private Boolean directBill;

            private Builder() {
            }

            /**
             * The subscription id (required, a GUID, unique within its customer with its add-ons).
             *
             * @param id the id
             * @return the subscription id (required, a GUID, unique within its customer with its add-ons)
             */
            public Builder id(String id) {
                this.id = id;
                return this;
            }

            /**
             * The offer id (required), e.g. {@code CFQ7TTC0LH18:0001}.
             *
             * @param offerId the offer id
             * @return this builder
             */
            public Builder offerId(String offerId) {
                this.offerId = offerId;
                return this;
            }

            /**
             * The name shown on line items (required).
             *
             * @param friendlyName the friendly name
             * @return the name shown on line items (required)
             */
            public Builder friendlyName(String friendlyName) {
                this.friendlyName = friendlyName;
                return this;
            }

            /**
             * The number of licenses (at least 1; default 1).
             *
             * @param quantity the quantity
             * @return the number of licenses (at least 1; default 1)
             */
            public Builder quantity(int quantity) {
                this.quantity = quantity;
                return this;
            }

            /**
             * The billing cycle (default {@code monthly}).
             *
             * @param billingCycle the billing cycle
             * @return the billing cycle (default {@code monthly})
             */
            public Builder billingCycle(String billingCycle) {
                this.billingCycle = billingCycle;
                return this;
            }

            /**
             * Makes it a new-commerce subscription (e.g. {@code OnlineServicesNCE}); unset for a traditional
             * license-based one.
             *
             * @param productType the product type
             * @return this builder
             */
            public Builder productType(String productType) {
                this.productType = productType;
                return this;
            }

            /**
             * {@link Seed#ACTIVE} (the default) or anything else, e.g. {@code Suspended}, which makes it ineligible.
             *
             * @param state the state
             * @return this builder
             */
            public Builder state(String state) {
                this.state = state;
                return this;
            }

            /**
             * {@link Seed#SYNC_COMPLETE} (the default) or anything else, e.g. {@code None}, which fails its line item
             * with 900103 when the transfer is accepted, as the documented example shows.
             *
             * @param syncState the sync state
             * @return this builder
             */
            public Builder syncState(String syncState) {
                this.syncState = syncState;
                return this;
            }

            /**
             * How long processing a transfer holding it takes (default none, at most one hour): a legacy accept keeps
             * the transfer busy that long (concurrent changes get 409 900104); a new-commerce submit stays in progress
             * that long (a cancel gets 409 900101).
             *
             * @param processingTime the processing time
             * @return how long processing a transfer holding it takes (default none, at most one hour): a legacy accept keeps the transfer busy that long (concurrent changes get 409 900104); a new-commerce submit stays in progress that long (a cancel gets 409 900101)
             */
            public Builder processingTime(Duration processingTime) {
                this.processingTime = processingTime;
                return this;
            }

            /**
             * Replaces the add-ons that move with it (traditional subscriptions only). Null elements are refused.
             *
             * @param addOns the add ons
             * @return replaces the add-ons that move with it (traditional subscriptions only)
             */
            public Builder addOns(List<AddOn> addOns) {
                Objects.requireNonNull(addOns, "addOns");
                this.addOns.clear();
                addOns.forEach(this::addAddOn);
                return this;
            }

            /**
             * Adds one to addOns (not null).
             *
             * @param addOn the add on
             * @return adds one to addOns (not null)
             */
            public Builder addAddOn(AddOn addOn) {
                this.addOns.add(Objects.requireNonNull(addOn, "addOns element"));
                return this;
            }

            /**
             * True for a subscription the customer buys from Microsoft directly: these are the ones the {@code
             * directtoindirect} eligibility check lists (default false: held through a partner, moved by a
             * partner-to-partner transfer).
             *
             * @param directBill the direct bill
             * @return true for a subscription the customer buys from Microsoft directly: these are the ones the {@code directtoindirect} eligibility check lists (default false: held through a partner, moved by a partner-to-partner transfer)
             */
            public Builder directBill(boolean directBill) {
                this.directBill = directBill;
                return this;
            }

            /**
             * The subscription; unset values take their defaults.
             *
             * @return the subscription; unset values take their defaults
             */
            public Subscription build() {
                return new Subscription(id, offerId, friendlyName, quantity, billingCycle, productType, state,
                        syncState, processingTime, addOns, directBill);
            }
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
                    && Objects.equals(addOns, other.addOns)
                    && directBill == other.directBill;
        }

        @Override
        public int hashCode() {
            return Objects.hash(id, offerId, friendlyName, quantity, billingCycle, productType, state, syncState,
                    processingTime, addOns, directBill);
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
                    + ", addOns=" + addOns
                    + ", directBill=" + directBill + "]";
        }

        /**
         * Whether this is a new-commerce subscription.
         *
         * @return whether this is a new-commerce subscription
         */
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

        /**
         * Creates a {@code AddOn}.
         *
         * @param id the id
         * @param offerId the offer id
         * @param friendlyName the friendly name
         * @param quantity the quantity
         * @param billingCycle the billing cycle
         */
        @JsonCreator
        AddOn(@JsonProperty("id") String id, @JsonProperty("offerId") String offerId,
                @JsonProperty("friendlyName") String friendlyName, @JsonProperty("quantity") Integer quantity,
                @JsonProperty("billingCycle") String billingCycle) {
            this.id = id;
            this.offerId = offerId;
            this.friendlyName = friendlyName;
            this.quantity = quantity == null ? 1 : quantity;
            this.billingCycle = billingCycle == null ? "monthly" : billingCycle;
        }

        /**
         * The add-on's subscription id (a GUID).
         *
         * @return the add-on's subscription id (a GUID)
         */
        public String id() {
            return id;
        }

        /**
         * The offer id.
         *
         * @return the offer id
         */
        public String offerId() {
            return offerId;
        }

        /**
         * The name shown on line items.
         *
         * @return the name shown on line items
         */
        public String friendlyName() {
            return friendlyName;
        }

        /**
         * The number of licenses (default 1).
         *
         * @return the number of licenses (default 1)
         */
        public Integer quantity() {
            return quantity;
        }

        /**
         * The billing cycle (default {@code monthly}).
         *
         * @return the billing cycle (default {@code monthly})
         */
        public String billingCycle() {
            return billingCycle;
        }

        /**
         * A builder of an add-on.
         *
         * @return A builder of an add-on
         */
        public static Builder builder() {
            return new Builder();
        }

        /**
         * A builder holding these values, to derive another one from this.
         *
         * @return A builder holding these values, to derive another one from this
         */
        public Builder toBuilder() {
            Builder b = new Builder();
            b.id = id;
            b.offerId = offerId;
            b.friendlyName = friendlyName;
            b.quantity = quantity;
            b.billingCycle = billingCycle;
            return b;
        }

        /** Builds an {@link AddOn}; values left unset take their defaults (quantity 1, monthly). */
        public static final class Builder {
            private String id;
            private String offerId;
            private String friendlyName;
            private Integer quantity;
            private String billingCycle;

            private Builder() {
            }

            /**
             * The add-on's subscription id (required, a GUID, unique within its customer).
             *
             * @param id the id
             * @return the add-on's subscription id (required, a GUID, unique within its customer)
             */
            public Builder id(String id) {
                this.id = id;
                return this;
            }

            /**
             * The offer id (required).
             *
             * @param offerId the offer id
             * @return the offer id (required)
             */
            public Builder offerId(String offerId) {
                this.offerId = offerId;
                return this;
            }

            /**
             * The name shown on line items (required).
             *
             * @param friendlyName the friendly name
             * @return the name shown on line items (required)
             */
            public Builder friendlyName(String friendlyName) {
                this.friendlyName = friendlyName;
                return this;
            }

            /**
             * The number of licenses (at least 1; default 1).
             *
             * @param quantity the quantity
             * @return the number of licenses (at least 1; default 1)
             */
            public Builder quantity(int quantity) {
                this.quantity = quantity;
                return this;
            }

            /**
             * The billing cycle (default {@code monthly}).
             *
             * @param billingCycle the billing cycle
             * @return the billing cycle (default {@code monthly})
             */
            public Builder billingCycle(String billingCycle) {
                this.billingCycle = billingCycle;
                return this;
            }

            /**
             * The add-on; unset values take their defaults.
             *
             * @return the add-on; unset values take their defaults
             */
            public AddOn build() {
                return new AddOn(id, offerId, friendlyName, quantity, billingCycle);
            }
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

    /**
     * A transfer that exists when the simulator starts, in the state the seed gives it: what the documented
     * examples show of it. A new-commerce transfer is one with a {@code transferType}.
     */
    public static final class Transfer {
        private final String id;
        private final String customerTenantId;
        private final String status;
        private final JsonNode transferType;
        private final Integer transferDirection;
        private final String customerEmailId;
        private final String customerName;
        private final Instant createdTime;
        private final Instant lastModifiedTime;
        private final Instant expirationTime;
        private final Instant completedTime;
        private final String partnerTenantId;
        private final String sourcePartnerTenantId;
        private final String sourcePartnerName;
        private final String targetPartnerTenantId;
        private final String targetPartnerName;
        private final String targetPartnerEmailId;
        private final Boolean ignoreEligibilityCheck;
        private final String lastModifiedUser;
        private final List<TransferLineItem> lineItems;

        /** Read from JSON (the builder's setters say what each value means); null lists are empty. */
        @JsonCreator
        Transfer(@JsonProperty("id") String id, @JsonProperty("customerTenantId") String customerTenantId,
                @JsonProperty("status") String status, @JsonProperty("transferType") JsonNode transferType,
                @JsonProperty("transferDirection") Integer transferDirection,
                @JsonProperty("customerEmailId") String customerEmailId,
                @JsonProperty("customerName") String customerName,
                @JsonProperty("createdTime") Instant createdTime,
                @JsonProperty("lastModifiedTime") Instant lastModifiedTime,
                @JsonProperty("expirationTime") Instant expirationTime,
                @JsonProperty("completedTime") Instant completedTime,
                @JsonProperty("partnertenantid") String partnerTenantId,
                @JsonProperty("sourcePartnerTenantId") String sourcePartnerTenantId,
                @JsonProperty("sourcePartnerName") String sourcePartnerName,
                @JsonProperty("targetPartnerTenantId") String targetPartnerTenantId,
                @JsonProperty("targetPartnerName") String targetPartnerName,
                @JsonProperty("targetPartnerEmailId") String targetPartnerEmailId,
                @JsonProperty("ignoreEligibilityCheck") Boolean ignoreEligibilityCheck,
                @JsonProperty("lastModifiedUser") String lastModifiedUser,
                @JsonProperty("lineItems") List<TransferLineItem> lineItems) {
            this.id = id;
            this.customerTenantId = customerTenantId;
            this.status = status;
            this.transferType = transferType == null || transferType.isNull() ? null : transferType.deepCopy();
            this.transferDirection = transferDirection;
            this.customerEmailId = customerEmailId;
            this.customerName = customerName;
            this.createdTime = createdTime;
            this.lastModifiedTime = lastModifiedTime;
            this.expirationTime = expirationTime;
            this.completedTime = completedTime;
            this.partnerTenantId = partnerTenantId;
            this.sourcePartnerTenantId = sourcePartnerTenantId;
            this.sourcePartnerName = sourcePartnerName;
            this.targetPartnerTenantId = targetPartnerTenantId;
            this.targetPartnerName = targetPartnerName;
            this.targetPartnerEmailId = targetPartnerEmailId;
            this.ignoreEligibilityCheck = ignoreEligibilityCheck;
            this.lastModifiedUser = lastModifiedUser;
            this.lineItems = lineItems == null ? List.of() : List.copyOf(lineItems);
        }

        /**
         * The transfer id (a GUID), unique within its customer.
         *
         * @return the transfer id (a GUID), unique within its customer
         */
        public String id() {
            return id;
        }

        /**
         * The customer whose transfer it is; one of the seed's customers.
         *
         * @return the customer whose transfer it is; one of the seed's customers
         */
        public String customerTenantId() {
            return customerTenantId;
        }

        /**
         * The status, e.g. {@code Active}, {@code Complete}, {@code InProgress}.
         *
         * @return the status
         */
        public String status() {
            return status;
        }

        /**
         * New commerce: as given (a copy), number or string; null for a legacy transfer.
         *
         * @return new commerce: as given (a copy), number or string; null for a legacy transfer
         */
        public JsonNode transferType() {
            return transferType == null ? null : transferType.deepCopy();
        }

        /**
         * Whether it is a new-commerce transfer (it has a {@code transferType}).
         *
         * @return whether it is a new-commerce transfer (it has a {@code transferType})
         */
        public boolean isNewCommerce() {
            return transferType != null;
        }

        /**
         * As given, or null.
         *
         * @return as given, or null
         */
        public Integer transferDirection() {
            return transferDirection;
        }

        /**
         * As given, or null.
         *
         * @return as given, or null
         */
        public String customerEmailId() {
            return customerEmailId;
        }

        /**
         * As given, or null.
         *
         * @return as given, or null
         */
        public String customerName() {
            return customerName;
        }

        /**
         * When it was created: it does not exist for a simulator clock before then.
         *
         * @return when it was created: it does not exist for a simulator clock before then
         */
        public Instant createdTime() {
            return createdTime;
        }

        /**
         * As given, or null.
         *
         * @return as given, or null
         */
        public Instant lastModifiedTime() {
            return lastModifiedTime;
        }

        /**
         * When a pending transfer expires, or null (see {@link Builder#expirationTime(Instant)}).
         *
         * @return when a pending transfer expires, or null (see {@link Builder#expirationTime(Instant)})
         */
        public Instant expirationTime() {
            return expirationTime;
        }

        /**
         * As given, or null.
         *
         * @return as given, or null
         */
        public Instant completedTime() {
            return completedTime;
        }

        /**
         * The {@code partnertenantid} shown (the documented answers spell it so), or null.
         *
         * @return the {@code partnertenantid} shown (the documented answers spell it so), or null
         */
        public String partnerTenantId() {
            return partnerTenantId;
        }

        /**
         * The source partner's tenant id (a GUID).
         *
         * @return the source partner's tenant id (a GUID)
         */
        public String sourcePartnerTenantId() {
            return sourcePartnerTenantId;
        }

        /**
         * As given, or null.
         *
         * @return as given, or null
         */
        public String sourcePartnerName() {
            return sourcePartnerName;
        }

        /**
         * The target partner's tenant id, or null.
         *
         * @return the target partner's tenant id, or null
         */
        public String targetPartnerTenantId() {
            return targetPartnerTenantId;
        }

        /**
         * As given, or null.
         *
         * @return as given, or null
         */
        public String targetPartnerName() {
            return targetPartnerName;
        }

        /**
         * As given, or null.
         *
         * @return as given, or null
         */
        public String targetPartnerEmailId() {
            return targetPartnerEmailId;
        }

        /**
         * As given, or null.
         *
         * @return as given, or null
         */
        public Boolean ignoreEligibilityCheck() {
            return ignoreEligibilityCheck;
        }

        /**
         * As given, or null.
         *
         * @return as given, or null
         */
        public String lastModifiedUser() {
            return lastModifiedUser;
        }

        /**
         * Its line items, in the seed's order (unmodifiable).
         *
         * @return its line items, in the seed's order (unmodifiable)
         */
        public List<TransferLineItem> lineItems() {
            return lineItems;
        }

        /**
         * A builder of a seeded transfer.
         *
         * @return A builder of a seeded transfer
         */
        public static Builder builder() {
            return new Builder();
        }

        /**
         * A builder holding these values, to derive another one from this.
         *
         * @return A builder holding these values, to derive another one from this
         */
        public Builder toBuilder() {
            Builder b = new Builder();
            b.id = id;
            b.customerTenantId = customerTenantId;
            b.status = status;
            b.transferType = transferType;
            b.transferDirection = transferDirection;
            b.customerEmailId = customerEmailId;
            b.customerName = customerName;
            b.createdTime = createdTime;
            b.lastModifiedTime = lastModifiedTime;
            b.expirationTime = expirationTime;
            b.completedTime = completedTime;
            b.partnerTenantId = partnerTenantId;
            b.sourcePartnerTenantId = sourcePartnerTenantId;
            b.sourcePartnerName = sourcePartnerName;
            b.targetPartnerTenantId = targetPartnerTenantId;
            b.targetPartnerName = targetPartnerName;
            b.targetPartnerEmailId = targetPartnerEmailId;
            b.ignoreEligibilityCheck = ignoreEligibilityCheck;
            b.lastModifiedUser = lastModifiedUser;
            b.lineItems.addAll(lineItems);
            return b;
        }

        /**
         * Builds a {@link Transfer}; every value is shown as given, and values left unset are not shown. Ids, the
         * status and the created time are checked when the seed is built.
         */
        public static final class Builder {
            private String id;
            private String customerTenantId;
            private String status;
            private JsonNode transferType;
            private Integer transferDirection;
            private String customerEmailId;
            private String customerName;
            private Instant createdTime;
            private Instant lastModifiedTime;
            private Instant expirationTime;
            private Instant completedTime;
            private String partnerTenantId;
            private String sourcePartnerTenantId;
            private String sourcePartnerName;
            private String targetPartnerTenantId;
            private String targetPartnerName;
            private String targetPartnerEmailId;
            private Boolean ignoreEligibilityCheck;
            private String lastModifiedUser;
            private final List<TransferLineItem> lineItems = new ArrayList<>();

            private Builder() {
            }

            /**
             * The transfer id (required, a GUID, unique within its customer).
             *
             * @param id the id
             * @return the transfer id (required, a GUID, unique within its customer)
             */
            public Builder id(String id) {
                this.id = id;
                return this;
            }

            /**
             * The customer whose transfer it is (required, one of the seed's customers).
             *
             * @param customerTenantId the customer tenant id
             * @return the customer whose transfer it is (required, one of the seed's customers)
             */
            public Builder customerTenantId(String customerTenantId) {
                this.customerTenantId = customerTenantId;
                return this;
            }

            /**
             * The status (required), e.g. {@code Active}, {@code Complete}, {@code Reject}, {@code InProgress}: an
             * {@code InProgress} legacy transfer is being accepted (a change gets 409 900101).
             *
             * @param status the HTTP status
             * @return this builder
             */
            public Builder status(String status) {
                this.status = status;
                return this;
            }

            /**
             * Makes it a new-commerce transfer, shown as given: a number or a string node, e.g. {@code
             * IntNode.valueOf(5)}; unset for a legacy transfer.
             *
             * @param transferType the transfer type
             * @return this builder
             */
            public Builder transferType(JsonNode transferType) {
                this.transferType = transferType;
                return this;
            }

            /**
             * The {@code transferDirection} shown.
             *
             * @param transferDirection the transfer direction
             * @return the {@code transferDirection} shown
             */
            public Builder transferDirection(int transferDirection) {
                this.transferDirection = transferDirection;
                return this;
            }

            /**
             * The {@code customerEmailId} shown.
             *
             * @param customerEmailId the customer email id
             * @return the {@code customerEmailId} shown
             */
            public Builder customerEmailId(String customerEmailId) {
                this.customerEmailId = customerEmailId;
                return this;
            }

            /**
             * The {@code customerName} shown.
             *
             * @param customerName the customer name
             * @return the {@code customerName} shown
             */
            public Builder customerName(String customerName) {
                this.customerName = customerName;
                return this;
            }

            /**
             * When it was created (required): it does not exist for a simulator clock before then.
             *
             * @param createdTime the created time
             * @return when it was created (required): it does not exist for a simulator clock before then
             */
            public Builder createdTime(Instant createdTime) {
                this.createdTime = createdTime;
                return this;
            }

            /**
             * The {@code lastModifiedTime} shown.
             *
             * @param lastModifiedTime the last modified time
             * @return the {@code lastModifiedTime} shown
             */
            public Builder lastModifiedTime(Instant lastModifiedTime) {
                this.lastModifiedTime = lastModifiedTime;
                return this;
            }

            /**
             * When a pending transfer expires; unset: a legacy transfer never does, a new-commerce one 30 days after
             * its created time.
             *
             * @param expirationTime the expiration time
             * @return when a pending transfer expires; unset: a legacy transfer never does, a new-commerce one 30 days after its created time
             */
            public Builder expirationTime(Instant expirationTime) {
                this.expirationTime = expirationTime;
                return this;
            }

            /**
             * The {@code completedTime} shown.
             *
             * @param completedTime the completed time
             * @return the {@code completedTime} shown
             */
            public Builder completedTime(Instant completedTime) {
                this.completedTime = completedTime;
                return this;
            }

            /**
             * The {@code partnertenantid} shown (the documented answers spell it so).
             *
             * @param partnerTenantId the partner tenant id
             * @return the {@code partnertenantid} shown (the documented answers spell it so)
             */
            public Builder partnerTenantId(String partnerTenantId) {
                this.partnerTenantId = partnerTenantId;
                return this;
            }

            /**
             * The source partner's tenant id (required, a GUID).
             *
             * @param sourcePartnerTenantId the source partner tenant id
             * @return the source partner's tenant id (required, a GUID)
             */
            public Builder sourcePartnerTenantId(String sourcePartnerTenantId) {
                this.sourcePartnerTenantId = sourcePartnerTenantId;
                return this;
            }

            /**
             * The {@code sourcePartnerName} shown.
             *
             * @param sourcePartnerName the source partner name
             * @return the {@code sourcePartnerName} shown
             */
            public Builder sourcePartnerName(String sourcePartnerName) {
                this.sourcePartnerName = sourcePartnerName;
                return this;
            }

            /**
             * The target partner's tenant id (a GUID).
             *
             * @param targetPartnerTenantId the target partner tenant id
             * @return the target partner's tenant id (a GUID)
             */
            public Builder targetPartnerTenantId(String targetPartnerTenantId) {
                this.targetPartnerTenantId = targetPartnerTenantId;
                return this;
            }

            /**
             * The {@code targetPartnerName} shown.
             *
             * @param targetPartnerName the target partner name
             * @return the {@code targetPartnerName} shown
             */
            public Builder targetPartnerName(String targetPartnerName) {
                this.targetPartnerName = targetPartnerName;
                return this;
            }

            /**
             * The {@code targetPartnerEmailId} shown.
             *
             * @param targetPartnerEmailId the target partner email id
             * @return the {@code targetPartnerEmailId} shown
             */
            public Builder targetPartnerEmailId(String targetPartnerEmailId) {
                this.targetPartnerEmailId = targetPartnerEmailId;
                return this;
            }

            /**
             * The {@code ignoreEligibilityCheck} shown.
             *
             * @param ignoreEligibilityCheck the ignore eligibility check
             * @return the {@code ignoreEligibilityCheck} shown
             */
            public Builder ignoreEligibilityCheck(boolean ignoreEligibilityCheck) {
                this.ignoreEligibilityCheck = ignoreEligibilityCheck;
                return this;
            }

            /**
             * The {@code lastModifiedUser} shown.
             *
             * @param lastModifiedUser the last modified user
             * @return the {@code lastModifiedUser} shown
             */
            public Builder lastModifiedUser(String lastModifiedUser) {
                this.lastModifiedUser = lastModifiedUser;
                return this;
            }

            /**
             * Replaces its line items. Null elements are refused.
             *
             * @param lineItems the line items
             * @return replaces its line items
             */
            public Builder lineItems(List<TransferLineItem> lineItems) {
                Objects.requireNonNull(lineItems, "lineItems");
                this.lineItems.clear();
                lineItems.forEach(this::addLineItem);
                return this;
            }

            /**
             * Adds one to lineItems (not null).
             *
             * @param transferLineItem the transfer line item
             * @return adds one to lineItems (not null)
             */
            public Builder addLineItem(TransferLineItem transferLineItem) {
                this.lineItems.add(Objects.requireNonNull(transferLineItem, "lineItems element"));
                return this;
            }

            /**
             * The transfer; unset values take their defaults.
             *
             * @return the transfer; unset values take their defaults
             */
            public Transfer build() {
                return new Transfer(id, customerTenantId, status, transferType, transferDirection, customerEmailId,
                        customerName, createdTime, lastModifiedTime, expirationTime, completedTime, partnerTenantId,
                        sourcePartnerTenantId, sourcePartnerName, targetPartnerTenantId, targetPartnerName,
                        targetPartnerEmailId, ignoreEligibilityCheck, lastModifiedUser, lineItems);
            }
        }

        @Override
        public boolean equals(Object o) {
            if (this == o) {
                return true;
            }
            if (!(o instanceof Transfer)) {
                return false;
            }
            Transfer t = (Transfer) o;
            return Objects.equals(id, t.id) && Objects.equals(customerTenantId, t.customerTenantId)
                    && Objects.equals(status, t.status) && Objects.equals(transferType, t.transferType)
                    && Objects.equals(transferDirection, t.transferDirection)
                    && Objects.equals(customerEmailId, t.customerEmailId)
                    && Objects.equals(customerName, t.customerName) && Objects.equals(createdTime, t.createdTime)
                    && Objects.equals(lastModifiedTime, t.lastModifiedTime)
                    && Objects.equals(expirationTime, t.expirationTime)
                    && Objects.equals(completedTime, t.completedTime)
                    && Objects.equals(partnerTenantId, t.partnerTenantId)
                    && Objects.equals(sourcePartnerTenantId, t.sourcePartnerTenantId)
                    && Objects.equals(sourcePartnerName, t.sourcePartnerName)
                    && Objects.equals(targetPartnerTenantId, t.targetPartnerTenantId)
                    && Objects.equals(targetPartnerName, t.targetPartnerName)
                    && Objects.equals(targetPartnerEmailId, t.targetPartnerEmailId)
                    && Objects.equals(ignoreEligibilityCheck, t.ignoreEligibilityCheck)
                    && Objects.equals(lastModifiedUser, t.lastModifiedUser) && Objects.equals(lineItems, t.lineItems);
        }

        @Override
        public int hashCode() {
            return Objects.hash(id, customerTenantId, status, createdTime, lineItems);
        }

        @Override
        public String toString() {
            return "Transfer[id=" + id + ", customerTenantId=" + customerTenantId + ", status=" + status
                    + ", createdTime=" + createdTime + ", lineItems=" + lineItems + "]";
        }
    }

    /**
     * One line item of a seeded transfer: a copy of the subscription as the transfer holds it (the same
     * subscription may show other quantities in other transfers), and, once processed, its outcome.
     */
    public static final class TransferLineItem {
        private final Integer id;
        private final String subscriptionId;
        private final String offerId;
        private final String friendlyName;
        private final Integer quantity;
        private final String billingCycle;
        private final String partnerIdOnRecord;
        private final JsonNode productType;
        private final String syncState;
        private final String status;
        private final String orderId;
        private final String transferGroupId;
        private final String transferError;

        /** Read from JSON (the builder's setters say what each value means); null lists are empty. */
        @JsonCreator
        TransferLineItem(@JsonProperty("id") Integer id, @JsonProperty("subscriptionId") String subscriptionId,
                @JsonProperty("offerId") String offerId, @JsonProperty("friendlyName") String friendlyName,
                @JsonProperty("quantity") Integer quantity, @JsonProperty("billingCycle") String billingCycle,
                @JsonProperty("partnerIdOnRecord") String partnerIdOnRecord,
                @JsonProperty("productType") JsonNode productType, @JsonProperty("syncState") String syncState,
                @JsonProperty("status") String status, @JsonProperty("orderId") String orderId,
                @JsonProperty("transferGroupId") String transferGroupId,
                @JsonProperty("transferError") String transferError) {
            this.id = id == null ? 0 : id;
            this.subscriptionId = subscriptionId;
            this.offerId = offerId;
            this.friendlyName = friendlyName;
            this.quantity = quantity;
            this.billingCycle = billingCycle;
            this.partnerIdOnRecord = partnerIdOnRecord;
            this.productType = productType == null || productType.isNull() ? null : productType.deepCopy();
            this.syncState = syncState == null ? SYNC_COMPLETE : syncState;
            this.status = status;
            this.orderId = orderId;
            this.transferGroupId = transferGroupId;
            this.transferError = transferError;
        }

        /**
         * The line item's index in its transfer (default 0).
         *
         * @return the line item's index in its transfer (default 0)
         */
        public Integer id() {
            return id;
        }

        /**
         * The subscription it moves (a GUID).
         *
         * @return the subscription it moves (a GUID)
         */
        public String subscriptionId() {
            return subscriptionId;
        }

        /**
         * As given, or null.
         *
         * @return as given, or null
         */
        public String offerId() {
            return offerId;
        }

        /**
         * As given, or null.
         *
         * @return as given, or null
         */
        public String friendlyName() {
            return friendlyName;
        }

        /**
         * As given, or null.
         *
         * @return as given, or null
         */
        public Integer quantity() {
            return quantity;
        }

        /**
         * As given, or null.
         *
         * @return as given, or null
         */
        public String billingCycle() {
            return billingCycle;
        }

        /**
         * As given, or null.
         *
         * @return as given, or null
         */
        public String partnerIdOnRecord() {
            return partnerIdOnRecord;
        }

        /**
         * As given (a copy), or null.
         *
         * @return the json node
         */
        public JsonNode productType() {
            return productType == null ? null : productType.deepCopy();
        }

        /**
         * The sync state (default {@link Seed#SYNC_COMPLETE}).
         *
         * @return the sync state (default {@link Seed#SYNC_COMPLETE})
         */
        public String syncState() {
            return syncState;
        }

        /**
         * The outcome: {@code Complete}, {@code Failed}, {@code InProgress}, or null when not processed.
         *
         * @return the outcome: {@code Complete}, {@code Failed}, {@code InProgress}, or null when not processed
         */
        public String status() {
            return status;
        }

        /**
         * As given, or null.
         *
         * @return as given, or null
         */
        public String orderId() {
            return orderId;
        }

        /**
         * As given, or null.
         *
         * @return as given, or null
         */
        public String transferGroupId() {
            return transferGroupId;
        }

        /**
         * As given, or null.
         *
         * @return as given, or null
         */
        public String transferError() {
            return transferError;
        }

        /**
         * A builder of a line item of a seeded transfer.
         *
         * @return A builder of a line item of a seeded transfer
         */
        public static Builder builder() {
            return new Builder();
        }

        /**
         * A builder holding these values, to derive another one from this.
         *
         * @return A builder holding these values, to derive another one from this
         */
        public Builder toBuilder() {
            Builder b = new Builder();
            b.id = id;
            b.subscriptionId = subscriptionId;
            b.offerId = offerId;
            b.friendlyName = friendlyName;
            b.quantity = quantity;
            b.billingCycle = billingCycle;
            b.partnerIdOnRecord = partnerIdOnRecord;
            b.productType = productType;
            b.syncState = syncState;
            b.status = status;
            b.orderId = orderId;
            b.transferGroupId = transferGroupId;
            b.transferError = transferError;
            return b;
        }

        /**
         * Builds a {@link TransferLineItem}; values left unset are not shown. The subscription id is checked when the
         * seed is built.
         */
        public static final class Builder {
            private Integer id;
            private String subscriptionId;
            private String offerId;
            private String friendlyName;
            private Integer quantity;
            private String billingCycle;
            private String partnerIdOnRecord;
            private JsonNode productType;
            private String syncState;
            private String status;
            private String orderId;
            private String transferGroupId;
            private String transferError;

            private Builder() {
            }

            /**
             * The line item's index in its transfer (default 0).
             *
             * @param id the id
             * @return the line item's index in its transfer (default 0)
             */
            public Builder id(int id) {
                this.id = id;
                return this;
            }

            /**
             * The subscription it moves (required, a GUID).
             *
             * @param subscriptionId the subscription id
             * @return the subscription it moves (required, a GUID)
             */
            public Builder subscriptionId(String subscriptionId) {
                this.subscriptionId = subscriptionId;
                return this;
            }

            /**
             * The {@code offerId} shown.
             *
             * @param offerId the offer id
             * @return the {@code offerId} shown
             */
            public Builder offerId(String offerId) {
                this.offerId = offerId;
                return this;
            }

            /**
             * The {@code friendlyName} shown.
             *
             * @param friendlyName the friendly name
             * @return the {@code friendlyName} shown
             */
            public Builder friendlyName(String friendlyName) {
                this.friendlyName = friendlyName;
                return this;
            }

            /**
             * The {@code quantity} shown.
             *
             * @param quantity the quantity
             * @return the {@code quantity} shown
             */
            public Builder quantity(int quantity) {
                this.quantity = quantity;
                return this;
            }

            /**
             * The {@code billingCycle} shown.
             *
             * @param billingCycle the billing cycle
             * @return the {@code billingCycle} shown
             */
            public Builder billingCycle(String billingCycle) {
                this.billingCycle = billingCycle;
                return this;
            }

            /**
             * The {@code partnerIdOnRecord} shown.
             *
             * @param partnerIdOnRecord the partner id on record
             * @return the {@code partnerIdOnRecord} shown
             */
            public Builder partnerIdOnRecord(String partnerIdOnRecord) {
                this.partnerIdOnRecord = partnerIdOnRecord;
                return this;
            }

            /**
             * New commerce: the {@code productType} shown, a number or a string node (the current pages show numbers,
             * e.g. {@code IntNode.valueOf(5)}).
             *
             * @param productType the product type
             * @return this builder
             */
            public Builder productType(JsonNode productType) {
                this.productType = productType;
                return this;
            }

            /**
             * As for a {@link Subscription}: other than {@link Seed#SYNC_COMPLETE} (the default) fails the line item
             * with 900103 when the transfer is accepted.
             *
             * @param syncState the sync state
             * @return as for a {@link Subscription}: other than {@link Seed#SYNC_COMPLETE} (the default) fails the line item with 900103 when the transfer is accepted
             */
            public Builder syncState(String syncState) {
                this.syncState = syncState;
                return this;
            }

            /**
             * The outcome: {@code Complete}, {@code Failed}, {@code InProgress}, or unset (not processed).
             *
             * @param status the HTTP status
             * @return the outcome: {@code Complete}, {@code Failed}, {@code InProgress}, or unset (not processed)
             */
            public Builder status(String status) {
                this.status = status;
                return this;
            }

            /**
             * The {@code orderId} shown.
             *
             * @param orderId the order id
             * @return the {@code orderId} shown
             */
            public Builder orderId(String orderId) {
                this.orderId = orderId;
                return this;
            }

            /**
             * The {@code transferGroupId} shown.
             *
             * @param transferGroupId the transfer group id
             * @return the {@code transferGroupId} shown
             */
            public Builder transferGroupId(String transferGroupId) {
                this.transferGroupId = transferGroupId;
                return this;
            }

            /**
             * The {@code transferError} shown.
             *
             * @param transferError the transfer error
             * @return the {@code transferError} shown
             */
            public Builder transferError(String transferError) {
                this.transferError = transferError;
                return this;
            }

            /**
             * The line item; unset values take their defaults.
             *
             * @return the line item; unset values take their defaults
             */
            public TransferLineItem build() {
                return new TransferLineItem(id, subscriptionId, offerId, friendlyName, quantity, billingCycle,
                        partnerIdOnRecord, productType, syncState, status, orderId, transferGroupId, transferError);
            }
        }

        @Override
        public boolean equals(Object o) {
            if (this == o) {
                return true;
            }
            if (!(o instanceof TransferLineItem)) {
                return false;
            }
            TransferLineItem l = (TransferLineItem) o;
            return Objects.equals(id, l.id) && Objects.equals(subscriptionId, l.subscriptionId)
                    && Objects.equals(offerId, l.offerId) && Objects.equals(friendlyName, l.friendlyName)
                    && Objects.equals(quantity, l.quantity) && Objects.equals(billingCycle, l.billingCycle)
                    && Objects.equals(partnerIdOnRecord, l.partnerIdOnRecord)
                    && Objects.equals(productType, l.productType) && Objects.equals(syncState, l.syncState)
                    && Objects.equals(status, l.status) && Objects.equals(orderId, l.orderId)
                    && Objects.equals(transferGroupId, l.transferGroupId)
                    && Objects.equals(transferError, l.transferError);
        }

        @Override
        public int hashCode() {
            return Objects.hash(id, subscriptionId, status, orderId);
        }

        @Override
        public String toString() {
            return "TransferLineItem[id=" + id + ", subscriptionId=" + subscriptionId + ", status=" + status + "]";
        }
    }

    /**
     * The partner with this tenant id (any case), or null.
     *
     * @param tenantId the tenant id
     * @return the partner with this tenant id (any case), or null
     */
    public Partner partner(String tenantId) {
        return find(partnersById, partners, Partner::tenantId, tenantId);
    }

    /**
     * The customer with this tenant id (any case), or null.
     *
     * @param tenantId the tenant id
     * @return the customer with this tenant id (any case), or null
     */
    public Customer customer(String tenantId) {
        return find(customersById, customers, Customer::tenantId, tenantId);
    }

    // ---- loading ---------------------------------------------------------------------------------------------

    /**
     * The built-in seed: the documented world (the customers, partners, subscriptions and transfers the documented
     * examples use) and two customers of the simulator's own (one traditional, one new commerce).
     *
     * @return the built-in seed: the documented world (the customers, partners, subscriptions and transfers the
     *     documented examples use) and two customers of the simulator's own (one traditional, one new commerce)
     */
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
     * @param file the file
     * @return a seed file
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
     * @param json the JSON text
     * @param origin the origin
     * @return a seed from JSON text; {@code origin} names it in error messages (e.g. a file name)
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
        return checked(seed, origin);
    }

    /** The seed when it has no problems; {@code origin} names it in the error. */
    private static Seed checked(Seed seed, String origin) {
        List<String> problems = seed.problems();
        if (!problems.isEmpty()) {
            throw new SeedException(origin + " is not a valid seed:\n  " + String.join("\n  ", problems));
        }
        return seed;
    }

    /**
     * Everything wrong with this seed, one line each with its JSON path; empty when it is valid (every seed a user
     * holds is: {@link #fromJson} and {@link Builder#build()} refuse the others).
     */
    List<String> problems() {
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
            // Unique within a customer: the documented pages show one subscription under two customers (the legacy
            // create posts to d6bf25b7-... the subscriptions its answer shows under 823c6c3f-...).
            Set<String> subscriptionIds = new HashSet<>();
            for (int j = 0; j < c.subscriptions().size(); j++) {
                subscriptionProblems(problems, at + ".subscriptions[" + j + "]", c.subscriptions().get(j),
                        subscriptionIds);
            }
        }
        Set<String> transferIds = new HashSet<>();
        for (int i = 0; i < transfers.size(); i++) {
            transferProblems(problems, "transfers[" + i + "]", transfers.get(i), customerIds, transferIds);
        }
        return problems;
    }

    /** Adds the problems of one seeded transfer; {@code transferIds} holds the customer/transfer pairs seen so far. */
    private static void transferProblems(List<String> problems, String at, Transfer t, Set<String> customerIds,
            Set<String> transferIds) {
        if (t == null) {
            problems.add(at + ": must be an object");
            return;
        }
        boolean ids = guid(problems, at + ".id", t.id()) & guid(problems, at + ".customerTenantId",
                t.customerTenantId());
        if (ids && !transferIds.add(key(t.customerTenantId()) + "/" + key(t.id()))) {
            problems.add(at + ".id: " + t.id() + " is listed twice for customer " + t.customerTenantId());
        }
        if (ids && !customerIds.contains(key(t.customerTenantId()))) {
            problems.add(at + ".customerTenantId: " + t.customerTenantId() + " is not one of the customers");
        }
        required(problems, at + ".status", t.status());
        if (t.createdTime() == null) {
            problems.add(at + ".createdTime: missing");
        }
        guid(problems, at + ".sourcePartnerTenantId", t.sourcePartnerTenantId());
        guid(problems, at + ".targetPartnerTenantId", t.targetPartnerTenantId());
        for (int j = 0; j < t.lineItems().size(); j++) {
            TransferLineItem li = t.lineItems().get(j);
            String lat = at + ".lineItems[" + j + "]";
            if (li == null) {
                problems.add(lat + ": must be an object");
                continue;
            }
            guid(problems, lat + ".subscriptionId", li.subscriptionId());
        }
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
