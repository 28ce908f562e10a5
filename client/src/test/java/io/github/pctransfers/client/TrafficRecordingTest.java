package io.github.pctransfers.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.pctransfers.client.auth.AccessToken;
import io.github.pctransfers.client.auth.TokenCredential;
import io.github.pctransfers.client.model.TransferCreateRequest;
import io.github.pctransfers.client.model.TransferEntity;
import io.github.pctransfers.client.model.TransferType;
import io.github.pctransfers.client.recording.HarRecorder;
import io.github.pctransfers.client.recording.RecordedExchange;
import io.github.pctransfers.client.recording.TrafficRecorder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The client recording its own traffic: every attempt, redacted before it reaches the recorder or the disk. */
class TrafficRecordingTest extends WireMockTestBase {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Recognisable, and unlike anything else in a request or a response. */
    private static final String TOKEN_STEM = "eyJRECOGNISABLE.q7Zk3xV9mW2pL8tN";

    @TempDir
    Path dir;

    /** A new token on every ask: the test can tell which attempt carried which. */
    private static final class NumberedTokens implements TokenCredential {
        final List<String> issued = new ArrayList<>();

        @Override
        public synchronized AccessToken getToken(boolean forceRefresh) {
            String token = TOKEN_STEM + ".sig" + (issued.size() + 1);
            issued.add(token);
            return new AccessToken(token, Instant.MAX);
        }
    }

    private static String entity(String extra) {
        return "{\"id\":\"" + TRANSFER_ID + "\",\"status\":\"Active\"" + extra + "}";
    }

