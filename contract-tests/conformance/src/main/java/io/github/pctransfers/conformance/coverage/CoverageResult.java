package io.github.pctransfers.conformance.coverage;

import java.util.List;
import java.util.Objects;

/**
 * The coverage matrix judged against a policy.
 *
 * @param cells       every operation × documented status, in spec order
 * @param stalePolicy policy entries that no longer describe a gap: the status is covered now, or the spec has no
 *                    such operation or status
 * @param policy      where the policy came from
 */
public record CoverageResult(List<CoverageCell> cells, List<StalePolicyEntry> stalePolicy, String policy) {

    /**
     * Checks and copies the components.
     *
     * @param cells every operation × documented status, in spec order
     * @param policy where the policy came from
     * @param stalePolicy policy entries that no longer describe a gap: the status is covered now, or the spec has no such operation or status
     */
    public CoverageResult {
        cells = List.copyOf(cells);
        stalePolicy = List.copyOf(stalePolicy);
        Objects.requireNonNull(policy, "policy");
    }

    /**
     * The cells nothing covers and no policy entry accepts.
     *
     * @return the cells nothing covers and no policy entry accepts
     */
    public List<CoverageCell> gaps() {
        return cells.stream().filter(c -> c.state() == CoverageState.GAP).toList();
    }

    /**
     * How many cells are in a state.
     *
     * @param state the state
     * @return how many cells are in a state
     */
    public long count(CoverageState state) {
        return cells.stream().filter(c -> c.state() == state).count();
    }

    /**
     * A policy entry that accepts a gap that is not one.
     *
     * @param gap     the entry
     * @param problem what makes it stale, e.g. {@code covered by authored example x}
     */
    public record StalePolicyEntry(CoveragePolicy.AcceptedGap gap, String problem) {
        /**
         * The JSON pointer of the cell it names, e.g. {@code /createTransfer/409}.
         *
         * @return the JSON pointer of the cell it names, e.g. {@code /createTransfer/409}
         */
        public String pointer() {
            return "/" + gap.operation() + "/" + gap.status();
        }
    }
}
