package io.github.pctransfers.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.pctransfers.conformance.report.Reports;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the tool in-process on every fixture folder under {@code src/test/resources/bad/} (inputs that must not
 * pass) and {@code good/} (inputs that must), one test per folder named after it, and asserts the exit code and
 * exactly the problems of its {@code expected.json}: every expected problem is reported, and nothing else is; the
 * same for the findings tolerated by the service.
 */
class ToolFixturesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path reports;

    @TestFactory
    @DisplayName("fixture")
    Stream<DynamicNode> fixtures() throws IOException, URISyntaxException {
        List<DynamicNode> roots = new ArrayList<>();
        for (String root : List.of("bad", "good")) {
            Path dir = Path.of(ToolFixturesTest.class.getClassLoader().getResource(root).toURI());
            List<DynamicNode> tests = new ArrayList<>();
            try (Stream<Path> folders = Files.list(dir)) {
                for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                    String name = folder.getFileName().toString();
                    tests.add(dynamicTest(name, () -> check(folder)));
                }
            }
            roots.add(dynamicContainer(root, tests));
        }
        return roots.stream();
    }

    private static void check(Path folder) throws IOException {
        FixtureExpectation expected = FixtureExpectation.read(folder);
        Path reportDir = reports.resolve(folder.getFileName().toString());
        List<String> args = new ArrayList<>(expected.arguments(folder));
        args.addAll(List.of("--report", reportDir.toString(), "--no-progress"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int exit = ConformanceMain.run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));

        String account = "exit " + exit + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
        assertThat(exit).as(account).isEqualTo(expected.exitCode);
        if (expected.error != null) {
            assertThat(err.toString().strip()).as(account).contains(expected.error).doesNotContain("\n")
                    .doesNotContain("Exception");
            assertThat(reportDir.resolve(Reports.JSON)).as("no report for an unusable input").doesNotExist();
            return;
        }
        JsonNode report = JSON.readTree(reportDir.resolve(Reports.JSON).toFile());
        List<JsonNode> problems = new ArrayList<>();
        report.path("problems").forEach(problems::add);
        for (FixtureExpectation.ExpectedProblem e : expected.problems) {
            assertThat(problems).as("expected problem %s\n%s", e, account).anyMatch(e::matches);
        }
        for (JsonNode p : problems) {
            assertThat(expected.problems).as("unexpected problem %s\n%s", p, account).anyMatch(e -> e.matches(p));
        }
        List<JsonNode> tolerated = new ArrayList<>();
        report.path("tolerated").forEach(tolerated::add);
        for (FixtureExpectation.ExpectedProblem e : expected.tolerated) {
            assertThat(tolerated).as("expected tolerated finding %s\n%s", e, account).anyMatch(e::matches);
        }
        for (JsonNode t : tolerated) {
            assertThat(expected.tolerated).as("unexpected tolerated finding %s\n%s", t, account)
                    .anyMatch(e -> e.matches(t));
        }
        assertThat(report.path("verdict").path("exitCode").asInt()).isEqualTo(expected.exitCode);
    }
}
