package io.github.pctransfers.conformance.internal.report;

import io.github.pctransfers.conformance.Check;
import io.github.pctransfers.conformance.CheckResult;
import io.github.pctransfers.conformance.Finding;
import io.github.pctransfers.conformance.coverage.CoverageCell;
import io.github.pctransfers.conformance.coverage.CoverageResult;
import io.github.pctransfers.conformance.gate.CaseOutcome;
import io.github.pctransfers.conformance.gate.GateResult;
import io.github.pctransfers.conformance.gate.RunInfo;
import io.github.pctransfers.conformance.report.Reports;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** What the four report writers share: the run's facts, labels, the coverage matrix's cells, the verdict. */
public final class ReportParts {
    private ReportParts() {
    }

    /**
     * What was checked with what, and how the run went: label → value, in the order reports show them.
     *
     * @param info the info
     * @return what was checked with what, and how the run went: label → value, in the order reports show them
     */
    public static Map<String, String> runFacts(RunInfo info) {
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
        facts.put("Tool", Reports.TOOL_NAME + " " + info.toolVersion());
        facts.put("Run", info.startedAt() + ", " + duration(info.elapsed()) + ", " + info.workers() + " worker(s)");
        return facts;
    }

    /**
     * Short column labels for the checks, in check order.
     *
     * @param check the check
     * @return short column labels for the checks, in check order
     */
    public static String shortLabel(Check check) {
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

    /**
     * The result of a check on a case, if it ran.
     *
     * @param c the c
     * @param check the check
     * @return the result of a check on a case, if it ran
     */
    public static Optional<CheckResult> result(CaseOutcome c, Check check) {
        return c.results().stream().filter(r -> r.check() == check).findFirst();
    }

    /**
     * Every status key of the matrix, as columns: numbers ascending, then ranges, then {@code default}.
     *
     * @param coverage the coverage
     * @return every status key of the matrix, as columns: numbers ascending, then ranges, then {@code default}
     */
    public static List<String> statusColumns(CoverageResult coverage) {
        TreeSet<String> keys = new TreeSet<>(Comparator.comparing(ReportParts::statusOrder).thenComparing(s -> s));
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

    /**
     * The matrix as operation → status → cell, in spec order.
     *
     * @param coverage the coverage
     * @return the matrix as operation → status → cell, in spec order
     */
    public static Map<String, Map<String, CoverageCell>> matrix(CoverageResult coverage) {
        Map<String, Map<String, CoverageCell>> m = new LinkedHashMap<>();
        for (CoverageCell c : coverage.cells()) {
            m.computeIfAbsent(c.operationId(), k -> new LinkedHashMap<>()).put(c.status(), c);
        }
        return m;
    }

    /**
     * A cell's text: its state and how many examples show it.
     *
     * @param c the c
     * @return A cell's text: its state and how many examples show it
     */
    public static String cellText(CoverageCell c) {
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

    /**
     * The examples of a cell, e.g. {@code get-transfer-by-id, authored-x, 3 captured}.
     *
     * @param c the c
     * @return the examples of a cell
     */
    public static String cellExamples(CoverageCell c) {
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

    /**
     * A duration for people: {@code 850 ms}, {@code 12.4 s}, {@code 3 min 5 s}.
     *
     * @param d the d
     * @return A duration for people: {@code 850 ms}, {@code 12.4 s}, {@code 3 min 5 s}
     */
    public static String duration(Duration d) {
        long ms = d.toMillis();
        if (ms < 1000) {
            return ms + " ms";
        }
        if (ms < 60_000) {
            return String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
        }
        return (ms / 60_000) + " min " + (ms % 60_000) / 1000 + " s";
    }

    /**
     * One line for a tolerated finding: {@code case / check [key] at /Pointer: message (tolerance)}.
     *
     * @param f the f
     * @return one line for a tolerated finding: {@code case / check [key] at /Pointer: message (tolerance)}
     */
    public static String toleratedLine(Finding f) {
        return (f.caseName() + " / " + f.check().id() + " "
                + Finding.describe(f.messageKey(), f.pointer(), f.message(), f.expected(), f.found()))
                .replaceAll("\\s*\\R\\s*", " ");
    }

    /**
     * The verdict as reports print it.
     *
     * @param r the r
     * @return the verdict as reports print it
     */
    public static String verdict(GateResult r) {
        return r.conforms() ? "CONFORMS" : "DOES NOT CONFORM";
    }
}
