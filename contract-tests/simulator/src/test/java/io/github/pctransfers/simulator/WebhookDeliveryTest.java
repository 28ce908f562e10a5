package io.github.pctransfers.simulator;

import static io.github.pctransfers.simulator.BuiltInSeed.CUSTOMER;
import static io.github.pctransfers.simulator.BuiltInSeed.NCE_SLOW;
import static io.github.pctransfers.simulator.BuiltInSeed.NEW_COMMERCE_CUSTOMER;
import static io.github.pctransfers.simulator.BuiltInSeed.PLAIN;
import static io.github.pctransfers.simulator.BuiltInSeed.SOURCE_PARTNER;
import static io.github.pctransfers.simulator.BuiltInSeed.legacy;
import static io.github.pctransfers.simulator.BuiltInSeed.nce;
import static io.github.pctransfers.simulator.BuiltInSeed.newCommerce;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.pctransfers.client.TransfersClient;
import io.github.pctransfers.client.model.TransferEntity;
import io.github.pctransfers.client.webhooks.ResourceChangeEvent;
import io.github.pctransfers.simulator.junit.WebhookSink;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Signed transfer events delivered to a {@link WebhookSink} that verifies them with the client's receiver and the
 * simulator's trust, on a frozen clock the tests move: which change sends which event, the bodies, the signature
 * header, retries in virtual time and the test events of the registration API. Every exchange is checked against
 * the spec.
 */
@Timeout(60)
class WebhookDeliveryTest {
    private static final SimulatorClock CLOCK = SimulatorClock.frozenAt(Instant.parse("2025-03-01T09:00:00Z"));
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @RegisterExtension
    static final SpecCheckedSimulator SIM = SpecCheckedSimulator.withClock(CLOCK);

    private final TransfersClient client = SIM.client();
    private WebhookSink sink;

    @BeforeEach
    void startSink() {
        sink = WebhookSink.start(SIM.simulator());
    }

    @AfterEach
    void stopSink() {
        sink.close();
    }

    @Test
    void aLegacyCreateAndAcceptSendCreateUpdateAndComplete() throws Exception {
        TransferEntity t = client.createTransfer(CUSTOMER, legacy(PLAIN));
        client.acceptTransfer(CUSTOMER, t.getId());

        sink.await("complete-transfer", WAIT);
        awaitReceived(3);
        assertThat(sink.rejections()).isEmpty();
        assertThat(sink.received()).extracting(ResourceChangeEvent::eventName)
                .containsExactlyInAnyOrder("create-transfer", "update-transfer", "complete-transfer");
        assertThat(sink.received()).allSatisfy(e -> {
            assertThat(e.resourceName()).isEqualTo("Transfer");
            assertThat(e.resourceUri()).isEqualTo("https://api.partnercenter.microsoft.com/v1/customers/" + CUSTOMER);
            assertThat(e.customerId()).contains(CUSTOMER);
            assertThat(e.transferId()).contains(t.getId());
        });
    }

    @Test
    void aRejectSendsAnUpdate() throws Exception {
        TransferEntity t = client.createTransfer(CUSTOMER, legacy(PLAIN));
        client.rejectTransfer(CUSTOMER, t.getId());

        awaitReceived(2);
        assertThat(names(sink.received())).containsExactlyInAnyOrder("create-transfer", "update-transfer");
    }

    @Test
    void submittedLineItemsCompleteWhenTheClockPassesTheirProcessingTime() throws Exception {
        TransferEntity t = client.createTransfer(NEW_COMMERCE_CUSTOMER, newCommerce());
        client.submitTransfer(NEW_COMMERCE_CUSTOMER, t.getId(), List.of(nce(NCE_SLOW)));
        sink.await("update-transfer", WAIT);
        assertThat(names(sink.received())).doesNotContain("complete-transfer");

        CLOCK.advance(Duration.ofMinutes(5));

        ResourceChangeEvent done = sink.await("complete-transfer", WAIT);
        assertThat(done.transferId()).contains(t.getId());
        assertThat(done.changedAt().toInstant()).isEqualTo(CLOCK.instant());
    }

