package io.github.pctransfers.conformance.gate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pctransfers.conformance.Conformance;
import io.github.pctransfers.conformance.ConformanceResult;
import io.github.pctransfers.conformance.ConformanceRun;
import io.github.pctransfers.conformance.Finding;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A production client's create ({@code tolerance-run/examples}: PascalCase names, explicit nulls, TransferType "3",
 * participants, no MS-* headers) through the library: what the spec's {@code x-tolerated-by-service} allows is
 * reported as tolerated and the run conforms; a strict run fails on exactly those findings.
 */
class StrictRunTest {
    @TempDir
    Path reports;

    private static Path examples() throws Exception {
        return Path.of(StrictRunTest.class.getClassLoader().getResource("tolerance-run/examples").toURI());
    }

    @Test
    void aProductionClientCreateConformsWithItsDeviationsReportedAsTolerated() throws Exception {
        ConformanceResult result = Conformance.check(ConformanceRun.builder().examples(examples())
                .reportDirectory(reports).build());

        assertThat(result.conforms()).as(result.gate().problems().toString()).isTrue();
        assertThat(result.gate().exitCode()).isZero();
        assertThat(result.gate().tolerated()).hasSize(16).allSatisfy(f -> {
            assertThat(f.messageKey()).startsWith(Finding.TOLERATED_KEY_PREFIX);
            assertThat(f.tolerance()).isIn("propertyNameCase: insensitive", "nullForOptional: ignored");
        });
        assertThat(result.gate().info().strict()).isFalse();
    }

    @Test
    void aStrictRunFailsOnWhatTheServiceTolerates() throws Exception {
        ConformanceResult result = Conformance.check(ConformanceRun.builder().examples(examples())
                .reportDirectory(reports).strict(true).build());

        assertThat(result.conforms()).isFalse();
        assertThat(result.gate().exitCode()).isEqualTo(GateResult.DOES_NOT_CONFORM);
        assertThat(result.gate().tolerated()).isEmpty();
        assertThat(result.gate().problems()).hasSize(16).allSatisfy(p -> {
            assertThat(p.check()).isEqualTo("request-matches-spec");
            assertThat(p.key()).startsWith(Finding.TOLERATED_KEY_PREFIX);
            assertThat(p.message()).endsWith("refused because the run is strict");
        });
        assertThat(result.gate().info().strict()).isTrue();
    }
}
