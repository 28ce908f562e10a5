package io.github.pctransfers.conformance.cli;

import io.github.pctransfers.conformance.ConformanceSuite;
import io.github.pctransfers.conformance.cases.ExampleCaseLoader;
import io.github.pctransfers.conformance.cases.ExampleCases;
import io.github.pctransfers.conformance.cases.OpenApiBundle;
import io.github.pctransfers.conformance.coverage.CoveragePolicy;
import io.github.pctransfers.conformance.errata.Errata;
import io.github.pctransfers.conformance.gate.CaseSource;
import io.github.pctransfers.conformance.gate.Gate;
import io.github.pctransfers.conformance.gate.GateResult;
import io.github.pctransfers.conformance.gate.Progress;
import io.github.pctransfers.conformance.gate.UnusableInputException;
import io.github.pctransfers.conformance.har.HarCaseSource;
import io.github.pctransfers.conformance.internal.Text;
import io.github.pctransfers.conformance.report.ConsoleSummary;
import io.github.pctransfers.conformance.report.Reports;
import io.github.pctransfers.conformance.spec.SpecValidator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * One run of {@code check}: resolves the inputs, runs the {@link Gate}, writes the reports and prints the summary.
 *
 * <p>Where each input comes from:
 * <ul>
 *   <li>cases: {@code --har FILE}, else {@code --examples DIR}, else the examples bundled in the jar;</li>
 *   <li>spec: {@code --spec FILE}, else the bundled {@code transfers.yaml};</li>
 *   <li>errata and coverage policy: {@code --errata FILE} / {@code --coverage-policy FILE}; else, for
 *       {@code --examples DIR}, {@code errata.yaml} / {@code coverage-policy.yaml} next to the folder (in its
 *       parent, as in {@code openapi/}) when present; else the bundled ones for the bundled examples; else none.
 *       Errata name example cases, so the bundled errata never apply to another folder or a capture.</li>
 * </ul>
 * Coverage fails the gate for the bundled examples, whenever a coverage policy applies (a policy says the example
 * set is meant to be complete), and with {@code --require-coverage}; otherwise it is only reported, since a capture
 * or an ad-hoc folder is not expected to show every status.
 */
final class Checker {
    /** Below this many exchanges one worker is fastest (starting more servers costs more than it saves). */
    static final int PARALLEL_THRESHOLD = 200;
    static final int MAX_DEFAULT_WORKERS = 4;

    private final CheckOptions options;
    private final PrintWriter out;
    private final PrintWriter err;

    Checker(CheckOptions options, PrintWriter out, PrintWriter err) {
        this.options = options;
        this.out = out;
        this.err = err;
    }

    /** @return {@link GateResult#CONFORMS} or {@link GateResult#DOES_NOT_CONFORM} */
    int run() throws UnusableInputException {
        return check().exitCode();
    }

