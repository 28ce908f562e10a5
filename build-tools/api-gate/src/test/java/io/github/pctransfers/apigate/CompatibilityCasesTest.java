package io.github.pctransfers.apigate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gate on real class files: each case of {@code cases/<case>/} has a {@code before} and an {@code after}
 * source tree. The record is written from {@code before} (update mode), then {@code after} is checked against it.
 */
class CompatibilityCasesTest {

    private static final String ENTITY = "io.github.pctransfers.client.model.TransferEntity";
    private static final String CLIENT = "io.github.pctransfers.client.TransfersClient";

    @TempDir
    Path work;

    @Test
    void removedModelGetter() {
        Outcome outcome = gate("removed-model-getter", false);

        assertThat(outcome.diff().removed()).containsExactly("public java.lang.String " + ENTITY + ".getId()");
        assertThat(outcome.diff().added()).isEmpty();
        assertThat(outcome.verdict().passes()).isFalse();
        assertThat(outcome.verdict().message()).contains(String.join(System.lineSeparator(),
                "  " + ENTITY,
                "    - public java.lang.String " + ENTITY + ".getId()",
                "Code compiled against the recorded API may fail to link"));
        assertThat(outcome.verdict().message()).contains("-Dapi.update=true");
    }

    @Test
    void renamedFacadeMethod() {
        Outcome outcome = gate("renamed-facade-method", false);

        assertThat(outcome.diff().removed()).containsExactly(
                "public java.util.List<" + ENTITY + "> " + CLIENT + ".listTransfers(java.lang.String)");
        assertThat(outcome.diff().added()).containsExactly(
                "public java.util.List<" + ENTITY + "> " + CLIENT + ".listTransfersOf(java.lang.String)");
        assertThat(outcome.verdict().passes()).isFalse();
        assertThat(outcome.verdict().message()).contains(String.join(System.lineSeparator(),
                "  " + CLIENT,
                "    - public java.util.List<" + ENTITY + "> " + CLIENT + ".listTransfers(java.lang.String)",
                "    + public java.util.List<" + ENTITY + "> " + CLIENT + ".listTransfersOf(java.lang.String)"));
    }

    @Test
    void addedMethod() {
        Outcome outcome = gate("added-method", false);

        String added = "public void " + CLIENT + ".deleteTransfer(java.lang.String, java.lang.String)";
        assertThat(outcome.diff().removed()).isEmpty();
        assertThat(outcome.diff().added()).containsExactly(added);
        assertThat(outcome.verdict().passes()).isTrue();
        assertThat(outcome.verdict().message())
                .contains("compatible, but the record is not updated: 1 added line not in")
                .contains("    + " + added);
    }

    @Test
    void addedMethodFailsInStrictMode() {
        Outcome outcome = gate("added-method", true);

        assertThat(outcome.verdict().passes()).isFalse();
        assertThat(outcome.verdict().message()).contains("This fails because of -Dapi.strict=true");
    }

    @Test
    void changedGetterType() {
        Outcome outcome = gate("changed-getter-type", false);

        assertThat(outcome.verdict().passes()).isFalse();
        // The old and the new line of the same getter come out next to each other.
        assertThat(outcome.verdict().message()).contains(String.join(System.lineSeparator(),
                "    - public java.lang.String " + ENTITY + ".getId()",
                "    + public java.util.UUID " + ENTITY + ".getId()"));
    }

    @Test
    void removedClass() {
        Outcome outcome = gate("removed-class", false);

        String update = "io.github.pctransfers.client.model.TransferUpdate";
        assertThat(outcome.diff().removed()).containsExactly("public class " + update,
                "public " + update + "()",
                "public java.lang.String " + update + ".getStatus()",
                "public void " + update + ".setStatus(java.lang.String)");
        assertThat(outcome.verdict().passes()).isFalse();
        assertThat(outcome.verdict().message()).contains(String.join(System.lineSeparator(),
                "  " + update,
                "    - public class " + update + "   (the whole class, with its 3 members)"));
    }

    @Test
    void unchangedApiMatchesItsRecord() throws Exception {
        Path classes = Sources.compile(Sources.caseFolder("added-method").resolve("before"), work.resolve("c"));
        Path record = work.resolve("api/demo.api");
        ApiGate.run(classes, record, true, false);

        ApiGate.Verdict verdict = ApiGate.run(classes, record, false, true);

        assertThat(verdict.passes()).isTrue();
        assertThat(verdict.message())
                .isEqualTo("[api gate] demo: the API matches " + record + " (2 classes, 10 members).");
        assertThat(Files.readString(record))
                .contains("\npublic final class " + CLIENT + " implements java.lang.AutoCloseable\n");
    }

    private record Outcome(ApiDiff diff, ApiGate.Verdict verdict) {
    }

    private Outcome gate(String caseName, boolean strict) {
        Path folder = Sources.caseFolder(caseName);
        Path before = Sources.compile(folder.resolve("before"), work.resolve("before"));
        Path after = Sources.compile(folder.resolve("after"), work.resolve("after"));
        Path record = work.resolve("api").resolve(caseName + ".api");
        assertThat(ApiGate.run(before, record, true, false).passes()).isTrue();

        ApiGate.Verdict verdict = ApiGate.run(after, record, false, strict);

        ApiDiff diff = ApiDiff.between(ApiDump.of(before).listing(), ApiDump.of(after).listing());
        return new Outcome(diff, verdict);
    }
}
