package io.github.pctransfers.client.model;

import io.github.pctransfers.client.model.TransferSubmitLineItem;
import java.util.ArrayList;
import java.util.List;

/**
 * The line items of a new-commerce submit, as the update-a-transfer table types them: each needs a
 * {@code subscriptionId} and a {@code productType}; its {@code id} is an optional string.
 */
public final class TransferSubmitLineItems {
    static final String SHAPE = "new-commerce submit";

    private TransferSubmitLineItems() {
    }

    /**
     * A line item moving a new-commerce license-based subscription ({@code productType} OnlineServicesNCE).
     *
     * @param subscriptionId the subscription id
     * @return a line item moving a new-commerce license-based subscription ({@code productType} OnlineServicesNCE)
     */
    public static TransferSubmitLineItem onlineServicesNce(String subscriptionId) {
        return item(subscriptionId, ProductType.ONLINE_SERVICES_NCE);
    }

    /**
     * A line item moving {@code subscriptionId} as {@code productType}.
     *
     * @param subscriptionId the subscription id
     * @param productType the product type
     * @return a line item moving {@code subscriptionId} as {@code productType}
     */
    public static TransferSubmitLineItem item(String subscriptionId, ProductType productType) {
        TransferSubmitLineItem item = TransferSubmitLineItem.builder().subscriptionId(subscriptionId)
                .productType(productType).build();
        requireComplete(List.of(item));
        return item;
    }

    /**
     * Refuses an empty list and line items without {@code subscriptionId} or {@code productType}.
     *
     * @param lineItems the line items to submit
     * @throws RequestShapeException naming every missing property, e.g. {@code lineItems[1].productType}
     * @throws TransferIds.InvalidIdException when a subscription id is set but not a GUID
     */
    public static void requireComplete(List<TransferSubmitLineItem> lineItems) {
        if (lineItems == null || lineItems.isEmpty()) {
            throw new RequestShapeException(SHAPE, List.of("lineItems"),
                    "a " + SHAPE + " needs lineItems naming at least one subscription");
        }
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < lineItems.size(); i++) {
            TransferSubmitLineItem item = lineItems.get(i);
            String at = "lineItems[" + i + "]";
            if (item == null) {
                missing.add(at + ".subscriptionId");
                missing.add(at + ".productType");
                continue;
            }
            RequestChecks.guidIfSet(at + ".subscriptionId", item.getSubscriptionId());
            RequestChecks.requireText(missing, at + ".subscriptionId", item.getSubscriptionId());
            RequestChecks.requireValue(missing, at + ".productType", item.getProductType());
        }
        if (!missing.isEmpty()) {
            throw new RequestShapeException(SHAPE, missing, "incomplete " + SHAPE + ", missing or blank: "
                    + String.join(", ", missing) + " (every line item needs a subscriptionId and a productType, "
                    + "e.g. OnlineServicesNCE)");
        }
    }
}
