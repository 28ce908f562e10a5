package io.github.pctransfers.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.pctransfers.client.TransfersClient;
import io.github.pctransfers.client.errors.NotFoundException;
import io.github.pctransfers.client.model.TransferCreateRequests;
import io.github.pctransfers.client.model.TransferEntity;
import io.github.pctransfers.client.model.TransferType;
import io.github.pctransfers.simulator.TransfersSimulator;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The simulator driven at its full rate (closed loop, no pause) for a bounded time: 6 s by default (2 s, then 4 s
 * with the slow clients), 2 minutes with {@code -Dreliability.long=true}. Every create is a new-commerce transfer (the kind any customer
 * may create) on one of 500 customers, so the store and the idempotency cache fill past their limits. Its heap
 * stays bounded, the store keeps at most its 10,000 transfers, and while 16 slow clients trickle bytes (8 their
 * headers, 8 a request body, one byte every 100 ms) the others keep getting answers.
 */
@Order(5)
@Timeout(900)
class SimulatorSoakTest {
    static final Duration DURATION = Evidence.longRun() ? Duration.ofMinutes(2) : Duration.ofSeconds(6);
    static final int WORKERS = 4;
    static final int CUSTOMERS = 500;
    static final int SLOW_CLIENTS = 16;
    static final int STORE_LIMIT = 10_000;
    /** The store's 10,000 transfers (about 2 KB each) plus the cache's 32 MiB of bodies, with room to spare. */
    static final long HEAP_GROWTH_BOUND = 128L * 1024 * 1024;
    /** A call answered later than this while slow clients trickle counts as starved. */
    static final Duration ANSWER_BOUND = Duration.ofSeconds(2);

    static String customer(int i) {
        return String.format(Locale.ROOT, "50a1c000-0000-4000-8000-%012d", i);
    }