    @Test
    void noByteOfAnyTokenReachesTheFileUnderARetryAndThe401Refresh() throws IOException {
        NumberedTokens tokens = new NumberedTokens();
        // 503, then 401 (refresh and re-send), then 200 whose body, header and cookie echo the token back.
        SERVER.stubFor(get(urlEqualTo(TRANSFER_PATH)).inScenario("s").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(503).withHeader("Content-Type", "application/json")
                        .withBody("{\"code\":\"ServiceUnavailable\"}"))
                .willSetStateTo("unauthorized"));
        SERVER.stubFor(get(urlEqualTo(TRANSFER_PATH)).inScenario("s").whenScenarioStateIs("unauthorized")
                .willReturn(aResponse().withStatus(401).withHeader("WWW-Authenticate", "Bearer")
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"code\":800001,\"description\":\"Partner token missing\"}"))
                .willSetStateTo("ok"));
        SERVER.stubFor(get(urlEqualTo(TRANSFER_PATH)).inScenario("s").whenScenarioStateIs("ok")
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withHeader("Set-Cookie", "session={{request.headers.Authorization}}")
                        .withHeader("X-Echo", "{{request.headers.Authorization}}")
                        .withBody(entity(",\"echo\":\"{{request.headers.Authorization}}\","
                                + "\"access_token\":\"opaque-secret-value\""))
                        .withTransformers("response-template"))
                );
        Path file = dir.resolve("traffic.har");

        try (TransfersClient client = clientBuilder().credential(tokens).recordTo(file).build()) {
            Response<TransferEntity> r = client.getTransferWithResponse(CUSTOMER_ID, TRANSFER_ID,
                    RequestOptions.none());
            assertThat(r.attempts()).isEqualTo(3);
        }

        assertThat(tokens.issued).hasSize(3);
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        assertThat(text).doesNotContain("opaque-secret-value");
        for (String token : tokens.issued) {
            // Not the token, and not any 8 bytes of its distinctive part.
            for (int i = 0; i + 8 <= token.length(); i++) {
                assertThat(text).doesNotContain(token.substring(i, i + 8));
            }
        }
        JsonNode entries = JSON.readTree(bytes).at("/log/entries");
        assertThat(entries).extracting(e -> e.at("/response/status").asInt()).containsExactly(503, 401, 200);
        // The re-send after the 401 keeps the number of the attempt it repeats.
        assertThat(entries).extracting(e -> e.at("/_attempt").asInt()).containsExactly(1, 2, 2);
        for (JsonNode e : entries) {
            assertThat(header(e.at("/request/headers"), "Authorization")).isEqualTo("Bearer REDACTED");
        }
        JsonNode last = entries.get(2);
        assertThat(header(last.at("/response/headers"), "Set-Cookie")).isEqualTo("REDACTED");
        assertThat(header(last.at("/response/headers"), "X-Echo")).isEqualTo("Bearer REDACTED");
        JsonNode body = JSON.readTree(last.at("/response/content/text").asText());
        assertThat(body.get("echo").asText()).isEqualTo("Bearer REDACTED");
        assertThat(body.get("access_token").asText()).isEqualTo("REDACTED");
        assertThat(body.get("id").asText()).isEqualTo(TRANSFER_ID);
    }

    @Test
    void aRequestBodyIsRecordedAsSent() throws IOException {
        SERVER.stubFor(post(urlEqualTo(TRANSFERS_PATH)).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(entity(""))));
        Path file = dir.resolve("traffic.har");
        try (TransfersClient client = clientBuilder().recordTo(file).build()) {
            client.createTransfer(CUSTOMER_ID, TransferCreateRequest.builder()
                    .sourcePartnerTenantId("7c8db11f-1e5e-4472-8386-f0b627d1f3e1")
                    .sourcePartnerName("Woodgrove Cloud Services")
                    .customerEmailId("it@example.com")
                    .transferType(TransferType.of(3))
                    .build());
        }
        JsonNode e = JSON.readTree(file.toFile()).at("/log/entries/0");
        assertThat(e.at("/request/method").asText()).isEqualTo("POST");
        assertThat(e.at("/request/url").asText()).isEqualTo(baseUrl() + TRANSFERS_PATH);
        assertThat(JSON.readTree(e.at("/request/postData/text").asText()).get("customerEmailId").asText())
                .isEqualTo("it@example.com");
        assertThat(e.at("/request/postData/mimeType").asText()).startsWith("application/json");
        assertThat(header(e.at("/request/headers"), "MS-RequestId")).matches("[0-9a-f-]{36}");
        assertThat(e.at("/_operation").asText()).isEqualTo("createTransfer");
        assertThat(e.at("/response/status").asInt()).isEqualTo(201);
    }

    @Test
    void aLongResponseIsCutInTheFileButDecodedWholeByTheClient() throws IOException {
        String longName = "n".repeat(5000);
        SERVER.stubFor(get(urlEqualTo(TRANSFER_PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(entity(",\"customerName\":\"" + longName
                        + "\""))));
        Path file = dir.resolve("traffic.har");
        try (HarRecorder recorder = HarRecorder.builder(file).maxBodyBytes(1000).build();
                TransfersClient client = clientBuilder().trafficRecorder(recorder).build()) {
            assertThat(client.getTransfer(CUSTOMER_ID, TRANSFER_ID).getCustomerName()).isEqualTo(longName);
        }
        JsonNode content = JSON.readTree(file.toFile()).at("/log/entries/0/response/content");
        assertThat(content.at("/text").asText()).hasSize(1000);
        assertThat(content.at("/size").asInt()).isEqualTo(entity(",\"customerName\":\"" + longName + "\"").length());
        assertThat(content.at("/_truncated").asBoolean()).isTrue();
    }

    @Test
    void closingTheClientClosesTheRecorderItCreatedButNotOneItWasGiven() throws IOException {
        SERVER.stubFor(get(urlEqualTo(TRANSFER_PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(entity(""))));
        AtomicInteger closes = new AtomicInteger();
        List<RecordedExchange> seen = new ArrayList<>();
        TrafficRecorder given = new TrafficRecorder() {
            @Override
            public synchronized void record(RecordedExchange exchange) {
                seen.add(exchange);
            }

            @Override
            public void close() {
                closes.incrementAndGet();
            }
        };
        try (TransfersClient client = clientBuilder().trafficRecorder(given).build()) {
            client.getTransfer(CUSTOMER_ID, TRANSFER_ID);
        }
        assertThat(closes).hasValue(0);
        assertThat(seen).hasSize(1);
        assertThat(seen.get(0).requestHeader("Authorization")).isEqualTo("Bearer REDACTED");

        Path file = dir.resolve("own.har");
        TransfersClient client = clientBuilder().recordTo(file).build();
        client.getTransfer(CUSTOMER_ID, TRANSFER_ID);
        client.close();
        assertThat(JSON.readTree(file.toFile()).at("/log/entries")).hasSize(1);
    }

    @Test
    void aRecorderThatThrowsDoesNotFailTheCall() {
        SERVER.stubFor(get(urlEqualTo(TRANSFER_PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(entity(""))));
        TrafficRecorder broken = new TrafficRecorder() {
            @Override
            public void record(RecordedExchange exchange) {
                throw new IllegalStateException("disk on fire");
            }

            @Override
            public void close() {
            }
        };
        try (TransfersClient client = clientBuilder().trafficRecorder(broken).build()) {
            assertThat(client.getTransfer(CUSTOMER_ID, TRANSFER_ID).getId()).isEqualTo(TRANSFER_ID);
        }
    }

    @Test
    void recordToAndTrafficRecorderExcludeEachOther() {
        try (HarRecorder recorder = HarRecorder.builder(dir.resolve("a.har")).build()) {
            assertThatThrownBy(() -> clientBuilder().recordTo(dir.resolve("b.har")).trafficRecorder(recorder).build())
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("exclude each other");
        }
        assertThat(Files.exists(dir.resolve("b.har"))).isFalse();
    }

    private static String header(JsonNode headers, String name) {
        for (JsonNode h : headers) {
            if (h.get("name").asText().equalsIgnoreCase(name)) {
                return h.get("value").asText();
            }
        }
        return null;
    }
}
