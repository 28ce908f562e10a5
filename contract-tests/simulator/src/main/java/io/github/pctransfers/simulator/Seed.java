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
    private final List<Transfer> transfers;
    /** Customers and partners by lower-case tenant id (the first of equal ids): every request looks one up. */
    private final Map<String, Customer> customersById;
    private final Map<String, Partner> partnersById;

    /**
     * A seed without transfers; null lists are empty.
     *
     * @param operatorUserId the operator user id
     * @param callerPartnerTenantId the caller partner tenant id
     * @param partners the partners
     * @param customers the customers
     */
    public Seed(String operatorUserId, String callerPartnerTenantId, List<Partner> partners, List<Customer> customers) {
        this(operatorUserId, callerPartnerTenantId, partners, customers, null);
    }

    /**
     * A seed; null lists are empty.
     *
     * @param operatorUserId        the user id reported as {@code lastModifiedUser} of every change
     * @param callerPartnerTenantId the partner the simulator takes the caller to be: the target of a new-commerce
     *                              create that names none
     * @param partners              partners, for the names shown on transfers and the Partner ID of orders
     * @param customers             customers and the subscriptions they hold
     * @param transfers             transfers that exist from the start, each in the state the seed gives it
     */
    @JsonCreator
    public Seed(@JsonProperty("operatorUserId") String operatorUserId,
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

    /** {@return the operator user id} */
    public String operatorUserId() {
        return operatorUserId;
    }

    /** {@return the caller partner tenant id} */
    public String callerPartnerTenantId() {
        return callerPartnerTenantId;
    }

    /** {@return the partners} */
    public List<Partner> partners() {
        return partners;
    }

    /** {@return the customers} */
    public List<Customer> customers() {
        return customers;
    }

    /** {@return the transfers} */
    public List<Transfer> transfers() {
        return transfers;
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

        /**
         * A partner whose changes are made by the seed's {@code operatorUserId}.
         *
         * @param tenantId the tenant id
         * @param name the name
         * @param partnerId the partner id
         */
        public Partner(String tenantId, String name, String partnerId) {
            this(tenantId, name, partnerId, null);
        }

        /**
         * A partner.
         *
         * @param tenantId the tenant id
         * @param name the name
         * @param partnerId the partner id
         * @param userId the user reported as {@code lastModifiedUser} of the changes this partner makes (the target
         *               creates a new-commerce transfer, accepts, rejects and cancels; the source creates a legacy
         *               transfer and submits new-commerce line items); null for the seed's {@code operatorUserId}
         */
        @JsonCreator
        public Partner(@JsonProperty("tenantId") String tenantId, @JsonProperty("name") String name,
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

        /** {@return the tenant id} */
        public String tenantId() {
            return tenantId;
        }

        /** {@return the name} */
        public String name() {
            return name;
        }

        /** {@return the partner id} */
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
        public Customer(@JsonProperty("tenantId") String tenantId, @JsonProperty("name") String name,
                @JsonProperty("currencyCode") String currencyCode,
                @JsonProperty("subscriptions") List<Subscription> subscriptions) {
            this.tenantId = tenantId;
            this.name = name;
            this.currencyCode = currencyCode == null ? "USD" : currencyCode;
            this.subscriptions = subscriptions == null ? List.of() : List.copyOf(subscriptions);
        }

        /** {@return the tenant id} */
        public String tenantId() {
            return tenantId;
        }

        /** {@return the name} */
        public String name() {
            return name;
        }

        /** {@return the currency code} */
        public String currencyCode() {
            return currencyCode;
        }

        /** {@return the subscriptions} */
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
        private final boolean directBill;

        /**
         * A subscription held through a partner (not {@link #directBill()}).
         *
         * @param id the id
         * @param offerId the offer id
         * @param friendlyName the friendly name
         * @param quantity the quantity
         * @param billingCycle the billing cycle
         * @param productType the product type
         * @param state the state
         * @param syncState the sync state
         * @param processingTime the processing time
         * @param addOns the add ons
         */
        public Subscription(String id, String offerId, String friendlyName, Integer quantity, String billingCycle,
                String productType, String state, String syncState, Duration processingTime, List<AddOn> addOns) {
            this(id, offerId, friendlyName, quantity, billingCycle, productType, state, syncState, processingTime,
                    addOns, null);
        }

        /**
         * A subscription; absent values take their defaults (quantity 1, monthly, Active, SyncComplete, no
         * processing time, no add-ons).
         *
         * @param id the id
         * @param offerId the offer id
         * @param friendlyName the friendly name
         * @param quantity the quantity
         * @param billingCycle the billing cycle
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
         * @param addOns the add ons
         * @param directBill     true for a subscription the customer buys from Microsoft directly: these are the ones
         *                       the {@code directtoindirect} eligibility check lists (default false: held through a
         *                       partner, moved by a partner-to-partner transfer)
         */
        @JsonCreator
        public Subscription(@JsonProperty("id") String id, @JsonProperty("offerId") String offerId,
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

        /** {@return the id} */
        public String id() {
            return id;
        }

        /** {@return the offer id} */
        public String offerId() {
            return offerId;
        }

        /** {@return the friendly name} */
        public String friendlyName() {
            return friendlyName;
        }

        /** {@return the quantity} */
        public Integer quantity() {
            return quantity;
        }

        /** {@return the billing cycle} */
        public String billingCycle() {
            return billingCycle;
        }

        /** {@return the product type} */
        public String productType() {
            return productType;
        }

        /** {@return the state} */
        public String state() {
            return state;
        }

        /** {@return the sync state} */
        public String syncState() {
            return syncState;
        }

        /** {@return the processing time} */
        public Duration processingTime() {
            return processingTime;
        }

        /** {@return the add ons} */
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
        public AddOn(@JsonProperty("id") String id, @JsonProperty("offerId") String offerId,
                @JsonProperty("friendlyName") String friendlyName, @JsonProperty("quantity") Integer quantity,
                @JsonProperty("billingCycle") String billingCycle) {
            this.id = id;
            this.offerId = offerId;
            this.friendlyName = friendlyName;
            this.quantity = quantity == null ? 1 : quantity;
            this.billingCycle = billingCycle == null ? "monthly" : billingCycle;
        }

        /** {@return the id} */
        public String id() {
            return id;
        }

        /** {@return the offer id} */
        public String offerId() {
            return offerId;
        }

        /** {@return the friendly name} */
        public String friendlyName() {
            return friendlyName;
        }

        /** {@return the quantity} */
        public Integer quantity() {
            return quantity;
        }

        /** {@return the billing cycle} */
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

        /**
         * A seeded transfer; every value is shown as given.
         *
         * @param id the id
         * @param customerTenantId the customer tenant id
         * @param status         e.g. {@code Active}, {@code Complete}, {@code Reject}, {@code InProgress}: an
         *                       {@code InProgress} legacy transfer is being accepted (a change gets 409 900101)
         * @param transferType the transfer type, as the entity carries it
         * @param transferDirection the transfer direction
         * @param customerEmailId the customer email id
         * @param customerName the customer name
         * @param createdTime    when it was created: it does not exist for a simulator clock before then
         * @param expirationTime when a pending transfer expires; absent: a legacy transfer never does, a
         *                       new-commerce one 30 days after {@code createdTime}
         * @param completedTime the completed time
         * @param ignoreEligibilityCheck the ignore eligibility check
         * @param lastModifiedTime the last modified time
         * @param lastModifiedUser the last modified user
         * @param lineItems the line items
         * @param partnerTenantId the partner tenant id
         * @param sourcePartnerName the source partner name
         * @param sourcePartnerTenantId the source partner tenant id
         * @param targetPartnerEmailId the target partner email id
         * @param targetPartnerName the target partner name
         * @param targetPartnerTenantId the target partner tenant id
         */
        @JsonCreator
        public Transfer(@JsonProperty("id") String id, @JsonProperty("customerTenantId") String customerTenantId,
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

        /** {@return the id} */
        public String id() {
            return id;
        }

        /** {@return the customer tenant id} */
        public String customerTenantId() {
            return customerTenantId;
        }

        /** {@return the status} */
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

        /** {@return whether is new commerce} */
        public boolean isNewCommerce() {
            return transferType != null;
        }

        /** {@return the transfer direction} */
        public Integer transferDirection() {
            return transferDirection;
        }

        /** {@return the customer email id} */
        public String customerEmailId() {
            return customerEmailId;
        }

        /** {@return the customer name} */
        public String customerName() {
            return customerName;
        }

        /** {@return the created time} */
        public Instant createdTime() {
            return createdTime;
        }

        /** {@return the last modified time} */
        public Instant lastModifiedTime() {
            return lastModifiedTime;
        }

        /** {@return the expiration time} */
        public Instant expirationTime() {
            return expirationTime;
        }

        /** {@return the completed time} */
        public Instant completedTime() {
            return completedTime;
        }

        /** {@return the partner tenant id} */
        public String partnerTenantId() {
            return partnerTenantId;
        }

        /** {@return the source partner tenant id} */
        public String sourcePartnerTenantId() {
            return sourcePartnerTenantId;
        }

        /** {@return the source partner name} */
        public String sourcePartnerName() {
            return sourcePartnerName;
        }

        /** {@return the target partner tenant id} */
        public String targetPartnerTenantId() {
            return targetPartnerTenantId;
        }

        /** {@return the target partner name} */
        public String targetPartnerName() {
            return targetPartnerName;
        }

        /** {@return the target partner email id} */
        public String targetPartnerEmailId() {
            return targetPartnerEmailId;
        }

        /** {@return the ignore eligibility check} */
        public Boolean ignoreEligibilityCheck() {
            return ignoreEligibilityCheck;
        }

        /** {@return the last modified user} */
        public String lastModifiedUser() {
            return lastModifiedUser;
        }

        /** {@return the line items} */
        public List<TransferLineItem> lineItems() {
            return lineItems;
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

        /**
         * A seeded line item; absent values are not shown.
         *
         * @param id the id
         * @param subscriptionId the subscription id
         * @param offerId the offer id
         * @param friendlyName the friendly name
         * @param quantity the quantity
         * @param billingCycle the billing cycle
         * @param partnerIdOnRecord the partner id on record
         * @param productType new commerce: as shown (the current pages show numbers, e.g. 5)
         * @param syncState   as for a {@link Subscription}: other than {@code SyncComplete} fails the line item with
         *                    900103 when the transfer is accepted
         * @param status      {@code Complete}, {@code Failed}, {@code InProgress} or absent (not processed)
         * @param orderId the order id
         * @param transferError the transfer error
         * @param transferGroupId the transfer group id
         */
        @JsonCreator
        public TransferLineItem(@JsonProperty("id") Integer id, @JsonProperty("subscriptionId") String subscriptionId,
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

        /** {@return the id} */
        public Integer id() {
            return id;
        }

        /** {@return the subscription id} */
        public String subscriptionId() {
            return subscriptionId;
        }

        /** {@return the offer id} */
        public String offerId() {
            return offerId;
        }

        /** {@return the friendly name} */
        public String friendlyName() {
            return friendlyName;
        }

        /** {@return the quantity} */
        public Integer quantity() {
            return quantity;
        }

        /** {@return the billing cycle} */
        public String billingCycle() {
            return billingCycle;
        }

        /** {@return the partner id on record} */
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

        /** {@return the sync state} */
        public String syncState() {
            return syncState;
        }

        /** {@return the status} */
        public String status() {
            return status;
        }

        /** {@return the order id} */
        public String orderId() {
            return orderId;
        }

        /** {@return the transfer group id} */
        public String transferGroupId() {
            return transferGroupId;
        }

        /** {@return the transfer error} */
        public String transferError() {
            return transferError;
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
        List<String> problems = seed.problems();
        if (!problems.isEmpty()) {
            throw new SeedException(origin + " is not a valid seed:\n  " + String.join("\n  ", problems));
        }
        return seed;
    }

    /**
     * Everything wrong with this seed, one line each with its JSON path; empty when it is valid.
     *
     * @return everything wrong with this seed, one line each with its JSON path; empty when it is valid
     */
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
