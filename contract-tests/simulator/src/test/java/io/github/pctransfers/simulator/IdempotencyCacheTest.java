package io.github.pctransfers.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** First results by MS-RequestId: a repeat, even one that arrives while the first still runs, never acts twice. */
@Timeout(20)
class IdempotencyCacheTest {
    private final AtomicInteger runs = new AtomicInteger();

    @Test
    void aRepeatWaitingForTheFirstGetsItsResultWithoutRunningAgain() throws Exception {
        IdempotencyCache cache = new IdempotencyCache(10);
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<IdempotencyCache.Outcome> first = pool.submit(() -> cache.run("k", () -> {
                firstStarted.countDown();
                await(releaseFirst);
                return response(runs.incrementAndGet());
            }));
            assertThat(firstStarted.await(10, TimeUnit.SECONDS)).isTrue();
            AtomicReference<Thread> repeatThread = new AtomicReference<>();
            Future<IdempotencyCache.Outcome> repeat = pool.submit(() -> {
                repeatThread.set(Thread.currentThread());
                return cache.run("k", () -> response(runs.incrementAndGet()));
            });
            awaitWaiting(repeatThread);

            releaseFirst.countDown();

            assertThat(first.get(10, TimeUnit.SECONDS).replayed()).isFalse();
            IdempotencyCache.Outcome repeated = repeat.get(10, TimeUnit.SECONDS);
            assertThat(repeated.replayed()).isTrue();
            assertThat(repeated.response().status()).isEqualTo(1);
            assertThat(runs).hasValue(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFailedFirstRunIsForgottenSoThatARepeatRuns() {
        IdempotencyCache cache = new IdempotencyCache(10);
        assertThatThrownBy(() -> cache.run("k", () -> {
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        assertThat(cache.run("k", () -> response(7)).replayed()).isFalse();
    }

    @Test
    void theOldestKeysAreDroppedPastCapacity() {
        IdempotencyCache cache = new IdempotencyCache(2);
        cache.run("a", () -> response(1));
        cache.run("b", () -> response(2));
        cache.run("c", () -> response(3));

        assertThat(cache.run("a", () -> response(4)).replayed()).isFalse();
        assertThat(cache.run("c", () -> response(5)).response().status()).isEqualTo(3);
    }

    @Test
    void theOldestResultsAreDroppedWhileTheBodiesKeptExceedTheByteBound() {
        IdempotencyCache cache = new IdempotencyCache(100, 250);
        cache.run("a", () -> responseOfBytes(100));
        cache.run("b", () -> responseOfBytes(100));
        assertThat(cache.bodyBytes()).isEqualTo(200);

        cache.run("c", () -> responseOfBytes(100));

        assertThat(cache.size()).isEqualTo(2);
        assertThat(cache.bodyBytes()).isEqualTo(200);
        assertThat(cache.run("a", () -> responseOfBytes(1)).replayed()).isFalse();
    }

    @Test
    void theNewestResultIsKeptEvenWhenItAloneExceedsTheByteBound() {
        IdempotencyCache cache = new IdempotencyCache(100, 10);
        cache.run("big", () -> responseOfBytes(1000));

        assertThat(cache.size()).isEqualTo(1);
        assertThat(cache.run("big", () -> responseOfBytes(1)).replayed()).isTrue();
    }

    @Test
    void theDefaultBoundsAreTenThousandKeysAnd32MebibytesOfBodies() {
        assertThat(IdempotencyCache.DEFAULT_MAX_BODY_BYTES).isEqualTo(32L * 1024 * 1024);
        IdempotencyCache cache = new IdempotencyCache(10_000);
        for (int i = 0; i < 10_050; i++) {
            cache.run("k" + i, () -> responseOfBytes(10));
        }
        assertThat(cache.size()).isEqualTo(10_000);
        assertThat(cache.bodyBytes()).isEqualTo(100_000);
    }

    private static SimResponse responseOfBytes(int bytes) {
        return new SimResponse(200, Map.of(), new byte[bytes], Duration.ZERO, null, false);
    }

    private static SimResponse response(int marker) {
        return new SimResponse(marker, Map.of(), null, Duration.ZERO, null, false);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits until the repeat's thread blocks on the first result. */
    private static void awaitWaiting(AtomicReference<Thread> thread) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (thread.get() == null || thread.get().getState() != Thread.State.TIMED_WAITING) {
            if (System.nanoTime() > deadline) {
                fail("the repeat never waited for the first request");
            }
            Thread.sleep(2);
        }
    }
}
