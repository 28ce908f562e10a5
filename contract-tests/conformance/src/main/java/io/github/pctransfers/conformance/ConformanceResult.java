package io.github.pctransfers.conformance;

import io.github.pctransfers.conformance.gate.GateResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What {@link Conformance#check(ConformanceRun)} found.
 *
 * @param gate    every case's outcome, the problems that fail the check, coverage and errata verdicts
 * @param reports the report files written, in the order md, html, json, junit; empty when none were asked for
 */
public record ConformanceResult(GateResult gate, List<Path> reports) {
    /**
     * Checks and copies the components.
     *
     * @param gate every case's outcome, the problems that fail the check, coverage and errata verdicts
     * @param reports the report files written, in the order md, html, json, junit; empty when none were asked for
     */
    public ConformanceResult {
        Objects.requireNonNull(gate, "gate");
        reports = List.copyOf(reports);
    }

    /**
     * Whether everything conforms.
     *
     * @return whether everything conforms
     */
    public boolean conforms() {
        return gate.conforms();
    }

    /**
     * 0 when everything conforms, else 1 (the command line's exit code).
     *
     * @return 0 when everything conforms, else 1 (the command line's exit code)
     */
    public int exitCode() {
        return gate.exitCode();
    }
}
