package io.github.pctransfers.simulator.cli;

import java.io.PrintWriter;

/**
 * The demo's last step: runs the conformance check on the bundled examples, printing what it does to {@code out},
 * and returns the summary. The real one is the {@code check} command of the conformance kit.
 */
@FunctionalInterface
public interface ConformanceCheck {
    ConformanceSummary run(PrintWriter out);

    /** Prints "conformance check: not wired" and checks nothing (until the check command is wired in). */
    static ConformanceCheck notWired() {
        return out -> {
            out.println("conformance check: not wired");
            return ConformanceSummary.notRun();
        };
    }
}
