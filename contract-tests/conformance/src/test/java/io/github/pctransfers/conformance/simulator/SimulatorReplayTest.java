package io.github.pctransfers.conformance.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.pctransfers.client.errors.DocumentedErrorCode;
import io.github.pctransfers.client.model.TransferEntity;
import io.github.pctransfers.client.model.TransfersJson;
import io.github.pctransfers.conformance.CheckResult;
import io.github.pctransfers.conformance.Conformance;
import io.github.pctransfers.conformance.ConformanceResult;
import io.github.pctransfers.conformance.ConformanceRun;
import io.github.pctransfers.conformance.cases.ExampleCase;
import io.github.pctransfers.conformance.internal.cases.ExampleCaseLoader;
import io.github.pctransfers.conformance.cases.OpenApiBundle;
import io.github.pctransfers.conformance.errata.Errata;
import io.github.pctransfers.conformance.errata.Erratum;
import io.github.pctransfers.conformance.gate.CaseOutcome;
import io.github.pctransfers.conformance.gate.GateResult;
import io.github.pctransfers.conformance.gate.Problem;
import io.github.pctransfers.conformance.http.HttpExample;
import io.github.pctransfers.conformance.http.HttpHeader;
import io.github.pctransfers.conformance.internal.live.LiveRequest;
import io.github.pctransfers.simulator.SimulatedFault;
import io.github.pctransfers.simulator.SimulatorClock;
import io.github.pctransfers.simulator.TransfersSimulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every example case (documented and authored) replayed against the simulator by the kit's live replay
 * ({@code Conformance.check} with {@code against}, the same run as {@code transfers-conformance check --against URL}):
 * each gets the documented status, headers and body, except the values the kit's one list,
 * {@code ServerAssignedValues}, names; where two documented pages disagree, an erratum of the live check in
 * {@code errata.yaml} says so (and fails when stale). One test per case, named after the case, from the run's case
 * outcomes; one test for the live errata.
 *
 * <p>Before each case ({@link #prepare}): the simulator is reset to its seed, its clock is set to the moment the
 * documented server answered (for a change, the lastModifiedTime it documents; else the response's Date: the seed is
 * the documented world as a timeline, so a page sees the transfers that existed when it was written), and the fault
 * the case needs, if any, is injected. A request-only page (the cancel page documents no response) is sent at
 * {@link SimulatorClock#DOCUMENTED_WORLD} and must answer 200 with the transfer in the status it asks for.
 */
class SimulatorReplayTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Cases answered by a fault, because only a fault explains the documented answer; the reason for each. */
    static final Map<String, Fault> FAULTS = Map.of(
            "authored-list-transfers-429-throttled", new Fault(SimulatedFault.throttle(Duration.ofSeconds(57)),
                    "throttling depends on the caller's recent traffic, which one request does not have"),
            "authored-get-transfer-eligibility-500-service-exception", new Fault(SimulatedFault.status(500),
                    "an unexpected service error has no cause a request or the seed can hold"),
            "authored-create-transfer-401-partner-token-missing", new Fault(SimulatedFault.status(401),
                    "the request carries a token, the documented placeholder; only an expired or wrong token, which "
                            + "the simulator cannot tell from any other, explains a 401"),
            "authored-get-transfer-403-forbidden", new Fault(SimulatedFault.status(403),
                    "the caller lacks the Admin agent role; the simulator has no roles"),
            "authored-withdraw-transfer-409-processed-by-another-request", new Fault(
                    SimulatedFault.error(DocumentedErrorCode.TRANSFER_PROCESSED_BY_ANOTHER_REQUEST),
                    "another request on the same transfer at the same moment: a race one request cannot hold"),
            "authored-create-transfer-500-initiate-failed", new Fault(
                    SimulatedFault.error(DocumentedErrorCode.INITIATE_TRANSFER_FAILED),
                    "a failure inside the service; the same request succeeds in authored-create-transfer-new-commerce-201"),
            "authored-create-transfer-400-source-partner-details-missing", new Fault(
                    SimulatedFault.error(DocumentedErrorCode.SOURCE_PARTNER_DETAILS_MISSING),
                    "the page does not say what the service misses in a complete request (the same request succeeds "
                            + "in authored-create-transfer-new-commerce-201)"),
            "authored-create-transfer-403-partner-not-enabled", new Fault(
                    SimulatedFault.error(DocumentedErrorCode.PARTNER_NOT_ENABLED),
                    "whether the feature is enabled for the calling partner is the service's own state; the same "
                            + "request by the same caller succeeds in authored-create-transfer-new-commerce-201"),
            "authored-create-transfer-403-national-cloud-not-supported", new Fault(
                    SimulatedFault.error(DocumentedErrorCode.NATIONAL_CLOUD_NOT_SUPPORTED),
                    "the national cloud is a property of the calling partner, and the same caller's identical request "
                            + "succeeds in authored-create-transfer-new-commerce-201; the simulator has one caller "
                            + "per seed"),
            "authored-create-webhook-validation-event-429-throttled", new Fault(
                    SimulatedFault.throttle(Duration.ofSeconds(42)),
                    "the third test event within a minute is throttled; one request does not have the two before it"));

    /** Cases that run after others on the same simulator, because their page shows the world after those. */
    private static final Map<String, List<String>> AFTER = Map.of(
            "get-all-of-a-customer-s-transfers", List.of("reject-a-transfer"),
            "authored-get-webhook-registration-200", List.of("authored-create-webhook-registration-200"),
            "authored-update-webhook-registration-200", List.of("authored-create-webhook-registration-200"),
            "authored-create-webhook-validation-event-200", List.of("authored-create-webhook-registration-200"));

    /** Cases the simulator cannot reach yet, and why: not sent, and reported as skipped with the reason. */
    private static final Map<String, String> NOT_REACHABLE = webhookCases(
            "its path names the correlation id the server assigned to an earlier test event; a replayed test event "
                    + "gets another id, and the attempts it shows went to the partner's real endpoint",
            "authored-get-webhook-validation-event-200");

    private static Map<String, String> webhookCases(String reason, String... names) {
        return Stream.of(names).collect(Collectors.toMap(name -> name, name -> reason));
    }

    private static SimulatorClock clock;
    private static TransfersSimulator simulator;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static List<ExampleCase> cases;
    private static GateResult gate;
    /** The ids of the bundled errata of the live check. */
    private static List<String> liveErrata;

    record Fault(SimulatedFault fault, String reason) {
    }

    @BeforeAll
    static void replay() throws Exception {
        clock = SimulatorClock.frozenAt(Instant.parse("2020-03-27T00:00:00Z"));
        simulator = TransfersSimulator.builder().port(0).clock(clock).start();
        Path folder = Files.createTempDirectory("simulator-replay");
        try (OpenApiBundle bundle = OpenApiBundle.fromClasspath()) {
            cases = ExampleCaseLoader.load(bundle).cases();
            liveErrata = Errata.load(bundle).all().stream().filter(e -> e.check().live()).map(Erratum::id).toList();
            Path examples = reachableExamples(bundle.examplesDirectory(), folder.resolve("examples"));
            ConformanceResult result = Conformance.check(ConformanceRun.builder()
                    .against(simulator.baseUri())
                    .examples(examples)
                    .errata(bundle.errataFile())
                    .requestTimeout(Duration.ofSeconds(30))
                    .reportDirectory(Path.of("target", "simulator-replay"))
                    .beforeEachCase(SimulatorReplayTest::prepare)
                    .build());
            gate = result.gate();
        }
    }

    @AfterAll
    static void stop() {
        if (simulator != null) {
            simulator.close();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyCaseAnswersAsDocumented() {
        assertThat(cases).isNotEmpty();
        assertThat(FAULTS.keySet()).as("cases with a fault").allSatisfy(name -> assertThat(cases)
                .anySatisfy(c -> assertThat(c.name()).isEqualTo(name)));
        Stream<DynamicTest> perCase = cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> judge(c)));
        Stream<DynamicTest> errata = Stream.of(DynamicTest.dynamicTest("errata of the live check", () -> {
            assertThat(gate.errata().stale()).as("stale errata").isEmpty();
            // Each one was judged: its case was sent, and it excused a difference.
            assertThat(gate.errata().applied()).extracting(a -> a.erratum().id())
                    .containsExactlyInAnyOrderElementsOf(liveErrata);
        }));
        return Stream.concat(perCase, errata);
    }

    /** The case's outcome in the run: passes, fails with its standing findings, or is skipped with its reason. */
    private static void judge(ExampleCase c) throws IOException {
        Assumptions.assumeTrue(!NOT_REACHABLE.containsKey(c.name()), () -> NOT_REACHABLE.get(c.name()));
        if (!c.hasResponse()) {
            // The live replay has no response to compare with; the page's request is judged at the documented
            // world's moment, where the transfer it changes is as the page found it.
            simulator.reset();
            clock.set(SimulatorClock.DOCUMENTED_WORLD);
            judgeRequestOnly(c, sendForBody(simulator.baseUrl(), c.request()));
            return;
        }
        Optional<String> skipped = gate.info().skipped().stream().filter(s -> s.startsWith(c.name() + ": "))
                .findFirst();
        Assumptions.assumeTrue(skipped.isEmpty(), () -> "skipped by the live replay: " + skipped.get());
        CaseOutcome outcome = gate.cases().stream().filter(o -> o.name().equals(c.name())).findFirst()
                .orElseThrow(() -> new AssertionError(c.name() + " was neither sent nor skipped"));
        List<String> standing = new ArrayList<>();
        for (CheckResult r : outcome.results()) {
            r.standing().forEach(f -> standing.add(Problem.of(f).describe()));
        }
        assertThat(standing).as("findings of the live replay; the case:\n"
                + outcome.results().stream().map(CheckResult::describe).collect(Collectors.joining("\n"))).isEmpty();
    }

    /** A copy of the examples without the cases the simulator cannot reach, so the replay does not send them. */
    private static Path reachableExamples(Path examples, Path copy) throws IOException {
        try (Stream<Path> all = Files.walk(examples)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Path relative = examples.relativize(p);
                if (relative.getNameCount() > 0 && NOT_REACHABLE.containsKey(relative.getName(0).toString())) {
                    continue;
                }
                Path target = copy.resolve(relative.toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return copy;
    }

    /** The per-case setup: the seed, the documented moment, earlier cases its page shows, and its fault. */
    private static void prepare(ExampleCase c) {
        simulator.reset();
        for (String before : AFTER.getOrDefault(c.name(), List.of())) {
            ExampleCase earlier = cases.stream().filter(x -> x.name().equals(before)).findFirst().orElseThrow();
            clock.set(answeredAt(earlier));
            int status = send(earlier);
            if (status != earlier.response().status()) {
                throw new IllegalStateException("the earlier case " + before + " answered " + status);
            }
        }
        clock.set(answeredAt(c));
        Fault fault = FAULTS.get(c.name());
        if (fault != null) {
            simulator.injectFault(fault.fault());
        }
    }

    /**
     * A request-only page (no documented response) of a change answers 200 with the transfer in the status its
     * request asks for, as a body the client's strict mapper reads whole.
     */
    static void judgeRequestOnly(ExampleCase c, HttpResponse<String> response) throws IOException {
        assertThat(response.statusCode()).as("%s answered %s", c.name(), response.body()).isEqualTo(200);
        TransferEntity entity = TransfersJson.newStrictObjectMapper().readValue(response.body(), TransferEntity.class);
        JsonNode asked = JSON.readTree(c.request().body());
        assertThat(entity.getId()).isEqualToIgnoringCase(asked.get("id").asText());
        assertThat(entity.getStatus().value()).isEqualTo(asked.get("status").asText());
    }

    /** Sends an earlier case as the live replay would (without its transport headers); its status. */
    private static int send(ExampleCase c) {
        return send(simulator.baseUrl(), c.request(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** Sends a page's request as the live replay would (without its transport headers). */
    static HttpResponse<String> sendForBody(String baseUrl, HttpExample request) {
        return send(baseUrl, request, HttpResponse.BodyHandlers.ofString());
    }

    private static <T> HttpResponse<T> send(String baseUrl, HttpExample request, HttpResponse.BodyHandler<T> body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + request.target()))
                .timeout(Duration.ofSeconds(30));
        for (HttpHeader h : request.headers()) {
            if (!LiveRequest.TRANSPORT_HEADERS.containsKey(h.name().toLowerCase(Locale.ROOT))) {
                b.header(h.name(), h.value());
            }
        }
        b.method(request.method(), request.body().isEmpty() ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(request.body()));
        try {
            return HTTP.send(b.build(), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * When the documented server answered: for a change, the lastModifiedTime its answer documents (the server
     * stamps the change with its clock); else the response's Date.
     */
    static Instant answeredAt(ExampleCase c) {
        HttpExample response = c.response();
        if (!c.request().method().equals("GET") && response.body().strip().startsWith("{")) {
            try {
                JsonNode modified = JSON.readTree(response.body()).get("lastModifiedTime");
                if (modified != null && modified.isTextual()) {
                    return Instant.parse(modified.asText());
                }
            } catch (IOException notJson) {
                // fall back to the Date
            }
        }
        return response.header("Date")
                .map(date -> ZonedDateTime.parse(date.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant())
                .orElseThrow(() -> new IllegalStateException(c.name() + " documents no moment"));
    }
}
