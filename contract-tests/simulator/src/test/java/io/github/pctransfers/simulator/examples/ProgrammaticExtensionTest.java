package io.github.pctransfers.simulator.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.pctransfers.client.TransfersClient;
import io.github.pctransfers.client.errors.RateLimitException;
import io.github.pctransfers.client.http.RetryPolicy;
import io.github.pctransfers.simulator.FaultSettings;
import io.github.pctransfers.simulator.junit.TransfersSimulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Fault settings and a retry policy through the programmatically registered extension. */
class ProgrammaticExtensionTest {
    @RegisterExtension
    static final TransfersSimulatorExtension SIMULATOR = TransfersSimulatorExtension.builder()
            .faults(FaultSettings.builder().rateLimit(1).build())
            .retryPolicy(RetryPolicy.none())
            .build();

    @Test
    void appliesTheRateLimitToTheInjectedClient() {
        TransfersClient client = SIMULATOR.client();
        client.listTransfers(ExtensionLifecycleTest.CUSTOMER);

        assertThat(catchThrowable(() -> client.listTransfers(ExtensionLifecycleTest.CUSTOMER)))
                .isInstanceOf(RateLimitException.class);
    }

    @Test
    void aResetRefillsTheRateLimitBeforeEachTest() {
        assertThat(SIMULATOR.client().listTransfers(ExtensionLifecycleTest.CUSTOMER)).hasSize(1); // the seeded one
    }
}
