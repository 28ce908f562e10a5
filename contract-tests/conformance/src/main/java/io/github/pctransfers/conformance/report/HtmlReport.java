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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Writes {@code report.html}: one self-contained page (inline CSS, no script, nothing fetched), every value
 * HTML-escaped. Case details use {@code <details>}, so the page needs no JavaScript to expand them.
 */
public final class HtmlReport {
    private static final Pattern NOT_ANCHOR_CHAR = Pattern.compile("[^A-Za-z0-9_-]");
    private static final String CSS = String.join("\n",
            "body{font:14px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:0;color:#1f2328;"
                    + "background:#fff}",
            "main{max-width:1400px;margin:0 auto;padding:24px}",
            "h1{font-size:24px;margin:0 0 8px}h2{font-size:19px;margin:32px 0 8px;border-bottom:1px solid #d0d7de;"
                    + "padding-bottom:4px}h3{font-size:16px;margin:20px 0 6px}",
            ".verdict{display:inline-block;padding:6px 14px;border-radius:6px;font-weight:700;font-size:16px;"
                    + "color:#fff}",
            ".ok{background:#1a7f37}.bad{background:#cf222e}",
            "table{border-collapse:collapse;margin:8px 0;width:auto}",
            "th,td{border:1px solid #d0d7de;padding:4px 8px;text-align:left;vertical-align:top;"
                    + "overflow-wrap:break-word}",
            "table.fixed{table-layout:fixed;width:100%}table.fixed code{white-space:normal;overflow-wrap:anywhere}",
            "th{background:#f6f8fa;font-weight:600}",
            "td.num{text-align:right;font-variant-numeric:tabular-nums}",
            "code{font:12px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:#f6f8fa;padding:1px 4px;"
                    + "border-radius:4px;white-space:nowrap}",
            "code.wrap{white-space:normal;word-break:break-all}",
            ".pass{color:#1a7f37;font-weight:600}.fail{color:#cf222e;font-weight:700}.na{color:#8c959f}",
            ".excused{color:#9a6700}",
            ".tolerated{color:#0550ae}",
            "td.s-documented{background:#dafbe1}td.s-authored{background:#ddf4ff}td.s-captured{background:#fbefff}",
            "td.s-accepted{background:#fff8c5}td.s-gap{background:#ffebe9;font-weight:700;color:#cf222e}",
            "td.s-none{background:#f6f8fa;color:#8c959f}",
            "details{margin:6px 0;border:1px solid #d0d7de;border-radius:6px;padding:6px 10px}",
            "summary{cursor:pointer;font-weight:600}",
            "ul{margin:4px 0 4px 20px;padding:0}li{margin:2px 0}",
            ".note{color:#57606a}.muted{color:#57606a}",
            "nav a{margin-right:14px}");

    private HtmlReport() {
    }

    public static void write(GateResult r, Writer out) throws IOException {
        RunInfo info = r.info();
        out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        out.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        out.write("<title>" + esc("Transfers API conformance: " + Reports.verdict(r)) + "</title>\n");
        out.write("<style>\n" + CSS + "\n</style>\n</head>\n<body>\n<main>\n");
        out.write("<h1>Transfers API conformance report</h1>\n");
        out.write("<p><span class=\"verdict " + (r.conforms() ? "ok" : "bad") + "\">" + esc(Reports.verdict(r))
                + "</span> exit code " + r.exitCode() + " &middot; " + r.cases().size() + " case(s), "
                + r.failedCases() + " failing &middot; " + r.problems().size() + " problem(s)</p>\n");
        out.write("<nav><a href=\"#problems\">Problems</a><a href=\"#tolerated\">Tolerated</a>"
                + "<a href=\"#checks\">Checks</a><a href=\"#errata\">Errata</a>"
                + "<a href=\"#coverage\">Coverage</a><a href=\"#cases\">Cases</a></nav>\n");
        out.write("<table>\n");
        for (Map.Entry<String, String> fact : Reports.runFacts(info).entrySet()) {
            kv(out, fact.getKey(), fact.getValue());
        }
        out.write("</table>\n");

        problems(out, r.problems());
        tolerated(out, r);
        checks(out, r);
        errata(out, r.errata());
        coverage(out, r);
        cases(out, r);
        out.write("</main>\n</body>\n</html>\n");
    }

