package io.github.pctransfers.cli;

/**
 * The outcome of a conformance check, as the demo's last line reports it.
 *
 * @param passed  checks that passed
 * @param failed  checks that failed
 * @param skipped checks not run
 */
public record ConformanceSummary(int passed, int failed, int skipped) {

    public static ConformanceSummary of(int passed, int failed, int skipped) {
        return new ConformanceSummary(passed, failed, skipped);
    }

    /** True unless a check failed. */
    public boolean succeeded() {
        return failed == 0;
    }

    @Override
    public String toString() {
        return passed + " passed, " + failed + " failed, " + skipped + " skipped";
    }
}
