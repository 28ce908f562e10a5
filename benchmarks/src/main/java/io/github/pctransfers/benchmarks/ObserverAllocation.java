package io.github.pctransfers.benchmarks;

import io.github.pctransfers.client.TransfersClient;
import io.github.pctransfers.client.observability.TransfersObserver;
import io.github.pctransfers.micrometer.MicrometerTransfersObserver;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * Bytes allocated per {@code getTransfer} by the calling thread alone ({@code ThreadMXBean}), which a loaded machine
 * does not blur as it blurs JMH's all-threads {@code gc.alloc.rate.norm}: no observer, an observer that does
 * nothing (the client's events alone), the Micrometer observer on a registry with a handler that does nothing (the
 * Observation machinery), and with {@code DefaultMeterObservationHandler} on a {@code SimpleMeterRegistry}.
 *
 * <p>Every client is warmed up with {@value #WARM_UP} calls before the first round: after fewer, C2 has not
 * compiled the whole path on a busy 2-core machine, and objects its escape analysis later removes are still
 * counted (a round then reads hundreds of bytes more, and differently from one run to the next).
 */
final class ObserverAllocation {
    private static final int WARM_UP = 20_000;
    private static final int CALLS = 5_000;

    private ObserverAllocation() {
    }

    static String table() throws Exception {
        try (CannedServer server = new CannedServer()) {
            ObservationRegistry bare = ObservationRegistry.create();
            bare.observationConfig().observationHandler(context -> true);
            ObservationRegistry meters = ObservationRegistry.create();
            meters.observationConfig().observationHandler(new DefaultMeterObservationHandler(new SimpleMeterRegistry()));
            TransfersClient[] clients = {
                client(server, null),
                client(server, new TransfersObserver<Void>() {
                }),
                client(server, MicrometerTransfersObserver.builder(bare).build()),
                client(server, MicrometerTransfersObserver.builder(meters).build())};
            for (TransfersClient c : clients) {
                for (int i = 0; i < WARM_UP; i++) {
                    c.getTransfer(CannedServer.CUSTOMER, CannedServer.TRANSFER);
                }
            }
            StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%n| Calling thread, bytes per call "
                    + "(%,d calls, each client warmed up with %,d) | no observer | empty observer "
                    + "| Micrometer, no-op handler | Micrometer + meters | more than no observer "
                    + "|%n|---|---|---|---|---|---|%n", CALLS, WARM_UP));
            for (int round = 1; round <= 3; round++) {
                double[] bytes = new double[clients.length];
                for (int i = 0; i < clients.length; i++) {
                    bytes[i] = perCall(clients[i]);
                }
                table.append(String.format(Locale.ROOT, "| round %d | %.0f | %.0f | %.0f | %.0f | %.0f |%n", round,
                        bytes[0], bytes[1], bytes[2], bytes[3], bytes[3] - bytes[0]));
            }
            for (TransfersClient c : clients) {
                c.close();
            }
            return table.toString();
        }
    }

    private static TransfersClient client(CannedServer server, TransfersObserver<?> observer) {
        TransfersClient.Builder builder = TransfersClient.builder().baseUrl(server.baseUrl())
                .accessToken(() -> "benchmark-token");
        return (observer == null ? builder : builder.observer(observer)).build();
    }

    private static double perCall(TransfersClient client) {
        long before = allocated();
        for (int i = 0; i < CALLS; i++) {
            client.getTransfer(CannedServer.CUSTOMER, CannedServer.TRANSFER);
        }
        return (allocated() - before) / (double) CALLS;
    }

    private static long allocated() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }
}