    private static void problems(Writer out, List<Problem> problems) throws IOException {
        out.write("<h2 id=\"problems\">Problems (" + problems.size() + ")</h2>\n");
        if (problems.isEmpty()) {
            out.write("<p class=\"pass\">None: everything conforms.</p>\n");
            return;
        }
        out.write("<table class=\"fixed\">\n<colgroup><col style=\"width:13%\"><col style=\"width:13%\">"
                + "<col style=\"width:15%\"><col style=\"width:9%\"><col style=\"width:13%\">"
                + "<col style=\"width:15%\"><col style=\"width:22%\"></colgroup>\n<tr><th>Subject</th><th>Check</th>"
                + "<th>Key</th><th>Pointer</th><th>Expected</th><th>Found</th><th>Message</th></tr>\n");
        for (Problem p : problems) {
            out.write("<tr><td>" + esc(p.subject()) + "</td><td><code>" + esc(p.check()) + "</code></td><td><code>"
                    + esc(p.key()) + "</code></td><td>" + pointer(p.pointer()) + "</td><td>" + esc(p.expected())
                    + "</td><td>" + esc(p.found()) + "</td><td>" + esc(p.message()) + "</td></tr>\n");
        }
        out.write("</table>\n");
    }

    /** The findings the service tolerates, as the spec declares: shown, never failing a run that is not strict. */
    private static void tolerated(Writer out, GateResult r) throws IOException {
        List<Finding> tolerated = r.tolerated();
        out.write("<h2 id=\"tolerated\">Tolerated by the service (" + tolerated.size() + ")</h2>\n");
        if (tolerated.isEmpty()) {
            out.write("<p class=\"muted\">None.</p>\n");
            return;
        }
        out.write("<p class=\"muted\">What the spec's x-tolerated-by-service says the service accepts although the "
                + "schema's letter does not; these findings do not fail the run (--strict makes them fail).</p>\n");
        out.write("<table class=\"fixed\">\n<colgroup><col style=\"width:15%\"><col style=\"width:12%\">"
                + "<col style=\"width:17%\"><col style=\"width:12%\"><col style=\"width:14%\">"
                + "<col style=\"width:30%\"></colgroup>\n<tr><th>Case</th><th>Check</th><th>Key</th><th>Pointer</th>"
                + "<th>Tolerance</th><th>Message</th></tr>\n");
        for (Finding f : tolerated) {
            out.write("<tr class=\"tolerated\"><td>" + esc(f.caseName()) + "</td><td><code>" + esc(f.check().id())
                    + "</code></td><td><code>" + esc(f.messageKey()) + "</code></td><td>" + pointer(f.pointer())
                    + "</td><td><code>" + esc(f.tolerance()) + "</code></td><td>" + esc(f.message())
                    + "</td></tr>\n");
        }
        out.write("</table>\n");
    }

    private static void checks(Writer out, GateResult r) throws IOException {
        out.write("<h2 id=\"checks\">Checks</h2>\n<table>\n<tr><th>Check</th><th>Ran</th><th>Passed</th>"
                + "<th>Failed</th><th>Excused findings</th><th>Tolerated findings</th></tr>\n");
        for (Map.Entry<Check, GateResult.CheckTally> e : r.tallies().entrySet()) {
            GateResult.CheckTally t = e.getValue();
            out.write("<tr><td><code>" + esc(e.getKey().id()) + "</code> " + esc(e.getKey().displayName())
                    + "</td><td class=\"num\">" + t.ran() + "</td><td class=\"num\">" + t.passed()
                    + "</td><td class=\"num" + (t.failed() > 0 ? " fail" : "") + "\">" + t.failed()
                    + "</td><td class=\"num\">" + t.excused() + "</td><td class=\"num\">" + t.tolerated()
                    + "</td></tr>\n");
        }
        out.write("</table>\n");
    }

    private static void errata(Writer out, ErrataVerdict v) throws IOException {
        out.write("<h2 id=\"errata\">Errata</h2>\n<p>From <code class=\"wrap\">" + esc(v.location()) + "</code>: "
                + v.applied().size() + " applied, <span class=\"" + (v.stale().isEmpty() ? "pass" : "fail") + "\">"
                + v.stale().size() + " stale</span>. A stale erratum (one that excused nothing) fails the gate.</p>\n");
        if (!v.applied().isEmpty()) {
            out.write("<table class=\"fixed\">\n<colgroup><col style=\"width:14%\"><col style=\"width:12%\">"
                    + "<col style=\"width:11%\"><col style=\"width:6%\"><col style=\"width:14%\">"
                    + "<col style=\"width:22%\"><col style=\"width:21%\"></colgroup>\n<tr><th>Applied erratum</th>"
                    + "<th>Case</th><th>Check</th><th>Excused</th><th>Treatment</th><th>What</th><th>Source</th></tr>\n");
            for (ErrataVerdict.Applied a : v.applied()) {
                Erratum e = a.erratum();
                out.write("<tr><td><code>" + esc(e.id()) + "</code></td><td>" + esc(e.caseName())
                        + "</td><td><code>" + esc(e.check().id()) + "</code></td><td class=\"num\">" + a.excused()
                        + "</td><td>" + esc(e.treatment().describe()) + "</td><td>" + esc(e.what()) + "</td><td>"
                        + esc(e.source()) + "</td></tr>\n");
            }
            out.write("</table>\n");
        }
        if (!v.stale().isEmpty()) {
            out.write("<table class=\"fixed\">\n<colgroup><col style=\"width:16%\"><col style=\"width:14%\">"
                    + "<col style=\"width:14%\"><col style=\"width:30%\"><col style=\"width:26%\"></colgroup>\n"
                    + "<tr><th>Stale erratum</th><th>Case</th><th>Check</th><th>Why</th><th>Source</th></tr>\n");
            for (ErrataVerdict.Stale s : v.stale()) {
                Erratum e = s.erratum();
                out.write("<tr><td class=\"fail\"><code>" + esc(e.id()) + "</code></td><td>" + esc(e.caseName())
                        + "</td><td><code>" + esc(e.check().id()) + "</code></td><td>" + esc(s.reason())
                        + "</td><td>" + esc(e.source()) + "</td></tr>\n");
            }
            out.write("</table>\n");
        }
    }

