package io.github.pctransfers.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pctransfers.client.Sleeper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@link SimulatorClock}: moves, rates, its client sleeper, and the engine told of every move. */
class SimulatorClockTest {
    private static final Instant START = Instant.parse("2025-03-01T09:00:00Z");

    @Test
    void aFrozenClockMovesOnlyWhenSetOrAdvanced() throws InterruptedException {
        SimulatorClock clock = SimulatorClock.frozenAt(START);
        Thread.sleep(5);
        assertThat(clock.instant()).isEqualTo(START);
        assertThat(clock.rate()).isZero();

        assertThat(clock.advance(Duration.ofMinutes(5))).isEqualTo(START.plusSeconds(300));
        assertThat(clock.instant()).isEqualTo(START.plusSeconds(300));

        clock.set(Instant.parse("2020-03-27T18:00:00Z"));
        assertThat(clock.instant()).isEqualTo(Instant.parse("2020-03-27T18:00:00Z"));
        assertThat(clock.millis()).isEqualTo(Instant.parse("2020-03-27T18:00:00Z").toEpochMilli());
    }

    @Test
    void aRunningClockRunsAtItsRateFromWhereItWasSet() throws InterruptedException {
        SimulatorClock clock = SimulatorClock.startingAt(START, 1000);
        long before = System.nanoTime();
        Thread.sleep(20);
        Duration real = Duration.ofNanos(System.nanoTime() - before);

        Duration virtual = Duration.between(START, clock.instant());

        assertThat(virtual).isGreaterThanOrEqualTo(Duration.ofMillis(20).multipliedBy(1000))
                .isLessThanOrEqualTo(real.multipliedBy(1000).plusSeconds(60));
        clock.setRate(0);
        Instant frozen = clock.instant();
        Thread.sleep(5);
        assertThat(clock.instant()).isEqualTo(frozen);
    }

    @Test
    void badMovesAndRatesAreRefused() {
        SimulatorClock clock = SimulatorClock.frozenAt(START);

        assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("set(Instant) goes back in time");
        assertThatThrownBy(() -> clock.setRate(-2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> clock.setRate(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SimulatorClock.startingAt(START, Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> clock.set(null)).isInstanceOf(NullPointerException.class);
        assertThat(clock.instant()).isEqualTo(START);
    }

    @Test
    void aStartIsAnInstantOrTheDocumentedWorld() {
        assertThat(SimulatorClock.parseStart("documented")).isEqualTo(SimulatorClock.DOCUMENTED_WORLD);
        assertThat(SimulatorClock.parseStart(" 2020-03-27T18:00:00Z ")).isEqualTo(Instant.parse("2020-03-27T18:00:00Z"));
        assertThatThrownBy(() -> SimulatorClock.parseStart("2020-03-27")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ISO-8601 instant").hasMessageContaining("documented");
    }

    @Test
    void itsSleeperAdvancesTheClockInsteadOfSleeping() throws InterruptedException {
        SimulatorClock clock = SimulatorClock.frozenAt(START);
        Sleeper sleeper = clock.sleeper();
        long before = System.nanoTime();

        sleeper.sleep(Duration.ofDays(30));

        assertThat(clock.instant()).isEqualTo(START.plus(Duration.ofDays(30)));
        assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void itsSleeperStillHonoursAnInterrupt() {
        SimulatorClock clock = SimulatorClock.frozenAt(START);
        Thread.currentThread().interrupt();

        assertThatThrownBy(() -> clock.sleeper().sleep(Duration.ofMinutes(1)))
                .isInstanceOf(InterruptedException.class);
        assertThat(Thread.interrupted()).as("the interrupt was consumed by the throw").isFalse();
        assertThat(clock.instant()).isEqualTo(START);
    }

    @Test
    void concurrentAdvancesAddUp() throws Exception {
        SimulatorClock clock = SimulatorClock.frozenAt(START);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 1000; i++) {
                        clock.advance(Duration.ofMillis(1));
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get(10, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(clock.instant()).isEqualTo(START.plusSeconds(8));
    }

    @Test
    void everySetAndAdvanceIsToldWithTheNewNow() {
        SimulatorClock clock = SimulatorClock.frozenAt(START);
        List<Instant> told = Collections.synchronizedList(new ArrayList<>());
        clock.onMove(told::add);

        clock.advance(Duration.ofMinutes(5));
        clock.set(START);
        clock.sleeper();
        clock.setRate(2);

        assertThat(told).containsExactly(START.plusSeconds(300), START);
    }

    @Test
    void aSimulatorHooksItsEngineOntoItsClockUntilClosed() {
        SimulatorClock clock = SimulatorClock.frozenAt(START);
        try (TransfersSimulator simulator = TransfersSimulator.builder().clock(clock).start()) {
            assertThat(simulator.clock()).isSameAs(clock);
            assertThat(clock.moveListeners()).isEqualTo(1);
            clock.advance(Duration.ofMinutes(1));
        }
        assertThat(clock.moveListeners()).isZero();
    }

    @Test
    void aSimulatorBuiltWithAStartAndARateMakesItsOwnClock() {
        try (TransfersSimulator simulator = TransfersSimulator.builder().clockStart(START).clockRate(0).start()) {
            assertThat(simulator.clock().instant()).isEqualTo(START);
            assertThat(simulator.clock().rate()).isZero();
        }
        assertThatThrownBy(() -> TransfersSimulator.builder().clock(SimulatorClock.frozenAt(START)).clockRate(2)
                .start()).isInstanceOf(IllegalStateException.class).hasMessageContaining("excludes");
    }
}
