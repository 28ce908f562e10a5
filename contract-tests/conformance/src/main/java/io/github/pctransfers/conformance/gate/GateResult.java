package io.github.pctransfers.conformance.gate;

import io.github.pctransfers.conformance.Check;
import io.github.pctransfers.conformance.CheckResult;
import io.github.pctransfers.conformance.Finding;
import io.github.pctransfers.conformance.coverage.CoverageResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a run found, and the verdict: the input conforms when there is no {@link Problem}.
 *
 * @param info     what was checked against what
 * @param cases    one outcome per case, in input order
 * @param errata   what became of each erratum
 * @param coverage the coverage matrix, judged against the policy
 * @param problems every reason the gate fails: standing findings, stale errata, and (when coverage is gated) gaps
 *                 and stale policy entries
 */
public record GateResult(RunInfo info, List<CaseOutcome> cases, ErrataVerdict errata, CoverageResult coverage,
        List<Problem> problems) {

    /** Exit code when everything conforms. */
    public static final int CONFORMS = 0;
    /** Exit code when anything does not conform. */
    public static final int DOES_NOT_CONFORM = 1;
    /** The {@link RunInfo#inputKind()} of a live run. */
    public static final String LIVE_INPUT = "live";

    /**
     * Checks and copies the components.
     *
     * @param cases one outcome per case, in input order
     * @param coverage the coverage matrix, judged against the policy
     * @param errata what became of each erratum
     * @param info what was checked against what
     * @param problems every reason the gate fails: standing findings, stale errata, and (when coverage is gated) gaps and stale policy entries
     */
    public GateResult {
        Objects.requireNonNull(info, "info");
        cases = List.copyOf(cases);
        Objects.requireNonNull(errata, "errata");
        Objects.requireNonNull(coverage, "coverage");
        problems = List.copyOf(problems);
    }

    /** {@return whether the run found no problem} */
    public boolean conforms() {
        return problems.isEmpty();
    }

    /**
     * {@value #CONFORMS} or {@value #DOES_NOT_CONFORM}.
     *
     * @return {@value #CONFORMS} or {@value #DOES_NOT_CONFORM}
     */
    public int exitCode() {
        return conforms() ? CONFORMS : DOES_NOT_CONFORM;
    }

    /**
     * Whether this was a live run (cases sent to a server) rather than a static one.
     *
     * @return whether this was a live run (cases sent to a server) rather than a static one
     */
    public boolean live() {
        return LIVE_INPUT.equals(info.inputKind());
    }

    /**
     * The checks of this kind of run, in check order: the live check for a live run, the others otherwise.
     *
     * @return the checks of this kind of run, in check order: the live check for a live run, the others otherwise
     */
    public List<Check> checks() {
        return Arrays.stream(Check.values()).filter(c -> c.live() == live()).toList();
    }

    /**
     * Per check of this kind of run ({@link #checks()}), in check order: how many cases it ran on, passed, failed,
     * and how many findings were excused or tolerated.
     *
     * @return per check of this kind of run ({@link #checks()}), in check order: how many cases it ran on, passed, failed, and how many findings were excused or tolerated
     */
    public Map<Check, CheckTally> tallies() {
        Map<Check, CheckTally> out = new LinkedHashMap<>();
        for (Check c : checks()) {
            out.put(c, new CheckTally(0, 0, 0, 0));
        }
        for (CaseOutcome o : cases) {
            for (CheckResult r : o.results()) {
                CheckTally t = out.get(r.check());
                out.put(r.check(), new CheckTally(t.passed() + (r.passed() ? 1 : 0),
                        t.failed() + (r.passed() ? 0 : 1), t.excused() + r.excused().size(),
                        t.tolerated() + r.tolerated().size()));
            }
        }
        return out;
    }

    /**
     * Every finding the service tolerates, as the spec declares ({@code x-tolerated-by-service}), in case and
     * check order. Reported in every report; they do not fail the run (a strict run makes them problems instead).
     *
     * @return every finding the service tolerates, as the spec declares ({@code x-tolerated-by-service}), in case and check order
     */
    public List<Finding> tolerated() {
        List<Finding> out = new ArrayList<>();
        for (CaseOutcome o : cases) {
            for (CheckResult r : o.results()) {
                out.addAll(r.tolerated());
            }
        }
        return out;
    }

    /**
     * How many check results there are in all.
     *
     * @return how many check results there are in all
     */
    public int checkCount() {
        return cases.stream().mapToInt(c -> c.results().size()).sum();
    }

    /**
     * How many cases failed at least one check.
     *
     * @return how many cases failed at least one check
     */
    public long failedCases() {
        return cases.stream().filter(c -> !c.passed()).count();
    }

    /**
     * The results of one check over all cases.
     *
     * @param passed   cases it passed on
     * @param failed   cases it failed on
     * @param excused   findings errata excused
     * @param tolerated findings the service tolerates (as the spec declares)
     */
    public record CheckTally(int passed, int failed, int excused, int tolerated) {
        /**
         * The cases the check ran on.
         *
         * @return passed plus failed
         */
        public int ran() {
            return passed + failed;
        }
    }
}
