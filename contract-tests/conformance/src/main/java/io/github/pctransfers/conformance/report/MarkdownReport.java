package io.github.pctransfers.conformance.report;

import io.github.pctransfers.conformance.Check;
import io.github.pctransfers.conformance.CheckResult;
import io.github.pctransfers.conformance.Finding;
import io.github.pctransfers.conformance.coverage.CoverageCell;
import io.github.pctransfers.conformance.coverage.CoverageResult;
import io.github.pctransfers.conformance.coverage.CoverageState;
import io.github.pctransfers.conformance.errata.Erratum;
import io.github.pctransfers.conformance.gate.CaseOutcome;
import io.github.pctransfers.conformance.gate.ErrataVerdict;
import io.github.pctransfers.conformance.gate.GateResult;
import io.github.pctransfers.conformance.gate.Problem;
import io.github.pctransfers.conformance.gate.RunInfo;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Writes {@code report.md}: the verdict, the problems, the errata, the coverage matrix and every case. */
public final class MarkdownReport {
    // Compiled once: String.replaceAll compiles its pattern on every call, for every cell of every case.
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    private MarkdownReport() {
    }

    public static void write(GateResult r, Writer out) throws IOException {
        RunInfo info = r.info();
        line(out, "# Transfers API conformance report");
        line(out, "");
        line(out, "**" + Reports.verdict(r) + "** (exit code " + r.exitCode() + "): " + r.cases().size()
                + " case(s), " + r.failedCases() + " failing; " + r.problems().size() + " problem(s).");
        line(out, "");
        line(out, "| | |");
        line(out, "|---|---|");
        for (Map.Entry<String, String> fact : Reports.runFacts(info).entrySet()) {
            row(out, fact.getKey(), fact.getValue());
        }
        line(out, "");

        line(out, "## Checks");
        line(out, "");
        line(out, "| Check | Ran | Passed | Failed | Excused findings | Tolerated findings |");
        line(out, "|---|---:|---:|---:|---:|---:|");
        for (Map.Entry<Check, GateResult.CheckTally> e : r.tallies().entrySet()) {
            GateResult.CheckTally t = e.getValue();
            line(out, "| `" + e.getKey().id() + "` | " + t.ran() + " | " + t.passed() + " | " + t.failed() + " | "
                    + t.excused() + " | " + t.tolerated() + " |");
        }
        line(out, "");

        line(out, "## Problems");
        line(out, "");
        if (r.problems().isEmpty()) {
            line(out, "None.");
        } else {
            line(out, "| Subject | Check | Key | Pointer | Expected | Found | Message |");
            line(out, "|---|---|---|---|---|---|---|");
            for (Problem p : r.problems()) {
                line(out, "| " + cell(p.subject()) + " | `" + p.check() + "` | `" + p.key() + "` | "
                        + code(pointer(p.pointer())) + " | " + cell(p.expected()) + " | " + cell(p.found()) + " | "
                        + cell(p.message()) + " |");
            }
        }
        line(out, "");

        line(out, "## Tolerated by the service");
        line(out, "");
        List<Finding> tolerated = r.tolerated();
        if (tolerated.isEmpty()) {
            line(out, "None.");
        } else {
            line(out, "What the spec's `x-tolerated-by-service` says the service accepts although the schema's letter"
                    + " does not: " + tolerated.size() + " finding(s), not failing the run (`--strict` makes them"
                    + " fail).");
            line(out, "");
            line(out, "| Case | Check | Key | Pointer | Tolerance | Message |");
            line(out, "|---|---|---|---|---|---|");
            for (Finding f : tolerated) {
                line(out, "| " + cell(f.caseName()) + " | `" + f.check().id() + "` | `" + f.messageKey() + "` | "
                        + code(pointer(f.pointer())) + " | " + code(f.tolerance()) + " | " + cell(f.message()) + " |");
            }
        }
        line(out, "");

        errata(out, r.errata());
        coverage(out, r);
        cases(out, r);
    }

    private static void errata(Writer out, ErrataVerdict v) throws IOException {
        line(out, "## Errata");
        line(out, "");
        line(out, "From " + cell(v.location()) + ": " + v.applied().size() + " applied, " + v.stale().size()
                + " stale. A stale erratum fails the gate.");
        line(out, "");
        if (!v.applied().isEmpty()) {
            line(out, "| Applied erratum | Case | Check | Excused | Treatment | What | Source |");
            line(out, "|---|---|---|---:|---|---|---|");
            for (ErrataVerdict.Applied a : v.applied()) {
                Erratum e = a.erratum();
                line(out, "| `" + e.id() + "` | " + cell(e.caseName()) + " | `" + e.check().id() + "` | "
                        + a.excused() + " | " + cell(e.treatment().describe()) + " | " + cell(e.what()) + " | "
                        + cell(e.source()) + " |");
            }
            line(out, "");
        }
        if (!v.stale().isEmpty()) {
            line(out, "| Stale erratum | Case | Check | Why | Source |");
            line(out, "|---|---|---|---|---|");
            for (ErrataVerdict.Stale s : v.stale()) {
                Erratum e = s.erratum();
                line(out, "| `" + e.id() + "` | " + cell(e.caseName()) + " | `" + e.check().id() + "` | "
                        + cell(s.reason()) + " | " + cell(e.source()) + " |");
            }
            line(out, "");
        }
    }

