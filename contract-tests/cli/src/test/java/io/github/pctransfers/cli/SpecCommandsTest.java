package io.github.pctransfers.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The spec tools as commands: {@code lint}, {@code diff}, {@code reference}, and one version for every command. */
class SpecCommandsTest {
    private static final Path RELEASED = Path.of("..", "..", "openapi", "released");

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = ConformanceMain.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void lintPassesTheBundledSpec() {
        Run run = run("lint");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("[spec lint] transfers.yaml: 0 findings");
    }

    @Test
    void lintFailsASpecWithAnUndeclaredTag() {
        Run run = run("lint", "src/test/resources/spec-tools/spec-with-undeclared-tag.yaml");
        assertThat(run.exit()).isEqualTo(ConformanceMain.DOES_NOT_CONFORM);
        assertThat(run.err()).contains("lint finding(s)").contains("tag-declared");
    }

    @Test
    void lintOfAMissingFileIsUnusableInput() {
        Run run = run("lint", "no-such-spec.yaml");
        assertThat(run.exit()).isEqualTo(ConformanceMain.UNUSABLE_INPUT);
        assertThat(run.err()).contains("spec not found: no-such-spec.yaml");
    }

    @Test
    void diffPassesTheBundledSpecAgainstTheReleasedOne(@TempDir Path dir) {
        Path report = dir.resolve("spec-diff.md");
        Run run = run("diff", RELEASED.toString(), "--report", report.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("[spec compatibility]");
        assertThat(report).isRegularFile();
    }

    @Test
    void referenceWritesTheHtmlPage(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("transfers-api.html");
        Run run = run("reference", "--out", out.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("[spec reference]").contains("example cases");
        assertThat(Files.readString(out)).contains("get-transfer-by-id");
    }

    @Test
    void everyCommandAnswersVersionWithTheSameLine() {
        List<String> lines = new ArrayList<>();
        for (String command : new String[] {"", "check", "serve", "demo", "lint", "diff", "reference", "event"}) {
            Run run = command.isEmpty() ? run("--version") : run(command, "--version");
            assertThat(run.exit()).as(command).isZero();
            lines.add(run.out().strip());
        }
        assertThat(lines).allSatisfy(line -> assertThat(line).startsWith("transfers-conformance 0.")
                .isEqualTo(lines.get(0)));
    }
}
