package io.github.pctransfers.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/**
 * New commerce: the kind of product a line item transfers. The update-a-transfer table types it as a string
 * ({@code OnlineServicesNCE}), while the current get-by-id example sends JSON numbers ({@code 0}, {@code 5}) whose
 * meaning no page gives. So it is kept as received, a number or a name: names compare case-insensitively, numbers
 * as numbers, and no number is translated into a name.
 */
public final class ProductType extends NumberOrString {
    /** New-commerce license-based subscriptions; what update-a-transfer says to submit. */
    public static final ProductType ONLINE_SERVICES_NCE = new ProductType("OnlineServicesNCE");
    /** {@code AzureSubscription}. */
    public static final ProductType AZURE_SUBSCRIPTION = new ProductType("AzureSubscription");
    /** {@code AzureReservation}. */
    public static final ProductType AZURE_RESERVATION = new ProductType("AzureReservation");
    /** {@code AzureSavingsPlan}. */
    public static final ProductType AZURE_SAVINGS_PLAN = new ProductType("AzureSavingsPlan");
    /** {@code Software}. */
    public static final ProductType SOFTWARE = new ProductType("Software");
    /** {@code SaaS}. */
    public static final ProductType SAAS = new ProductType("SaaS");

    private static final List<ProductType> NAMED = List.of(
            ONLINE_SERVICES_NCE, AZURE_SUBSCRIPTION, AZURE_RESERVATION, AZURE_SAVINGS_PLAN, SOFTWARE, SAAS);

    private ProductType(Object raw) {
        super(normalise(raw));
    }

    /**
     * A product type from the wire: a JSON number or string.
     *
     * @param raw the raw
     * @return a product type from the wire: a JSON number or string
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static ProductType fromJson(Object raw) {
        return raw == null ? null : new ProductType(raw);
    }

    /**
     * A product type sent as a JSON string, e.g. {@code OnlineServicesNCE}.
     *
     * @param name the name
     * @return a product type sent as a JSON string, e.g. {@code OnlineServicesNCE}
     */
    public static ProductType of(String name) {
        return new ProductType(java.util.Objects.requireNonNull(name, "name"));
    }

    /**
     * A product type sent as a JSON number, as the current get-by-id example shows them.
     *
     * @param number the number
     * @return a product type sent as a JSON number, as the current get-by-id example shows them
     */
    public static ProductType of(long number) {
        return new ProductType(number);
    }

    /**
     * Whether this is one of the documented names (compared case-insensitively); numbers are never known.
     *
     * @return whether this is one of the documented names (compared case-insensitively); numbers are never known
     */
    public boolean isKnown() {
        return !isNumber() && NAMED.contains(this);
    }

    /**
     * The documented names.
     *
     * @return the documented names
     */
    public static List<ProductType> names() {
        return NAMED;
    }
}
