package io.github.pctransfers.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.pctransfers.conformance.report.Reports;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --against URL}, in-process, against a stand-in server on 127.0.0.1 ({@link LiveStubs}). */
class LiveCheckCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKEN = "cli-test-token-0123456789-must-not-leak";

    @RegisterExtension
    static final WireMockExtension SERVER = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").notifier(new ConsoleNotifier(false)))
            .build();

    @TempDir
    Path reports;

    record Run(int exit, String out, String err) {
        String account() {
            return "exit " + exit + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }
    }

    @BeforeEach
    void answerAsDocumented() {
        SERVER.resetAll();
        LiveStubs.answerAsDocumented(SERVER.getRuntimeInfo().getWireMock());
    }

    private Run check(Function<String, String> environment, String... options) {
        List<String> args = new ArrayList<>(List.of("check", "--examples", LiveStubs.examples().toString(),
                "--report", reports.toString(), "--no-progress"));
        args.addAll(List.of(options));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = ConformanceMain.run(new PrintWriter(out), new PrintWriter(err), environment,
                args.toArray(String[]::new));
        return new Run(exit, out.toString(), err.toString());
    }

    private static String server() {
        return "http://127.0.0.1:" + SERVER.getPort();
    }

    @Test
    void aServerThatAnswersAsDocumentedExitsZero() throws Exception {
        Run run = check(name -> null, "--against", server());

        assertThat(run.exit()).as(run.account()).isZero();
        assertThat(run.out()).contains("2 case(s) from live: " + LiveStubs.examples() + " against " + server())
                .contains("live-server-answers-as-documented")
                .doesNotContain("request-matches-spec")
                .contains("CONFORMS (exit 0)");
        JsonNode report = JSON.readTree(reports.resolve(Reports.JSON).toFile());
        assertThat(report.path("run").path("inputKind").asText()).isEqualTo("live");
        assertThat(report.path("coverage").path("gated").asBoolean()).isFalse();
    }

    @Test
    void aServerThatAnswersOtherwiseExitsOneAndNamesTheDifference() {
        LiveStubs.answerWith(SERVER.getRuntimeInfo().getWireMock(), "live/answers-with-another-status");

        Run run = check(name -> null, "--against", server());

        assertThat(run.exit()).as(run.account()).isEqualTo(1);
        assertThat(run.out()).contains("DOES NOT CONFORM (exit 1)").contains("get-transfer-by-id /"
                + " live-server-answers-as-documented [conformance.live.body.different] at /status");
    }

    @Test
    void theTokenComesFromTheNamedVariableAndIsNeverPrinted() throws Exception {
        Map<String, String> environment = Map.of("PCT_TOKEN", TOKEN);

        Run run = check(environment::get, "--against", server(), "--token-env", "PCT_TOKEN");

        assertThat(run.exit()).as(run.account()).isZero();
        SERVER.verify(2, anyRequestedFor(anyUrl()).withHeader("Authorization", equalTo("Bearer " + TOKEN)));
        assertThat(run.out() + run.err()).doesNotContain(TOKEN);
        try (var files = Files.list(reports)) {
            files.forEach(f -> assertThat(read(f)).as(f.toString()).doesNotContain(TOKEN));
        }
    }

    @Test
    void aTokenVariableThatIsNotSetExitsTwoWithOneLine() {
        Run run = check(name -> null, "--against", server(), "--token-env", "PCT_TOKEN");

        assertThat(run.exit()).isEqualTo(ConformanceMain.UNUSABLE_INPUT);
        assertThat(run.err().strip()).isEqualTo("transfers-conformance: environment variable PCT_TOKEN"
                + " (--token-env) is not set or empty; it must hold the access token");
        assertThat(SERVER.getAllServeEvents()).isEmpty();
    }

    @Test
    void anUnreachableServerExitsTwoWithOneLine() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        Run run = check(name -> null, "--against", "http://127.0.0.1:" + closedPort);

        assertThat(run.exit()).as(run.account()).isEqualTo(ConformanceMain.UNUSABLE_INPUT);
        assertThat(run.err().strip()).startsWith("transfers-conformance: cannot reach http://127.0.0.1:"
                + closedPort + " to GET /v1/").doesNotContain("\n");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void plainHttpToAHostThatIsNotLoopbackIsRefusedBeforeAnythingIsSent() {
        Run run = check(name -> TOKEN, "--against", "http://staging.transfers.test", "--token-env", "T");

        assertThat(run.exit()).isEqualTo(ConformanceMain.UNUSABLE_INPUT);
        assertThat(run.err().strip()).isEqualTo("transfers-conformance: refusing http:// to staging.transfers.test,"
                + " which is not a loopback host: the access token must not travel in clear; use https://");
    }

    @Test
    void theHelpOfCheckExplainsTheLiveRun() {
        StringWriter out = new StringWriter();

        int exit = ConformanceMain.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "check", "--help");

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("--against=URL", "--allow-writes", "--token-env=NAME",
                "--timeout=SECONDS", "server-assigned values");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