    private static void coverage(Writer out, GateResult r) throws IOException {
        CoverageResult cov = r.coverage();
        line(out, "## Coverage");
        line(out, "");
        line(out, "Operation × documented status × example: " + cov.count(CoverageState.DOCUMENTED) + " documented, "
                + cov.count(CoverageState.AUTHORED) + " authored, " + cov.count(CoverageState.CAPTURED)
                + " captured, " + cov.count(CoverageState.ACCEPTED_GAP) + " accepted gap(s), "
                + cov.count(CoverageState.GAP) + " gap(s); " + cov.stalePolicy().size()
                + " stale policy entr(ies). Gated: " + (r.info().coverageGated() ? "yes" : "no") + " ("
                + cell(r.info().coverageGateReason()) + "). Policy: " + cell(cov.policy()) + ".");
        line(out, "");
        List<String> columns = Reports.statusColumns(cov);
        StringBuilder head = new StringBuilder("| Operation |");
        StringBuilder rule = new StringBuilder("|---|");
        for (String c : columns) {
            head.append(' ').append(c).append(" |");
            rule.append("---|");
        }
        line(out, head.toString());
        line(out, rule.toString());
        for (Map.Entry<String, Map<String, CoverageCell>> op : Reports.matrix(cov).entrySet()) {
            StringBuilder b = new StringBuilder("| `" + op.getKey() + "` |");
            for (String c : columns) {
                CoverageCell cell = op.getValue().get(c);
                String text = cell == null ? "–" : Reports.cellText(cell);
                b.append(' ').append(cell != null && cell.state() == CoverageState.GAP ? "**" + text + "**" : text)
                        .append(" |");
            }
            line(out, b.toString());
        }
        line(out, "");
        line(out, "| Operation | Status | State | Examples or reason |");
        line(out, "|---|---|---|---|");
        for (CoverageCell c : cov.cells()) {
            String detail = c.state().covered() ? Reports.cellExamples(c)
                    : c.state() == CoverageState.ACCEPTED_GAP ? "accepted: " + c.acceptedReason() : "no example";
            line(out, "| `" + c.operationId() + "` | " + c.status() + " | " + c.state().label() + " | "
                    + cell(detail) + " |");
        }
        line(out, "");
        if (!cov.stalePolicy().isEmpty()) {
            line(out, "| Stale policy entry | Status | Problem |");
            line(out, "|---|---|---|");
            for (CoverageResult.StalePolicyEntry s : cov.stalePolicy()) {
                line(out, "| `" + s.gap().operation() + "` | " + s.gap().status() + " | " + cell(s.problem()) + " |");
            }
            line(out, "");
        }
    }

    private static void cases(Writer out, GateResult r) throws IOException {
        line(out, "## Cases");
        line(out, "");
        StringBuilder head = new StringBuilder("| Case | Origin | Request | Status | Operation |");
        StringBuilder rule = new StringBuilder("|---|---|---|---|---|");
        for (Check c : r.checks()) {
            head.append(' ').append(Reports.shortLabel(c)).append(" |");
            rule.append(":---:|");
        }
        line(out, head.toString());
        line(out, rule.toString());
        for (CaseOutcome c : r.cases()) {
            StringBuilder b = new StringBuilder("| " + cell(c.name()) + " | " + c.origin().label() + " | "
                    + code(c.method() + " " + c.target()) + " | " + (c.status() == null ? "–" : c.status()) + " | "
                    + (c.operationId() == null ? "–" : "`" + c.operationId() + "`") + " |");
            for (Check check : r.checks()) {
                Optional<CheckResult> res = Reports.result(c, check);
                b.append(' ').append(res.map(x -> !x.passed() ? "**FAIL**" : !x.excused().isEmpty() ? "pass\\*"
                        : !x.tolerated().isEmpty() ? "pass~" : "pass").orElse("–")).append(" |");
            }
            line(out, b.toString());
        }
        line(out, "");
        line(out, "`pass*`: passed with findings excused by errata. `pass~`: passed with findings tolerated by the"
                + " service. `–`: the check does not apply.");
        line(out, "");
        line(out, "### Findings");
        line(out, "");
        boolean any = false;
        for (CaseOutcome c : r.cases()) {
            if (c.results().stream().allMatch(x -> x.findings().isEmpty())) {
                continue;
            }
            any = true;
            line(out, "#### " + cell(c.displayName()));
            line(out, "");
            if (!c.source().isEmpty()) {
                line(out, "Source: " + cell(c.source()));
                line(out, "");
            }
            for (CheckResult res : c.results()) {
                if (res.findings().isEmpty()) {
                    continue;
                }
                line(out, "- `" + res.check().id() + "`: " + (res.passed() ? "passed" : "**FAILED**"));
                for (Finding f : res.findings()) {
                    line(out, "  - " + cell(f.toString()));
                }
                for (String n : res.notes()) {
                    line(out, "  - note: " + cell(n));
                }
            }
            line(out, "");
        }
        if (!any) {
            line(out, "No case has a finding.");
        }
    }

    private static void row(Writer out, String name, String value) throws IOException {
        line(out, "| " + name + " | " + cell(value) + " |");
    }

    private static String pointer(String pointer) {
        return pointer == null ? null : pointer.isEmpty() ? "(whole body)" : pointer;
    }

    private static String code(String s) {
        return s == null ? "" : "`" + LINE_BREAK.matcher(s.replace("`", "'").replace("|", "\\|")).replaceAll(" ") + "`";
    }

    /** Text safe inside a table cell: no line breaks or control characters, pipes escaped, markup neutralised. */
    static String cell(String s) {
        if (s == null) {
            return "";
        }
        String escaped = s.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")
                .replace("*", "\\*").replace("_", "\\_").replace("`", "\\`");
        return CONTROL.matcher(LINE_BREAK.matcher(escaped).replaceAll(" ")).replaceAll("");
    }

    private static void line(Writer out, String s) throws IOException {
        out.write(s);
        out.write('\n');
    }
}
