package io.github.pctransfers.conformance.gate;

import io.github.pctransfers.conformance.Check;
import io.github.pctransfers.conformance.CheckResult;
import io.github.pctransfers.conformance.ConformanceSuite;
import io.github.pctransfers.conformance.coverage.CoverageCell;
import io.github.pctransfers.conformance.coverage.CoverageMatrix;
import io.github.pctransfers.conformance.coverage.CoveragePolicy;
import io.github.pctransfers.conformance.coverage.CoverageResult;
import io.github.pctransfers.conformance.errata.Erratum;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The conformance gate: checks every case, then judges the errata and the coverage. It fails on any standing
 * finding, on any stale erratum (one that excused nothing), and, when coverage is gated, on any gap the policy
 * does not accept and on any policy entry that accepts a gap that is not one.
 */
public final class Gate {

    private Gate() {
    }

    /**
     * What to run.
     *
     * @param suite              the spec, validator and errata
     * @param source             the cases
     * @param policy             the accepted coverage gaps
     * @param coverageGated      whether coverage problems fail the gate
     * @param coverageGateReason why coverage is, or is not, gated (for reports)
     * @param specLocation       where the spec came from (for reports)
     * @param toolVersion        the tool's version (for reports)
     * @param workers            how many cases to check at once
     * @param replayOverSocket   whether the client reaches WireMock through a loopback socket instead of direct
     *                           in-process calls (same findings, slower)
     */
    public record Input(ConformanceSuite suite, CaseSource source, CoveragePolicy policy, boolean coverageGated,
            String coverageGateReason, String specLocation, String toolVersion, int workers,
            boolean replayOverSocket) {
        /** The in-process replay. */
        public Input(ConformanceSuite suite, CaseSource source, CoveragePolicy policy, boolean coverageGated,
                String coverageGateReason, String specLocation, String toolVersion, int workers) {
            this(suite, source, policy, coverageGated, coverageGateReason, specLocation, toolVersion, workers, false);
        }

        public Input {
            Objects.requireNonNull(suite, "suite");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(policy, "policy");
            Objects.requireNonNull(coverageGateReason, "coverageGateReason");
            Objects.requireNonNull(specLocation, "specLocation");
            Objects.requireNonNull(toolVersion, "toolVersion");
        }
    }

    /**
     * Runs the gate.
     *
     * @param started when loading started, so the elapsed time includes it
     * @throws UnusableInputException when the cases cannot be read
     */
    public static GateResult run(Input in, Progress progress, Instant started) throws UnusableInputException {
        List<CaseOutcome> outcomes;
        try (GateRunner runner = new GateRunner(in.suite(), in.workers(), in.replayOverSocket())) {
            outcomes = runner.run(in.source(), progress);
        }
        // The errata of the live check are judged by a live run, which runs that check; a static run does not.
        boolean anyLive = in.suite().errata().all().stream().anyMatch(e -> e.check().live());
        String location = in.suite().errata().location() + (anyLive ? " (a static run judges the errata of its own"
                + " checks; those of " + Check.LIVE_SERVER_ANSWERS_AS_DOCUMENTED.id() + " are judged by a live run)" : "");
        return judge(in, outcomes, erratum -> !erratum.check().live(), location, started);
    }

    /**
     * Judges outcomes obtained elsewhere (a live run): the standing findings, the errata and the coverage, as
     * {@link #run} does.
     *
     * @param judged         which errata are judged (applied or stale); the others are not part of this run
     * @param errataLocation where the errata came from, and which of them are judged (for reports)
     */
    public static GateResult judge(Input in, List<CaseOutcome> outcomes, Predicate<Erratum> judged,
            String errataLocation, Instant started) {
        Set<String> checkedCases = new HashSet<>();
        CoverageMatrix matrix = CoverageMatrix.of(in.suite().spec());
        List<Problem> problems = new ArrayList<>();
        for (CaseOutcome o : outcomes) {
            checkedCases.add(o.name());
            for (CheckResult r : o.results()) {
                r.standing().forEach(f -> problems.add(Problem.of(f)));
            }
            if (o.operationId() != null && o.status() != null) {
                matrix.record(o.operationId(), o.status(), o.origin(), o.name());
            }
        }
        ErrataVerdict errata = ErrataVerdict.of(in.suite().errata(), in.suite().ledger(), checkedCases, judged,
                errataLocation);
        problems.addAll(errata.problems());
        CoverageResult coverage = matrix.evaluate(in.policy());
        if (in.coverageGated()) {
            problems.addAll(coverageProblems(coverage));
        }
        RunInfo info = new RunInfo(in.toolVersion(), in.source().kind(), in.source().location(), in.specLocation(),
                errataLocation, in.policy().location(), in.coverageGated(), in.coverageGateReason(),
                in.source().skipped(), started, Duration.between(started, Instant.now()), in.workers(),
                in.suite().strict());
        return new GateResult(info, outcomes, errata, coverage, problems);
    }

    /** The problems of a coverage result, whether or not they fail the gate. */
    public static List<Problem> coverageProblems(CoverageResult coverage) {
        List<Problem> out = new ArrayList<>();
        for (CoverageCell gap : coverage.gaps()) {
            out.add(new Problem(gap.operationId() + " " + gap.status(), "coverage", "conformance.coverage.gap",
                    gap.pointer(), "a documented, authored or captured example, or an accepted gap in the"
                            + " coverage policy", "no example",
                    "no example shows " + gap.operationId() + " (" + gap.method() + " " + gap.pathTemplate()
                            + ") answering " + gap.status() + ", and the coverage policy does not accept the gap"));
        }
        for (CoverageResult.StalePolicyEntry s : coverage.stalePolicy()) {
            out.add(new Problem(s.gap().operation() + " " + s.gap().status(), "coverage",
                    "conformance.coverage.policyStale", s.pointer(), "a gap", s.problem(),
                    "stale coverage policy entry (reason given: " + s.gap().reason() + "): " + s.problem()));
        }
        return out;
    }
}
