package io.github.pctransfers.simulator;

import static io.github.pctransfers.simulator.BuiltInSeed.CUSTOMER;
import static io.github.pctransfers.simulator.BuiltInSeed.SEEDED_TRANSFER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pctransfers.client.model.TransferEntity;
import io.github.pctransfers.client.TransfersClient;
import io.github.pctransfers.client.errors.RateLimitException;
import io.github.pctransfers.client.errors.ServerException;
import io.github.pctransfers.client.errors.TransportException;
import io.github.pctransfers.client.http.RetryPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Faults for the simulator's whole life ({@code serve} flags): rate limit, failure rate, latency. */
@Timeout(20)
class FaultSettingsTest {

    @Test
    void theRateLimitAnswers429WithRetryAfterOnceTheBucketIsEmptyAndRefillsWithTime() {
        SimulatorClock clock = SimulatorClock.frozenAt(Instant.parse("2024-05-01T10:00:00Z"));
        List<Exchange> exchanges = new ArrayList<>();
        try (TransfersSimulator simulator = TransfersSimulator.builder().clock(clock)
                .faults(FaultSettings.builder().rateLimit(3).build()).exchangeListener(exchanges::add).start();
             TransfersClient client = client(simulator)) {
            for (int i = 0; i < 3; i++) {
                assertThat(client.listTransfers(CUSTOMER)).extracting(TransferEntity::getId).containsExactly(SEEDED_TRANSFER);
            }
            assertThatThrownBy(() -> client.listTransfers(CUSTOMER))
                    .isInstanceOfSatisfying(RateLimitException.class, e -> {
                        assertThat(e.retryAfter()).contains(Duration.ofSeconds(1));
                        assertThat(e.rawBody()).contains("Try again in 1 seconds.");
                    });

            clock.advance(Duration.ofMillis(340));
            assertThat(client.listTransfers(CUSTOMER)).as("a third of a second refills one token").extracting(TransferEntity::getId).containsExactly(SEEDED_TRANSFER);
            assertThatThrownBy(() -> client.listTransfers(CUSTOMER)).isInstanceOf(RateLimitException.class);

            simulator.reset();
            assertThat(client.listTransfers(CUSTOMER)).as("reset refills the bucket").extracting(TransferEntity::getId).containsExactly(SEEDED_TRANSFER);
        }
        exchanges.forEach(e -> assertThat(SpecCheck.responseProblems(e)).isEmpty());
    }

    @Test
    void aFailureRateOfOneFailsEveryRequestWithTheChosenFault() {
        try (TransfersSimulator simulator = TransfersSimulator.builder()
                .faults(FaultSettings.builder().failRate(1.0, SimulatedFault.parse("status=502")).build()).start();
             TransfersClient client = client(simulator)) {
            for (int i = 0; i < 3; i++) {
                assertThatThrownBy(() -> client.listTransfers(CUSTOMER))
                        .isInstanceOfSatisfying(ServerException.class, e -> assertThat(e.statusCode()).isEqualTo(502));
            }
        }
    }

    @Test
    void theSameRandomSeedFailsTheSameRequests() {
        assertThat(outcomes(7)).isEqualTo(outcomes(7)).contains("ok", "failed");
    }

    @Test
    void latencyIsAddedToEveryAnswer() {
        try (TransfersSimulator simulator = TransfersSimulator.builder()
                .faults(FaultSettings.builder().latency(Duration.ofMillis(1500)).build()).start();
             TransfersClient impatient = TransfersClient.builder().baseUrl(simulator.baseUrl())
                     .accessToken(() -> "t").retryPolicy(RetryPolicy.none()).readTimeout(Duration.ofMillis(200))
                     .build()) {
            assertThatThrownBy(() -> impatient.listTransfers(CUSTOMER)).isInstanceOf(TransportException.class);
        }
    }

    @Test
    void settingsOutOfRangeAreRefused() {
        assertThatThrownBy(() -> FaultSettings.builder().failRate(1.5, SimulatedFault.serviceUnavailable()))
                .hasMessage("fail rate must be 0 to 1, got 1.5");
        assertThatThrownBy(() -> FaultSettings.builder().rateLimit(-1))
                .hasMessage("rate limit must be 0 to 1000000 per second, got -1");
        assertThatThrownBy(() -> FaultSettings.builder().latency(Duration.ofMinutes(11)))
                .hasMessageStartingWith("latency must be 0 to 10 minutes");
    }

    private static List<String> outcomes(long randomSeed) {
        List<String> outcomes = new ArrayList<>();
        try (TransfersSimulator simulator = TransfersSimulator.builder().faults(FaultSettings.builder()
                .failRate(0.5, SimulatedFault.serviceUnavailable()).randomSeed(randomSeed).build()).start();
             TransfersClient client = client(simulator)) {
            for (int i = 0; i < 12; i++) {
                try {
                    client.listTransfers(CUSTOMER);
                    outcomes.add("ok");
                } catch (ServerException e) {
                    outcomes.add("failed");
                }
            }
        }
        return outcomes;
    }

    private static TransfersClient client(TransfersSimulator simulator) {
        return TransfersClient.builder().baseUrl(simulator.baseUrl()).accessToken(() -> "t")
                .retryPolicy(RetryPolicy.none()).build();
    }
}
