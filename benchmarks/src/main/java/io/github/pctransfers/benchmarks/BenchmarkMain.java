package io.github.pctransfers.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs the benchmarks with short settings and prints one summary table with the ratios (benchmarks/README.md).
 *
 * <p>Arguments: any of {@code client}, {@code kit}, {@code simulator}, {@code webhooks} (default: all four), {@code observer}
 * (getTransfer with the Micrometer observer against none, {@link ObserverBenchmarks}), {@code latency} (only
 * the call-by-call comparison in one JVM, {@link InterleavedLatency}, which {@code client} also runs), and
 * {@code rounds=N} (default 2): the client comparisons run N times, every side once per round, so the sides
 * interleave and a noisy machine shows as a spread of the ratios over rounds.
 */
public final class BenchmarkMain {
    private static final String ALLOC = "gc.alloc.rate.norm";

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        Set<String> sections = new java.util.LinkedHashSet<>();
        int rounds = 2;
        for (String arg : args) {
            if (arg.startsWith("rounds=")) {
                rounds = Integer.parseInt(arg.substring("rounds=".length()));
            } else {
                sections.add(arg);
            }
        }
        if (sections.isEmpty()) {
            sections.addAll(List.of("client", "kit", "simulator", "webhooks"));
        }
        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "%n## pc-transfers benchmarks%n%nJVM %s %s, %d processors, "
                        + "load average at start %s%n", System.getProperty("java.vm.name"),
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), load()));
        if (sections.contains("client")) {
            client(rounds, report);
        }
        if (sections.contains("client") || sections.contains("latency")) {
            System.out.println("client against OkHttp, call by call in one JVM ...");
            String load = load();
            report.append(String.format(Locale.ROOT, "%n### The same single-entity calls timed call by call in one JVM, "
                    + "in alternating blocks (20 blocks of 2,000 calls per side after 20,000 warm-up calls; load "
                    + "average before: %s)%n%n", load)).append(InterleavedLatency.run(20_000, 20, 2_000));
        }
        if (sections.contains("observer")) {
            observer(rounds, report);
        }
        if (sections.contains("kit")) {
            kit(report);
        }
        if (sections.contains("simulator")) {
            simulator(report);
        }
        if (sections.contains("webhooks")) {
            webhooks(report);
        }
        System.out.println(report);
    }

    private static ChainedOptionsBuilder base(String include) {
        return new OptionsBuilder().include(include).forks(1).shouldFailOnError(true)
                .verbosity(VerboseMode.SILENT);
    }

    private static void client(int rounds, StringBuilder report) throws RunnerException {
        List<Map<String, RunResult>> byRound = new ArrayList<>();
        List<String> loads = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            System.out.printf(Locale.ROOT, "client comparisons, round %d of %d ...%n", round, rounds);
            loads.add(load());
            Collection<RunResult> results = new Runner(base(ClientBenchmarks.class.getName() + "\\.")
                    .warmupIterations(3).warmupTime(TimeValue.seconds(1))
                    .measurementIterations(3).measurementTime(TimeValue.seconds(2))
                    .addProfiler(GCProfiler.class)
                    .build()).run();
            byRound.add(byMethod(results));
        }
        report.append(String.format(Locale.ROOT, "%n### The client against raw OkHttp + Jackson and java.net.http "
                + "+ Jackson (same server, same run; p50 in µs, allocation in KB per call)%n%n"
                + "Load average before each round: %s%n%n", String.join(" | ", loads)));
        report.append("| Operation | Round | client p50 | OkHttp p50 | client/OkHttp | java.net.http p50 "
                + "| client/jdk | client alloc | OkHttp alloc | alloc client/OkHttp |\n");
        report.append("|---|---|---|---|---|---|---|---|---|---|\n");
        for (String op : List.of("getTransfer", "createTransfer", "listTransfers")) {
            List<Double> timeRatios = new ArrayList<>();
            List<Double> allocRatios = new ArrayList<>();
            for (int r = 0; r < byRound.size(); r++) {
                Map<String, RunResult> m = byRound.get(r);
                double c = p50(m.get(op + "_client"));
                double o = p50(m.get(op + "_okhttp"));
                double j = p50(m.get(op + "_jdk"));
                double ca = alloc(m.get(op + "_client")) / 1024;
                double oa = alloc(m.get(op + "_okhttp")) / 1024;
                timeRatios.add(c / o);
                allocRatios.add(ca / oa);
                report.append(String.format(Locale.ROOT, "| %s | %d | %.0f | %.0f | %.2f× | %.0f | %.2f× | %.1f | "
                        + "%.1f | %.2f× |%n", op, r + 1, c, o, c / o, j, c / j, ca, oa, ca / oa));
            }
            report.append(String.format(Locale.ROOT, "| **%s** | median | | | **%.2f×** | | | | | **%.2f×** |%n",
                    op, median(timeRatios), median(allocRatios)));
        }
        report.append("\n| 10,000 transfers | Round | client p50 (ms) | OkHttp + Jackson p50 (ms) | client/OkHttp "
                + "| Jackson alone on the same bytes p50 (ms) | client/Jackson | the HTTP exchange alone p50 (ms) "
                + "| client alloc (MB) | OkHttp alloc (MB) | Jackson alloc (MB) |\n"
                + "|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (int r = 0; r < byRound.size(); r++) {
            Map<String, RunResult> m = byRound.get(r);
            double c = p50(m.get("listTransfers10k_client")) / 1000;
            double o = p50(m.get("listTransfers10k_okhttp")) / 1000;
            double j = p50(m.get("listTransfers10k_jackson")) / 1000;
            double x = p50(m.get("listTransfers10k_exchange")) / 1000;
            report.append(String.format(Locale.ROOT, "| listTransfers | %d | %.1f | %.1f | %.2f× | %.1f | %.2f× | %.1f "
                    + "| %.1f | %.1f | %.1f |%n", r + 1, c, o, c / o, j, c / j, x,
                    alloc(m.get("listTransfers10k_client")) / 1e6, alloc(m.get("listTransfers10k_okhttp")) / 1e6,
                    alloc(m.get("listTransfers10k_jackson")) / 1e6));
        }
    }

    /** getTransfer with the Micrometer observer against no observer, side by side, each round in one fork. */
    private static void observer(int rounds, StringBuilder report) throws RunnerException {
        report.append(String.format(Locale.ROOT, "%n### getTransfer with the Micrometer observer (SimpleMeterRegistry) "
                + "against no observer (same server, same run; p50 in µs, allocation in bytes per call; targets "
                + "≤ 1.05× and ≤ 2,048 B more)%n%n| Round | load before | no observer p50 | Micrometer p50 | ratio "
                + "| no observer alloc | Micrometer alloc | more per call |%n|---|---|---|---|---|---|---|---|%n"));
        for (int round = 1; round <= rounds; round++) {
            System.out.printf(Locale.ROOT, "observer comparison, round %d of %d ...%n", round, rounds);
            String load = load();
            // A longer warm-up than the client comparisons' 3 s (about 20,000 calls): on a busy 2-core machine, C2
            // had not finished the observed path by then: JVM against JVM, the p50 ratio spread from 0.96x to 1.27x
            // (1.02x to 1.08x after 80,000 calls; 10 s is about 70,000).
            Map<String, RunResult> m = byMethod(new Runner(base(ObserverBenchmarks.class.getName() + "\\.")
                    .warmupIterations(5).warmupTime(TimeValue.seconds(2))
                    .measurementIterations(3).measurementTime(TimeValue.seconds(2))
                    .addProfiler(GCProfiler.class)
                    .build()).run());
            double plain = p50(m.get("getTransfer_noObserver"));
            double observed = p50(m.get("getTransfer_micrometer"));
            double plainAlloc = alloc(m.get("getTransfer_noObserver"));
            double observedAlloc = alloc(m.get("getTransfer_micrometer"));
            report.append(String.format(Locale.ROOT, "| %d | %s | %.1f | %.1f | %.3f× | %.0f | %.0f | %.0f |%n", round,
                    load, plain, observed, observed / plain, plainAlloc, observedAlloc, observedAlloc - plainAlloc));
        }
        System.out.println("observer against none, call by call in one JVM ...");
        try {
            String load = load();
            report.append(String.format(Locale.ROOT, "%n### The same, call by call in one JVM, the two sides "
                    + "alternating call by call (3 rounds of 40,000 calls per side after 40,000 warm-up calls each; "
                    + "load average before: %s)%n%n", load)).append(InterleavedLatency.observer(40_000, 3, 40_000));
        } catch (Exception e) {
            throw new IllegalStateException("the interleaved observer comparison failed", e);
        }
        System.out.println("observer allocation on the calling thread ...");
        try {
            report.append(ObserverAllocation.table());
        } catch (Exception e) {
            throw new IllegalStateException("the allocation probe failed", e);
        }
    }

    private static void kit(StringBuilder report) throws RunnerException {
        System.out.println("kit: check --har (10,000 entries) and the bundled examples, -Xmx256m ...");
        String before = load();
        Collection<RunResult> results = new Runner(base(KitBenchmarks.class.getName() + "\\.")
                .warmupIterations(0).measurementIterations(3)
                .jvmArgsAppend("-Xmx256m")
                .addProfiler(GCProfiler.class)
                .build()).run();
        Map<String, RunResult> m = byMethod(results);
        report.append(String.format(Locale.ROOT, "%n### The kit, Conformance.check end to end in one JVM, -Xmx256m "
                + "(load average before: %s)%n%n| Input | 1st run (cold JVM) | 2nd run | 3rd run | alloc per run |%n"
                + "|---|---|---|---|---|%n", before));
        List<Double> har = shots(m.get("har10k"));
        report.append(String.format(Locale.ROOT, "| HAR, %,d entries | %s | %s | %s | %.0f MB |%n",
                KitBenchmarks.HAR_ENTRIES, rate(har, 0), rate(har, 1), rate(har, 2), alloc(m.get("har10k")) / 1e6));
        List<Double> c1 = shots(m.get("har10kC1"));
        report.append(String.format(Locale.ROOT, "| HAR, %,d entries, C1 only (-XX:TieredStopAtLevel=1) | %s | %s | %s"
                        + " | %.0f MB |%n", KitBenchmarks.HAR_ENTRIES, rate(c1, 0), rate(c1, 1), rate(c1, 2),
                alloc(m.get("har10kC1")) / 1e6));
        List<Double> socket = shots(m.get("har10kOverSocket"));
        report.append(String.format(Locale.ROOT, "| HAR, %,d entries, replay over a loopback socket (the older path)"
                        + " | %s | %s | %s | %.0f MB |%n", KitBenchmarks.HAR_ENTRIES, rate(socket, 0), rate(socket, 1),
                rate(socket, 2), alloc(m.get("har10kOverSocket")) / 1e6));
        List<Double> specOnly = shots(m.get("har10kSpecChecksOnlyC1"));
        report.append(String.format(Locale.ROOT, "| HAR, %,d entries, C1 only, the spec checks alone (HAR read, spec"
                        + " loaded, requests and responses validated; no replay, no reports) | %s | %s | %s | %.0f MB |%n",
                KitBenchmarks.HAR_ENTRIES, ms(specOnly, 0), ms(specOnly, 1), ms(specOnly, 2),
                alloc(m.get("har10kSpecChecksOnlyC1")) / 1e6));
        report.append(String.format(Locale.ROOT, "| the spec checks alone against the whole run, C1 only, time | %s | %s"
                + " | %s | |%n", ratio(specOnly, c1, 0), ratio(specOnly, c1, 1), ratio(specOnly, c1, 2)));
        report.append(String.format(Locale.ROOT, "| C1 only against default, time per run | %s | %s | %s | |%n",
                ratio(c1, har, 0), ratio(c1, har, 1), ratio(c1, har, 2)));
        report.append(String.format(Locale.ROOT, "| in-process against socket, time per run | %s | %s | %s | |%n",
                ratio(har, socket, 0), ratio(har, socket, 1), ratio(har, socket, 2)));
        List<Double> examples = shots(m.get("bundledExamples"));
        report.append(String.format(Locale.ROOT, "| bundled examples | %s | %s | %s | %.0f MB |%n",
                ms(examples, 0), ms(examples, 1), ms(examples, 2), alloc(m.get("bundledExamples")) / 1e6));
    }

    private static void simulator(StringBuilder report) throws RunnerException, IOException {
        report.append("\n### The simulator, mixed lifecycle (create 201, get 200, accept 200 per operation)\n\n"
                + "`wiremock-stubs`: three plain WireMock stubs answering the same bytes (the transport's ceiling). "
                + "`simulator-webhooks`: every operation also makes 3 events, signed and delivered to a local sink.\n\n"
                + "| Connections | server | operations/s | requests/s | of the stubs' rate | webhooks | load average "
                + "before |\n|---|---|---|---|---|---|---|\n");
        Path sinkReport = Files.createTempFile("sink", ".txt");
        for (int threads : new int[] {1, 8, 32}) {
            double stubs = 0;
            for (String server : new String[] {"wiremock-stubs", "simulator", "simulator-webhooks"}) {
                System.out.printf(Locale.ROOT, "simulator, %d connection(s), %s ...%n", threads, server);
                String before = load();
                Files.writeString(sinkReport, "");
                Collection<RunResult> results = new Runner(base(SimulatorBenchmarks.class.getName()
                        + "\\.createGetAccept")
                        .threads(threads)
                        .param("server", server)
                        .jvmArgsAppend("-D" + SimulatorBenchmarks.SINK_REPORT + "=" + sinkReport)
                        .warmupIterations(2).warmupTime(TimeValue.seconds(1))
                        .measurementIterations(3).measurementTime(TimeValue.seconds(2))
                        .build()).run();
                double ops = results.iterator().next().getPrimaryResult().getScore();
                if (server.equals("wiremock-stubs")) {
                    stubs = ops;
                }
                String sink = Files.readString(sinkReport);
                report.append(String.format(Locale.ROOT, "| %d | %s | %,.0f | %,.0f | %.2f× | %s | %s |%n", threads,
                        server, ops, ops * 3, ops / stubs, sink.isEmpty() ? "–" : sink, before));
            }
        }
        Files.deleteIfExists(sinkReport);
        report.append("\n| Threads | RSA-2048 SHA256withRSA signatures/s (one per delivery) | load average before |\n"
                + "|---|---|---|\n");
        for (int threads : new int[] {1, 2}) {
            System.out.printf(Locale.ROOT, "RSA-2048 signing, %d thread(s) ...%n", threads);
            String before = load();
            double signs = new Runner(base(SimulatorBenchmarks.class.getName() + "\\.rsa2048Sign")
                    .threads(threads)
                    .warmupIterations(2).warmupTime(TimeValue.seconds(1))
                    .measurementIterations(3).measurementTime(TimeValue.seconds(2))
                    .build()).run().iterator().next().getPrimaryResult().getScore();
            report.append(String.format(Locale.ROOT, "| %d | %,.0f | %s |%n", threads, signs, before));
        }
    }

    private static void webhooks(StringBuilder report) throws RunnerException {
        System.out.println("webhooks: the receiver against the JDK's bare signature check, one thread ...");
        String before = load();
        // A long warm-up: on a loaded machine the receiver's larger code (JSON, URI, ids) reaches C2 late.
        Map<String, RunResult> m = byMethod(new Runner(base(WebhookBenchmarks.class.getName() + "\\.")
                .warmupIterations(8).warmupTime(TimeValue.seconds(2))
                .measurementIterations(5).measurementTime(TimeValue.seconds(2))
                .build()).run());
        double receiver = m.get("receiver_verifyAndParse").getPrimaryResult().getScore();
        double bare = m.get("jdk_signatureVerify").getPrimaryResult().getScore();
        report.append(String.format(Locale.ROOT, "%n### Webhook deliveries, one thread (load average before: %s)%n%n"
                + "| What | deliveries/s | µs each |%n|---|---|---|%n"
                + "| WebhookReceiver.receive: headers, pin, event with its ids, cached certificate, signature | %,.0f | %.1f |%n"
                + "| JDK SHA256withRSA verify alone, same bytes and key | %,.0f | %.1f |%n"
                + "| **receiver / bare verify (time)** | **%.2f×** | |%n", before, receiver, 1e6 / receiver, bare,
                1e6 / bare, bare / receiver));
    }

    private static Map<String, RunResult> byMethod(Collection<RunResult> results) {
        Map<String, RunResult> m = new LinkedHashMap<>();
        for (RunResult r : results) {
            String benchmark = r.getParams().getBenchmark();
            m.put(benchmark.substring(benchmark.lastIndexOf('.') + 1), r);
        }
        return m;
    }

    private static double p50(RunResult r) {
        return r.getPrimaryResult().getStatistics().getPercentile(50.0);
    }

    private static double alloc(RunResult r) {
        Result<?> a = r.getSecondaryResults().get(ALLOC);
        return a == null ? Double.NaN : a.getScore();
    }

    /** Single-shot times in ms, in order. */
    private static List<Double> shots(RunResult r) {
        List<Double> times = new ArrayList<>();
        for (BenchmarkResult b : r.getBenchmarkResults()) {
            for (IterationResult i : b.getIterationResults()) {
                times.add(i.getPrimaryResult().getScore());
            }
        }
        return times;
    }

    private static String rate(List<Double> ms, int i) {
        return i < ms.size() ? String.format(Locale.ROOT, "%.1f s, %,.0f exchanges/s", ms.get(i) / 1000,
                KitBenchmarks.HAR_ENTRIES / (ms.get(i) / 1000)) : "-";
    }

    private static String ratio(List<Double> a, List<Double> b, int i) {
        return i < a.size() && i < b.size() ? String.format(Locale.ROOT, "%.2f×", a.get(i) / b.get(i)) : "-";
    }

    private static String ms(List<Double> ms, int i) {
        return i < ms.size() ? String.format(Locale.ROOT, "%.0f ms", ms.get(i)) : "-";
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Double::compare);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static String load() {
        double l = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return String.format(Locale.ROOT, "%.2f", l);
    }
}
