package io.github.pctransfers.benchmarks;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The client and raw OkHttp + Jackson timed call by call in one JVM, in alternating blocks, against the same
 * {@link CannedServer}: both sides share the JIT state, the heap and whatever else the machine is doing at that
 * moment. On the 2-core machine these figures come from, the p50 of one side moved by up to 40 % from one JMH fork
 * to the next, which hides a 10 % difference between two forks; alternating blocks inside one JVM does not.
 */
final class InterleavedLatency {
    private InterleavedLatency() {
    }

    /** One comparison: a name and the call of each side. */
    private static final class Pair {
        final String operation;
        final Call client;
        final Call okhttp;

        Pair(String operation, Call client, Call okhttp) {
            this.operation = operation;
            this.client = client;
            this.okhttp = okhttp;
        }
    }

    @FunctionalInterface
    private interface Call {
        Object run() throws Exception;
    }

    /**
     * Warms both sides up, then times {@code blocks} blocks of {@code perBlock} calls of each side, the side that
     * goes first alternating from block to block, and returns a Markdown table of p50, p90 and mean per side with
     * their ratios.
     */
    static String run(int warmupCalls, int blocks, int perBlock) throws Exception {
        ClientBenchmarks b = new ClientBenchmarks();
        b.start();
        try {
            List<Pair> pairs = List.of(
                    new Pair("getTransfer", b::getTransfer_client, b::getTransfer_okhttp),
                    new Pair("createTransfer", b::createTransfer_client, b::createTransfer_okhttp));
            StringBuilder table = new StringBuilder("| Operation | calls per side | client p50 | OkHttp p50 "
                    + "| client/OkHttp p50 | client p90 | OkHttp p90 | client mean | OkHttp mean | client/OkHttp mean |\n"
                    + "|---|---|---|---|---|---|---|---|---|---|\n");
            for (Pair p : pairs) {
                for (int i = 0; i < warmupCalls; i++) {
                    p.client.run();
                    p.okhttp.run();
                }
                long[] client = new long[blocks * perBlock];
                long[] okhttp = new long[blocks * perBlock];
                for (int block = 0; block < blocks; block++) {
                    boolean clientFirst = block % 2 == 0;
                    time(clientFirst ? p.client : p.okhttp, clientFirst ? client : okhttp, block * perBlock, perBlock);
                    time(clientFirst ? p.okhttp : p.client, clientFirst ? okhttp : client, block * perBlock, perBlock);
                }
                Arrays.sort(client);
                Arrays.sort(okhttp);
                double c50 = micros(client[client.length / 2]);
                double o50 = micros(okhttp[okhttp.length / 2]);
                double cMean = micros(Arrays.stream(client).sum() / client.length);
                double oMean = micros(Arrays.stream(okhttp).sum() / okhttp.length);
                table.append(String.format(Locale.ROOT, "| %s | %,d | %.0f µs | %.0f µs | **%.2f×** | %.0f µs | %.0f µs "
                        + "| %.0f µs | %.0f µs | %.2f× |%n", p.operation, client.length, c50, o50, c50 / o50,
                        micros(client[client.length * 9 / 10]), micros(okhttp[okhttp.length * 9 / 10]), cMean, oMean,
                        cMean / oMean));
            }
            return table.toString();
        } finally {
            b.stop();
        }
    }

    /**
     * getTransfer by a client without an observer and by one with the Micrometer observer on a
     * {@code SimpleMeterRegistry} ({@link ObserverBenchmarks}'s two clients), alternating call by call (each side
     * first every other call), so that whatever the machine does at a moment falls on both sides alike: {@code
     * rounds} rounds of {@code calls} calls per side after {@code warmupCalls} of each. The observer adds a few
     * microseconds to a call of about a hundred, less than alternating blocks of calls can tell apart on a loaded
     * machine.
     */
    static String observer(int warmupCalls, int rounds, int calls) throws Exception {
        ObserverBenchmarks b = new ObserverBenchmarks();
        b.start();
        try {
            for (int i = 0; i < warmupCalls; i++) {
                b.getTransfer_noObserver();
                b.getTransfer_micrometer();
            }
            StringBuilder table = new StringBuilder("| Round | calls per side | no observer p50 | Micrometer p50 "
                    + "| Micrometer/none p50 | no observer p90 | Micrometer p90 | Micrometer/none mean |\n"
                    + "|---|---|---|---|---|---|---|---|\n");
            for (int round = 1; round <= rounds; round++) {
                long[] plain = new long[calls];
                long[] observed = new long[calls];
                for (int i = 0; i < calls; i++) {
                    boolean plainFirst = i % 2 == 0;
                    time(plainFirst ? b::getTransfer_noObserver : b::getTransfer_micrometer,
                            plainFirst ? plain : observed, i, 1);
                    time(plainFirst ? b::getTransfer_micrometer : b::getTransfer_noObserver,
                            plainFirst ? observed : plain, i, 1);
                }
                Arrays.sort(plain);
                Arrays.sort(observed);
                double p50 = micros(plain[calls / 2]);
                double o50 = micros(observed[calls / 2]);
                table.append(String.format(Locale.ROOT, "| %d | %,d | %.1f µs | %.1f µs | **%.3f×** | %.0f µs "
                        + "| %.0f µs | %.3f× |%n", round, calls, p50, o50, o50 / p50, micros(plain[calls * 9 / 10]),
                        micros(observed[calls * 9 / 10]), (double) Arrays.stream(observed).sum()
                                / Arrays.stream(plain).sum()));
            }
            return table.toString();
        } finally {
            b.stop();
        }
    }

    private static void time(Call call, long[] into, int from, int count) throws Exception {
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            Object result = call.run();
            into[from + i] = System.nanoTime() - start;
            if (result == null) {
                throw new IllegalStateException("a call returned nothing");
            }
        }
    }

    private static double micros(long nanos) {
        return nanos / 1000.0;
    }
}
