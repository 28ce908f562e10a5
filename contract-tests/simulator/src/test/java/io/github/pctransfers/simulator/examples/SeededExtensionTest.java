package io.github.pctransfers.simulator.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pctransfers.client.TransfersClient;
import io.github.pctransfers.simulator.TransfersSimulator;
import io.github.pctransfers.simulator.junit.TransfersSimulatorTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** A seed of one's own, named by the annotation. */
class SeededExtensionTest {

    @Nested
    @TransfersSimulatorTest(seed = "simulator/seeds/minimal/seed.json")
    class WithASeedResource {
        @Test
        void servesTheSeededCustomer(TransfersClient client, TransfersSimulator simulator) {
            assertThat(simulator.seed().customers()).extracting(c -> c.name()).containsExactly("Litware");
            assertThat(client.getTransferEligibility("11111111-2222-4333-8444-555555555555", "directtoindirect"))
                    .singleElement().satisfies(e -> assertThat(e.getIsEligible()).isTrue());
        }
    }
}
