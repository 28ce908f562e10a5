package io.github.pctransfers.conformance.gate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pctransfers.conformance.Conformance;
import io.github.pctransfers.conformance.ConformanceRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A static run does not run the live check, so it neither applies nor calls stale the errata of that check (the
 * bundled ones are judged by live runs); it still judges the errata of its own checks.
 */
class StaticRunLeavesLiveErrataToLiveRunsTest {
    @TempDir
    Path folder;

    @Test
    void aStaticRunJudgesOnlyTheErrataOfItsOwnChecks() throws Exception {
        Path errata = folder.resolve("errata.yaml");
        Files.writeString(errata, """
                tolerances:
                  - name: pages-disagree
                    description: two pages disagree
                errata:
                  - id: a-live-erratum
                    case: get-transfer-by-id
                    check: live-server-answers-as-documented
                    pointer: /id
                    what: a difference only a live server shows
                    source: https://learn.microsoft.com/en-us/partner-center/developer/get-transfer-by-id
                    treatment:
                      tolerance: pages-disagree
                  - id: a-static-erratum-that-excuses-nothing
                    case: get-transfer-by-id
                    check: response-matches-spec
                    pointer: /id
                    what: nothing is wrong there
                    source: https://learn.microsoft.com/en-us/partner-center/developer/get-transfer-by-id
                    treatment:
                      tolerance: pages-disagree
                """);

        GateResult gate = Conformance.check(ConformanceRun.builder().errata(errata).build()).gate();

        assertThat(gate.errata().stale()).extracting(s -> s.erratum().id())
                .containsExactly("a-static-erratum-that-excuses-nothing");
        assertThat(gate.errata().applied()).isEmpty();
        assertThat(gate.errata().location()).contains("those of live-server-answers-as-documented are judged by a"
                + " live run");
    }
}
