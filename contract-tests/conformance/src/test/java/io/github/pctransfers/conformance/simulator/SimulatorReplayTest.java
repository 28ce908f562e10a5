package io.github.pctransfers.conformance.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.pctransfers.conformance.Check;
import io.github.pctransfers.conformance.cases.ExampleCase;
import io.github.pctransfers.conformance.cases.ExampleCaseLoader;
import io.github.pctransfers.conformance.cases.OpenApiBundle;
import io.github.pctransfers.conformance.errata.Errata;
import io.github.pctransfers.conformance.http.HttpExample;
import io.github.pctransfers.conformance.http.HttpHeader;
import io.github.pctransfers.conformance.replay.JsonDiff;
import io.github.pctransfers.simulator.SimulatedFault;
import io.github.pctransfers.simulator.TransfersSimulator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every example case (documented and authored) sent verbatim to the simulator with its built-in seed: each gets the
 * documented status and a body equal to the documented one ({@link JsonDiff}), except the values
 * {@link ServerAssignedInReplay} lists. One test per case, named after the case.
 *
 * <p>Each case starts from a fresh simulator (reset to the seed) with its clock at the moment the documented server
 * answered (for a change, the lastModifiedTime it documents; else the response's Date): the seed is the documented
 * world as a timeline, so a page sees the transfers that existed when it was written.
 */
class SimulatorReplayTest {
    /** Headers a Java HTTP client sets itself (or refuses): not sent as documented. */
    private static final Set<String> CLIENT_SET_HEADERS = Set.of("host", "connection", "content-length", "expect");
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Cases answered by a fault the request asks for, because only a fault explains the documented answer; the
     * replay adds the simulator's documented fault header ({@link SimulatedFault#HEADER}) to the verbatim request.
     */
    private static final Map<String, Fault> FAULTS = Map.of(
            "authored-list-transfers-429-throttled", new Fault("status=429;retry-after=57",
                    "throttling depends on the caller's recent traffic, which one request does not have"),
            "authored-get-transfer-eligibility-500-service-exception", new Fault("status=500",
                    "an unexpected service error has no cause a request or the seed can hold"),
            "authored-create-transfer-401-partner-token-missing", new Fault("status=401",
                    "the request carries a token, the documented placeholder; only an expired or wrong token, which "
                            + "the simulator cannot tell from any other, explains a 401"),
            "authored-get-transfer-403-forbidden", new Fault("status=403",
                    "the caller lacks the Admin agent role; the simulator has no roles"),
            "authored-withdraw-transfer-409-processed-by-another-request", new Fault("error=900104",
                    "another request on the same transfer at the same moment: a race one request cannot hold"),
            "authored-create-transfer-500-initiate-failed", new Fault("error=900135",
                    "a failure inside the service; the same request succeeds in authored-create-transfer-new-commerce-201"),
            "authored-create-transfer-400-source-partner-details-missing", new Fault("error=900136",
                    "the page does not say what the service misses in a complete request (the same request succeeds "
                            + "in authored-create-transfer-new-commerce-201)"),
            "authored-create-transfer-403-partner-not-enabled", new Fault("error=900137",
                    "whether the feature is enabled for the calling partner is the service's own state; the same "
                            + "request by the same caller succeeds in authored-create-transfer-new-commerce-201"));

    /** Cases that run after others on the same simulator, because their page shows the world after those. */
    private static final Map<String, List<String>> AFTER = Map.of(
            "get-all-of-a-customer-s-transfers", List.of("reject-a-transfer"));

    /** Cases the simulator cannot reach yet, and why; each is reported as skipped with the reason. */
    private static final Map<String, String> NOT_REACHABLE = Map.of(
            "authored-create-transfer-403-national-cloud-not-supported",
            "the national cloud is a property of the calling partner, and the same caller's identical request "
                    + "succeeds in authored-create-transfer-new-commerce-201; the simulator has one caller per seed "
                    + "and no fault for 900138 (its wording names a cloud the seed does not hold)");

    /**
     * Cases whose page documents no moment (no response, no Date): when the replay places them. The cancel example's
     * transfer is the one the partial new-commerce create example shows created on 2024-04-30.
     */
    private static final Map<String, Instant> UNDATED = Map.of(
            "update-a-transfer-cancel", Instant.parse("2024-05-01T00:00:00Z"));

    private static MutableClock clock;
    private static TransfersSimulator simulator;
    private static HttpClient http;
    /** Corrected bodies of the errata, by case and check ("case request" / "case response"). */
    private static final Map<String, String> corrected = new java.util.HashMap<>();
    private static List<ExampleCase> cases;

    record Fault(String header, String reason) {
    }

    @BeforeAll
    static void start() {
        clock = new MutableClock(Instant.parse("2020-03-27T00:00:00Z"));
        simulator = TransfersSimulator.builder().port(0).clock(clock).start();
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        try (OpenApiBundle bundle = OpenApiBundle.fromClasspath()) {
            Errata errata = Errata.load(bundle);
            cases = ExampleCaseLoader.load(bundle).cases();
            for (ExampleCase c : cases) {
                errata.correctedBody(c.name(), Check.REQUEST_MATCHES_SPEC).ifPresent(e -> corrected.put(
                        c.name() + " request", errata.correctedBodyText(e)));
                errata.correctedBody(c.name(), Check.RESPONSE_MATCHES_SPEC).ifPresent(e -> corrected.put(
                        c.name() + " response", errata.correctedBodyText(e)));
            }
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
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> replay(c)));
    }

    private void replay(ExampleCase c) throws Exception {
        Assumptions.assumeTrue(!NOT_REACHABLE.containsKey(c.name()), () -> NOT_REACHABLE.get(c.name()));
        simulator.reset();
        for (String before : AFTER.getOrDefault(c.name(), List.of())) {
            ExampleCase earlier = cases.stream().filter(x -> x.name().equals(before)).findFirst().orElseThrow();
            clock.set(answeredAt(earlier));
            assertThat(send(earlier).statusCode()).as("the earlier case " + before).isEqualTo(
                    earlier.response().status());
        }
        clock.set(answeredAt(c));
        HttpResponse<String> answer = send(c);
        if (!c.hasResponse()) {
            // The page shows no response (update-a-transfer-cancel): the change must succeed.
            assertThat(answer.statusCode()).as(answer.body()).isBetween(200, 299);
            return;
        }
        HttpExample documented = c.response();
        assertThat(answer.statusCode()).as("status; the answer: " + answer.body()).isEqualTo(documented.status());
        headers(documented, answer);
        String expectedBody = corrected.getOrDefault(c.name() + " response", documented.body());
        if (expectedBody.isBlank()) {
            assertThat(answer.body()).as("no body, as documented").isBlank();
            return;
        }
        JsonNode expected = JSON.readTree(expectedBody);
        Assumptions.assumeFalse(c.authored() && textualProductType(expected), "the authored response shows "
                + "productType as a string, as the pages did before 2024; the simulator answers the current pages "
                + "(transfers-api.md 11: a number), as helper D's update of this case does");
        String operation = operation(c.request());
        List<String> differences = new ArrayList<>();
        for (JsonDiff.Difference d : JsonDiff.compare(expected, JSON.readTree(answer.body()))) {
            if (ServerAssignedInReplay.covering(operation, documented.status(), d.pointer()).isEmpty()) {
                differences.add(d.toString());
            }
        }
        assertThat(differences).as("differences from the documented body; the answer: " + answer.body()).isEmpty();
    }

    /** Whether a body shows a line item's productType as a string. */
    private static boolean textualProductType(JsonNode body) {
        JsonNode items = body.path("lineItems");
        for (JsonNode item : items) {
            if (item.path("productType").isTextual()) {
                return true;
            }
        }
        return false;
    }

        private static void headers(HttpExample documented, HttpResponse<String> answer) {
        documented.header("Content-Type").ifPresent(type -> assertThat(answer.headers().firstValue("Content-Type"))
                .as("Content-Type").hasValueSatisfying(v -> assertThat(mediaType(v)).isEqualTo(mediaType(type))));
        for (String echoed : List.of("MS-RequestId", "MS-CorrelationId", "Retry-After")) {
            documented.header(echoed).ifPresent(value -> assertThat(answer.headers().firstValue(echoed)).as(echoed)
                    .hasValue(value.strip()));
        }
        // The challenge's cid is the service's own: present, with the documented scheme and realm prefix.
        documented.header("WWW-Authenticate").ifPresent(value -> assertThat(answer.headers()
                .firstValue("WWW-Authenticate")).as("WWW-Authenticate").hasValueSatisfying(v -> assertThat(v)
                .startsWith("OAuth realm=urn:cpsvc:cpid:")));
    }

    private HttpResponse<String> send(ExampleCase c) throws Exception {
        HttpExample request = c.request();
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(simulator.baseUrl() + request.target()))
                .timeout(Duration.ofSeconds(30));
        for (HttpHeader h : request.headers()) {
            if (!CLIENT_SET_HEADERS.contains(h.name().toLowerCase(Locale.ROOT))) {
                b.header(h.name(), h.value());
            }
        }
        Fault fault = FAULTS.get(c.name());
        if (fault != null) {
            b.header(SimulatedFault.HEADER, fault.header());
        }
        String body = corrected.getOrDefault(c.name() + " request", request.body());
        b.method(request.method(), body.isEmpty() ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * When the documented server answered: for a change, the lastModifiedTime its answer documents (the server
     * stamps the change with its clock); else the response's Date; else the moment {@link #UNDATED} gives.
     */
    static Instant answeredAt(ExampleCase c) {
        if (c.response() != null) {
            HttpExample response = c.response();
            if (!c.request().method().equals("GET") && response.body().strip().startsWith("{")) {
                try {
                    JsonNode modified = JSON.readTree(response.body()).get("lastModifiedTime");
                    if (modified != null && modified.isTextual()) {
                        return Instant.parse(modified.asText());
                    }
                } catch (Exception notJson) {
                    // fall back to the Date
                }
            }
            Optional<String> date = response.header("Date");
            if (date.isPresent()) {
                return ZonedDateTime.parse(date.get().strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            }
        }
        Instant undated = UNDATED.get(c.name());
        if (undated == null) {
            throw new IllegalStateException(c.name() + " documents no moment: give it one in UNDATED");
        }
        return undated;
    }

    /** The spec operation of a request, by method and path. */
    static String operation(HttpExample request) {
        String path = request.path();
        switch (request.method()) {
            case "POST":
                return path.endsWith("/accept") ? "acceptTransfer" : "createTransfer";
            case "PATCH":
                return "updateTransfer";
            case "DELETE":
                return "withdrawTransfer";
            default:
                return path.contains("transferseligibility") ? "getTransferEligibility"
                        : path.endsWith("/transfers") ? "listTransfers" : "getTransfer";
        }
    }

    private static String mediaType(String contentType) {
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    /** A clock the replay sets to each case's documented moment. */
    static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
