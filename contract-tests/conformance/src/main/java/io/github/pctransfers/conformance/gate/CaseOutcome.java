package io.github.pctransfers.conformance.gate;

import io.github.pctransfers.conformance.CheckResult;
import io.github.pctransfers.conformance.cases.ExampleCase;
import io.github.pctransfers.conformance.cases.Origin;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the checks of one case found. Holds no bodies, so a run over a large capture keeps little per case.
 *
 * @param name        the case name (folder name, or {@code entry-N} for a capture)
 * @param origin      documented, authored or captured
 * @param source      where the case comes from (first line of SOURCE.txt, or the archive and entry)
 * @param method      the request method
 * @param target      the request path and query
 * @param status      the response status, or null when the case has no response
 * @param operationId the spec operation the request fits, or null
 * @param results     one result per check, in the order they ran
 */
public record CaseOutcome(String name, Origin origin, String source, String method, String target, Integer status,
        String operationId, List<CheckResult> results) {

    /**
     * Checks and copies the components.
     *
     * @param method the request method
     * @param name the case name (folder name, or {@code entry-N} for a capture)
     * @param operationId the spec operation the request fits, or null
     * @param origin documented, authored or captured
     * @param results one result per check, in the order they ran
     * @param source where the case comes from (first line of SOURCE.txt, or the archive and entry)
     * @param status the response status, or null when the case has no response
     * @param target the request path and query
     */
    public CaseOutcome {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(origin, "origin");
        source = source == null ? "" : source;
        results = List.copyOf(results);
    }

    /**
     * The outcome of a case: its name, origin, source line (first line of SOURCE.txt), request and status.
     *
     * @param exampleCase the example case
     * @param operationId the operation id
     * @param results the results
     * @return the outcome of a case: its name, origin, source line (first line of SOURCE.txt), request and status
     */
    public static CaseOutcome of(ExampleCase exampleCase, String operationId, List<CheckResult> results) {
        String source = exampleCase.sourceText().lines().filter(l -> !l.isBlank()).findFirst().orElse("").strip();
        return new CaseOutcome(exampleCase.name(), exampleCase.origin(), source, exampleCase.request().method(),
                exampleCase.request().target(), exampleCase.hasResponse() ? exampleCase.response().status() : null,
                operationId, results);
    }

    /**
     * Whether every check passed (excused findings allowed).
     *
     * @return whether every check passed (excused findings allowed)
     */
    public boolean passed() {
        return results.stream().allMatch(CheckResult::passed);
    }

    /** {@return the response status, when the case had a response} */
    public Optional<Integer> statusIfAny() {
        return Optional.ofNullable(status);
    }

    /** {@return the operation} */
    public Optional<String> operation() {
        return Optional.ofNullable(operationId);
    }

    /**
     * Name and origin, e.g. {@code get-transfer-by-id [documented]}.
     *
     * @return name and origin, e.g. {@code get-transfer-by-id [documented]}
     */
    public String displayName() {
        return name + " [" + origin.label() + "]";
    }
}