    /** Checks, writes the reports, prints the summary, and returns the whole result. */
    GateResult check() throws UnusableInputException {
        Instant started = Instant.now();
        requireReportFolderUsable(options.report);
        try (OpenApiBundle bundle = OpenApiBundle.fromClasspath()) {
            CaseSource source;
            ExampleCases cases = new ExampleCases(List.of(), List.of());
            if (options.har != null) {
                requireFile(options.har, "HAR file");
                source = HarCaseSource.open(options.har, new LinkedHashSet<>(options.hosts));
            } else if (options.examples != null) {
                if (!Files.isDirectory(options.examples)) {
                    throw new UnusableInputException("examples folder not found: " + options.examples);
                }
                cases = loadExamples(options.examples, false);
                source = CaseSource.of(cases, options.examples.toString());
            } else {
                cases = loadExamples(bundle.examplesDirectory(), true);
                source = CaseSource.of(cases, "bundled examples (" + OpenApiBundle.CLASSPATH_ROOT + "/"
                        + OpenApiBundle.EXAMPLES_DIR + ")");
            }

            if (source.expectedCount() == 0) {
                throw new UnusableInputException("nothing to check in " + source.location() + (options.har != null
                        ? ": no entries" + (options.hosts.isEmpty() ? "" : " for --host " + options.hosts)
                        : ": no case folders (each case is a folder with request.http)"));
            }

            String specText;
            String specLocation;
            if (options.spec != null) {
                requireFile(options.spec, "spec");
                specText = read(options.spec, "spec");
                specLocation = options.spec.toString();
            } else {
                specText = bundle.read(OpenApiBundle.SPEC_FILE);
                specLocation = "bundled " + OpenApiBundle.SPEC_FILE + " (" + OpenApiBundle.CLASSPATH_ROOT + ")";
            }
            SpecValidator validator;
            try {
                validator = SpecValidators.forText(specText);
            } catch (RuntimeException e) {
                throw new UnusableInputException("unparseable spec " + specLocation + ": "
                        + Text.oneLine(e.getMessage()), e);
            }

            boolean bundledExamples = options.har == null && options.examples == null;
            Errata errata = errata(bundle, bundledExamples);
            CoveragePolicy policy = policy(bundle, bundledExamples);
            boolean gated;
            String gateReason;
            if (options.requireCoverage) {
                gated = true;
                gateReason = "--require-coverage";
            } else if (bundledExamples) {
                gated = true;
                gateReason = "the bundled examples are the project's full example set";
            } else if (!"none".equals(policy.location())) {
                gated = true;
                gateReason = "a coverage policy applies (" + policy.location() + ")";
            } else {
                gated = false;
                gateReason = "no coverage policy for this input; pass --require-coverage to fail on gaps";
            }

            int workers = options.threads != null ? options.threads
                    : source.expectedCount() < PARALLEL_THRESHOLD ? 1
                    : Math.min(Runtime.getRuntime().availableProcessors(), MAX_DEFAULT_WORKERS);
            Progress progress = options.noProgress ? Progress.NONE : new ConsoleProgress(err);
            try (ConformanceSuite suite = ConformanceSuite.of(validator, errata, cases)) {
                GateResult result = Gate.run(new Gate.Input(suite, source, policy, gated, gateReason, specLocation,
                        ConformanceMain.version(), workers), progress, started);
                List<Path> reports;
                try {
                    reports = Reports.writeAll(result, options.report);
                } catch (UncheckedIOException e) {
                    throw new UnusableInputException(Text.oneLine(e.getMessage()), e);
                }
                ConsoleSummary.print(result, reports, out);
                return result;
            }
        }
    }

    private static ExampleCases loadExamples(Path folder, boolean bundled) throws UnusableInputException {
        try {
            return ExampleCaseLoader.load(folder, bundled);
        } catch (IllegalStateException | IllegalArgumentException | UncheckedIOException e) {
            throw new UnusableInputException("unreadable example: " + Text.oneLine(e.getMessage()), e);
        }
    }

    private Errata errata(OpenApiBundle bundle, boolean bundledExamples) throws UnusableInputException {
        Path file = givenOrBesideExamples(options.errata, OpenApiBundle.ERRATA_FILE);
        try {
            if (file != null) {
                requireFile(file, "errata file");
                return Errata.load(file);
            }
            if (bundledExamples && Files.isRegularFile(bundle.errataFile())) {
                return Errata.parse(bundle.read(OpenApiBundle.ERRATA_FILE), bundle.root(),
                        "bundled " + OpenApiBundle.ERRATA_FILE);
            }
            return Errata.none();
        } catch (IllegalArgumentException e) {
            throw new UnusableInputException("invalid errata: " + Text.oneLine(e.getMessage()), e);
        }
    }

    private CoveragePolicy policy(OpenApiBundle bundle, boolean bundledExamples) throws UnusableInputException {
        Path file = givenOrBesideExamples(options.coveragePolicy, CoveragePolicy.FILE_NAME);
        try {
            if (file != null) {
                requireFile(file, "coverage policy");
                return CoveragePolicy.load(file);
            }
            Path bundled = bundle.resolve(CoveragePolicy.FILE_NAME);
            if (bundledExamples && Files.isRegularFile(bundled)) {
                return CoveragePolicy.parse(bundle.read(CoveragePolicy.FILE_NAME), "bundled " + CoveragePolicy.FILE_NAME);
            }
            return CoveragePolicy.none();
        } catch (IllegalArgumentException e) {
            throw new UnusableInputException("invalid coverage policy: " + Text.oneLine(e.getMessage()), e);
        }
    }

    /** The file given by option; else, for {@code --examples DIR}, the file of that name next to DIR if any. */
    private Path givenOrBesideExamples(Path given, String fileName) {
        return given != null || options.examples == null ? given : sibling(options.examples, fileName);
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
