package io.github.pctransfers.simulator.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pctransfers.client.model.TransferEntity;
import io.github.pctransfers.client.TransfersClient;
import io.github.pctransfers.client.errors.ServerException;
import io.github.pctransfers.client.http.RetryPolicy;
import io.github.pctransfers.client.model.TransferCreateRequest;
import io.github.pctransfers.client.model.TransferLineItem;
import io.github.pctransfers.simulator.SimulatedFault;
import io.github.pctransfers.simulator.TransfersSimulator;
import io.github.pctransfers.simulator.junit.SimulatorBaseUrl;
import io.github.pctransfers.simulator.junit.TransfersSimulatorTest;
import java.net.URI;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** The extension as a user sees it: what it injects, and that each test starts from the seed. */
@TransfersSimulatorTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExtensionLifecycleTest {
    static final String CUSTOMER = "823c6c3f-9259-4d51-bae2-5dd06743177f";
    private static int firstPort;

    @Test
    @Order(1)
    void injectsTheClientTheSimulatorAndItsBaseUrl(TransfersClient client, TransfersSimulator simulator, URI uri,
            @SimulatorBaseUrl String url) {
        firstPort = simulator.port();
        assertThat(url).isEqualTo("http://127.0.0.1:" + simulator.port()).isEqualTo(uri.toString())
                .isEqualTo(client.baseUrl());

        client.createTransfer(CUSTOMER, TransferCreateRequest.builder()
                .sourcePartnerTenantId("da6c51b5-1246-4a42-b4ab-cbf38df54537")
                .targetPartnerTenantId("656218b1-80c9-40b2-83ae-3a2703b55271")
                .addLineItemsItem(TransferLineItem.builder().subscriptionId("6C0B221B-8DF9-4F4A-A5BB-4C9CBB7B27B0")
                        .build())
                .build());
        simulator.injectFault(SimulatedFault.serviceUnavailable().times(100));
    }

    @Test
    @Order(2)
    void theNextTestStartsFromTheSeedOnTheSameSimulator(TransfersClient client, TransfersSimulator simulator) {
        assertThat(simulator.port()).isEqualTo(firstPort);
        assertThat(client.listTransfers(CUSTOMER)).as("only the seeded transfer, no injected fault left")
                .extracting(TransferEntity::getId).containsExactly("31a06eac-c527-458a-a6b4-0de197a45996");
    }

    @Test
    @Order(3)
    void faultsCanBeInjectedForOneTest(TransfersSimulator simulator, @SimulatorBaseUrl String url) {
        simulator.injectFault(SimulatedFault.serviceUnavailable());
        try (TransfersClient noRetry = TransfersClient.builder().baseUrl(url).accessToken(() -> "token")
                .retryPolicy(RetryPolicy.none()).build()) {
            assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> noRetry.listTransfers(CUSTOMER)))
                    .isInstanceOf(ServerException.class);
        }
    }

    @Nested
    class NestedTests {
        @Test
        void shareTheEnclosingClassSimulator(TransfersSimulator simulator) {
            assertThat(simulator.port()).isEqualTo(firstPort);
        }
    }
}
