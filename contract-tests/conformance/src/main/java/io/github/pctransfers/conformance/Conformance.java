package io.github.pctransfers.conformance;

import io.github.pctransfers.conformance.cases.ExampleCaseLoader;
import io.github.pctransfers.conformance.cases.ExampleCases;
import io.github.pctransfers.conformance.cases.OpenApiBundle;
import io.github.pctransfers.conformance.coverage.CoveragePolicy;
import io.github.pctransfers.conformance.errata.Errata;
import io.github.pctransfers.conformance.gate.CaseSource;
import io.github.pctransfers.conformance.gate.Gate;
import io.github.pctransfers.conformance.gate.GateResult;
import io.github.pctransfers.conformance.gate.UnusableInputException;
import io.github.pctransfers.conformance.har.HarCaseSource;
import io.github.pctransfers.conformance.internal.Text;
import io.github.pctransfers.conformance.live.LiveReplay;
import io.github.pctransfers.conformance.live.LiveTarget;
import io.github.pctransfers.conformance.report.Reports;
import io.github.pctransfers.conformance.spec.SpecValidator;
import io.github.pctransfers.conformance.spec.SpecValidators;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The conformance kit's entry point: {@link #check(ConformanceRun)} resolves the inputs the run names (see
 * {@link ConformanceRun} for the defaults), checks every case against the spec and through the real client (or, in
 * a live run, sends every case to a server and compares the answers), applies the errata, judges coverage and
 * writes the reports.
 */
public final class Conformance {
    /** Below this many exchanges one worker is fastest (starting more servers costs more than it saves). */
    static final int PARALLEL_THRESHOLD = 200;
    static final int MAX_DEFAULT_WORKERS = 4;

    private Conformance() {
    }

    /**
     * Runs one check.
     *
     * @throws UnusableInputException when an input is missing or unreadable: a folder, a HAR, the spec, the errata,
     *                                the coverage policy or the report folder (the message says which and why);
     *                                in a live run also a refused URL, nothing to send, or a server that gives
     *                                the first request no HTTP answer
     */
    public static ConformanceResult check(ConformanceRun run) throws UnusableInputException {
        Instant started = Instant.now();
        if (run.reportDirectory().isPresent()) {
            requireReportFolderUsable(run.reportDirectory().get());
        }
        // A live run's URL is checked before anything is loaded: a refused URL is the quickest answer.
        LiveTarget target = run.live() ? LiveTarget.of(run.against().get(), run.allowWrites()) : null;
        try (OpenApiBundle bundle = OpenApiBundle.fromClasspath()) {
            // The spec is parsed and its validator built (about a second) while the input is read; a problem with
            // the spec is still reported after any problem with the input, as when they ran one after the other.
            CompletableFuture<LoadedSpec> spec = CompletableFuture.supplyAsync(() -> LoadedSpec.load(run, bundle),
                    Conformance::startDaemon);
            CaseSource source;
            ExampleCases cases = new ExampleCases(List.of(), List.of());
            if (run.har().isPresent()) {
                Path har = run.har().get();
                requireFile(har, "HAR file");
                source = HarCaseSource.open(har, new LinkedHashSet<>(run.hosts()));
            } else if (run.examples().isPresent()) {
                Path examples = run.examples().get();
                if (!Files.isDirectory(examples)) {
                    throw new UnusableInputException("examples folder not found: " + examples);
                }
                cases = loadExamples(examples, false);
                source = CaseSource.of(cases, examples.toString());
            } else {
                cases = loadExamples(bundle.examplesDirectory(), true);
                source = CaseSource.of(cases, "bundled examples (" + OpenApiBundle.CLASSPATH_ROOT + "/"
                        + OpenApiBundle.EXAMPLES_DIR + ")");
            }

            if (source.expectedCount() == 0) {
                throw new UnusableInputException("nothing to check in " + source.location() + (run.har().isPresent()
                        ? ": no entries" + (run.hosts().isEmpty() ? "" : " for hosts " + run.hosts())
                        : ": no case folders (each case is a folder with request.http)"));
            }

            LoadedSpec loaded = spec.join();
            SpecValidator validator = loaded.validator();
            String specLocation = loaded.location();
            Errata errata = errata(run, bundle);
            CoveragePolicy policy = policy(run, bundle);
            if (target != null) {
                try (ConformanceSuite suite = ConformanceSuite.of(validator, errata, cases, run.strict())) {
                    GateResult result = LiveReplay.run(new LiveReplay.Input(suite, cases, source.location(),
                            new LiveReplay.Settings(target, run.bearerToken(), run.requestTimeout(),
                                    run.beforeEachCase()), policy, specLocation, run.toolVersion()),
                            run.progress(), started);
                    return new ConformanceResult(result, writeReports(run, result));
                }
            }
            boolean gated;
            String gateReason;
            if (run.requireCoverage()) {
                gated = true;
                gateReason = "--require-coverage";
            } else if (run.bundledExamples()) {
                gated = true;
                gateReason = "the bundled examples are the project's full example set";
            } else if (!"none".equals(policy.location())) {
                gated = true;
                gateReason = "a coverage policy applies (" + policy.location() + ")";
            } else {
                gated = false;
                gateReason = "no coverage policy for this input; pass --require-coverage to fail on gaps";
            }

            int workers = run.threads().orElseGet(() -> source.expectedCount() < PARALLEL_THRESHOLD ? 1
                    : Math.min(Runtime.getRuntime().availableProcessors(), MAX_DEFAULT_WORKERS));
            try (ConformanceSuite suite = ConformanceSuite.of(validator, errata, cases, run.strict())) {
                GateResult result = Gate.run(new Gate.Input(suite, source, policy, gated, gateReason, specLocation,
                        run.toolVersion(), workers, run.replayOverSocket()), run.progress(), started);
                return new ConformanceResult(result, writeReports(run, result));
            }
        }
    }