    private static void coverage(Writer out, GateResult r) throws IOException {
        CoverageResult cov = r.coverage();
        out.write("<h2 id=\"coverage\">Coverage</h2>\n<p>Operation &times; documented status &times; example: "
                + cov.count(CoverageState.DOCUMENTED) + " documented, " + cov.count(CoverageState.AUTHORED)
                + " authored, " + cov.count(CoverageState.CAPTURED) + " captured, "
                + cov.count(CoverageState.ACCEPTED_GAP) + " accepted gap(s), " + cov.count(CoverageState.GAP)
                + " gap(s), " + cov.stalePolicy().size() + " stale policy entr(ies). Gated: "
                + (r.info().coverageGated() ? "yes" : "no") + " (" + esc(r.info().coverageGateReason())
                + "). Policy: <code class=\"wrap\">" + esc(cov.policy()) + "</code>.</p>\n");
        List<String> columns = Reports.statusColumns(cov);
        out.write("<table>\n<tr><th>Operation</th>");
        for (String c : columns) {
            out.write("<th>" + esc(c) + "</th>");
        }
        out.write("</tr>\n");
        for (Map.Entry<String, Map<String, CoverageCell>> op : Reports.matrix(cov).entrySet()) {
            CoverageCell any = op.getValue().values().iterator().next();
            out.write("<tr><th><code>" + esc(op.getKey()) + "</code><br><span class=\"muted\">"
                    + esc(any.method() + " " + any.pathTemplate()) + "</span></th>");
            for (String c : columns) {
                CoverageCell cell = op.getValue().get(c);
                if (cell == null) {
                    out.write("<td class=\"s-none\">&ndash;</td>");
                    continue;
                }
                String title = cell.state().covered() ? Reports.cellExamples(cell)
                        : cell.state() == CoverageState.ACCEPTED_GAP ? "accepted: " + cell.acceptedReason()
                        : "no example and no accepted gap";
                out.write("<td class=\"s-" + stateClass(cell.state()) + "\" title=\"" + esc(title) + "\">"
                        + esc(Reports.cellText(cell)) + "</td>");
            }
            out.write("</tr>\n");
        }
        out.write("</table>\n<details><summary>Every cell, with its examples or the reason its gap is accepted"
                + "</summary>\n<table>\n<tr><th>Operation</th><th>Status</th><th>State</th><th>Examples or reason</th>"
                + "</tr>\n");
        for (CoverageCell c : cov.cells()) {
            String detail = c.state().covered() ? Reports.cellExamples(c)
                    : c.state() == CoverageState.ACCEPTED_GAP ? "accepted: " + c.acceptedReason() : "no example";
            out.write("<tr><td><code>" + esc(c.operationId()) + "</code></td><td>" + esc(c.status())
                    + "</td><td class=\"s-" + stateClass(c.state()) + "\">" + esc(c.state().label()) + "</td><td>"
                    + esc(detail) + "</td></tr>\n");
        }
        out.write("</table>\n</details>\n");
        if (!cov.stalePolicy().isEmpty()) {
            out.write("<table>\n<tr><th>Stale policy entry</th><th>Status</th><th>Problem</th></tr>\n");
            for (CoverageResult.StalePolicyEntry s : cov.stalePolicy()) {
                out.write("<tr><td class=\"fail\"><code>" + esc(s.gap().operation()) + "</code></td><td>"
                        + esc(s.gap().status()) + "</td><td>" + esc(s.problem()) + "</td></tr>\n");
            }
            out.write("</table>\n");
        }
    }

