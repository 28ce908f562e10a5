package io.github.pctransfers.conformance;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The outcome of one check on one case: every finding, excused or not. The check passes when no finding stands.
 *
 * @param caseName the example case
 * @param check    the check
 * @param findings everything found, excused findings included
 * @param notes    what the check did that a reader of a report may want to know (e.g. "used the corrected body of
 *                 erratum X"); never a reason to fail
 */
public record CheckResult(String caseName, Check check, List<Finding> findings, List<String> notes) {

    /**
     * Checks and copies the components.
     *
     * @param caseName the example case
     * @param check the check
     * @param findings everything found, excused findings included
     * @param notes what the check did that a reader of a report may want to know (e.g. "used the corrected body of erratum X"); never a reason to fail
     */
    public CheckResult {
        Objects.requireNonNull(caseName, "caseName");
        Objects.requireNonNull(check, "check");
        findings = List.copyOf(findings);
        notes = List.copyOf(notes);
    }

    /**
     * Whether no finding stands (excused and tolerated findings allowed).
     *
     * @return whether no finding stands (excused and tolerated findings allowed)
     */
    public boolean passed() {
        return findings.stream().noneMatch(Finding::stands);
    }

    /**
     * The findings that fail the check: neither excused by an erratum nor tolerated by the service.
     *
     * @return the findings that fail the check: neither excused by an erratum nor tolerated by the service
     */
    public List<Finding> standing() {
        return findings.stream().filter(Finding::stands).toList();
    }

    /**
     * The findings the service tolerates, as the spec declares ({@code x-tolerated-by-service}).
     *
     * @return the findings the service tolerates, as the spec declares ({@code x-tolerated-by-service})
     */
    public List<Finding> tolerated() {
        return findings.stream().filter(Finding::tolerated).toList();
    }

    /**
     * The findings an erratum excuses.
     *
     * @return the findings an erratum excuses
     */
    public List<Finding> excused() {
        return findings.stream().filter(Finding::excused).toList();
    }

    /**
     * A readable account of the result, for assertion messages and reports.
     *
     * @return a readable account of the result, for assertion messages and reports
     */
    public String describe() {
        StringBuilder b = new StringBuilder();
        b.append(caseName).append(" / ").append(check.displayName()).append(": ")
                .append(passed() ? "passed" : "FAILED");
        if (!findings.isEmpty()) {
            b.append('\n').append(findings.stream().map(f -> "  - " + f).collect(Collectors.joining("\n")));
        }
        if (!notes.isEmpty()) {
            b.append('\n').append(notes.stream().map(n -> "  note: " + n).collect(Collectors.joining("\n")));
        }
        return b.toString();
    }
}
