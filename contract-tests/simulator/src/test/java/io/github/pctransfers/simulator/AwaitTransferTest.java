package io.github.pctransfers.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.pctransfers.client.AwaitOptions;
import io.github.pctransfers.client.Sleeper;
import io.github.pctransfers.client.TransferOutcome;
import io.github.pctransfers.client.TransfersClient;
import io.github.pctransfers.client.errors.RateLimitException;
import io.github.pctransfers.client.errors.TransferAwaitInterruptedException;
import io.github.pctransfers.client.errors.TransferAwaitTimeoutException;
import io.github.pctransfers.client.http.RetryPolicy;
import io.github.pctransfers.client.model.TransferCreateRequest;
import io.github.pctransfers.client.model.TransferEntity;
import io.github.pctransfers.client.model.TransferSubmitLineItem;
import io.github.pctransfers.client.model.TransferSubmitLineItems;
import io.github.pctransfers.client.model.TransferType;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code TransfersClient.awaitTransfer}, {@code watchTransfer} and {@code awaitTransferAsync} against the simulator,
 * all in virtual time: the client's sleeper and async timer move the simulator's clock instead of waiting, so a
 * five-minute transfer is awaited in milliseconds and no test sleeps for real.
 */
class AwaitTransferTest {
    static final String CUSTOMER = "a624f7f8-408b-49b0-9320-df79e56bed55";
    /** processingTime PT2S, synced: completes. */
    static final String FAST = "2B8F4C16-6E0A-4B9C-8F0B-3D7A1E5C9A21";
    /** processingTime PT5M, synced: completes. */
    static final String SLOW = "5D7C3B1A-9E2F-4C6B-8A4D-1F0E3C2B6D59";
    /** processingTime PT2S, syncState None: fails. */
    static final String NOT_SYNCED = "8E3D2A7F-1C4B-4F6E-9A0D-5B2C7E8F1A34";

    /** Polls at most 50 ms apart: the await notices a completion within 50 ms of virtual time. */
    static final AwaitOptions TIGHT = AwaitOptions.builder().initialInterval(Duration.ofMillis(10))
            .maxInterval(Duration.ofMillis(50)).multiplier(2).timeout(Duration.ofMinutes(1)).build();

    static final SimulatorClock CLOCK = SimulatorClock.frozenAt(Instant.parse("2025-03-01T09:00:00Z"));
    static final List<Exchange> EXCHANGES = Collections.synchronizedList(new ArrayList<>());
    static TransfersSimulator simulator;

    /** Every wait the client asked for, in order; each moved the clock instead of sleeping. */
    final List<Duration> sleeps = Collections.synchronizedList(new ArrayList<>());
    final VirtualScheduler scheduler = new VirtualScheduler(CLOCK);
    TransfersClient client;

    @BeforeAll
    static void startSimulator() throws URISyntaxException {
        Path seed = Path.of(AwaitTransferTest.class.getClassLoader()
                .getResource("simulator/seeds/await-lifecycle/seed.json").toURI());
        simulator = TransfersSimulator.builder().seed(seed).clock(CLOCK).exchangeListener(EXCHANGES::add).start();
    }

    @AfterAll
    static void stopSimulator() {
        simulator.close();
    }

    @BeforeEach
    void freshStateAndClient() {
        simulator.reset();
        EXCHANGES.clear();
        client = client(RetryPolicy.defaults(), this::virtualSleep);
    }

    @AfterEach
    void closeClient() {
        client.close();
    }

    private void virtualSleep(Duration d) {
        sleeps.add(d);
        CLOCK.advance(d);
    }

    private TransfersClient client(RetryPolicy retries, Sleeper sleeper) {
        return TransfersClient.builder().clock(CLOCK).sleeper(sleeper).awaitScheduler(scheduler)
                .baseUrl(simulator.baseUrl())
                .accessToken(() -> "simulator-token")
                .retryPolicy(retries)
                .build();
    }

    /** A new-commerce transfer with {@code subscriptions} submitted: InProgress while they are processed. */
    private TransferEntity submitted(String... subscriptions) {
        TransferEntity created = client.createTransfer(CUSTOMER, newCommerce());
        List<TransferSubmitLineItem> items = new ArrayList<>();
        for (String s : subscriptions) {
            items.add(TransferSubmitLineItems.onlineServicesNce(s));
        }
        TransferEntity submitted = client.submitTransfer(CUSTOMER, created.getId(), items);
        assertThat(submitted.getStatus().value()).isEqualTo("InProgress");
        return submitted;
    }

