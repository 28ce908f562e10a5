package io.github.pctransfers.conformance.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pctransfers.conformance.CheckResult;
import io.github.pctransfers.conformance.Conformance;
import io.github.pctransfers.conformance.ConformanceResult;
import io.github.pctransfers.conformance.ConformanceRun;
import io.github.pctransfers.conformance.cases.ExampleCase;
import io.github.pctransfers.conformance.internal.cases.ExampleCaseLoader;
import io.github.pctransfers.conformance.cases.OpenApiBundle;
import io.github.pctransfers.conformance.gate.CaseOutcome;
import io.github.pctransfers.conformance.gate.GateResult;
import io.github.pctransfers.conformance.gate.Problem;
import io.github.pctransfers.simulator.SimulatorClock;
import io.github.pctransfers.simulator.TransfersSimulator;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * What {@code serve --clock-start documented} promises: with the clock held at {@link SimulatorClock#DOCUMENTED_WORLD}
 * (not moved per case, as {@link SimulatorReplayTest} does), every documented and authored request that needs only
 * the seed answers as its page shows, the cancel and submit requests included; the request-only cancel page, which
 * the live replay cannot judge, answers 200 with its transfer cancelled. Webhook pages that work on a registration
 * an earlier request made are reported as skipped, with the reason. Before each case the simulator is reset to its seed and
 * the fault the case needs, if any, is injected (the same faults as {@link SimulatorReplayTest}).
 */
class DocumentedWorldReplayTest {
    private static final String REQUEST_ONLY_CANCEL = "update-a-transfer-cancel";

    /**
     * Pages that show another moment of the documented timeline than {@link SimulatorClock#DOCUMENTED_WORLD}, and
     * why; each must still differ there (a case that starts to pass must leave this list).
     */
    private static final Map<String, String> OTHER_MOMENT = Map.of(
            "get-all-of-a-customer-s-transfers", "the page lists the customer's transfers of March 2020 (after the "
                    + "reject-a-transfer page); by May 2024 the customer has more, and that reject is not made",
            "authored-get-transfer-new-commerce-in-progress-200", "the page reads a transfer created in January "
                    + "2025, months after the documented world's moment");

    private static final String REGISTERED = "the page works on the webhook registration an earlier request made; "
            + "the seed holds none (SimulatorReplayTest sends authored-create-webhook-registration-200 first)";

    /**
     * Pages that need an earlier request besides the seed, and why; each must still differ from the seed alone (a
     * case that starts to pass must leave this list).
     */
    private static final Map<String, String> NEEDS_AN_EARLIER_REQUEST = Map.of(
            "authored-get-webhook-registration-200", REGISTERED,
            "authored-update-webhook-registration-200", REGISTERED,
            "authored-create-webhook-validation-event-200", REGISTERED,
            "authored-get-webhook-validation-event-200", "the page reads a test event an earlier request made");

    private static TransfersSimulator simulator;
    private static List<ExampleCase> cases;
    private static GateResult gate;

    @BeforeAll
    static void replay() throws Exception {
        simulator = TransfersSimulator.builder().port(0).clockStart(SimulatorClock.DOCUMENTED_WORLD).clockRate(0)
                .start();
        try (OpenApiBundle bundle = OpenApiBundle.fromClasspath()) {
            cases = ExampleCaseLoader.load(bundle).cases();
            ConformanceResult result = Conformance.check(ConformanceRun.builder()
                    .against(simulator.baseUri())
                    .examples(bundle.examplesDirectory())
                    .errata(bundle.errataFile())
                    .requestTimeout(Duration.ofSeconds(30))
                    .reportDirectory(Path.of("target", "documented-world-replay"))
                    .beforeEachCase(DocumentedWorldReplayTest::prepare)
                    .build());
            gate = result.gate();
        }
    }

    @AfterAll
    static void stop() {
        if (simulator != null) {
            simulator.close();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyCaseThatNeedsOnlyTheSeedAnswersAsDocumented() {
        assertThat(cases).extracting(ExampleCase::name).contains(REQUEST_ONLY_CANCEL,
                "authored-cancel-transfer-new-commerce-200",
                "authored-submit-transfer-new-commerce-200", "accept-a-transfer", "reject-a-transfer",
                "withdraw-a-transfer");
        assertThat(OTHER_MOMENT.keySet()).allSatisfy(name -> assertThat(cases).extracting(ExampleCase::name)
                .contains(name));
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> judge(c)));
    }

    private static void prepare(ExampleCase c) {
        simulator.reset();
        simulator.clock().set(SimulatorClock.DOCUMENTED_WORLD);
        SimulatorReplayTest.Fault fault = SimulatorReplayTest.FAULTS.get(c.name());
        if (fault != null) {
            simulator.injectFault(fault.fault());
        }
    }

    private static void judge(ExampleCase c) throws Exception {
        CaseOutcome outcome = gate.cases().stream().filter(o -> o.name().equals(c.name())).findFirst().orElse(null);
        if (outcome == null) {
            assertThat(gate.info().skipped()).as("a case neither sent nor skipped")
                    .anySatisfy(s -> assertThat(s).startsWith(c.name() + ": "));
            assertThat(c.hasResponse()).as("only a request-only page is skipped by the live replay").isFalse();
            prepare(c);
            SimulatorReplayTest.judgeRequestOnly(c, SimulatorReplayTest.sendForBody(simulator.baseUrl(), c.request()));
            return;
        }
        List<String> standing = new ArrayList<>();
        for (CheckResult r : outcome.results()) {
            r.standing().forEach(f -> standing.add(Problem.of(f).describe()));
        }
        String described = outcome.results().stream().map(CheckResult::describe).collect(Collectors.joining("\n"));
        if (NEEDS_AN_EARLIER_REQUEST.containsKey(c.name())) {
            assertThat(standing).as("%s answers as documented from the seed alone: take it off "
                    + "NEEDS_AN_EARLIER_REQUEST", c.name()).isNotEmpty();
            Assumptions.abort("needs an earlier request: " + NEEDS_AN_EARLIER_REQUEST.get(c.name()));
        }
        if (OTHER_MOMENT.containsKey(c.name())) {
            assertThat(standing).as("%s answers as documented at the documented world's moment: take it off "
                    + "OTHER_MOMENT", c.name()).isNotEmpty();
            Assumptions.abort("shows another moment: " + OTHER_MOMENT.get(c.name()));
        }
        assertThat(standing).as("findings at the documented world's moment; the case:\n" + described).isEmpty();
    }
}
