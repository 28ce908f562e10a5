package io.github.pctransfers.simulator.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pctransfers.client.TransfersClient;
import io.github.pctransfers.client.model.TransferAcceptance;
import io.github.pctransfers.client.model.TransferCreateRequest;
import io.github.pctransfers.client.model.TransferEntity;
import io.github.pctransfers.client.model.TransferLineItem;
import io.github.pctransfers.simulator.SimulatedFault;
import io.github.pctransfers.simulator.TransfersSimulator;
import io.github.pctransfers.simulator.junit.TransfersSimulatorTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

@TransfersSimulatorTest
class TransferWorkflowTest {
    // A customer of the simulator's built-in seed, and two of its subscriptions.
    static final String CUSTOMER = "823c6c3f-9259-4d51-bae2-5dd06743177f";
    static final String SYNCED = "6C0B221B-8DF9-4F4A-A5BB-4C9CBB7B27B0";
    static final String NOT_SYNCED = "637FF8F6-D842-4573-8DA8-89765356CD1A";

    @Test
    void acceptReportsTheSubscriptionThatCouldNotMove(TransfersClient client) {
        TransferEntity transfer = client.createTransfer(CUSTOMER, TransferCreateRequest.builder()
                .sourcePartnerTenantId("da6c51b5-1246-4a42-b4ab-cbf38df54537")
                .targetPartnerTenantId("656218b1-80c9-40b2-83ae-3a2703b55271")
                .addLineItemsItem(TransferLineItem.builder().subscriptionId(SYNCED).build())
                .addLineItemsItem(TransferLineItem.builder().subscriptionId(NOT_SYNCED).build()).build());

        TransferAcceptance acceptance = client.acceptTransfer(CUSTOMER, transfer.getId());

        assertThat(acceptance.orders()).hasSize(1);
        assertThat(acceptance.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.code()).isEqualTo(900103);
            assertThat(failure.subscriptionId()).isEqualTo(NOT_SYNCED);
        });
    }

    @Test
    void throttlingIsRetriedAfterRetryAfter(TransfersClient client, TransfersSimulator simulator) {
        simulator.injectFault(SimulatedFault.throttle(Duration.ofSeconds(1)));

        assertThat(client.listTransfers(CUSTOMER)).hasSize(1); // a 429, then the seed's one transfer
    }
}
