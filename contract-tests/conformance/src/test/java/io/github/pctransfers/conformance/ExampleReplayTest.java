package io.github.pctransfers.conformance;

import io.github.pctransfers.conformance.internal.CaseRun;
import io.github.pctransfers.conformance.internal.ConformanceSuite;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.pctransfers.conformance.cases.ExampleCase;
import io.github.pctransfers.conformance.cases.OpenApiBundle;
import io.github.pctransfers.conformance.errata.Erratum;
import io.github.pctransfers.conformance.internal.replay.ClientReplay;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The conformance replay: for every case under {@code openapi/examples} (read from the bundled
 * classpath copy), one container named after the case folder and its origin, holding one test per check. Each
 * check's full account (findings, excused findings with their erratum, notes) is printed to the test output.
 */
class ExampleReplayTest {

    @RegisterExtension
    static final WireMockExtension WIREMOCK = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().notifier(new ConsoleNotifier(false)))
            .build();

    private static ConformanceSuite suite;
    private static ClientReplay replay;

    @BeforeAll
    static void loadSuiteOnce() {
        suite = ConformanceSuite.load(OpenApiBundle.fromClasspath(), TestSpec.validator());
        replay = new ClientReplay(WIREMOCK.getRuntimeInfo().getWireMock(), WIREMOCK.baseUrl());
    }

    @AfterAll
    static void close() {
        replay.close();
        suite.close();
    }

    @TestFactory
    @DisplayName("-")
    Stream<DynamicNode> examples() {
        Stream<DynamicNode> cases = suite.cases().cases().stream().map(this::caseContainer);
        // Runs after every case: each erratum must have excused a finding of its check, or it is stale.
        Stream<DynamicNode> errata = Stream.of(dynamicTest("errata: every erratum excuses a finding", () -> {
            List<Erratum> stale = suite.ledger().stale();
            // The errata of the live check are judged by a live run (SimulatorReplayTest), not here.
            List<Erratum> unexercised = suite.ledger().unexercised().stream().filter(e -> !e.check().live())
                    .toList();
            System.out.println("errata applied: " + suite.ledger().applied());
            assertTrue(stale.isEmpty() && unexercised.isEmpty(),
                    () -> "stale errata: " + stale + "; errata whose check never ran: " + unexercised);
        }));
        return Stream.concat(cases, errata);
    }

    private DynamicNode caseContainer(ExampleCase exampleCase) {
        CaseRun run = suite.start(exampleCase, replay);
        return dynamicContainer(exampleCase.displayName(), suite.checksFor(exampleCase).stream()
                .map(check -> dynamicTest(check.displayName(), () -> {
                    CheckResult result = run.run(check);
                    System.out.println(exampleCase.displayName() + " | " + result.describe());
                    assertTrue(result.passed(), result::describe);
                })));
    }
}
