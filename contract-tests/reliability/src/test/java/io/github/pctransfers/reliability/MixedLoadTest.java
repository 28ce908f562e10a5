package io.github.pctransfers.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pctransfers.client.TransfersClient;
import io.github.pctransfers.client.model.TransferCreateRequest;
import io.github.pctransfers.client.model.TransferEntity;
import io.github.pctransfers.client.model.TransferLineItem;
import io.github.pctransfers.simulator.TransfersSimulator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The load: 32 threads share one client against the simulator, each making mixed calls (create, get,
 * list, accept, reject, withdraw) on a customer of its own. Zero errors; after {@code close()} no connection to
 * the simulator is left open and no thread of the client is left running; the heap after full GCs is back to its
 * level before the client existed. Throughput and p50/p99 are printed. 100 calls per thread by default, 1,000
 * with {@code -Dreliability.long=true}.
 */
@Order(4)
@Timeout(600)
class MixedLoadTest {
    static final int THREADS = 32;
    static final int CALLS_PER_THREAD = Evidence.longRun() ? 1_000 : 100;
    /** One cycle: create, get, accept; create, list, reject; create, withdraw. One subscription moves per cycle. */
    static final int CYCLE = 8;
    static final long HEAP_TOLERANCE = 16L * 1024 * 1024;

    @Test
    void thirtyTwoThreadsShareOneClientWithoutErrorsOrLeaks() throws Exception {
        int subscriptions = CALLS_PER_THREAD / CYCLE + 2;
        try (TransfersSimulator simulator = TransfersSimulator.builder()
                .seed(LoadSeed.write("load-seed.json", THREADS, subscriptions)).start()) {
            // Warm up classes and pools with another client, so that the baseline is not the cold JVM.
            try (TransfersClient warm = client(simulator)) {
                runThreads(warm, 4, CYCLE * 2, new AtomicInteger(), new ArrayList<>());
            }
            simulator.reset();
            waitUntil(() -> Sockets.establishedTo(simulator.port()) == 0, Duration.ofSeconds(5));
            Set<Thread> threadsBefore = Measure.liveThreads();
            long heapBefore = Measure.heapAfterGc();

            AtomicInteger errors = new AtomicInteger();
            List<String> errorTexts = new ArrayList<>();
            TransfersClient client = client(simulator);
            long start = System.nanoTime();
            long[][] latencies = runThreads(client, THREADS, CALLS_PER_THREAD, errors, errorTexts);
            double seconds = (System.nanoTime() - start) / 1e9;
            int pooledAfterLoad = Sockets.establishedTo(simulator.port());
            client.close();
            boolean socketsClosed = waitUntil(() -> Sockets.establishedTo(simulator.port()) == 0,
                    Duration.ofSeconds(5));
            int openAfterClose = Sockets.establishedTo(simulator.port());

            Set<Thread> leftOver = leftOverClientThreads(threadsBefore);
            simulator.reset(); // the simulator's store is the server's memory, not the client's
            client = null;
            long heapAfter = Measure.heapAfterGc();

            long[] sorted = Measure.sorted(latencies);
            int calls = THREADS * CALLS_PER_THREAD;
            String report = String.format(Locale.ROOT, "## Mixed load: %d threads × %d calls through one client%n%n"
                    + "| calls | errors | time | throughput | p50 | p99 | max | connections pooled after the load / "
                    + "after close | client threads left | heap after GC before / after |%n"
                    + "|---|---|---|---|---|---|---|---|---|---|%n"
                    + "| %d | %d | %.1f s | %.0f calls/s | %.1f ms | %.1f ms | %.1f ms | %d / %d | %d | %s / %s |%n",
                    THREADS, CALLS_PER_THREAD, calls, errors.get(), seconds, calls / seconds,
                    Measure.percentileMillis(sorted, 50), Measure.percentileMillis(sorted, 99),
                    Measure.percentileMillis(sorted, 100), pooledAfterLoad, openAfterClose, leftOver.size(),
                    Measure.mb(heapBefore), Measure.mb(heapAfter));
            Evidence.report("mixed-load.md", report + (errorTexts.isEmpty() ? ""
                    : "\nFirst errors:\n\n" + String.join("\n", errorTexts.subList(0, Math.min(5,
                            errorTexts.size()))) + "\n"));

            assertThat(errors).as("errors, first: %s", errorTexts).hasValue(0);
            assertThat(sorted).hasSize(calls);
            if (Sockets.available()) {
                assertThat(pooledAfterLoad).as("pooled connections while the client is open").isPositive();
                assertThat(socketsClosed).as("no connection to the simulator left after close()").isTrue();
            }
            assertThat(leftOver).as("client threads still running after close()").isEmpty();
            assertThat(heapAfter).as("heap after GC: before %s, after %s", Measure.mb(heapBefore),
                    Measure.mb(heapAfter)).isLessThanOrEqualTo(heapBefore + HEAP_TOLERANCE);
        }
    }

