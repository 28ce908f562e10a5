package io.github.pctransfers.cli;

import io.github.pctransfers.conformance.Conformance;
import io.github.pctransfers.conformance.ConformanceResult;
import io.github.pctransfers.conformance.ConformanceRun;
import io.github.pctransfers.conformance.gate.GateResult;
import io.github.pctransfers.conformance.gate.UnusableInputException;
import io.github.pctransfers.conformance.report.ConsoleSummary;
import java.io.PrintWriter;

/**
 * One run of {@code check}: turns the options into a {@link ConformanceRun}, runs the kit and prints the summary.
 * The rules for where each input comes from are the kit's ({@link ConformanceRun}).
 */
final class Checker {
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
        ConformanceRun.Builder run = ConformanceRun.builder()
                .spec(options.spec)
                .examples(options.examples)
                .har(options.har)
                .errata(options.errata)
                .coveragePolicy(options.coveragePolicy)
                .requireCoverage(options.requireCoverage)
                .reportDirectory(options.report)
                .threads(options.threads)
                .progress(options.noProgress ? (done, total) -> { } : new ConsoleProgress(err))
                .toolVersion(VersionProvider.version());
        options.hosts.forEach(run::host);
        ConformanceResult result = Conformance.check(run.build());
        ConsoleSummary.print(result.gate(), result.reports(), out);
        return result.gate();
    }
}