    private static TransferCreateRequest newCommerce() {
        return TransferCreateRequest.builder()
                .sourcePartnerTenantId("7c8db11f-1e5e-4472-8386-f0b627d1f3e1")
                .sourcePartnerName("Woodgrove Cloud Services")
                .customerEmailId("it@northwind.example")
                .transferType(TransferType.of(3)).build();
    }

    private static long gets() {
        synchronized (EXCHANGES) {
            return EXCHANGES.stream().filter(e -> e.operation() == Operation.GET_TRANSFER).count();
        }
    }

    // ---- awaitTransfer ---------------------------------------------------------------------------------------

    @Test
    void awaitReturnsWithinFiftyMillisecondsOfVirtualTimeAfterTheSimulatorCompletesTheTransfer() {
        TransferEntity transfer = submitted(FAST);
        Instant submittedAt = CLOCK.instant();

        TransferOutcome outcome = client.awaitTransfer(CUSTOMER, transfer.getId(), TIGHT);

        assertThat(outcome.status().value()).isEqualTo("Complete");
        assertThat(outcome.succeeded()).isTrue();
        assertThat(outcome.failedLineItems()).isEmpty();
        Instant completedAt = outcome.transfer().getCompletedTime().toInstant();
        assertThat(completedAt).isEqualTo(submittedAt.plusSeconds(2));
        assertThat(Duration.between(completedAt, CLOCK.instant())).isBetween(Duration.ZERO, Duration.ofMillis(50));
        assertThat(outcome.polls()).isEqualTo(gets()).isGreaterThan(2);
        assertThat(sleeps).allSatisfy(d -> assertThat(d).isLessThanOrEqualTo(Duration.ofMillis(50)));
        assertThat(sleeps.subList(0, 3)).containsExactly(Duration.ofMillis(10), Duration.ofMillis(20),
                Duration.ofMillis(40));
    }