    static TransfersClient client(TransfersSimulator simulator) {
        return TransfersClient.builder().baseUrl(simulator.baseUrl()).accessToken(() -> Canary.TOKEN).build();
    }

    /** Runs {@code threads} workers on customers 0.. of the load seed; answers each call's latency in nanos. */
    static long[][] runThreads(TransfersClient client, int threads, int callsPerThread, AtomicInteger errors,
            List<String> errorTexts) throws Exception {
        long[][] latencies = new long[threads][callsPerThread];
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "load-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            CyclicBarrier together = new CyclicBarrier(threads);
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < threads; w++) {
                int worker = w;
                done.add(pool.submit(() -> {
                    together.await();
                    new Worker(client, worker, latencies[worker], errors, errorTexts).run();
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(10, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdown();
            assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }
        return latencies;
    }

    /** Threads that the client may have started and that still run: OkHttp's, and anything new but ours. */
    static Set<Thread> leftOverClientThreads(Set<Thread> before) {
        Set<Thread> left = Set.of();
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (System.nanoTime() < deadline) {
            left = Measure.liveThreads().stream()
                    .filter(t -> !before.contains(t))
                    // The simulator's Jetty pool grows under load and shrinks on its own idle timeout.
                    .filter(t -> !t.getName().startsWith("qtp"))
                    // OkHttp's process-wide task runner: idle workers park and exit after 60 s; a running one is a
                    // leak.
                    .filter(t -> !(t.getName().startsWith("OkHttp TaskRunner")
                            && (t.getState() == Thread.State.WAITING || t.getState() == Thread.State.TIMED_WAITING)))
                    .collect(Collectors.toSet());
            if (left.isEmpty()) {
                return left;
            }
            Measure.sleep(100);
        }
        Map<String, Long> names = Measure.namesByPrefix(left);
        System.out.println("Threads left after close(): " + names);
        return left;
    }

    static boolean waitUntil(java.util.function.BooleanSupplier condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Measure.sleep(50);
        }
        return condition.getAsBoolean();
    }

    /** One thread's calls on its own customer, in cycles of {@link #CYCLE}. */
    static final class Worker {
        private final TransfersClient client;
        private final int customerIndex;
        private final String customer;
        private final long[] latencies;
        private final AtomicInteger errors;
        private final List<String> errorTexts;
        private int call;
        private int subscription;

        Worker(TransfersClient client, int customerIndex, long[] latencies, AtomicInteger errors,
                List<String> errorTexts) {
            this.client = client;
            this.customerIndex = customerIndex;
            this.customer = LoadSeed.customer(customerIndex);
            this.latencies = latencies;
            this.errors = errors;
            this.errorTexts = errorTexts;
        }

        void run() {
            while (call < latencies.length) {
                String moving = LoadSeed.subscription(customerIndex, subscription++);
                String spare = LoadSeed.subscription(customerIndex, subscription);
                TransferEntity a = timed(() -> client.createTransfer(customer, create(moving)));
                timed(() -> a == null ? null : client.getTransfer(customer, a.getId()));
                timed(() -> a == null ? null : client.acceptTransfer(customer, a.getId()));
                TransferEntity b = timed(() -> client.createTransfer(customer, create(spare)));
                timed(() -> client.listTransfers(customer));
                timed(() -> b == null ? null : client.rejectTransfer(customer, b.getId()));
                TransferEntity c = timed(() -> client.createTransfer(customer, create(spare)));
                timed(() -> {
                    if (c != null) {
                        client.withdrawTransfer(customer, c.getId());
                    }
                    return null;
                });
            }
        }

        private static TransferCreateRequest create(String subscription) {
            return TransferCreateRequest.builder().sourcePartnerTenantId(LoadSeed.SOURCE_PARTNER)
                    .targetPartnerTenantId(LoadSeed.TARGET_PARTNER)
                    .addLineItemsItem(TransferLineItem.builder().subscriptionId(subscription).build()).build();
        }

        private <T> T timed(java.util.function.Supplier<T> action) {
            if (call >= latencies.length) {
                return null;
            }
            long start = System.nanoTime();
            try {
                return action.get();
            } catch (RuntimeException e) {
                errors.incrementAndGet();
                Evidence.caught(e);
                synchronized (errorTexts) {
                    errorTexts.add(e.toString());
                }
                return null;
            } finally {
                latencies[call++] = Math.max(1, System.nanoTime() - start);
            }
        }
    }
}
