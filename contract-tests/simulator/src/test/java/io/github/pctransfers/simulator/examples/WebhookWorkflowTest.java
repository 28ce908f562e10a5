package io.github.pctransfers.simulator.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pctransfers.client.TransfersClient;
import io.github.pctransfers.client.model.TransferCreateRequest;
import io.github.pctransfers.client.model.TransferEntity;
import io.github.pctransfers.client.model.TransferSubmitLineItems;
import io.github.pctransfers.client.model.TransferType;
import io.github.pctransfers.client.webhooks.ResourceChangeEvent;
import io.github.pctransfers.simulator.SimulatorClock;
import io.github.pctransfers.simulator.junit.TransfersSimulatorTest;
import io.github.pctransfers.simulator.junit.WebhookSink;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

// A frozen clock: it moves only when the test advances it.
@TransfersSimulatorTest(clockRate = 0)
class WebhookWorkflowTest {
    // A new-commerce customer of the simulator's built-in seed, and its subscription that takes 5 minutes to move.
    static final String CUSTOMER = "a624f7f8-408b-49b0-9320-df79e56bed55";
    static final String FIVE_MINUTES = "5D7C3B1A-9E2F-4C6B-8A4D-1F0E3C2B6D59";

    @Test
    void aSubmittedTransferCompletesAndSaysSo(TransfersClient client, SimulatorClock clock, WebhookSink webhooks)
            throws InterruptedException {
        TransferEntity transfer = client.createTransfer(CUSTOMER, TransferCreateRequest.builder()
                .sourcePartnerTenantId("7c8db11f-1e5e-4472-8386-f0b627d1f3e1")
                .sourcePartnerName("Woodgrove Cloud Services")
                .customerEmailId("it@northwind.example")
                .transferType(TransferType.of(3)).build());
        client.submitTransfer(CUSTOMER, transfer.getId(),
                List.of(TransferSubmitLineItems.onlineServicesNce(FIVE_MINUTES)));

        clock.advance(Duration.ofMinutes(5)); // the line items are processed: the transfer completes

        ResourceChangeEvent completed = webhooks.await("complete-transfer", Duration.ofSeconds(10));
        assertThat(completed.transferId()).contains(transfer.getId());
        assertThat(webhooks.rejections()).isEmpty(); // every delivery was signed by the simulator and verified
    }
}