    @Test
    void theDefaultBackoffDoublesFromTwoSecondsUpToAMinute() {
        TransferEntity transfer = submitted(SLOW);

        TransferOutcome outcome = client.awaitTransfer(CUSTOMER, transfer.getId());

        assertThat(outcome.status().value()).isEqualTo("Complete");
        assertThat(sleeps).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8),
                Duration.ofSeconds(16), Duration.ofSeconds(32), Duration.ofSeconds(60), Duration.ofSeconds(60),
                Duration.ofSeconds(60), Duration.ofSeconds(60));
        assertThat(outcome.waited()).isEqualTo(Duration.ofSeconds(302));
    }

    @Test
    void awaitReturnsTheLineItemsThatFailedWhenSomeMoved() {
        TransferEntity transfer = submitted(FAST, NOT_SYNCED);

        TransferOutcome outcome = client.awaitTransfer(CUSTOMER, transfer.getId(), TIGHT);

        assertThat(outcome.status().value()).isEqualTo("PartiallyComplete");
        assertThat(outcome.succeeded()).isFalse();
        assertThat(outcome.failedLineItems()).singleElement().satisfies(item -> {
            assertThat(item.getSubscriptionId()).isEqualToIgnoringCase(NOT_SYNCED);
            assertThat(item.getStatus().value()).isEqualTo("Failed");
            assertThat(item.getTransferError()).contains("SyncState");
        });
    }

    @Test
    void awaitEndsFailedWhenNoLineItemMoved() {
        TransferEntity transfer = submitted(NOT_SYNCED);

        TransferOutcome outcome = client.awaitTransfer(CUSTOMER, transfer.getId(), TIGHT);

        assertThat(outcome.status().value()).isEqualTo("Failed");
        assertThat(outcome.failedLineItems()).singleElement()
                .satisfies(item -> assertThat(item.getSubscriptionId()).isEqualToIgnoringCase(NOT_SYNCED));
    }

    @Test
    void aTransferNeverSubmittedEndsExpiredAtItsExpirationTime() {
        TransferEntity created = client.createTransfer(CUSTOMER, newCommerce());
        Instant expiration = created.getExpirationTime().toInstant();
        AwaitOptions patient = AwaitOptions.builder().initialInterval(Duration.ofHours(1))
                .maxInterval(Duration.ofDays(1)).timeout(Duration.ofDays(31)).build();

        TransferOutcome outcome = client.awaitTransfer(CUSTOMER, created.getId(), patient);

        assertThat(outcome.status().value()).isEqualTo("Expired");
        assertThat(outcome.failedLineItems()).isEmpty();
        assertThat(CLOCK.instant()).isBetween(expiration, expiration.plus(Duration.ofDays(1)));
    }

    @Test
    void theTimeoutExceptionComesAtTheDeadlineWithTheLastStateSeen() {
        TransferEntity transfer = submitted(SLOW);
        Instant start = CLOCK.instant();
        AwaitOptions oneMinute = AwaitOptions.builder().initialInterval(Duration.ofSeconds(1))
                .maxInterval(Duration.ofSeconds(25)).timeout(Duration.ofMinutes(1)).build();

        TransferAwaitTimeoutException e = catchThrowableOfType(
                () -> client.awaitTransfer(CUSTOMER, transfer.getId(), oneMinute), TransferAwaitTimeoutException.class);

        assertThat(CLOCK.instant()).isEqualTo(start.plus(Duration.ofMinutes(1)));
        assertThat(e.lastSeen().getStatus().value()).isEqualTo("InProgress");
        assertThat(e.lastSeen().getId()).isEqualTo(transfer.getId());
        assertThat(e.timeout()).isEqualTo(Duration.ofMinutes(1));
        assertThat(e.polls()).isEqualTo(gets());
        assertThat(e).hasMessageContaining(transfer.getId()).hasMessageContaining("last seen InProgress");
        // 1, 2, 4, 8, 16, 25 s, then the 4 s left: the last poll is at the deadline itself.
        assertThat(sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4),
                Duration.ofSeconds(8), Duration.ofSeconds(16), Duration.ofSeconds(25), Duration.ofSeconds(4));
    }

    @Test
    void anInterruptEndsTheWaitAndKeepsTheThreadsInterruptStatus() {
        TransferEntity transfer = submitted(SLOW);
        List<Duration> asked = new ArrayList<>();
        // Like Thread.sleep: the second wait is interrupted, which clears the flag and throws.
        try (TransfersClient interrupted = client(RetryPolicy.defaults(), d -> {
            asked.add(d);
            if (asked.size() == 2) {
                throw new InterruptedException("sleep interrupted");
            }
            CLOCK.advance(d);
        })) {
            TransferAwaitInterruptedException e = catchThrowableOfType(
                    () -> interrupted.awaitTransfer(CUSTOMER, transfer.getId(), AwaitOptions.defaults()),
                    TransferAwaitInterruptedException.class);

            assertThat(Thread.interrupted()).as("interrupt status kept").isTrue();
            assertThat(e.lastSeen().getStatus().value()).isEqualTo("InProgress");
            assertThat(e.getCause()).isInstanceOf(InterruptedException.class);
            assertThat(gets()).isEqualTo(2);
        }
    }

    @Test
    void aThreadAlreadyInterruptedDoesNotPollAndStaysInterrupted() {
        TransferEntity transfer = submitted(SLOW);
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> client.awaitTransfer(CUSTOMER, transfer.getId(), TIGHT))
                    .isInstanceOf(TransferAwaitInterruptedException.class);
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
        assertThat(gets()).isZero();
    }

    @Test
    void a429IsWaitedOutForItsRetryAfterAndPollingGoesOn() {
        TransferEntity transfer = submitted(FAST);
        simulator.injectFault(SimulatedFault.throttle(Duration.ofSeconds(7)).on(Operation.GET_TRANSFER));
        try (TransfersClient noRetries = client(RetryPolicy.none(), this::virtualSleep)) {
            TransferOutcome outcome = noRetries.awaitTransfer(CUSTOMER, transfer.getId(), TIGHT);

            assertThat(outcome.status().value()).isEqualTo("Complete");
            assertThat(sleeps.get(0)).isEqualTo(Duration.ofSeconds(7));
            List<Integer> statuses = EXCHANGES.stream().filter(e -> e.operation() == Operation.GET_TRANSFER)
                    .map(Exchange::status).collect(Collectors.toList());
            assertThat(statuses).containsExactly(429, 200);
        }
    }

    @Test
    void aRetryAfterPastTheDeadlineEndsTheWaitAtTheDeadlineWithoutPollingEarly() {
        TransferEntity transfer = submitted(FAST);
        simulator.injectFault(SimulatedFault.throttle(Duration.ofMinutes(5)).on(Operation.GET_TRANSFER));
        Instant start = CLOCK.instant();
        try (TransfersClient noRetries = client(RetryPolicy.none(), this::virtualSleep)) {
            TransferAwaitTimeoutException e = catchThrowableOfType(
                    () -> noRetries.awaitTransfer(CUSTOMER, transfer.getId(), TIGHT),
                    TransferAwaitTimeoutException.class);

            assertThat(CLOCK.instant()).isEqualTo(start.plus(TIGHT.timeout()));
            assertThat(e.getCause()).isInstanceOf(RateLimitException.class);
            assertThat(e.lastSeen()).isNull();
            assertThat(gets()).isEqualTo(1);
        }
    }

    // ---- watchTransfer ---------------------------------------------------------------------------------------

    @Test
    void theWatchStreamShowsEachDistinctStateThenEnds() {
        TransferEntity transfer = submitted(SLOW);

        List<String> states = client.watchTransfer(CUSTOMER, transfer.getId(), AwaitOptions.defaults())
                .map(t -> t.getStatus().value()).collect(Collectors.toList());

        assertThat(states).containsExactly("InProgress", "Complete");
        assertThat(gets()).isEqualTo(10);
    }

    @Test
    void theWatchStreamIsLazy() {
        TransferEntity transfer = submitted(SLOW);

        TransferEntity first = client.watchTransfer(CUSTOMER, transfer.getId(), AwaitOptions.defaults())
                .findFirst().orElseThrow();

        assertThat(first.getStatus().value()).isEqualTo("InProgress");
        assertThat(gets()).isEqualTo(1);
        assertThat(sleeps).isEmpty();
    }

    // ---- awaitTransferAsync ----------------------------------------------------------------------------------

    @Test
    void theAsyncAwaitCompletesOnTheTimerAndTellsEachChange() throws Exception {
        TransferEntity transfer = submitted(FAST);
        List<String> seen = Collections.synchronizedList(new ArrayList<>());

        CompletableFuture<TransferOutcome> future = client.awaitTransferAsync(CUSTOMER, transfer.getId(), TIGHT,
                t -> seen.add(t.getStatus().value()));

        assertThat(future).isNotDone();
        assertThat(gets()).as("nothing polls on the caller's thread").isZero();
        scheduler.runUntil(future::isDone);
        TransferOutcome outcome = future.get();
        assertThat(outcome.status().value()).isEqualTo("Complete");
        assertThat(seen).containsExactly("InProgress", "Complete");
        Instant completedAt = outcome.transfer().getCompletedTime().toInstant();
        assertThat(Duration.between(completedAt, CLOCK.instant())).isBetween(Duration.ZERO, Duration.ofMillis(50));
        assertThat(sleeps).as("the async await never sleeps").isEmpty();
        assertThat(scheduler.scheduled()).isZero();
    }

    @Test
    void cancellingTheAsyncAwaitStopsThePolling() {
        TransferEntity transfer = submitted(SLOW);
        CompletableFuture<TransferOutcome> future = client.awaitTransferAsync(CUSTOMER, transfer.getId(),
                AwaitOptions.defaults());
        scheduler.runNext();
        scheduler.runNext();
        assertThat(gets()).isEqualTo(2);
        assertThat(scheduler.scheduled()).isEqualTo(1);

        assertThat(future.cancel(true)).isTrue();

        assertThat(scheduler.scheduled()).as("the next poll is taken off the timer").isZero();
        while (scheduler.runNext()) {
            // nothing left to run
        }
        assertThat(gets()).isEqualTo(2);
        assertThatThrownBy(future::join).isInstanceOf(CancellationException.class);
    }

    @Test
    void theAsyncAwaitEndsWithTheTimeoutExceptionAtTheDeadline() {
        TransferEntity transfer = submitted(SLOW);
        Instant start = CLOCK.instant();
        AwaitOptions oneMinute = AwaitOptions.builder().initialInterval(Duration.ofSeconds(1))
                .maxInterval(Duration.ofSeconds(25)).timeout(Duration.ofMinutes(1)).build();
        CompletableFuture<TransferOutcome> future = client.awaitTransferAsync(CUSTOMER, transfer.getId(), oneMinute);

        scheduler.runUntil(future::isDone);

        assertThat(CLOCK.instant()).isEqualTo(start.plus(Duration.ofMinutes(1)));
        assertThat(gets()).isEqualTo(8);
        assertThatThrownBy(future::get).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(TransferAwaitTimeoutException.class)
                .satisfies(e -> assertThat(((TransferAwaitTimeoutException) e).lastSeen().getStatus().value())
                        .isEqualTo("InProgress"));
    }

    @Test
    void closingTheClientEndsAPendingAsyncAwait() {
        TransferEntity transfer = submitted(SLOW);
        CompletableFuture<TransferOutcome> future = client.awaitTransferAsync(CUSTOMER, transfer.getId(), TIGHT);
        scheduler.runNext();

        client.close();

        assertThat(future).isCompletedExceptionally();
        assertThatThrownBy(future::join).hasCauseInstanceOf(IllegalStateException.class);
        assertThat(scheduler.scheduled()).isZero();
    }
}
