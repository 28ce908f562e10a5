package io.github.pctransfers.conformance.report;

import io.github.pctransfers.conformance.Check;
import io.github.pctransfers.conformance.Finding;
import io.github.pctransfers.conformance.coverage.CoverageResult;
import io.github.pctransfers.conformance.coverage.CoverageState;
import io.github.pctransfers.conformance.gate.GateResult;
import io.github.pctransfers.conformance.gate.Problem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Prints the summary table of a run, the first problems and the verdict. */
public final class ConsoleSummary {
    /** How many problems the console lists; the reports list them all. */
    static final int PROBLEMS_SHOWN = 20;

    private ConsoleSummary() {
    }

    public static void print(GateResult r, List<Path> reports, PrintWriter out) {
        out.printf("%s %s: %d case(s) from %s: %s%n", Reports.TOOL_NAME, r.info().toolVersion(), r.cases().size(),
                r.info().inputKind(), r.info().input());
        out.printf("spec: %s%n%n", r.info().spec());
        out.printf("%-44s %7s %7s %7s %8s %9s%n", "Check", "Ran", "Passed", "Failed", "Excused", "Tolerated");
        for (Map.Entry<Check, GateResult.CheckTally> e : r.tallies().entrySet()) {
            GateResult.CheckTally t = e.getValue();
            out.printf("%-44s %7d %7d %7d %8d %9d%n", e.getKey().id(), t.ran(), t.passed(), t.failed(), t.excused(),
                    t.tolerated());
        }
        out.println();
        out.printf("Errata (%s): %d applied, %d stale%n", r.errata().location(), r.errata().applied().size(),
                r.errata().stale().size());
        CoverageResult cov = r.coverage();
        out.printf("Coverage (%s; %s): %d statuses: %d documented, %d authored, %d captured, %d accepted gap(s),"
                        + " %d gap(s), %d stale policy entr(ies)%n",
                r.info().coverageGated() ? "gated" : "not gated: " + r.info().coverageGateReason(), cov.policy(),
                cov.cells().size(), cov.count(CoverageState.DOCUMENTED), cov.count(CoverageState.AUTHORED),
                cov.count(CoverageState.CAPTURED), cov.count(CoverageState.ACCEPTED_GAP),
                cov.count(CoverageState.GAP), cov.stalePolicy().size());
        if (!r.info().skipped().isEmpty()) {
            out.printf("Not checked: %s%n", String.join("; ", r.info().skipped()));
        }
        List<Finding> tolerated = r.tolerated();
        if (!tolerated.isEmpty()) {
            out.printf("%nTolerated by the service (%d; the spec's x-tolerated-by-service; --strict makes them fail):%n",
                    tolerated.size());
            tolerated.stream().limit(PROBLEMS_SHOWN).map(Reports::toleratedLine).forEach(t -> out.println("  " + t));
            if (tolerated.size() > PROBLEMS_SHOWN) {
                out.printf("  ... and %d more (see the reports)%n", tolerated.size() - PROBLEMS_SHOWN);
            }
        }
        if (!r.problems().isEmpty()) {
            out.printf("%nProblems (%d):%n", r.problems().size());
            r.problems().stream().limit(PROBLEMS_SHOWN).map(Problem::describe).forEach(p -> out.println("  " + p));
            if (r.problems().size() > PROBLEMS_SHOWN) {
                out.printf("  ... and %d more (see the reports)%n", r.problems().size() - PROBLEMS_SHOWN);
            }
        }
        out.println();
        out.printf("%s (exit %d) in %s%n", Reports.verdict(r), r.exitCode(), Reports.duration(r.info().elapsed()));
        if (!reports.isEmpty()) {
            out.printf("Reports: %s%n", String.join(", ", reports.stream().map(Path::toString).toList()));
        }
        out.flush();
    }
}
