package io.github.pctransfers.conformance.report;

import io.github.pctransfers.conformance.Check;
import io.github.pctransfers.conformance.CheckResult;
import io.github.pctransfers.conformance.Finding;
import io.github.pctransfers.conformance.coverage.CoverageCell;
import io.github.pctransfers.conformance.coverage.CoverageResult;
import io.github.pctransfers.conformance.gate.CaseOutcome;
import io.github.pctransfers.conformance.gate.GateResult;
import io.github.pctransfers.conformance.gate.RunInfo;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Writes every report of a run into one folder: {@value #MARKDOWN}, {@value #HTML} (self-contained: inline CSS, no
 * script), {@value #JSON} and {@value #JUNIT}.
 */
public final class Reports {
    public static final String TOOL_NAME = "transfers-conformance";
    public static final String MARKDOWN = "report.md";
    public static final String HTML = "report.html";
    public static final String JSON = "report.json";
    public static final String JUNIT = "junit.xml";

    private Reports() {
    }

    /** What writes one report. */
    @FunctionalInterface
    interface ReportWriter {
        void write(GateResult result, Writer out) throws IOException;
    }

    /**
     * Writes the four reports into {@code directory} (created if needed). They are written side by side, one
     * thread per core (up to four): each only reads the result, and on a large capture they take seconds each.
     *
     * @return the files written
     * @throws UncheckedIOException when the folder or a file cannot be written
     */
    public static List<Path> writeAll(GateResult result, Path directory) {
        Map<String, ReportWriter> writers = new LinkedHashMap<>();
        writers.put(MARKDOWN, MarkdownReport::write);
        writers.put(HTML, HtmlReport::write);
        writers.put(JSON, JsonReport::write);
        writers.put(JUNIT, JunitReport::write);
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write reports to " + directory + ": " + e.getMessage(), e);
        }
        int threads = Math.min(writers.size(), Runtime.getRuntime().availableProcessors());
        ExecutorService pool = threads <= 1 ? null : Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "conformance-report");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Void>> written = new ArrayList<>();
            for (Map.Entry<String, ReportWriter> w : writers.entrySet()) {
                Path file = directory.resolve(w.getKey());
                if (pool == null) {
                    write(result, file, w.getValue());
                } else {
                    written.add(pool.submit(() -> {
                        write(result, file, w.getValue());
                        return null;
                    }));
                }
            }
            for (Future<Void> f : written) {
                f.get();
            }
            return writers.keySet().stream().map(directory::resolve).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write reports to " + directory + ": " + e.getMessage(), e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw new UncheckedIOException("cannot write reports to " + directory + ": " + io.getMessage(), io);
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("a report writer failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing reports", e);
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    private static void write(GateResult result, Path file, ReportWriter writer) throws IOException {
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            writer.write(result, out);
        }
    }

    // ---- shared by the writers -------------------------------------------------------------------------------

    /** What was checked with what, and how the run went: label → value, in the order reports show them. */
    static Map<String, String> runFacts(RunInfo info) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("Input", info.inputKind() + ": " + info.input());
        facts.put("Spec", info.spec());
        facts.put("Errata", info.errata());
        facts.put("Coverage policy", info.coveragePolicy());
        facts.put("Coverage gated", (info.coverageGated() ? "yes" : "no") + ": " + info.coverageGateReason());
        if (!info.skipped().isEmpty()) {
            facts.put("Not checked", String.join("; ", info.skipped()));
        }
        facts.put("Tolerated by the service", info.strict()
                ? "strict: what the spec's x-tolerated-by-service allows fails the run"
                : "reported, not failing (what the spec's x-tolerated-by-service allows; --strict makes it fail)");
        facts.put("Tool", TOOL_NAME + " " + info.toolVersion());
        facts.put("Run", info.startedAt() + ", " + duration(info.elapsed()) + ", " + info.workers() + " worker(s)");
        return facts;
    }

    /** Short column labels for the checks, in check order. */
    static String shortLabel(Check check) {
        switch (check) {
            case REQUEST_MATCHES_SPEC:
                return "request vs spec";
            case RESPONSE_MATCHES_SPEC:
                return "response vs spec";
            case CLIENT_SENDS_DOCUMENTED_REQUEST:
                return "client sends request";
            case CLIENT_REPRODUCES_DOCUMENTED_RESPONSE:
                return "client reads response";
            case MUTATED_RESPONSE_WRONG_TYPE:
                return "mutation: wrong type";
            case MUTATED_RESPONSE_MISSING_REQUIRED:
                return "mutation: missing required";
            case LIVE_SERVER_ANSWERS_AS_DOCUMENTED:
                return "live server answers";
            default:
                return check.id();
        }
    }

    /** The result of a check on a case, if it ran. */
    static Optional<CheckResult> result(CaseOutcome c, Check check) {
        return c.results().stream().filter(r -> r.check() == check).findFirst();
    }

    /** Every status key of the matrix, as columns: numbers ascending, then ranges, then {@code default}. */
    static List<String> statusColumns(CoverageResult coverage) {
        TreeSet<String> keys = new TreeSet<>(Comparator.comparing(Reports::statusOrder).thenComparing(s -> s));
        coverage.cells().forEach(c -> keys.add(c.status()));
        return List.copyOf(keys);
    }

    private static int statusOrder(String key) {
        if (key.equals("default")) {
            return 10_000;
        }
        if (key.endsWith("XX")) {
            return (key.charAt(0) - '0') * 100 + 99;
        }
        try {
            return Integer.parseInt(key);
        } catch (NumberFormatException e) {
            return 9_999;
        }
    }

    /** The matrix as operation → status → cell, in spec order. */
    static Map<String, Map<String, CoverageCell>> matrix(CoverageResult coverage) {
        Map<String, Map<String, CoverageCell>> m = new LinkedHashMap<>();
        for (CoverageCell c : coverage.cells()) {
            m.computeIfAbsent(c.operationId(), k -> new LinkedHashMap<>()).put(c.status(), c);
        }
        return m;
    }

    /** A cell's text: its state and how many examples show it. */
    static String cellText(CoverageCell c) {
        switch (c.state()) {
            case DOCUMENTED:
                return "documented" + (c.authored().isEmpty() ? "" : " + authored");
            case AUTHORED:
                return "authored";
            case CAPTURED:
                return "captured ×" + c.captured();
            case ACCEPTED_GAP:
                return "accepted gap";
            default:
                return "GAP";
        }
    }

    /** The examples of a cell, e.g. {@code get-transfer-by-id, authored-x, 3 captured}. */
    static String cellExamples(CoverageCell c) {
        StringBuilder b = new StringBuilder();
        for (String n : c.documented()) {
            b.append(b.length() == 0 ? "" : ", ").append(n);
        }
        for (String n : c.authored()) {
            b.append(b.length() == 0 ? "" : ", ").append(n);
        }
        if (c.captured() > 0) {
            b.append(b.length() == 0 ? "" : ", ").append(c.captured()).append(" captured (")
                    .append(String.join(", ", c.capturedExamples())).append(c.captured() > c.capturedExamples().size()
                            ? ", ..." : "").append(')');
        }
        return b.toString();
    }

    /** A duration for people: {@code 850 ms}, {@code 12.4 s}, {@code 3 min 5 s}. */
    static String duration(Duration d) {
        long ms = d.toMillis();
        if (ms < 1000) {
            return ms + " ms";
        }
        if (ms < 60_000) {
            return String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
        }
        return (ms / 60_000) + " min " + (ms % 60_000) / 1000 + " s";
    }

    /** One line for a tolerated finding: {@code case / check [key] at /Pointer: message (tolerance)}. */
    static String toleratedLine(Finding f) {
        return (f.caseName() + " / " + f.check().id() + " "
                + Finding.describe(f.messageKey(), f.pointer(), f.message(), f.expected(), f.found()))
                .replaceAll("\\s*\\R\\s*", " ");
    }

    /** The verdict as reports print it. */
    static String verdict(GateResult r) {
        return r.conforms() ? "CONFORMS" : "DOES NOT CONFORM";
    }
}
