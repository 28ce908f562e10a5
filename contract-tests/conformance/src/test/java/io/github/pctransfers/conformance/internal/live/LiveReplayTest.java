package io.github.pctransfers.conformance.internal.live;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.pctransfers.conformance.Check;
import io.github.pctransfers.conformance.CheckResult;
import io.github.pctransfers.conformance.Conformance;
import io.github.pctransfers.conformance.ConformanceResult;
import io.github.pctransfers.conformance.ConformanceRun;
import io.github.pctransfers.conformance.Finding;
import io.github.pctransfers.conformance.cases.ExampleCase;
import io.github.pctransfers.conformance.internal.cases.ExampleCaseLoader;
import io.github.pctransfers.conformance.cases.ExampleCases;
import io.github.pctransfers.conformance.cases.OpenApiBundle;
import io.github.pctransfers.conformance.errata.Errata;
import io.github.pctransfers.conformance.gate.CaseOutcome;
import io.github.pctransfers.conformance.gate.GateResult;
import io.github.pctransfers.conformance.gate.Problem;
import io.github.pctransfers.conformance.gate.UnusableInputException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The live run against a stand-in server on 127.0.0.1 that answers every bundled case as documented
 * ({@link DocumentedAnswers}), or, for the fixtures under {@code live-answers/}, answers one case otherwise.
 */
class LiveReplayTest {
    private static final Check LIVE = Check.LIVE_SERVER_ANSWERS_AS_DOCUMENTED;
    private static final String TOKEN = "eyJ0eXAiOiJKV1QiLCJhbGciOi.test-token-that-must-not-leak.7f3a9c";

    @RegisterExtension
    static final WireMockExtension SERVER = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").notifier(new ConsoleNotifier(false)))
            .build();

    private static OpenApiBundle bundle;
    private static ExampleCases bundled;
    private static Errata errata;
    private static Path errataOfAVerbatimServer;
    private static final YAMLMapper YAML = new YAMLMapper();

    @TempDir
    Path reports;