    @Test
    void atFullRateTheHeapStaysBoundedAndSlowClientsStarveNobody() throws Exception {
        try (TransfersSimulator simulator = TransfersSimulator.builder()
                .seed(LoadSeed.write("soak-seed.json", 1, 1)).start();
                TransfersClient client = TransfersClient.builder().baseUrl(simulator.baseUrl())
                        .accessToken(() -> Canary.TOKEN).build()) {
            long heapBefore = Measure.heapAfterGc();
            AtomicBoolean stop = new AtomicBoolean();
            AtomicBoolean slowPhase = new AtomicBoolean();
            AtomicLong calls = new AtomicLong();
            AtomicLong creates = new AtomicLong();
            AtomicInteger errors = new AtomicInteger();
            ConcurrentLinkedQueue<Long> normalLatencies = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<Long> slowPhaseLatencies = new ConcurrentLinkedQueue<>();
            List<String> firstCreated = new ArrayList<>();
            long[] maxSampledHeap = {0};

            ExecutorService pool = Executors.newFixedThreadPool(WORKERS + 1 + SLOW_CLIENTS);
            List<Future<?>> workers = new ArrayList<>();
            for (int w = 0; w < WORKERS; w++) {
                workers.add(pool.submit(() -> {
                    while (!stop.get()) {
                        String c = customer(ThreadLocalRandom.current().nextInt(CUSTOMERS));
                        long start = System.nanoTime();
                        try {
                            TransferEntity t = client.createTransfer(c, TransferCreateRequests.newCommerce(
                                    LoadSeed.SOURCE_PARTNER, "Soak Source Partner", "it-admin@soak.example",
                                    TransferType.of(3)));
                            creates.incrementAndGet();
                            synchronized (firstCreated) {
                                if (firstCreated.isEmpty()) {
                                    firstCreated.add(c);
                                    firstCreated.add(t.getId());
                                }
                            }
                            client.getTransfer(c, t.getId());
                            if (ThreadLocalRandom.current().nextInt(4) == 0) {
                                client.cancelTransfer(c, t.getId(), null);
                            }
                            calls.addAndGet(3);
                        } catch (RuntimeException e) {
                            errors.incrementAndGet();
                            Evidence.caught(e);
                        }
                        long nanos = System.nanoTime() - start;
                        (slowPhase.get() ? slowPhaseLatencies : normalLatencies).add(nanos);
                    }
                    return null;
                }));
            }
            pool.submit(() -> {
                while (!stop.get()) {
                    maxSampledHeap[0] = Math.max(maxSampledHeap[0], Measure.heapUsed());
                    Measure.sleep(250);
                }
            });

            long start = System.nanoTime();
            Measure.sleep(DURATION.toMillis() / 3);
            slowPhase.set(true);
            CountDownLatch slowStop = new CountDownLatch(1);
            AtomicInteger slowBytes = new AtomicInteger();
            List<Future<String>> slow = new ArrayList<>();
            for (int i = 0; i < SLOW_CLIENTS; i++) {
                boolean body = i % 2 == 1;
                slow.add(pool.submit(() -> trickle(simulator.port(), body, slowStop, slowBytes)));
            }
            Measure.sleep(DURATION.toMillis() * 2 / 3);
            stop.set(true);
            slowStop.countDown();
            for (Future<?> f : workers) {
                f.get(60, TimeUnit.SECONDS);
            }
            List<String> slowEnds = new ArrayList<>();
            for (Future<String> f : slow) {
                slowEnds.add(f.get(30, TimeUnit.SECONDS));
            }
            pool.shutdownNow();
            double seconds = (System.nanoTime() - start) / 1e9;

            long heapAfter = Measure.heapAfterGc();
            // The store's bound, seen through the API: every customer's transfers together.
            int kept = 0;
            for (int i = 0; i < CUSTOMERS; i++) {
                kept += client.listTransfers(customer(i)).size();
            }
            boolean firstForgotten = catchThrowableOfType(NotFoundException.class,
                    () -> client.getTransfer(firstCreated.get(0), firstCreated.get(1))) != null;

            long[] normal = sortedNanos(normalLatencies);
            long[] during = sortedNanos(slowPhaseLatencies);
            String report = String.format(Locale.ROOT, "## Simulator soak: %.0f s at full rate (%d client threads)%n%n"
                    + "| calls | errors | calls/s | transfers created | kept by the store | first one forgotten | "
                    + "heap after GC before / after | per transfer kept | max heap used, garbage included |%n"
                    + "|---|---|---|---|---|---|---|---|---|%n"
                    + "| %d | %d | %.0f | %d | %d | %s | %s / %s | %.1f KB | %s |%n%n"
                    + "Slow clients: %d (half trickling headers, half a body; %d bytes sent in all); their "
                    + "connections ended: %s.%n%n"
                    + "| create-get(-cancel) round | p50 | p99 | max |%n|---|---|---|---|%n"
                    + "| before the slow clients | %.1f ms | %.1f ms | %.1f ms |%n"
                    + "| while they trickle | %.1f ms | %.1f ms | %.1f ms |%n",
                    seconds, WORKERS, calls.get(), errors.get(), calls.get() / seconds, creates.get(), kept,
                    firstForgotten ? "yes (404)" : "no", Measure.mb(heapBefore), Measure.mb(heapAfter),
                    (heapAfter - heapBefore) / 1024.0 / Math.max(1, kept), Measure.mb(maxSampledHeap[0]), SLOW_CLIENTS, slowBytes.get(), summarize(slowEnds),
                    Measure.percentileMillis(normal, 50), Measure.percentileMillis(normal, 99),
                    Measure.percentileMillis(normal, 100), Measure.percentileMillis(during, 50),
                    Measure.percentileMillis(during, 99), Measure.percentileMillis(during, 100));
            Evidence.report("soak.md", report);

            assertThat(errors).hasValue(0);
            assertThat(kept).as("transfers kept").isLessThanOrEqualTo(STORE_LIMIT);
            if (creates.get() > STORE_LIMIT) {
                assertThat(kept).isEqualTo(STORE_LIMIT);
                assertThat(firstForgotten).as("the oldest transfer is forgotten first").isTrue();
            } else {
                assertThat(kept).isEqualTo((int) creates.get());
            }
            assertThat(heapAfter - heapBefore).as("heap growth after GC").isLessThanOrEqualTo(HEAP_GROWTH_BOUND);
            assertThat(during).as("answers while slow clients trickle").isNotEmpty();
            assertThat(Measure.percentileMillis(during, 99)).as("p99 while slow clients trickle, ms")
                    .isLessThanOrEqualTo(ANSWER_BOUND.toMillis());
        }
    }

    private static long[] sortedNanos(ConcurrentLinkedQueue<Long> values) {
        long[] a = values.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(a);
        return a;
    }

    private static String summarize(List<String> ends) {
        return ends.stream().collect(java.util.stream.Collectors.groupingBy(s -> s,
                java.util.stream.Collectors.counting())).toString();
    }

    /**
     * A slow client: a POST whose headers (or, with {@code body}, whose declared 10,000-byte body) arrive one byte
     * every 100 ms until {@code stop}. Answers how it ended.
     */
    private static String trickle(int port, boolean body, CountDownLatch stop, AtomicInteger sent) {
        String path = "/v1/customers/" + customer(0) + "/transfers";
        String head = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer slow-client\r\n"
                + "Content-Type: application/json\r\nContent-Length: 10000\r\n\r\n";
        byte[] bytes = (body ? "{\"sourcePartnerTenantId\":\"" + "x".repeat(20_000) : head)
                .getBytes(StandardCharsets.US_ASCII);
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 2000);
            OutputStream out = socket.getOutputStream();
            if (body) {
                out.write(head.getBytes(StandardCharsets.US_ASCII));
                out.flush();
            }
            for (int i = 0; i < bytes.length && stop.getCount() > 0; i++) {
                out.write(bytes[i]);
                out.flush();
                sent.incrementAndGet();
                if (stop.await(100, TimeUnit.MILLISECONDS)) {
                    break;
                }
            }
            return "closed by the client";
        } catch (IOException e) {
            return "closed by the server (" + e.getClass().getSimpleName() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }
}
