package io.github.pctransfers.benchmarks;

import io.github.pctransfers.conformance.Check;
import io.github.pctransfers.conformance.Conformance;
import io.github.pctransfers.conformance.ConformanceResult;
import io.github.pctransfers.conformance.ConformanceRun;
import io.github.pctransfers.conformance.cases.ExampleCase;
import io.github.pctransfers.conformance.cases.OpenApiBundle;
import io.github.pctransfers.conformance.gate.UnusableInputException;
import io.github.pctransfers.conformance.internal.har.HarCaseSource;
import io.github.pctransfers.conformance.http.HttpExample;
import io.github.pctransfers.conformance.internal.spec.SpecValidator;
import io.github.pctransfers.conformance.internal.spec.SpecValidators;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The kit end to end, as {@code transfers-conformance check} runs it: {@link Conformance#check} on a generated
 * 10,000-entry HAR whose entries are all distinct ({@link HarFixture}; reports written), and on the bundled
 * examples. Single shots: the first iteration of a fork is
 * what a CI job pays (cold JIT), later ones show the warm rate. {@link BenchmarkMain} runs them with -Xmx256m.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class KitBenchmarks {
    /** Entries in the generated HAR. */
    public static final int HAR_ENTRIES = 10_000;

    private Path work;
    private Path har;

    @Setup(Level.Trial)
    public void writeHar() throws IOException {
        work = Files.createTempDirectory("pc-transfers-bench");
        har = work.resolve("bench-" + HAR_ENTRIES + ".har");
        HarFixture.write(har, HAR_ENTRIES);
    }

    @Benchmark
    public int har10k() throws UnusableInputException {
        return check(ConformanceRun.builder().har(har).reportDirectory(work.resolve("report-har")).build());
    }

    /**
     * The same HAR in a JVM with the C1 compiler only ({@code -XX:TieredStopAtLevel=1}), as the CLI README
     * recommends for large captures: in a 10,000-entry run C2 compiles for longer than it saves.
     */
    @Benchmark
    @Fork(jvmArgsPrepend = "-XX:TieredStopAtLevel=1")
    public int har10kC1() throws UnusableInputException {
        return check(ConformanceRun.builder().har(har).reportDirectory(work.resolve("report-har-c1")).build());
    }

    /** The same HAR replayed through a loopback socket, as the gate once did: the in-process path's baseline. */
    @Benchmark
    public int har10kOverSocket() throws UnusableInputException {
        return check(ConformanceRun.builder().har(har).reportDirectory(work.resolve("report-har-socket"))
                .replayOverSocket(true).build());
    }

    /**
     * The gate's spec checks alone, on the same HAR, C1 only: the HAR read, the spec loaded as the gate loads it, and
     * every request and response validated ({@code request-matches-spec}, {@code response-matches-spec}) on as many
     * threads as the gate has workers. No replay, no reports. Set against {@link #har10kC1}, it is what
     * swagger-request-validator costs of the end-to-end run.
     */
    @Benchmark
    @Fork(jvmArgsPrepend = "-XX:TieredStopAtLevel=1")
    public int har10kSpecChecksOnlyC1() throws UnusableInputException, InterruptedException, ExecutionException {
        SpecValidator validator;
        try (OpenApiBundle bundle = OpenApiBundle.fromClasspath()) {
            validator = SpecValidators.forText(bundle.read(OpenApiBundle.SPEC_FILE));
        }
        // The gate's own reader of the archive: every host, as check --har reads it.
        List<ExampleCase> cases = new ArrayList<>(HAR_ENTRIES);
        HarCaseSource.open(har, Set.of()).forEach(cases::add);
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            AtomicInteger next = new AtomicInteger();
            List<Future<Integer>> findings = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                findings.add(pool.submit(() -> {
                    int found = 0;
                    for (int i = next.getAndIncrement(); i < cases.size(); i = next.getAndIncrement()) {
                        ExampleCase c = cases.get(i);
                        found += validator.validateRequest(c.name(), Check.REQUEST_MATCHES_SPEC, c.request()).size();
                        HttpExample response = c.response();
                        found += validator.validateResponse(c.name(), Check.RESPONSE_MATCHES_SPEC, c.request(),
                                response.status(), response.headers(), response.body()).size();
                    }
                    return found;
                }));
            }
            int total = 0;
            for (Future<Integer> f : findings) {
                total += f.get();
            }
            if (total != 0 || cases.size() != HAR_ENTRIES) {
                throw new IllegalStateException("the benchmark input should pass the spec checks: " + total
                        + " finding(s) in " + cases.size() + " entries");
            }
            return total;
        } finally {
            pool.shutdownNow();
        }
    }

    @Benchmark
    public int bundledExamples() throws UnusableInputException {
        return check(ConformanceRun.builder().reportDirectory(work.resolve("report-examples")).build());
    }

    private static int check(ConformanceRun run) throws UnusableInputException {
        ConformanceResult result = Conformance.check(run);
        if (!result.conforms()) {
            throw new IllegalStateException("the benchmark input should conform: " + result.gate().problems());
        }
        return result.exitCode();
    }
}
