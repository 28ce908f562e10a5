package io.github.pctransfers.cli;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import io.github.pctransfers.conformance.report.Reports;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Runs the packaged {@code transfers-conformance.jar} with {@code java -jar}, as a user would (failsafe, after
 * {@code package}): the bundled examples conform (exit 0, four reports), a known-bad fixture gives exit 1 with its
 * finding, unusable input or a bad option gives exit 2 with one line on standard error, and a live run against a
 * remote-looking https server sends only reads unless writes are allowed, with the token from the environment.
 *
 * <p>The runs are independent (each test has its own folder, process and server), so they run as many at a time as
 * there are cores (the failsafe configuration in the pom), each JVM with the C1 compiler only, as the README advises
 * for runs this short: the optimising compiler costs a run like these more than it gives back.
 */
@Execution(ExecutionMode.CONCURRENT)
class ConformanceJarIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long TIMEOUT_SECONDS = 120;
    private static final String LIVE_TOKEN = "jar-it-token-5c1d8e-must-not-leak";
    /** The password of the test-only key and trust stores under {@code live/tls}. */
    private static final String TLS_PASSWORD = "changeit";
    /** The JVM options of every run: the C1 compiler only (contract-tests/cli/README.md, "Performance"). */
    private static final List<String> JVM_OPTIONS = List.of("-XX:TieredStopAtLevel=1");

    private static Path jar;

    @TempDir
    Path workDir;

    record Run(int exit, String out, String err) {
        String account() {
            return "exit " + exit + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }
    }

    @BeforeAll
    static void findJar() {
        jar = Path.of(System.getProperty("conformance.jar", "target/transfers-conformance.jar")).toAbsolutePath();
        assertThat(jar).as("the shaded jar (run 'mvn package' first)").isRegularFile();
    }

    @Test
    void withoutACommandTheBundledExamplesAreCheckedAndConform() throws Exception {
        Run run = run();

        assertThat(run.exit()).as(run.account()).isZero();
        assertThat(run.out()).contains("CONFORMS (exit 0)").contains("request-matches-spec");
        Path reports = workDir.resolve("target/conformance");
        for (String file : List.of(Reports.MARKDOWN, Reports.HTML, Reports.JSON, Reports.JUNIT)) {
            assertThat(reports.resolve(file)).as(file).isNotEmptyFile();
        }
        JsonNode report = JSON.readTree(reports.resolve(Reports.JSON).toFile());
        assertThat(report.path("verdict").path("conforms").asBoolean()).isTrue();
        assertThat(report.path("errata").path("applied")).hasSize(3);
        assertThat(report.path("coverage").path("gated").asBoolean()).isTrue();
        assertThat(Files.readString(reports.resolve(Reports.HTML))).startsWith("<!DOCTYPE html>")
                .doesNotContain("<script");
    }

    @Test
    void aWrongTypeInAResponseExitsWithOneAndNamesTheFinding() throws Exception {
        Run run = run("check", "--examples", fixture("bad/wrong-type/examples").toString(), "--report", "out");

        assertThat(run.exit()).as(run.account()).isEqualTo(1);
        assertThat(run.out()).contains("DOES NOT CONFORM (exit 1)")
                .contains("get-transfer-status-a-number / response-matches-spec"
                        + " [validation.response.body.schema.type] at /status");
        JsonNode report = JSON.readTree(workDir.resolve("out").resolve(Reports.JSON).toFile());
        assertThat(report.path("problems").get(0).path("pointer").asText()).isEqualTo("/status");
    }

    @Test
    void aTruncatedHarExitsWithTwoAndOneLine() throws Exception {
        Run run = run("--har", fixture("bad/har-truncated/capture.har").toString());

        assertThat(run.exit()).as(run.account()).isEqualTo(2);
        assertThat(run.err().strip()).contains("unreadable HAR").contains("at line 151 column 2")
                .doesNotContain("\n").doesNotContain("Exception");
        assertThat(workDir.resolve("target/conformance")).doesNotExist();
    }

    @Test
    void anUnparseableSpecExitsWithTwoAndOneLineWithoutTheParsersStackTrace() throws Exception {
        Run run = run("check", "--spec", fixture("bad/unparseable-spec/spec.yaml").toString());

        assertThat(run.exit()).as(run.account()).isEqualTo(2);
        assertThat(run.err().strip()).startsWith("transfers-conformance: unparseable spec").doesNotContain("\n")
                .doesNotContain("\tat ");
    }

    @Test
    void anUnknownOptionExitsWithTwoAndOneLine() throws Exception {
        Run run = run("check", "--exmaples", "x");

        assertThat(run.exit()).as(run.account()).isEqualTo(2);
        assertThat(run.err().strip()).contains("Unknown option").doesNotContain("\n");
    }

    @Test
    void aLiveRunAgainstAHostThatIsNotLoopbackSendsOnlyReadsOverTlsAndNamesTheSkippedCase() throws Exception {
        WireMockServer staging = stagingServer();
        try {
            Run run = runLive(staging, "--report", "out");

            assertThat(run.exit()).as(run.account()).isZero();
            assertThat(run.out()).contains("Not checked: create-a-transfer-legacy: not sent: POST changes state and"
                    + " staging.transfers.test is not a loopback host; allow writes (--allow-writes) to send it");
            assertThat(staging.getAllServeEvents()).singleElement().satisfies(e -> {
                assertThat(e.getRequest().getMethod().getName()).isEqualTo("GET");
                assertThat(e.getRequest().getHeader("Authorization")).isEqualTo("Bearer " + LIVE_TOKEN);
            });
            assertThat(run.out() + run.err()).doesNotContain(LIVE_TOKEN);
            for (String file : List.of(Reports.MARKDOWN, Reports.HTML, Reports.JSON, Reports.JUNIT)) {
                assertThat(Files.readString(workDir.resolve("out").resolve(file))).as(file).doesNotContain(LIVE_TOKEN)
                        .contains("create-a-transfer-legacy");
            }
        } finally {
            staging.stop();
        }
    }

    @Test
    void aLiveRunWithAllowWritesSendsTheStateChangingCasesToo() throws Exception {
        WireMockServer staging = stagingServer();
        try {
            Run run = runLive(staging, "--allow-writes");

            assertThat(run.exit()).as(run.account()).isZero();
            assertThat(staging.getAllServeEvents()).extracting(e -> e.getRequest().getMethod().getName())
                    .containsExactlyInAnyOrder("GET", "POST");
            assertThat(run.out()).doesNotContain("Not checked");
        } finally {
            staging.stop();
        }
    }

    /**
     * A stand-in staging server: WireMock over TLS on 127.0.0.1, answering the cases of {@code live/examples} as
     * documented, with a certificate for {@code staging.transfers.test}. The jar reaches it by that name through
     * its own hosts file, so to the tool it is a remote host (not loopback), reached over https.
     */
    private static WireMockServer stagingServer() throws URISyntaxException {
        WireMockServer server = new WireMockServer(wireMockConfig()
                .httpDisabled(true)
                .dynamicHttpsPort()
                .bindAddress("127.0.0.1")
                .keystorePath(fixture("live/tls/server.p12").toString())
                .keystoreType("PKCS12")
                .keystorePassword(TLS_PASSWORD)
                .keyManagerPassword(TLS_PASSWORD)
                .notifier(new ConsoleNotifier(false)));
        server.start();
        LiveStubs.answerAsDocumented(new WireMock(server));
        return server;
    }

    private Run runLive(WireMockServer staging, String... options) throws Exception {
        List<String> args = new ArrayList<>(List.of("check", "--examples", LiveStubs.examples().toString(),
                "--against", "https://staging.transfers.test:" + staging.httpsPort(), "--token-env", "PCT_TOKEN"));
        args.addAll(List.of(options));
        return run(List.of("-Djdk.net.hosts.file=" + fixture("live/hosts"),
                        "-Djavax.net.ssl.trustStore=" + fixture("live/tls/client-truststore.p12"),
                        "-Djavax.net.ssl.trustStorePassword=" + TLS_PASSWORD,
                        "-Djavax.net.ssl.trustStoreType=PKCS12"),
                Map.of("PCT_TOKEN", LIVE_TOKEN), args.toArray(String[]::new));
    }

    private Run run(String... args) throws IOException, InterruptedException {
        return run(List.of(), Map.of(), args);
    }

    /** Runs {@code java [jvmOptions] -jar transfers-conformance.jar args --no-progress} with extra environment. */
    private Run run(List<String> jvmOptions, Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_OPTIONS);
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(List.of(args));
        command.add("--no-progress");
        Path out = workDir.resolve("stdout.txt");
        Path err = workDir.resolve("stderr.txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().putAll(environment);
        Process p = builder.start();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the jar did not finish within " + TIMEOUT_SECONDS + " s: " + command);
        }
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static Path fixture(String resource) throws URISyntaxException {
        return Path.of(ConformanceJarIT.class.getClassLoader().getResource(resource).toURI());
    }
}
