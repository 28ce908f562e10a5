package io.github.pctransfers.conformance.internal.gate;

import io.github.pctransfers.conformance.gate.CaseOutcome;
import io.github.pctransfers.conformance.gate.Progress;
import io.github.pctransfers.conformance.gate.UnusableInputException;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import io.github.pctransfers.conformance.internal.CaseRun;
import io.github.pctransfers.conformance.Check;
import io.github.pctransfers.conformance.CheckResult;
import io.github.pctransfers.conformance.internal.ConformanceSuite;
import io.github.pctransfers.conformance.Finding;
import io.github.pctransfers.conformance.cases.ExampleCase;
import io.github.pctransfers.conformance.internal.replay.ClientReplay;
import io.github.pctransfers.conformance.internal.spec.SpecOperation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs every check of every case of a {@link CaseSource} through a {@link ConformanceSuite}, each worker driving
 * the client against its own WireMock server in this JVM: called directly, without a socket (the default), or
 * listening on the loopback interface.
 *
 * <p>With more than one worker, cases run in parallel but outcomes keep the source's order; at most a few cases
 * per worker are read ahead, so a large capture is never held in memory. A check that throws (a bug, not a
 * finding about the input) is recorded as a {@code conformance.check.crashed} finding of that case, so one odd
 * entry cannot lose a long run.
 */
public final class GateRunner implements AutoCloseable {
    /** The key of a finding for a check that threw instead of reporting. */
    public static final String CHECK_CRASHED = "conformance.check.crashed";

    private final ConformanceSuite suite;
    private final List<WireMockServer> servers = new ArrayList<>();
    private final BlockingQueue<ClientReplay> replays;
    private final int workers;

    /**
     * Starts one WireMock server and client per worker.
     *
     * @param suite the suite
     * @param workers how many cases to check at once (at least 1)
     */
    public GateRunner(ConformanceSuite suite, int workers) {
        this(suite, workers, false);
    }

    /**
     * Starts one WireMock server and client per worker.
     *
     * @param suite the suite
     * @param workers    how many cases to check at once (at least 1)
     * @param overSocket whether WireMock listens on the loopback and the client reaches it through a socket,
     *                   instead of in-process direct calls; the findings are the same
     */
    public GateRunner(ConformanceSuite suite, int workers, boolean overSocket) {
        this.suite = Objects.requireNonNull(suite, "suite");
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, was " + workers);
        }
        this.workers = workers;
        this.replays = new ArrayBlockingQueue<>(workers);
        try {
            for (int i = 0; i < workers; i++) {
                if (overSocket) {
                    WireMockServer server = new WireMockServer(wireMockConfig()
                            .dynamicPort()
                            .bindAddress("127.0.0.1")
                            .maxRequestJournalEntries(16)
                            .notifier(new ConsoleNotifier(false)));
                    server.start();
                    servers.add(server);
                    replays.add(new ClientReplay(new WireMock(server), "http://127.0.0.1:" + server.port()));
                } else {
                    replays.add(ClientReplay.inProcess());
                }
            }
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /**
     * Checks every case of the source.
     *
     * @param source the source
     * @param progress the progress
     * @return one outcome per case, in the source's order
     * @throws UnusableInputException when the source cannot be read
     */
    public List<CaseOutcome> run(CaseSource source, Progress progress) throws UnusableInputException {
        int total = source.expectedCount();
        AtomicInteger done = new AtomicInteger();
        List<CaseOutcome> outcomes = new ArrayList<>(Math.max(total, 16));
        if (workers == 1) {
            ClientReplay replay = replays.peek();
            source.forEach(c -> {
                outcomes.add(check(c, replay));
                progress.advanced(done.incrementAndGet(), total);
            });
            return outcomes;
        }
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "conformance-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            Semaphore readAhead = new Semaphore(workers * 4);
            List<Future<CaseOutcome>> pending = new ArrayList<>(Math.max(total, 16));
            source.forEach(c -> {
                readAhead.acquireUninterruptibly();
                pending.add(pool.submit(() -> {
                    ClientReplay replay = replays.take();
                    try {
                        return check(c, replay);
                    } finally {
                        replays.add(replay);
                        readAhead.release();
                        progress.advanced(done.incrementAndGet(), total);
                    }
                }));
            });
            for (Future<CaseOutcome> f : pending) {
                outcomes.add(f.get());
            }
            return outcomes;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a worker failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Runs every check of one case. */
    CaseOutcome check(ExampleCase exampleCase, ClientReplay replay) {
        CaseRun run = suite.start(exampleCase, replay);
        List<CheckResult> results = new ArrayList<>();
        for (Check check : suite.checksFor(exampleCase)) {
            try {
                results.add(run.run(check));
            } catch (RuntimeException e) {
                results.add(new CheckResult(exampleCase.name(), check, List.of(Finding.of(exampleCase.name(), check,
                        CHECK_CRASHED, null, "a result", e.getClass().getName(),
                        "the check could not run: " + e.getMessage())), List.of()));
            }
        }
        return CaseOutcome.of(exampleCase, run.operation().map(SpecOperation::operationId).orElse(null), results);
    }

    /** Stops the servers and closes the clients. */
    @Override
    public void close() {
        for (ClientReplay r : replays) {
            r.close();
        }
        replays.clear();
        for (WireMockServer s : servers) {
            s.stop();
        }
        servers.clear();
    }
}
