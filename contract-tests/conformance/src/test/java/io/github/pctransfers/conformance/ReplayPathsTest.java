package io.github.pctransfers.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pctransfers.conformance.gate.CaseOutcome;
import io.github.pctransfers.conformance.gate.UnusableInputException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The gate replays the client against WireMock called in-process, without a socket. Its verdicts must be
 * those of the socket path, case by case and finding by finding, on the bundled examples, on example folders and
 * on captured traffic.
 */
class ReplayPathsTest {

    @Test
    void theBundledExamplesGetTheSameFindingsInProcessAndOverASocket() throws Exception {
        assertSameOutcomes(b -> b);
    }

    @Test
    void anExampleFolderGetsTheSameFindingsInProcessAndOverASocket() throws Exception {
        assertSameOutcomes(b -> b.examples(resource("example-cases")));
    }

    @Test
    void aCapturedHarGetsTheSameFindingsInProcessAndOverASocket() throws Exception {
        assertSameOutcomes(b -> b.har(resource("har/two-entries.har")));
    }

    /** The cases made to fail every check, with their stale erratum: the failures must be the same ones. */
    @Test
    void casesMadeToFailGetTheSameFindingsInProcessAndOverASocket() throws Exception {
        assertSameOutcomes(b -> b.examples(resource("suite-fixture/examples")));
    }

    /**
     * Two workers, each with its own in-process server and current exchange: one worker's replies and requests
     * must not reach the other's cases.
     */
    @Test
    void twoWorkersGetTheSameFindingsInProcessAsOneOverASocket() throws Exception {
        ConformanceResult inProcess = Conformance.check(ConformanceRun.builder()
                .examples(resource("suite-fixture/examples")).threads(2).build());
        ConformanceResult overSocket = Conformance.check(ConformanceRun.builder()
                .examples(resource("suite-fixture/examples")).threads(1).replayOverSocket(true).build());
        assertThat(inProcess.gate().cases()).isEqualTo(overSocket.gate().cases());
        assertThat(inProcess.gate().problems()).isEqualTo(overSocket.gate().problems());
        inProcess = Conformance.check(ConformanceRun.builder().threads(2).build());
        overSocket = Conformance.check(ConformanceRun.builder().threads(1).replayOverSocket(true).build());
        assertThat(inProcess.gate().cases()).isEqualTo(overSocket.gate().cases());
        assertThat(inProcess.gate().problems()).isEqualTo(overSocket.gate().problems());
    }

    private static void assertSameOutcomes(UnaryOperator<ConformanceRun.Builder> input)
            throws UnusableInputException {
        ConformanceResult inProcess = Conformance.check(input.apply(ConformanceRun.builder()).build());
        ConformanceResult overSocket = Conformance.check(input.apply(ConformanceRun.builder())
                .replayOverSocket(true).build());

        List<CaseOutcome> cases = inProcess.gate().cases();
        assertThat(cases).isNotEmpty();
        // Not vacuous: the replay ran and produced findings (standing or excused) to compare.
        assertThat(cases.stream().flatMap(c -> c.results().stream()).mapToLong(r -> r.findings().size()).sum())
                .isPositive();
        assertThat(cases).isEqualTo(overSocket.gate().cases());
        assertThat(inProcess.gate().problems()).isEqualTo(overSocket.gate().problems());
        assertThat(inProcess.exitCode()).isEqualTo(overSocket.exitCode());
    }

    private static Path resource(String name) {
        try {
            return Path.of(Objects.requireNonNull(ReplayPathsTest.class.getClassLoader().getResource(name), name)
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
