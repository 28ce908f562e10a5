package io.github.pctransfers.conformance.internal.coverage;

import io.github.pctransfers.conformance.coverage.CoverageCell;
import io.github.pctransfers.conformance.coverage.CoveragePolicy;
import io.github.pctransfers.conformance.coverage.CoverageResult;
import io.github.pctransfers.conformance.coverage.CoverageState;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.pctransfers.conformance.Fixtures;
import io.github.pctransfers.conformance.TestSpec;
import io.github.pctransfers.conformance.cases.Origin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CoverageMatrixTest {

    @Test
    void everyDocumentedStatusOfEveryOperationIsACell() {
        CoverageResult result = CoverageMatrix.of(TestSpec.spec()).evaluate(CoveragePolicy.none());

        assertThat(result.cells()).hasSize(107);
        assertThat(result.cells()).filteredOn(c -> c.operationId().equals("acceptTransfer"))
                .extracting(CoverageCell::status)
                .containsExactly("200", "201", "400", "401", "403", "404", "409", "429", "5XX");
        assertThat(result.gaps()).hasSize(107);
    }

    @Test
    void aCaseCountsForItsExactStatusElseItsRangeAndNeverForAnUndocumentedOne() {
        CoverageMatrix matrix = CoverageMatrix.of(TestSpec.spec());

        boolean exact = matrix.record("getTransfer", 404, Origin.AUTHORED, "authored-404");
        boolean range = matrix.record("getTransfer", 503, Origin.CAPTURED, "entry-7");
        boolean undocumented = matrix.record("getTransfer", 418, Origin.DOCUMENTED, "teapot");
        boolean unknownOperation = matrix.record("getTransfers", 200, Origin.DOCUMENTED, "x");

        assertThat(exact).isTrue();
        assertThat(range).isTrue();
        assertThat(undocumented).isFalse();
        assertThat(unknownOperation).isFalse();
        CoverageResult result = matrix.evaluate(CoveragePolicy.none());
        assertThat(result.cells()).filteredOn(c -> c.operationId().equals("getTransfer") && c.state().covered())
                .extracting(CoverageCell::status, CoverageCell::state, CoverageCell::captured)
                .containsExactly(tuple("404", CoverageState.AUTHORED, 0), tuple("5XX", CoverageState.CAPTURED, 1));
    }

    @Test
    void documentedBeatsAuthoredBeatsCapturedAndCapturedKeepsOnlyAFewNames() {
        CoverageMatrix matrix = CoverageMatrix.of(TestSpec.spec());
        for (int i = 1; i <= 5; i++) {
            matrix.record("listTransfers", 200, Origin.CAPTURED, "entry-" + i);
        }
        matrix.record("listTransfers", 429, Origin.CAPTURED, "entry-9");
        matrix.record("listTransfers", 429, Origin.AUTHORED, "authored-429");
        matrix.record("listTransfers", 429, Origin.DOCUMENTED, "documented-429");

        CoverageResult result = matrix.evaluate(CoveragePolicy.none());

        CoverageCell ok = cell(result, "listTransfers", "200");
        assertThat(ok.state()).isEqualTo(CoverageState.CAPTURED);
        assertThat(ok.captured()).isEqualTo(5);
        assertThat(ok.capturedExamples()).containsExactly("entry-1", "entry-2", "entry-3");
        assertThat(cell(result, "listTransfers", "429").state()).isEqualTo(CoverageState.DOCUMENTED);
    }

    @Test
    void anAcceptedGapIsNotAGapAndAPolicyEntryThatAcceptsNoGapIsStale() {
        CoverageMatrix matrix = CoverageMatrix.of(TestSpec.spec());
        matrix.record("getTransfer", 200, Origin.DOCUMENTED, "get-transfer-by-id");
        CoveragePolicy policy = CoveragePolicy.parse(Fixtures.read("coverage/two-gaps-one-stale.yaml"), "fixture");

        CoverageResult result = matrix.evaluate(policy);

        assertThat(cell(result, "getTransfer", "409").state()).isEqualTo(CoverageState.ACCEPTED_GAP);
        assertThat(cell(result, "getTransfer", "409").acceptedReason()).isEqualTo("The docs show no such example.");
        assertThat(cell(result, "getTransfer", "5XX").state()).isEqualTo(CoverageState.ACCEPTED_GAP);
        assertThat(cell(result, "getTransfer", "200").state()).isEqualTo(CoverageState.DOCUMENTED);
        assertThat(result.stalePolicy()).extracting(s -> s.pointer(), s -> s.problem()).containsExactly(
                tuple("/getTransfer/200", "the status is covered now, by documented example get-transfer-by-id:"
                        + " remove the entry from the policy"),
                tuple("/getTransfers/200", "the spec has no operation getTransfers"),
                tuple("/acceptTransfer/418", "the spec documents no status 418 for acceptTransfer (documented:"
                        + " 200, 201, 400, 401, 403, 404, 409, 429, 5XX)"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "duplicate-entry.yaml|accepted gap 2: getTransfer 5XX is accepted twice",
        "missing-reason.yaml|accepted gap 1: no reason",
        "unknown-field.yaml|Unrecognized field \"until\""})
    void anInvalidPolicyIsRefusedWithTheReason(String file, String reason) {
        assertThatThrownBy(() -> CoveragePolicy.parse(Fixtures.read("coverage/" + file), file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(reason);
    }

    @Test
    void theBundledPolicyIsValid() {
        CoveragePolicy policy = CoveragePolicy.parse(Fixtures.read("pctransfers/openapi/coverage-policy.yaml"),
                "bundled");

        assertThat(policy.gaps()).hasSize(81).allSatisfy(g -> assertThat(g.reason()).isNotBlank());
    }

    private static CoverageCell cell(CoverageResult r, String operation, String status) {
        return r.cells().stream().filter(c -> c.operationId().equals(operation) && c.status().equals(status))
                .findFirst().orElseThrow();
    }
}
