package io.github.pctransfers.simulator.cli;

/**
 * The outcome of a conformance check, as the demo's last line reports it.
 *
 * @param passed  checks that passed
 * @param failed  checks that failed
 * @param skipped checks not run
 * @param ran     false when no check was run at all (not wired)
 */
public record ConformanceSummary(int passed, int failed, int skipped, boolean ran) {


    public static ConformanceSummary of(int passed, int failed, int skipped) {
        return new ConformanceSummary(passed, failed, skipped, true);
    }

    /** True unless a check failed. */
    public boolean succeeded() {
        return failed == 0;
    }

    @Override
    public String toString() {
        return ran ? passed + " passed, " + failed + " failed, " + skipped + " skipped" : "not run";
    }
}