    @Test
    void aPendingTransferThatExpiresSendsAFailure() throws Exception {
        Instant created = CLOCK.instant();
        TransferEntity t = client.createTransfer(NEW_COMMERCE_CUSTOMER, newCommerce());
        sink.await("create-transfer", WAIT);

        CLOCK.advance(Duration.ofDays(30));

        assertThat(sink.await("fail-transfer", t.getId(), WAIT).changedAt().toInstant())
                .isEqualTo(created.plus(Duration.ofDays(30)));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"real", "documented"})
    void eventBodiesAreExactlyAsTheCaseShows(String style) throws Exception {
        String expected = Files.readString(fixture("simulator/webhooks/event-bodies/" + style + "/event.json"));
        try (TransfersSimulator simulator = TransfersSimulator.builder()
                .clock(SimulatorClock.frozenAt(Instant.parse("2025-03-01T09:00:00.1234567Z")))
                .webhookResourceUri(WebhookResourceUri.parse(style)).start();
                WebhookSink own = WebhookSink.start(simulator);
                TransfersClient c = TransfersClient.builder().baseUrl(simulator.baseUrl())
                        .accessToken(() -> "test-token").build()) {
            TransferEntity t = c.createTransfer(CUSTOMER, legacy(PLAIN));
            own.await("create-transfer", WAIT);

            WebhookDelivery d = simulator.webhookDeliveries().get(0);
            assertThat(d.bodyText()).isEqualTo(expected.replace("{transfer}", t.getId())
                    .replace("{base}", simulator.baseUrl()));
            assertThat(d.headers()).containsEntry("X-MS-Certificate-Url",
                    simulator.baseUrl() + "/simulator/webhooks/certificate")
                    .containsEntry("X-MS-Signature-Algorithm", "rsa-sha256")
                    .hasEntrySatisfying("Authorization", v -> assertThat(v).startsWith("Signature "));
            assertThat(own.rejections()).isEmpty();
        }
    }

    @Test
    void theSignatureMovesToXMsSignatureWhenTheRegistrationAsks() throws Exception {
        register("{\"webhookUrl\":\"" + sink.url() + "\",\"webhookEvents\":[\"create-transfer\"],"
                + "\"signatureTokenToMsSignatureHeader\":true}", "PUT");
        client.createTransfer(CUSTOMER, legacy(PLAIN));

        sink.await("create-transfer", WAIT);
        WebhookDelivery d = SIM.simulator().webhookDeliveries().get(0);
        assertThat(d.headers()).containsKey("x-ms-signature").doesNotContainKey("Authorization");
        assertThat(sink.rejections()).isEmpty();
    }

    @Test
    void onlyTheEventsTheRegistrationNamesAreDelivered() throws Exception {
        register("{\"webhookUrl\":\"" + sink.url() + "\",\"webhookEvents\":[\"complete-transfer\"]}", "PUT");
        TransferEntity t = client.createTransfer(CUSTOMER, legacy(PLAIN));
        client.acceptTransfer(CUSTOMER, t.getId());

        sink.await("complete-transfer", WAIT);
        assertThat(SIM.simulator().webhookDeliveries()).extracting(WebhookDelivery::eventName)
                .containsExactly("complete-transfer");
    }

    @Test
    void aFailedDeliveryIsRetriedOnTheSimulatorsClockThenDropped() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        register("{\"webhookUrl\":\"http://127.0.0.1:" + closedPort + "/hooks\",\"webhookEvents\":[\"create-transfer\"]}",
                "PUT");
        client.createTransfer(CUSTOMER, legacy(PLAIN));
        awaitDelivery(d -> d.attempts().size() == 1);

        Duration[] waits = WebhookDispatcher.BACKOFF.toArray(new Duration[0]);
        for (int i = 0; i < waits.length; i++) {
            CLOCK.advance(waits[i].minusSeconds(1));
            assertThat(delivery().attempts()).hasSize(i + 1); // not due yet
            CLOCK.advance(Duration.ofSeconds(1));
            int attempts = i + 2;
            awaitDelivery(d -> d.attempts().size() == attempts);
        }
        WebhookDelivery dropped = awaitDelivery(d -> d.state() == WebhookDelivery.State.DROPPED);
        assertThat(dropped.attempts()).hasSize(10)
                .allSatisfy(a -> assertThat(a.statusCode()).isEmpty())
                .allSatisfy(a -> assertThat(a.failure()).isPresent());
        CLOCK.advance(Duration.ofDays(1));
        assertThat(delivery().attempts()).hasSize(10);
    }

    @Test
    void testEventsAreDeliveredFollowedAndThrottledToTwoAMinute() throws Exception {
        HttpResponse<String> first = post("/webhooks/v1/registration/validationEvents");
        HttpResponse<String> second = post("/webhooks/v1/registration/validationEvents");
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(second.statusCode()).isEqualTo(200);

        HttpResponse<String> third = post("/webhooks/v1/registration/validationEvents");
        assertThat(third.statusCode()).isEqualTo(429);
        assertThat(third.headers().firstValue("Retry-After")).contains("60");

        CLOCK.advance(Duration.ofMinutes(1));
        assertThat(post("/webhooks/v1/registration/validationEvents").statusCode()).isEqualTo(200);

        String correlationId = JSON.readTree(first.body()).path("correlationId").asText();
        ResourceChangeEvent test = sink.await("test-created", WAIT);
        assertThat(test.resourceName()).isEqualTo("test");
        assertThat(test.auditUri()).isEmpty();
        awaitDelivery(d -> d.id().equals(correlationId) && d.state() == WebhookDelivery.State.DELIVERED);
        JsonNode status = JSON.readTree(send("GET", "/webhooks/v1/registration/validationEvents/" + correlationId,
                null).body());
        assertThat(status.path("correlationId").asText()).isEqualTo(correlationId);
        assertThat(status.path("status").asText()).isEqualTo("completed");
        assertThat(status.path("events")).hasSize(1);
        assertThat(status.path("events").get(0).path("responseCode").asInt()).isEqualTo(200);
        assertThat(status.path("events").get(0).path("dateTimeUtc").asText()).doesNotContain("Z").doesNotContain("+");
    }

    @Test
    void theCertificateIsServedForAnyReceiverToFetch() throws Exception {
        HttpResponse<byte[]> answer = HTTP.send(HttpRequest.newBuilder(URI.create(SIM.baseUrl()
                + "/simulator/webhooks/certificate")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).contains("application/pkix-cert");
        java.security.cert.X509Certificate leaf = (java.security.cert.X509Certificate) java.security.cert
                .CertificateFactory.getInstance("X.509").generateCertificate(
                        new java.io.ByteArrayInputStream(answer.body()));
        assertThat(leaf.getSubjectX500Principal().getName()).contains("O=PC Transfers Simulator Webhooks");
        assertThat(SIM.simulator().webhookTrust().requiredOrganization()).isEqualTo("PC Transfers Simulator Webhooks");
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    private static WebhookDelivery delivery() {
        List<WebhookDelivery> all = SIM.simulator().webhookDeliveries();
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    /** The only delivery, once it matches; deliveries are real HTTP requests, so their results come a little later. */
    private static WebhookDelivery awaitDelivery(Predicate<WebhookDelivery> done) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            for (WebhookDelivery d : SIM.simulator().webhookDeliveries()) {
                if (done.test(d)) {
                    return d;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no delivery as expected within " + WAIT + ": "
                        + SIM.simulator().webhookDeliveries());
            }
            Thread.sleep(5);
        }
    }

    private void awaitReceived(int count) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (sink.received().size() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("expected " + count + " events, got " + sink);
            }
            Thread.sleep(5);
        }
    }

    private static List<String> names(List<ResourceChangeEvent> events) {
        return events.stream().map(ResourceChangeEvent::eventName).collect(Collectors.toList());
    }

    private static void register(String body, String method) throws IOException, InterruptedException {
        HttpResponse<String> answer = send(method, "/webhooks/v1/registration", body);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    }

    private static HttpResponse<String> post(String path) throws IOException, InterruptedException {
        return send("POST", path, null);
    }

    private static HttpResponse<String> send(String method, String path, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(SIM.baseUrl() + path))
                .header("Authorization", "Bearer test-token")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Path fixture(String name) throws Exception {
        return Path.of(WebhookDeliveryTest.class.getClassLoader().getResource(name).toURI());
    }
}