    /** Runs a task on a daemon thread of its own (a one-off: the spec is loaded once per check). */
    private static void startDaemon(Runnable task) {
        Thread t = new Thread(task, "conformance-spec");
        t.setDaemon(true);
        t.start();
    }

    /**
     * The spec of a run with its validator, or why it is unusable (thrown by {@link #validator()}, so that the
     * caller decides when the problem is reported).
     */
    private record LoadedSpec(SpecValidator loadedValidator, String location, UnusableInputException problem) {
        static LoadedSpec load(ConformanceRun run, OpenApiBundle bundle) {
            String specText;
            String specLocation;
            try {
                if (run.spec().isPresent()) {
                    Path file = run.spec().get();
                    requireFile(file, "spec");
                    specText = read(file, "spec");
                    specLocation = file.toString();
                } else {
                    specText = bundle.read(OpenApiBundle.SPEC_FILE);
                    specLocation = "bundled " + OpenApiBundle.SPEC_FILE + " (" + OpenApiBundle.CLASSPATH_ROOT + ")";
                }
            } catch (UnusableInputException e) {
                return new LoadedSpec(null, null, e);
            }
            try {
                return new LoadedSpec(SpecValidators.forText(specText), specLocation, null);
            } catch (RuntimeException e) {
                return new LoadedSpec(null, specLocation, new UnusableInputException("unparseable spec "
                        + specLocation + ": " + Text.oneLine(e.getMessage()), e));
            }
        }

        SpecValidator validator() throws UnusableInputException {
            if (problem != null) {
                throw problem;
            }
            return loadedValidator;
        }
    }

    private static List<Path> writeReports(ConformanceRun run, GateResult result) throws UnusableInputException {
        if (run.reportDirectory().isEmpty()) {
            return List.of();
        }
        try {
            return Reports.writeAll(result, run.reportDirectory().get());
        } catch (UncheckedIOException e) {
            throw new UnusableInputException(Text.oneLine(e.getMessage()), e);
        }
    }

    private static ExampleCases loadExamples(Path folder, boolean bundled) throws UnusableInputException {
        try {
            return ExampleCaseLoader.load(folder, bundled);
        } catch (IllegalStateException | IllegalArgumentException | UncheckedIOException e) {
            throw new UnusableInputException("unreadable example: " + Text.oneLine(e.getMessage()), e);
        }
    }

    private static Errata errata(ConformanceRun run, OpenApiBundle bundle) throws UnusableInputException {
        Path file = givenOrBesideExamples(run, run.errata().orElse(null), OpenApiBundle.ERRATA_FILE);
        try {
            if (file != null) {
                requireFile(file, "errata file");
                return Errata.load(file);
            }
            if (run.bundledExamples() && Files.isRegularFile(bundle.errataFile())) {
                return Errata.parse(bundle.read(OpenApiBundle.ERRATA_FILE), bundle.root(),
                        "bundled " + OpenApiBundle.ERRATA_FILE);
            }
            return Errata.none();
        } catch (IllegalArgumentException e) {
            throw new UnusableInputException("invalid errata: " + Text.oneLine(e.getMessage()), e);
        }
    }

    private static CoveragePolicy policy(ConformanceRun run, OpenApiBundle bundle) throws UnusableInputException {
        Path file = givenOrBesideExamples(run, run.coveragePolicy().orElse(null), CoveragePolicy.FILE_NAME);
        try {
            if (file != null) {
                requireFile(file, "coverage policy");
                return CoveragePolicy.load(file);
            }
            Path bundled = bundle.resolve(CoveragePolicy.FILE_NAME);
            if (run.bundledExamples() && Files.isRegularFile(bundled)) {
                return CoveragePolicy.parse(bundle.read(CoveragePolicy.FILE_NAME), "bundled " + CoveragePolicy.FILE_NAME);
            }
            return CoveragePolicy.none();
        } catch (IllegalArgumentException e) {
            throw new UnusableInputException("invalid coverage policy: " + Text.oneLine(e.getMessage()), e);
        }
    }

    /** The file given; else, for an examples folder, the file of that name next to it if any. */
    private static Path givenOrBesideExamples(ConformanceRun run, Path given, String fileName) {
        return given != null || run.examples().isEmpty() ? given : sibling(run.examples().get(), fileName);
    }

    /** A file next to a folder (in its parent), if it exists. */
    private static Path sibling(Path folder, String name) {
        Path parent = folder.toAbsolutePath().normalize().getParent();
        if (parent == null) {
            return null;
        }
        Path f = parent.resolve(name);
        return Files.isRegularFile(f) ? f : null;
    }

    private static void requireFile(Path file, String what) throws UnusableInputException {
        if (!Files.exists(file)) {
            throw new UnusableInputException(what + " not found: " + file);
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new UnusableInputException(what + " is not a readable file: " + file);
        }
    }

    private static void requireReportFolderUsable(Path report) throws UnusableInputException {
        if (Files.exists(report) && !Files.isDirectory(report)) {
            throw new UnusableInputException("report folder is a file: " + report);
        }
    }

    private static String read(Path file, String what) throws UnusableInputException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UnusableInputException("cannot read " + what + " " + file + ": " + e, e);
        }
    }
}
