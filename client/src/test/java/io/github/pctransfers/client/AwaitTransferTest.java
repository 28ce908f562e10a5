package io.github.pctransfers.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pctransfers.client.errors.NotFoundException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The waits on WireMock: the sync loop on a recorded sleeper, the async one on the client's own threads (polls that
 * answer at once, so nothing waits for real), what ends a wait other than a status, and the arguments refused.
 * The lifecycle in virtual time is tested against the simulator (pc-transfers-simulator's AwaitTransferTest).
 */
class AwaitTransferTest extends WireMockTestBase {
    private static final AwaitOptions HOUR_APART = AwaitOptions.builder().initialInterval(Duration.ofMinutes(60))
            .maxInterval(Duration.ofMinutes(60)).timeout(Duration.ofHours(5)).build();

    private static void answers(String state, String status, String next) {
        SERVER.stubFor(get(urlEqualTo(TRANSFER_PATH)).inScenario("transfer").whenScenarioStateIs(state)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"id\":\"" + TRANSFER_ID + "\",\"status\":\"" + status + "\"}"))
                .willSetStateTo(next));
    }

    @Test
    void theSyncWaitSleepsTheGrowingIntervalsOnTheClientsSleeper() {
        MutableClock clock = new MutableClock(Instant.parse("2025-01-01T00:00:00Z"));
        answers(STARTED, "InProgress", "second");
        answers("second", "InProgress", "third");
        answers("third", "Complete", "third");
        try (TransfersClient client = clientBuilder().clock(clock).sleeper(sleeper.advancing(clock)).build()) {
            TransferOutcome outcome = client.awaitTransfer(CUSTOMER_ID, TRANSFER_ID);

            assertThat(outcome.status().value()).isEqualTo("Complete");
            assertThat(outcome.polls()).isEqualTo(3);
            assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4));
            assertThat(outcome.waited()).isEqualTo(Duration.ofSeconds(6));
        }
    }

    @Test
    void theAsyncWaitPollsOnThePoolOfTheClientAndNotOnTheCallersThread() throws Exception {
        answers(STARTED, "Complete", STARTED);
        List<String> pollThreads = new CopyOnWriteArrayList<>();
        try (TransfersClient client = clientBuilder().build()) {
            CompletableFuture<TransferOutcome> future = client.awaitTransferAsync(CUSTOMER_ID, TRANSFER_ID,
                    AwaitOptions.defaults(), t -> pollThreads.add(Thread.currentThread().getName()));

            TransferOutcome outcome = future.get(30, TimeUnit.SECONDS);

            assertThat(outcome.status().value()).isEqualTo("Complete");
            assertThat(pollThreads).singleElement().asString().startsWith("pc-transfers-await-poll-");
        }
    }

    @Test
    void closingTheClientEndsTheAsyncWaitsItStillRuns() {
        answers(STARTED, "InProgress", STARTED);
        TransfersClient client = clientBuilder().build();
        CompletableFuture<TransferOutcome> future = client.awaitTransferAsync(CUSTOMER_ID, TRANSFER_ID, HOUR_APART);

        client.close();

        assertThat(future).isCompletedExceptionally();
        assertThatThrownBy(future::join).hasCauseInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
    }

    @Test
    void aWithdrawnLegacyTransferEndsTheWaitWithNotFound() {
        SERVER.stubFor(get(urlEqualTo(TRANSFER_PATH)).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"code\":900100,\"description\":\"Transfer not found\"}")));
        try (TransfersClient client = clientBuilder().build()) {
            assertThatThrownBy(() -> client.awaitTransfer(CUSTOMER_ID, TRANSFER_ID, HOUR_APART))
                    .isInstanceOf(NotFoundException.class);
            assertThat(sleeper.waits).isEmpty();
        }
    }

    @Test
    void badArgumentsAndAClosedClientAreRefusedBeforeAnythingIsSent() {
        TransfersClient client = clientBuilder().build();

        assertThatThrownBy(() -> client.awaitTransfer("not-a-guid", TRANSFER_ID))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("customerId");
        assertThatThrownBy(() -> client.watchTransfer(CUSTOMER_ID, "../x", AwaitOptions.defaults()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("transferId");
        assertThatThrownBy(() -> client.awaitTransferAsync(CUSTOMER_ID, TRANSFER_ID, null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("options");
        client.close();
        assertThatThrownBy(() -> client.awaitTransfer(CUSTOMER_ID, TRANSFER_ID))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> client.awaitTransferAsync(CUSTOMER_ID, TRANSFER_ID, AwaitOptions.defaults()))
                .isInstanceOf(IllegalStateException.class);
        assertThat(requests()).isEmpty();
    }
}
