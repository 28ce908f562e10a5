package io.github.pctransfers.apigate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line exec-maven-plugin runs: arguments, the missing record, update and check. */
class ApiGateTest {

    @TempDir
    Path work;
    private Path classes;
    private Path record;

    @BeforeEach
    void compile() {
        Path sources = Sources.caseFolder("removed-model-getter").resolve("before");
        classes = Sources.compile(sources, work.resolve("classes"));
        record = work.resolve("api").resolve("pc-transfers-client.api");
    }

    @Test
    void missingRecordFailsWithTheWayToCreateIt() {
        assertThatThrownBy(() -> ApiGate.main(args("false")))
                .isInstanceOf(ApiGate.ApiGateFailedException.class)
                .hasMessageContaining("pc-transfers-client: there is no API record at " + record)
                .hasMessageContaining("Create it with -Dapi.update=true");
        assertThat(record).doesNotExist();
    }

    @Test
    void updateWritesTheRecordThatTheNextCheckPasses() throws Exception {
        ApiGate.main(args("true"));

        assertThat(Files.readAllLines(record)).containsSubsequence(
                "public class io.github.pctransfers.client.model.TransferEntity",
                "  public static final java.lang.String io.github.pctransfers.client.model.TransferEntity"
                        + ".JSON_PROPERTY_ID = \"id\"",
                "  public io.github.pctransfers.client.model.TransferEntity()",
                "  public java.lang.String io.github.pctransfers.client.model.TransferEntity.getId()");
        assertThat(ApiGate.run(classes, record, false, true).passes()).isTrue();
    }

    /** A record line for a method the code does not have fails. */
    @Test
    void recordLineWithoutItsMethodFails() throws Exception {
        ApiGate.main(args("true"));
        String extra = "  public void io.github.pctransfers.client.model.TransferEntity.cancel()";
        Files.writeString(record, Files.readString(record) + extra + "\n");

        assertThatThrownBy(() -> ApiGate.main(args("false")))
                .isInstanceOf(ApiGate.ApiGateFailedException.class)
                .hasMessageContaining("1 recorded line removed or changed, 0 added")
                .hasMessageContaining("    - " + extra.strip());
    }

    /** A line deleted from the record looks exactly like an added method: it passes, with a warning. */
    @Test
    void recordLineDeletedByHandIsReportedAsNotRecorded() throws Exception {
        ApiGate.main(args("true"));
        String getter = "  public java.lang.String io.github.pctransfers.client.model.TransferEntity.getId()";
        List<String> lines = Files.readAllLines(record);
        assertThat(lines.remove(getter)).isTrue();
        Files.write(record, lines);

        ApiGate.Verdict verdict = ApiGate.run(classes, record, false, false);

        assertThat(verdict.passes()).isTrue();
        assertThat(verdict.message()).contains("the record is not updated").contains("    + " + getter.strip());
    }

    @Test
    void unreadableRecordFailsWithTheWayToRewriteIt() throws Exception {
        Files.createDirectories(record.getParent());
        Files.writeString(record, "  public void a.B.m()\n");

        assertThatThrownBy(() -> ApiGate.main(args("false")))
                .isInstanceOf(ApiGate.ApiGateFailedException.class)
                .hasMessageContaining("is not an API record (line 1: a member before any class")
                .hasMessageContaining("rewrite it with -Dapi.update=true");
    }

    @Test
    void flagThatIsNotTrueOrFalseIsRefused() {
        assertThatThrownBy(() -> ApiGate.main(new String[] {classes.toString(), record.toString(), "yes"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("UPDATE must be true or false, got \"yes\"");
    }

    @Test
    void wrongArgumentCountIsRefused() {
        assertThatThrownBy(() -> ApiGate.main(new String[] {classes.toString()}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("usage: ApiGate CLASSES_DIR RECORD_FILE UPDATE");
    }

    private String[] args(String update) {
        return new String[] {classes.toString(), record.toString(), update, "false"};
    }
}
