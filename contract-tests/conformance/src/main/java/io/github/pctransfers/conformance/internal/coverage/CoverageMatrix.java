package io.github.pctransfers.conformance.internal.coverage;

import io.github.pctransfers.conformance.coverage.CoverageCell;
import io.github.pctransfers.conformance.coverage.CoveragePolicy;
import io.github.pctransfers.conformance.coverage.CoverageResult;
import io.github.pctransfers.conformance.coverage.CoverageState;
import io.github.pctransfers.conformance.cases.Origin;
import io.github.pctransfers.conformance.internal.spec.SpecOperation;
import io.github.pctransfers.conformance.internal.spec.TransfersSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which documented statuses of which operations the checked cases show: a matrix of operation × status (every
 * response key the spec documents for the operation) × documented, authored or captured example.
 *
 * <p>A case counts for the response key its status falls under: the exact status, else its range ({@code 5XX}),
 * else {@code default}. Cases without a response, or whose request fits no operation, count for nothing (they get
 * findings of their own). Thread-safe.
 */
public final class CoverageMatrix {
    /** How many captured case names a cell keeps as examples. */
    static final int CAPTURED_EXAMPLES = 3;

    private final Map<String, Map<String, Tally>> byOperation = new LinkedHashMap<>();
    private final Map<String, SpecOperation> operations = new LinkedHashMap<>();

    private CoverageMatrix() {
    }

    /**
     * An empty matrix over the spec's operations and the statuses each documents.
     *
     * @param spec the spec
     * @return an empty matrix over the spec's operations and the statuses each documents
     */
    public static CoverageMatrix of(TransfersSpec spec) {
        CoverageMatrix m = new CoverageMatrix();
        for (SpecOperation op : spec.operations()) {
            Map<String, Tally> statuses = new LinkedHashMap<>();
            if (op.operation().getResponses() != null) {
                for (String key : op.operation().getResponses().keySet()) {
                    statuses.put(statusKey(key), new Tally());
                }
            }
            m.byOperation.put(op.operationId(), statuses);
            m.operations.put(op.operationId(), op);
        }
        return m;
    }

    /**
     * Counts a case.
     *
     * @param operationId the operation id
     * @param status the status
     * @param origin the origin
     * @param caseName the case name
     * @return whether the status is documented for the operation (so the case counted)
     */
    public synchronized boolean record(String operationId, int status, Origin origin, String caseName) {
        Map<String, Tally> statuses = byOperation.get(operationId);
        if (statuses == null) {
            return false;
        }
        Optional<String> key = keyFor(statuses, status);
        if (key.isEmpty()) {
            return false;
        }
        Tally t = statuses.get(key.get());
        switch (origin) {
            case DOCUMENTED:
                t.documented.add(caseName);
                break;
            case AUTHORED:
                t.authored.add(caseName);
                break;
            default:
                t.captured++;
                if (t.capturedExamples.size() < CAPTURED_EXAMPLES) {
                    t.capturedExamples.add(caseName);
                }
        }
        return true;
    }

    private static Optional<String> keyFor(Map<String, Tally> statuses, int status) {
        String exact = String.valueOf(status);
        if (statuses.containsKey(exact)) {
            return Optional.of(exact);
        }
        String range = (status / 100) + "XX";
        if (statuses.containsKey(range)) {
            return Optional.of(range);
        }
        return statuses.containsKey("default") ? Optional.of("default") : Optional.empty();
    }

    /**
     * Judges the matrix: every cell gets a state, and policy entries that accept no real gap are stale.
     *
     * @param policy the policy
     * @return the coverage result
     */
    public synchronized CoverageResult evaluate(CoveragePolicy policy) {
        Map<String, CoveragePolicy.AcceptedGap> accepted = new LinkedHashMap<>();
        for (CoveragePolicy.AcceptedGap g : policy.gaps()) {
            accepted.put(g.operation() + " " + g.status(), g);
        }
        List<CoverageCell> cells = new ArrayList<>();
        List<CoverageResult.StalePolicyEntry> stale = new ArrayList<>();
        for (Map.Entry<String, Map<String, Tally>> op : byOperation.entrySet()) {
            SpecOperation spec = operations.get(op.getKey());
            for (Map.Entry<String, Tally> s : op.getValue().entrySet()) {
                Tally t = s.getValue();
                CoveragePolicy.AcceptedGap gap = accepted.remove(op.getKey() + " " + s.getKey());
                CoverageState state = !t.documented.isEmpty() ? CoverageState.DOCUMENTED
                        : !t.authored.isEmpty() ? CoverageState.AUTHORED
                        : t.captured > 0 ? CoverageState.CAPTURED
                        : gap != null ? CoverageState.ACCEPTED_GAP : CoverageState.GAP;
                if (gap != null && state.covered()) {
                    stale.add(new CoverageResult.StalePolicyEntry(gap, "the status is covered now, by "
                            + state.label() + " example " + firstExample(t)
                            + ": remove the entry from the policy"));
                }
                cells.add(new CoverageCell(op.getKey(), spec.method(), spec.pathTemplate(), s.getKey(),
                        t.documented, t.authored, t.captured, t.capturedExamples,
                        state == CoverageState.ACCEPTED_GAP ? gap.reason() : null, state));
            }
        }
        for (CoveragePolicy.AcceptedGap g : accepted.values()) {
            String problem = byOperation.containsKey(g.operation())
                    ? "the spec documents no status " + g.status() + " for " + g.operation() + " (documented: "
                            + String.join(", ", byOperation.get(g.operation()).keySet()) + ")"
                    : "the spec has no operation " + g.operation();
            stale.add(new CoverageResult.StalePolicyEntry(g, problem));
        }
        return new CoverageResult(cells, stale, policy.location());
    }

    private static String firstExample(Tally t) {
        if (!t.documented.isEmpty()) {
            return t.documented.get(0);
        }
        if (!t.authored.isEmpty()) {
            return t.authored.get(0);
        }
        return t.capturedExamples.isEmpty() ? "(captured)" : t.capturedExamples.get(0);
    }

    /**
     * The statuses an operation documents, as matrix keys; empty for an unknown operation.
     *
     * @param operationId the operation id
     * @return the statuses an operation documents, as matrix keys; empty for an unknown operation
     */
    public synchronized List<String> statuses(String operationId) {
        Map<String, Tally> s = byOperation.get(operationId);
        return s == null ? List.of() : List.copyOf(s.keySet());
    }

    private static final class Tally {
        final List<String> documented = new ArrayList<>();
        final List<String> authored = new ArrayList<>();
        final List<String> capturedExamples = new ArrayList<>();
        int captured;
    }

    /**
     * A status key as the matrix writes it: {@code 409}, {@code 5XX}, {@code default}.
     *
     * @param status the HTTP status
     * @return A status key as the matrix writes it: {@code 409}, {@code 5XX}, {@code default}
     */
    public static String statusKey(String status) {
        String s = status.strip();
        return s.equalsIgnoreCase("default") ? "default" : s.toUpperCase(java.util.Locale.ROOT);
    }
}
