package io.github.pctransfers.conformance.gate;

/** Told how far a run has got; called from any thread. */
@FunctionalInterface
public interface Progress {
    /** No progress reports. */
    Progress NONE = (done, total) -> { };

    /**
     * @param done  cases finished so far
     * @param total cases expected in all
     */
    void advanced(int done, int total);
}
