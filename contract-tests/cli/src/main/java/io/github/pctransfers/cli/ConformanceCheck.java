package io.github.pctransfers.cli;

import java.io.PrintWriter;

/**
 * The demo's last step: runs the conformance check on the bundled examples, printing what it does to {@code out},
 * and returns the summary. The jar's {@code demo} uses the {@code check} command of the conformance kit.
 */
@FunctionalInterface
public interface ConformanceCheck {
    ConformanceSummary run(PrintWriter out);
}
