package com.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pctransfers.client.TransfersClient;
import io.github.pctransfers.client.model.TransferCreateRequest;
import io.github.pctransfers.client.model.TransferEntity;
import io.github.pctransfers.client.model.TransferLineItem;
import io.github.pctransfers.client.webhooks.ResourceChangeEvent;
import io.github.pctransfers.simulator.junit.TransfersSimulatorTest;
import io.github.pctransfers.simulator.junit.WebhookSink;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A Java 11 user's test receives the simulator's signed webhooks through the extension's WebhookSink. */
@TransfersSimulatorTest(clockRate = 0)
class WebhooksInAUserProjectTest {
    static final String CUSTOMER = "823c6c3f-9259-4d51-bae2-5dd06743177f";

    @Test
    void aCreatedTransferIsDeliveredSignedAndVerified(TransfersClient client, WebhookSink webhooks)
            throws InterruptedException {
        TransferEntity transfer = client.createTransfer(CUSTOMER, TransferCreateRequest.builder()
                .sourcePartnerTenantId("da6c51b5-1246-4a42-b4ab-cbf38df54537")
                .targetPartnerTenantId("656218b1-80c9-40b2-83ae-3a2703b55271")
                .addLineItemsItem(TransferLineItem.builder().subscriptionId("6C0B221B-8DF9-4F4A-A5BB-4C9CBB7B27B0").build()).build());

        ResourceChangeEvent created = webhooks.await("create-transfer", Duration.ofSeconds(10));

        assertEquals(Optional.of(transfer.getId()), created.transferId());
        assertTrue(webhooks.rejections().isEmpty(), "rejections: " + webhooks.rejections());
    }
}