    @BeforeAll
    static void load() {
        bundle = OpenApiBundle.fromClasspath();
        bundled = ExampleCaseLoader.load(bundle);
        errata = Errata.load(bundle);
        try {
            errataOfAVerbatimServer = errataWithoutLiveEntries(Files.createTempDirectory("live-errata"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    static void close() {
        bundle.close();
    }

    @BeforeEach
    void answerAsDocumented() {
        SERVER.resetAll();
        DocumentedAnswers.register(SERVER.getRuntimeInfo().getWireMock(), bundled, errata);
    }

    private static URI server() {
        return URI.create("http://127.0.0.1:" + SERVER.getPort());
    }

    private static ConformanceRun.Builder live() {
        return ConformanceRun.builder().against(server()).errata(errataOfAVerbatimServer);
    }

    /**
     * The bundled errata without those of the live check. WireMock answers each page verbatim, so it shows none of
     * the disagreements between pages that the live errata describe (a consistent server, the simulator, does:
     * SimulatorReplayTest judges them); against it they would all be stale.
     */
    private static Path errataWithoutLiveEntries(Path folder) throws IOException {
        ObjectNode file = (ObjectNode) YAML.readTree(Files.readString(bundle.errataFile()));
        ArrayNode kept = YAML.createArrayNode();
        file.withArray("errata").forEach(e -> {
            if (!Check.fromId(e.path("check").asText()).live()) {
                kept.add(e);
            }
        });
        file.set("errata", kept);
        Path errataFile = folder.resolve(OpenApiBundle.ERRATA_FILE);
        YAML.writeValue(errataFile.toFile(), file);
        // Corrected bodies are named relative to the errata file.
        Path bodies = bundle.errataFile().resolveSibling("errata");
        Files.createDirectories(folder.resolve("errata"));
        try (Stream<Path> files = Files.list(bodies)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.copy(f, folder.resolve("errata").resolve(f.getFileName().toString()));
            }
        }
        return errataFile;
    }

    @Test
    void aServerThatAnswersEveryCaseAsDocumentedConforms() throws Exception {
        ConformanceResult result = Conformance.check(live().reportDirectory(reports).build());

        GateResult gate = result.gate();
        assertThat(gate.problems()).as(describe(gate)).isEmpty();
        assertThat(gate.live()).isTrue();
        assertThat(gate.tallies()).containsOnlyKeys(LIVE);
        assertThat(gate.cases()).hasSize(bundled.cases().size() - 1).allSatisfy(o ->
                assertThat(o.results()).singleElement().satisfies(r -> {
                    assertThat(r.check()).isEqualTo(LIVE);
                    assertThat(r.passed()).as(r.describe()).isTrue();
                }));
        assertThat(gate.info().skipped()).anySatisfy(s -> assertThat(s)
                .startsWith("update-a-transfer-cancel: not sent: the case documents no response"));
        assertThat(gate.errata().applied()).as("errata of the other checks are not judged").isEmpty();
        assertThat(gate.errata().stale()).isEmpty();
        assertThat(gate.info().coverageGated()).isFalse();
        assertThat(notes(gate, "get-customer-s-subscriptions-transfer-eligibility")).anySatisfy(n ->
                assertThat(n).contains("corrected response body of erratum eligibility-response-missing-comma"));
        assertThat(SERVER.getAllServeEvents()).hasSize(gate.cases().size())
                .allSatisfy(e -> assertThat(e.getWasMatched()).isTrue());
        assertThat(Files.readString(reports.resolve("junit.xml"))).contains(
                "classname=\"not-checked\" name=\"update-a-transfer-cancel\"", "<skipped message=\"not sent");
    }

    @Test
    void casesAreSentInThePlannedOrderReadsFirstDeletesLast() throws Exception {
        GateResult gate = Conformance.check(live().build()).gate();

        List<String> sentRequestIds = new ArrayList<>(SERVER.getAllServeEvents().stream()
                .map(e -> identity(e.getRequest().getHeader("MS-RequestId"), e.getRequest().getBodyAsString()))
                .toList());
        Collections.reverse(sentRequestIds); // WireMock lists the newest first
        List<String> plannedRequestIds = LiveReplay.plan(bundled.cases(), LiveTarget.of(server(), false)).toSend()
                .stream().map(c -> identity(c.request().header("MS-RequestId").orElse(null), c.request().body()))
                .toList();
        assertThat(sentRequestIds).containsExactlyElementsOf(plannedRequestIds);
        assertThat(gate.cases()).extracting(CaseOutcome::method).startsWith("GET").endsWith("DELETE", "DELETE");
    }

    /** What tells a sent request apart: its MS-RequestId, or its body for real client traffic, which sends none. */
    private static String identity(String requestId, String body) {
        return requestId != null ? requestId : "body " + body;
    }

    @Test
    void theDocumentedRequestIsSentVerbatimExceptTheTokenAndTheTransportHeaders() throws Exception {
        Conformance.check(live().bearerToken(TOKEN).build());

        ExampleCase create = bundled.byName("create-a-transfer-legacy").orElseThrow();
        SERVER.verify(1, postRequestedFor(urlEqualTo(create.request().target()))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withHeader("MS-RequestId", equalTo("4fa6dad6-a89f-4875-8247-7294a10ae1cf"))
                .withHeader("MS-CorrelationId", equalTo("0e93c70c-977c-4a88-9580-7cf084c73286"))
                .withHeader("X-Locale", equalTo("en-US"))
                .withHeader("Accept", equalTo("application/json"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withHeader("Host", equalTo("127.0.0.1:" + SERVER.getPort()))
                .withoutHeader("Expect")
                .withRequestBody(equalToJson(create.request().body())));
        // The docs show this PATCH without Content-Type (an erratum of the static checks): sent as documented.
        ExampleCase reject = bundled.byName("reject-a-transfer").orElseThrow();
        SERVER.verify(1, patchRequestedFor(urlEqualTo(reject.request().target()))
                .withoutHeader("Content-Type")
                .withRequestBody(equalToJson(reject.request().body())));
    }

    static Stream<String> liveAnswers() throws IOException, URISyntaxException {
        try (Stream<Path> folders = Files.list(resource("live-answers"))) {
            return folders.map(f -> f.getFileName().toString()).sorted().toList().stream();
        }
    }

    /**
     * One fixture folder per test: {@code <case>.http} is how the server answers that case instead of as documented,
     * {@code expected-problems.txt} the problems the run must report, one per line, as {@link Problem#describe()}
     * starts (empty: the run conforms).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("liveAnswers")
    void liveAnswer(String fixture) throws Exception {
        Path folder = resource("live-answers").resolve(fixture);
        DocumentedAnswers.override(SERVER.getRuntimeInfo().getWireMock(), bundled, folder);
        List<String> expected = Files.readAllLines(folder.resolve("expected-problems.txt"), StandardCharsets.UTF_8)
                .stream().filter(l -> !l.isBlank()).toList();

        GateResult gate = Conformance.check(live().build()).gate();

        List<String> problems = gate.problems().stream().map(Problem::describe).toList();
        assertThat(problems).as(String.join("\n", problems)).hasSameSizeAs(expected);
        for (String e : expected) {
            assertThat(problems).as(String.join("\n", problems)).anySatisfy(p -> assertThat(p).startsWith(e));
        }
    }

    @Test
    void serverAssignedValuesThatDifferAreNamedInTheNotesNotReported() throws Exception {
        DocumentedAnswers.override(SERVER.getRuntimeInfo().getWireMock(), bundled,
                resource("live-answers/created-transfer-with-new-id-and-clock"));

        GateResult gate = Conformance.check(live().build()).gate();

        assertThat(gate.conforms()).as(describe(gate)).isTrue();
        assertThat(notes(gate, "create-a-transfer-legacy")).contains(
                "not compared (server-assigned): /id: the id of the created transfer: the server assigns it",
                "not compared (server-assigned): /links/self/uri: the address of the created transfer, which embeds"
                        + " its new id",
                "not compared (server-assigned): header MS-RequestId: the request id: echoed by Partner Center, but"
                        + " a gateway or service may assign its own");
    }

    @Test
    void theTokenNeverAppearsInTheReportsEvenWhenTheServerEchoesIt() throws Exception {
        DocumentedAnswers.override(SERVER.getRuntimeInfo().getWireMock(), bundled,
                resource("live-token-echo"));

        ConformanceResult result = Conformance.check(live().bearerToken(TOKEN).reportDirectory(reports).build());

        // The echo is a difference, so the token's place shows in a finding, hidden.
        assertThat(result.conforms()).isFalse();
        assertThat(result.gate().problems()).anySatisfy(p -> assertThat(p.found()).contains("Bearer <token>"));
        assertThat(result.reports()).hasSize(4).allSatisfy(report -> assertThat(Files.readString(report))
                .as(report.getFileName().toString()).doesNotContain(TOKEN).doesNotContain("test-token-that"));
        assertThat(result.gate().problems().stream().map(Problem::describe)).noneMatch(p -> p.contains(TOKEN));
        assertThat(ConformanceRun.builder().against(server()).bearerToken(TOKEN).build().bearerToken())
                .asString().doesNotContain(TOKEN);
    }

    @Test
    void theHookRunsBeforeEachCaseIsSent() throws Exception {
        List<String> hooked = new ArrayList<>();
        List<Integer> requestsBefore = new ArrayList<>();

        GateResult gate = Conformance.check(live().beforeEachCase(c -> {
            hooked.add(c.name());
            requestsBefore.add(SERVER.getAllServeEvents().size());
        }).build()).gate();

        assertThat(hooked).containsExactlyElementsOf(gate.cases().stream().map(CaseOutcome::name).toList());
        for (int i = 0; i < requestsBefore.size(); i++) {
            assertThat(requestsBefore.get(i)).as("requests the server got before case " + hooked.get(i)).isEqualTo(i);
        }
    }

    @Test
    void anUnreachableServerIsUnusableInput() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        ConformanceRun run = ConformanceRun.builder().against(URI.create("http://127.0.0.1:" + closedPort)).build();

        assertThatThrownBy(() -> Conformance.check(run))
                .isInstanceOf(UnusableInputException.class)
                .hasMessageStartingWith("cannot reach http://127.0.0.1:" + closedPort + " to GET /")
                .hasMessageContaining("ConnectException");
    }

    @Test
    void aServerThatAcceptsButNeverAnswersStopsTheRunAfterOneTimeout() {
        SERVER.stubFor(any(anyUrl()).atPriority(1).willReturn(aResponse().withStatus(200).withFixedDelay(10_000)));
        ConformanceRun run = live().requestTimeout(Duration.ofMillis(500)).build();
        long started = System.nanoTime();

        assertThatThrownBy(() -> Conformance.check(run))
                .isInstanceOf(UnusableInputException.class)
                .hasMessageStartingWith("no HTTP answer from " + server() + " to GET /")
                .hasMessageContaining("within 500 ms");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(8));
    }

    @Test
    void aTimeoutAfterTheServerHasAnsweredIsAFindingOfThatCase() throws Exception {
        ExampleCase withdraw = bundled.byName("withdraw-a-transfer").orElseThrow();
        SERVER.stubFor(any(urlEqualTo(withdraw.request().target())).atPriority(1)
                .willReturn(aResponse().withStatus(204).withFixedDelay(10_000)));

        GateResult gate = Conformance.check(live().requestTimeout(Duration.ofSeconds(2)).build()).gate();

        assertThat(gate.problems()).singleElement().satisfies(p -> {
            assertThat(p.subject()).isEqualTo("withdraw-a-transfer");
            assertThat(p.key()).isEqualTo(LiveReplay.NO_ANSWER);
            assertThat(p.found()).isEqualTo("timeout");
        });
    }

    @Test
    void aLiveErratumExcusesItsDifferenceAndAStaleOneFailsTheRun() throws Exception {
        Path fixture = resource("live-errata");
        ExampleCases cases = ExampleCaseLoader.load(fixture.resolve("examples"), false);
        SERVER.resetAll();
        DocumentedAnswers.register(SERVER.getRuntimeInfo().getWireMock(), cases, Errata.none());
        DocumentedAnswers.override(SERVER.getRuntimeInfo().getWireMock(), cases, fixture.resolve("answers"));

        GateResult gate = Conformance.check(ConformanceRun.builder().against(server())
                .examples(fixture.resolve("examples")).build()).gate();

        assertThat(gate.errata().applied()).singleElement().satisfies(a -> {
            assertThat(a.erratum().id()).isEqualTo("staging-reports-complete");
            assertThat(a.excused()).isEqualTo(1);
        });
        assertThat(gate.problems()).singleElement().satisfies(p -> {
            assertThat(p.subject()).isEqualTo("never-happens");
            assertThat(p.key()).isEqualTo("conformance.erratum.stale");
        });
        CheckResult excused = gate.cases().stream().filter(c -> c.name().equals("transfer-read-with-excused-status"))
                .findFirst().orElseThrow().results().get(0);
        assertThat(excused.passed()).isTrue();
        assertThat(excused.excused()).extracting(Finding::pointer).containsExactly("/status");
    }

    private static List<String> notes(GateResult gate, String caseName) {
        return gate.cases().stream().filter(c -> c.name().equals(caseName)).findFirst().orElseThrow().results()
                .stream().flatMap(r -> r.notes().stream()).toList();
    }

    private static String describe(GateResult gate) {
        return gate.problems().stream().map(Problem::describe).collect(Collectors.joining("\n"))
                + "\n" + gate.cases().stream().flatMap(c -> c.results().stream()).map(CheckResult::describe)
                        .collect(Collectors.joining("\n"));
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(LiveReplayTest.class.getClassLoader().getResource(name).toURI());
    }
}
