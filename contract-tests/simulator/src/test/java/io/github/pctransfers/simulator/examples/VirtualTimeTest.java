package io.github.pctransfers.simulator.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pctransfers.client.TransferOutcome;
import io.github.pctransfers.client.TransfersClient;
import io.github.pctransfers.client.model.TransferCreateRequest;
import io.github.pctransfers.client.model.TransferEntity;
import io.github.pctransfers.client.model.TransferSubmitLineItems;
import io.github.pctransfers.client.model.TransferType;
import io.github.pctransfers.simulator.SimulatorClock;
import io.github.pctransfers.simulator.TransfersSimulator;
import io.github.pctransfers.simulator.junit.SimulatorBaseUrl;
import io.github.pctransfers.simulator.junit.TransfersSimulatorTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A frozen clock: it moves only when the test advances it or a client waits on it. */
@TransfersSimulatorTest(clockStart = "2025-03-01T09:00:00Z", clockRate = 0)
class VirtualTimeTest {
    // The built-in seed's new-commerce customer, and its subscription that takes five minutes to transfer.
    static final String CUSTOMER = "a624f7f8-408b-49b0-9320-df79e56bed55";
    static final String FIVE_MINUTES = "5D7C3B1A-9E2F-4C6B-8A4D-1F0E3C2B6D59";
    // Far below the five minutes of virtual time each test covers.
    static final Duration REAL_TIME_LIMIT = Duration.ofSeconds(5);

    @Test
    void aSubmittedTransferCompletesWhenTheTestAdvancesFiveMinutes(TransfersClient client, SimulatorClock clock) {
        long started = System.nanoTime();
        TransferEntity created = client.createTransfer(CUSTOMER, newCommerce());
        TransferEntity submitted = client.submitTransfer(CUSTOMER, created.getId(),
                List.of(TransferSubmitLineItems.onlineServicesNce(FIVE_MINUTES)));
        Instant submittedAt = clock.instant();
        assertThat(submitted.getStatus().value()).isEqualTo("InProgress");

        clock.advance(Duration.ofMinutes(5));
        TransferOutcome outcome = client.awaitTransfer(CUSTOMER, created.getId());

        assertThat(outcome.status().value()).isEqualTo("Complete");
        assertThat(outcome.polls()).as("complete at the first poll").isEqualTo(1);
        assertThat(outcome.transfer().getCompletedTime().toInstant()).isEqualTo(submittedAt.plus(Duration.ofMinutes(5)));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(REAL_TIME_LIMIT);
    }

    @Test
    void aClientOfYourOwnWaitsOnTheSimulatorsClock(@SimulatorBaseUrl String baseUrl, SimulatorClock clock) {
        long started = System.nanoTime();
        try (TransfersClient client = TransfersClient.builder()
                .baseUrl(baseUrl)
                .accessToken(() -> "any")
                .clock(clock)
                .sleeper(clock.sleeper())
                .build()) {
            TransferEntity created = client.createTransfer(CUSTOMER, newCommerce());
            client.submitTransfer(CUSTOMER, created.getId(),
                    List.of(TransferSubmitLineItems.onlineServicesNce(FIVE_MINUTES)));
            Instant submittedAt = clock.instant();

            TransferOutcome outcome = client.awaitTransfer(CUSTOMER, created.getId());

            assertThat(outcome.status().value()).isEqualTo("Complete");
            // The default backoff (2 s doubling to a minute) slept 302 s of virtual time, none of real time.
            assertThat(outcome.waited()).isGreaterThanOrEqualTo(Duration.ofMinutes(5));
            assertThat(Duration.between(submittedAt, clock.instant())).isEqualTo(outcome.waited());
        }
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(REAL_TIME_LIMIT);
    }

    @Test
    void aTransferNobodyAnswersExpiresAfterThirtyDays(TransfersClient client, TransfersSimulator simulator) {
        TransferEntity created = client.createTransfer(CUSTOMER, newCommerce());
        assertThat(created.getExpirationTime().toInstant()).isEqualTo(simulator.clock().instant()
                .plus(Duration.ofDays(30)));

        simulator.clock().advance(Duration.ofDays(30).minusSeconds(1));
        assertThat(client.getTransfer(CUSTOMER, created.getId()).getStatus().value()).isEqualTo("InProgress");

        simulator.clock().advance(Duration.ofSeconds(1));
        assertThat(client.getTransfer(CUSTOMER, created.getId()).getStatus().value()).isEqualTo("Expired");
    }

    private static TransferCreateRequest newCommerce() {
        return TransferCreateRequest.builder()
                .sourcePartnerTenantId("7c8db11f-1e5e-4472-8386-f0b627d1f3e1")
                .sourcePartnerName("Woodgrove Cloud Services")
                .customerEmailId("it@northwind.example")
                .transferType(TransferType.of(3)).build();
    }
}