    private static void cases(Writer out, GateResult r) throws IOException {
        out.write("<h2 id=\"cases\">Cases (" + r.cases().size() + ")</h2>\n<table>\n<tr><th>Case</th><th>Origin</th>"
                + "<th>Request</th><th>Status</th><th>Operation</th>");
        for (Check c : r.checks()) {
            out.write("<th>" + esc(Reports.shortLabel(c)) + "</th>");
        }
        out.write("</tr>\n");
        for (CaseOutcome c : r.cases()) {
            boolean hasFindings = c.results().stream().anyMatch(x -> !x.findings().isEmpty());
            out.write("<tr><td>" + (hasFindings ? "<a href=\"#case-" + esc(anchor(c.name())) + "\">" + esc(c.name())
                    + "</a>" : esc(c.name())) + "</td><td>" + esc(c.origin().label()) + "</td><td><code class=\"wrap\">"
                    + esc(c.method() + " " + c.target()) + "</code></td><td>" + (c.status() == null ? "&ndash;"
                    : c.status()) + "</td><td>" + (c.operationId() == null ? "&ndash;" : "<code>"
                    + esc(c.operationId()) + "</code>") + "</td>");
            for (Check check : r.checks()) {
                Optional<CheckResult> res = Reports.result(c, check);
                if (res.isEmpty()) {
                    out.write("<td class=\"na\">&ndash;</td>");
                } else if (!res.get().passed()) {
                    out.write("<td class=\"fail\">FAIL</td>");
                } else if (!res.get().excused().isEmpty()) {
                    out.write("<td class=\"excused\" title=\"passed; findings excused by errata\">pass*</td>");
                } else if (!res.get().tolerated().isEmpty()) {
                    out.write("<td class=\"tolerated\" title=\"passed; findings tolerated by the service\">pass~"
                            + "</td>");
                } else {
                    out.write("<td class=\"pass\">pass</td>");
                }
            }
            out.write("</tr>\n");
        }
        out.write("</table>\n<p class=\"muted\">pass*: passed with findings excused by errata. pass~: passed with"
                + " findings tolerated by the service. &ndash;: the check does not apply.</p>\n");
        out.write("<h3>Findings by case</h3>\n");
        boolean any = false;
        for (CaseOutcome c : r.cases()) {
            if (c.results().stream().allMatch(x -> x.findings().isEmpty())) {
                continue;
            }
            any = true;
            out.write("<details id=\"case-" + esc(anchor(c.name())) + "\"" + (c.passed() ? "" : " open") + "><summary>"
                    + "<span class=\"" + (c.passed() ? "excused" : "fail") + "\">" + esc(c.displayName())
                    + "</span> <code class=\"wrap\">" + esc(c.method() + " " + c.target()) + "</code></summary>\n");
            if (!c.source().isEmpty()) {
                out.write("<p class=\"muted\">Source: " + esc(c.source()) + "</p>\n");
            }
            out.write("<ul>\n");
            for (CheckResult res : c.results()) {
                if (res.findings().isEmpty()) {
                    continue;
                }
                out.write("<li><code>" + esc(res.check().id()) + "</code> <span class=\""
                        + (res.passed() ? "pass\">passed" : "fail\">FAILED") + "</span>\n<ul>\n");
                for (Finding f : res.findings()) {
                    out.write("<li" + (f.excused() ? " class=\"excused\"" : f.tolerated() ? " class=\"tolerated\""
                            : "") + ">" + esc(f.toString())
                            + "</li>\n");
                }
                for (String n : res.notes()) {
                    out.write("<li class=\"note\">note: " + esc(n) + "</li>\n");
                }
                out.write("</ul></li>\n");
            }
            out.write("</ul>\n</details>\n");
        }
        if (!any) {
            out.write("<p>No case has a finding.</p>\n");
        }
    }

    private static void kv(Writer out, String name, String value) throws IOException {
        out.write("<tr><th>" + esc(name) + "</th><td>" + esc(value) + "</td></tr>\n");
    }

    private static String pointer(String pointer) {
        if (pointer == null) {
            return "";
        }
        return "<code>" + esc(pointer.isEmpty() ? "(whole body)" : pointer) + "</code>";
    }

    private static String stateClass(CoverageState s) {
        return s == CoverageState.ACCEPTED_GAP ? "accepted" : s.name().toLowerCase(Locale.ROOT);
    }

    private static String anchor(String name) {
        return NOT_ANCHOR_CHAR.matcher(name).replaceAll("_");
    }

    /** HTML-escapes text for element content and quoted attribute values, dropping control characters. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&':
                    b.append("&amp;");
                    break;
                case '<':
                    b.append("&lt;");
                    break;
                case '>':
                    b.append("&gt;");
                    break;
                case '"':
                    b.append("&quot;");
                    break;
                case '\'':
                    b.append("&#39;");
                    break;
                default:
                    // Control characters other than white space are not allowed in HTML text.
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        b.append(c);
                    }
            }
        }
        return b.toString();
    }
}
