package io.github.pctransfers.simulator;

import io.github.pctransfers.client.model.TransferCreateRequest;
import io.github.pctransfers.client.model.TransferLineItem;
import io.github.pctransfers.client.model.TransferSubmitLineItem;
import io.github.pctransfers.client.model.TransferSubmitLineItems;
import io.github.pctransfers.client.model.TransferType;

/** Ids of the built-in seed ({@code pctransfers/simulator/default-seed.json}) and requests built on them. */
final class BuiltInSeed {
    static final String CUSTOMER = "823c6c3f-9259-4d51-bae2-5dd06743177f";
    static final String NEW_COMMERCE_CUSTOMER = "a624f7f8-408b-49b0-9320-df79e56bed55";
    static final String UNKNOWN_CUSTOMER = "00000000-0000-4000-8000-000000000000";
    static final String SOURCE_PARTNER = "da6c51b5-1246-4a42-b4ab-cbf38df54537";
    static final String TARGET_PARTNER = "656218b1-80c9-40b2-83ae-3a2703b55271";
    static final String NEW_COMMERCE_SOURCE_PARTNER = "7c8db11f-1e5e-4472-8386-f0b627d1f3e1";
    /** The partner the simulator takes the caller to be (Northwind Target Partner of the authored cases). */
    static final String CALLER = "676e8273-3c93-4205-910f-614bb4396a55";
    /** The seeded transfer of the eligibility page, holding 4B600A9A-... of CUSTOMER. */
    static final String SEEDED_TRANSFER = "31a06eac-c527-458a-a6b4-0de197a45996";

    /** Legacy, with one add-on (D738C6C9-...). */
    static final String WITH_ADD_ON = "7291BFBF-1772-4C5B-A624-18B6152CD8CB";
    static final String ADD_ON = "D738C6C9-DDBD-46E9-B316-65F9D9B3ECB4";
    static final String PLAIN = "6C0B221B-8DF9-4F4A-A5BB-4C9CBB7B27B0";
    /** Legacy, syncState None: fails with 900103 on accept. */
    static final String NOT_SYNCED = "637FF8F6-D842-4573-8DA8-89765356CD1A";
    static final String DELETED = "548FA265-5F40-4765-9A6B-47826F72A4BF";
    static final String SUSPENDED = "E2A3AEB3-70A7-42E3-930C-7519EEDDC45A";
    static final String ELIGIBLE_1 = "D3350F46-AA29-4F6F-95A0-E3011988915C";
    static final String ELIGIBLE_2 = "E82B2F4A-736A-4E2B-955C-C1A4C56C0171";
    /** Legacy, processingTime PT2S: an accept holding it runs for 2 s of simulator time. */
    static final String SLOW = "1151B8CE-125C-49D7-8C48-E62FC9101B77";

    static final String NCE_PREMIUM = "2B8F4C16-6E0A-4B9C-8F0B-3D7A1E5C9A21";
    static final String NCE_E3 = "8E3D2A7F-1C4B-4F6E-9A0D-5B2C7E8F1A34";
    static final String AZURE_PLAN = "C41A9E2B-7D3F-4A8C-B6E1-0F9D2C5B7A48";
    /** New commerce, processingTime PT5M. */
    static final String NCE_SLOW = "5D7C3B1A-9E2F-4C6B-8A4D-1F0E3C2B6D59";

    private BuiltInSeed() {
    }

    static TransferCreateRequest legacy(String... subscriptionIds) {
        TransferCreateRequest.Builder request = TransferCreateRequest.builder()
                .sourcePartnerTenantId(SOURCE_PARTNER)
                .targetPartnerTenantId(TARGET_PARTNER);
        for (String id : subscriptionIds) {
            request.addLineItemsItem(TransferLineItem.builder().subscriptionId(id).partnerIdOnRecord("517285")
                    .build());
        }
        return request.build();
    }

    static TransferCreateRequest newCommerce() {
        return TransferCreateRequest.builder()
                .sourcePartnerTenantId(NEW_COMMERCE_SOURCE_PARTNER)
                .sourcePartnerName("Woodgrove Cloud Services")
                .customerEmailId("it@northwind.example")
                .transferType(TransferType.of(3)).build();
    }

    static TransferSubmitLineItem nce(String subscriptionId) {
        return TransferSubmitLineItems.onlineServicesNce(subscriptionId);
    }
}
