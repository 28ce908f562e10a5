package io.github.pctransfers.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.Fault;
import io.github.pctransfers.client.auth.ClientSecretCredential;
import io.github.pctransfers.client.auth.TokenCredential;
import io.github.pctransfers.client.errors.NotFoundException;
import io.github.pctransfers.client.errors.DocumentedErrorCode;
import io.github.pctransfers.client.errors.RateLimitException;
import io.github.pctransfers.client.errors.TransferAwaitTimeoutException;
import io.github.pctransfers.client.errors.TransfersApiException;
import io.github.pctransfers.client.errors.TransfersException;
import io.github.pctransfers.client.errors.TransportException;
import io.github.pctransfers.client.http.RetryPolicy;
import io.github.pctransfers.client.model.ProductType;
import io.github.pctransfers.client.model.RequestShapeException;
import io.github.pctransfers.client.model.TransferAcceptance;
import io.github.pctransfers.client.model.TransferCreateRequest;
import io.github.pctransfers.client.model.TransferCreateRequests;
import io.github.pctransfers.client.model.TransferEntity;
import io.github.pctransfers.client.observability.CallEnd;
import io.github.pctransfers.client.observability.TransfersObserver;
import io.github.pctransfers.client.model.TransferSubmitLineItem;
import io.github.pctransfers.client.model.TransferSubmitLineItems;
import io.github.pctransfers.client.recording.HarRecorder;
import io.github.pctransfers.client.model.TransferType;
import io.github.pctransfers.client.model.TransferLineItem;
import io.github.pctransfers.client.model.WebhookRegistration;
import io.github.pctransfers.client.model.WebhookRegistrationRequests;
import io.github.pctransfers.client.webhooks.ResourceChangeEvent;
import io.github.pctransfers.client.webhooks.WebhookReceipt;
import io.github.pctransfers.client.webhooks.WebhookReceiver;
import io.github.pctransfers.client.webhooks.WebhookTrust;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Java snippets of the root {@code README.md} and {@code client/README.md}, compiled here, and run against WireMock where they make a
 * call. {@link #everyReadmeSnippetIsTheOneCompiledHere()} fails when a README block and its copy here drift apart
 * (each is marked {@code snippet:NAME} in both places).
 */
class ReadmeSnippetsTest extends WireMockTestBase {
    /** The root README (the first call) and this module's README (one section per concern). */
    private static final List<Path> READMES = List.of(Paths.get("../README.md"), Paths.get("README.md"));
    private static final Path THIS_FILE = Paths.get("src/test/java/io/github/pctransfers/client/ReadmeSnippetsTest.java");

    // What the snippets take as given.
    private final String customerId = CUSTOMER_ID;
    private final String transferId = TRANSFER_ID;
    private final String sourcePartnerTenantId = "429ad289-d8da-4265-aaa5-12aa40cc5f8d";
    private final String tenantId = ClientSecretCredentialTest.TENANT;
    private final String clientId = ClientSecretCredentialTest.CLIENT_ID;
    private final String clientSecret = ClientSecretCredentialTest.SECRET;
    private final TokenCredential credential = forceRefresh -> new io.github.pctransfers.client.auth.AccessToken(
            TOKEN, java.time.Instant.MAX);
    private final TokenCache tokenCache = new TokenCache();
    private TransfersClient client;
    @org.junit.jupiter.api.io.TempDir
    Path recordingDir;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private PrintStream originalOut;

    /** Stands for the caller's own token cache in the token-supplier snippet. */
    static final class TokenCache {
        String currentToken() {
            return TOKEN;
        }
    }

    @BeforeEach
    void clientOnWireMockAndCapturedOutput() {
        client = clientBuilder().build();
        originalOut = System.out;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(originalOut);
        client.close();
    }

    private String printed() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    @Test
    void firstCallWithoutItsEnvironmentFailsBeforeSendingAnything() {
        // The README's first call reads its app registration from the environment; unset here, so the credential
        // builder must refuse at once, naming what is missing, and nothing may reach the wire.
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("PARTNER_TENANT_ID") == null);
        assertThat(org.assertj.core.api.Assertions.catchThrowable(this::firstCall))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tenantId");
        assertThat(requests()).isEmpty();
    }

    private void firstCall() {
        // snippet:first-call
        try (TransfersClient client = TransfersClient.builder()
                .credential(ClientSecretCredential.builder()
                        .tenantId(System.getenv("PARTNER_TENANT_ID"))
                        .clientId(System.getenv("PARTNER_CLIENT_ID"))
                        .clientSecret(System.getenv("PARTNER_CLIENT_SECRET"))
                        .build())
                .build()) {
            for (TransferEntity transfer : client.listTransfers(customerId)) {
                System.out.println(transfer.getId() + " " + transfer.getStatus() + " " + transfer.getCreatedTime());
            }
        }
        // end-snippet
    }

    @Test
    void configuration() {
        // snippet:configuration
        TransfersClient client = TransfersClient.builder()
                .baseUrl(TransfersClient.GLOBAL_BASE_URL)
                .credential(credential)
                .applicationName("Contoso Billing")
                .locale("en-US")
                .build();
        // end-snippet
        try (client) {
            assertThat(client.baseUrl()).isEqualTo(TransfersClient.GLOBAL_BASE_URL);
        }
    }

    @Test
    void observer() {
        SERVER.stubFor(get(urlEqualTo(TRANSFER_PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"id\":\"" + TRANSFER_ID + "\"}")));
        // snippet:observer
        TransfersClient client = TransfersClient.builder()
                .credential(credential)
                .observer(new TransfersObserver<Void>() {
                    @Override
                    public void callEnded(Void call, CallEnd end) {
                        System.out.println(end.operation() + " " + end.outcome() + " " + end.statusCode() + " after "
                                + end.attempts() + " attempt(s), MS-RequestId " + end.requestId());
                    }
                })
                .build();
        // end-snippet
        client.close();
        try (TransfersClient onWireMock = TransfersClient.builder().baseUrl(baseUrl()).credential(credential)
                .observer(new TransfersObserver<Void>() {
                    @Override
                    public void callEnded(Void call, CallEnd end) {
                        System.out.println(end.operation() + " " + end.outcome() + " " + end.statusCode());
                    }
                }).build()) {
            onWireMock.getTransfer(customerId, transferId);
        }
        assertThat(printed()).contains("getTransfer SUCCESS 200");
    }

    @Test
    void rawResponse() {
        SERVER.stubFor(get(urlEqualTo(TRANSFER_PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withHeader("MS-ServerId", "102030524")
                .withBody("{\"id\":\"" + TRANSFER_ID + "\"}")));
        // snippet:raw-response
        Response<TransferEntity> response = client.getTransferWithResponse(customerId, transferId, RequestOptions.none());
        int status = response.statusCode();
        Optional<String> serverId = response.header("MS-ServerId");
        String requestId = response.requestId();
        // end-snippet
        assertThat(status).isEqualTo(200);
        assertThat(serverId).contains("102030524");
        assertThat(requestId).isEqualTo(requests().get(0).getHeader("MS-RequestId"));
    }

    @Test
    void clientSecretCredential() {
        // snippet:client-secret-credential
        ClientSecretCredential credential = ClientSecretCredential.builder()
                .tenantId(tenantId)
                .clientId(clientId)
                .clientSecret(clientSecret)
                .build();
        TransfersClient client = TransfersClient.builder().credential(credential).build();
        // end-snippet
        try (credential; client) {
            assertThat(credential.scope()).isEqualTo(ClientSecretCredential.PARTNER_CENTER_SCOPE);
        }
    }

    @Test
    void tokenSupplier() {
        // snippet:token-supplier
        TransfersClient client = TransfersClient.builder()
                .accessToken(() -> tokenCache.currentToken())
                .build();
        // end-snippet
        client.close();
    }

    @Test
    void retryPolicy() {
        // snippet:retry-policy
        RetryPolicy policy = RetryPolicy.builder()
                .maxAttempts(5)
                .totalBudget(Duration.ofMinutes(1))
                .maxRetryAfter(Duration.ofSeconds(30))
                .retryOnlyIdempotentMethods(true)
                .build();
        TransfersClient client = TransfersClient.builder().credential(credential).retryPolicy(policy).build();
        // end-snippet
        try (client) {
            assertThat(client.retryPolicy().maxAttempts()).isEqualTo(5);
        }
    }

    @Test
    void resendSameRequestId() {
        client.close();
        client = clientBuilder().retryPolicy(RetryPolicy.none()).build();
        SERVER.stubFor(post(urlEqualTo(ACCEPT_PATH)).inScenario("s").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("up"));
        SERVER.stubFor(post(urlEqualTo(ACCEPT_PATH)).inScenario("s").whenScenarioStateIs("up")
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"orders\":[]}")));
        // snippet:resend-same-request-id
        RequestOptions once = RequestOptions.builder().requestId(UUID.randomUUID().toString()).build();
        TransferAcceptance acceptance;
        try {
            acceptance = client.acceptTransfer(customerId, transferId, once);
        } catch (TransportException e) {
            acceptance = client.acceptTransfer(customerId, transferId, once);
        }
        // end-snippet
        assertThat(acceptance.hasFailures()).isFalse();
        assertThat(requests()).hasSize(2).extracting(r -> r.getHeader("MS-RequestId")).containsOnly(once.requestId());
    }

    @Test
    void createTransfer() {
        SERVER.stubFor(post(urlEqualTo(TRANSFERS_PATH)).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"id\":\"" + TRANSFER_ID + "\",\"status\":\"InProgress\"}")));
        // snippet:create-transfer
        TransferCreateRequest request = TransferCreateRequests.newCommerce(sourcePartnerTenantId,
                "Contoso Cloud Services", "it-admin@fabrikam.example", TransferType.of(3));
        TransferEntity created = client.createTransfer(customerId, request);
        try {
            client.createTransfer(customerId, TransferCreateRequest.builder()
                    .sourcePartnerTenantId(sourcePartnerTenantId).transferType(TransferType.of(3)).build());
        } catch (RequestShapeException e) {
            System.out.println("Not sent, missing " + e.missing());
        }
        // end-snippet
        assertThat(created.getStatus().value()).isEqualTo("InProgress");
        assertThat(requests()).hasSize(1);
        assertThat(printed()).contains("Not sent, missing [sourcePartnerName, customerEmailId]");
    }

    @Test
    void createForAnIndirectReseller() throws Exception {
        SERVER.stubFor(post(urlEqualTo(TRANSFERS_PATH)).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"id\":\"" + TRANSFER_ID + "\",\"status\":\"InProgress\",\"transferDirection\":1}")));
        // snippet:create-for-indirect-reseller
        TransferCreateRequest request = TransferCreateRequests.newCommerce(sourcePartnerTenantId,
                        "Contoso Cloud Services", "it-admin@fabrikam.example", TransferType.of(3))
                .toBuilder()
                .addParticipantsItem(TransferCreateRequests.indirectReseller("5139005"))
                .targetPartnerEmailId("northwind-transfers-emea")
                .build();
        TransferEntity created = client.createTransfer(customerId, request);
        if (created.getTransferDirection().isIncoming()) {
            System.out.println("We asked for this transfer; the source partner submits the line items");
        }
        // end-snippet
        assertThat(printed()).contains("We asked for this transfer");
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(requests().get(0).getBodyAsString())
                .at("/participants/0/key").asText()).isEqualTo("TransactionReseller");
    }

    @Test
    void requestBuilder() {
        String subscriptionId = "75B71186-73C3-45B4-A403-281C0D7EB032";
        // snippet:request-builder
        TransferCreateRequest request = TransferCreateRequests.newCommerce(sourcePartnerTenantId,
                "Contoso Cloud Services", "it-admin@fabrikam.example", TransferType.of(3));
        TransferCreateRequest named = request.toBuilder().customerName("Fabrikam").build();
        TransferSubmitLineItem item = TransferSubmitLineItem.builder()
                .subscriptionId(subscriptionId)
                .productType(ProductType.ONLINE_SERVICES_NCE)
                .quantity(5)
                .build();
        // end-snippet
        assertThat(request.getCustomerName()).isNull();
        assertThat(named.getCustomerName()).isEqualTo("Fabrikam");
        assertThat(named.toBuilder().customerName(null).build()).isEqualTo(request);
        assertThat(TransferSubmitLineItems.onlineServicesNce(subscriptionId).toBuilder().quantity(5).build())
                .isEqualTo(item);
    }

    @Test
    void errors() {
        SERVER.stubFor(get(urlEqualTo(TRANSFER_PATH)).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"code\":900100,\"description\":\"Transfer not found\",\"source\":\"PartnerFD\"}")));
        // snippet:errors
        try {
            TransferEntity transfer = client.getTransfer(customerId, transferId);
        } catch (NotFoundException e) {
            if (e.hasErrorCode(DocumentedErrorCode.TRANSFER_ID_NOT_FOUND)) {
                System.out.println("Transfer " + transferId + " no longer exists");
            }
        } catch (RateLimitException e) {
            Duration wait = e.retryAfter().orElse(Duration.ofSeconds(30));
            System.out.println("Throttled; try again in " + wait);
        } catch (TransfersApiException e) {
            System.out.println("HTTP " + e.statusCode() + " " + e.errorCode().orElse("") + ", MS-RequestId "
                    + e.requestId() + ": " + e.rawBody());
        } catch (TransfersException e) {
            System.out.println("No answer (MS-RequestId " + e.requestId() + "): " + e.getMessage());
        }
        // end-snippet
        assertThat(printed()).contains("Transfer " + TRANSFER_ID + " no longer exists");
    }

    @Test
    void partialFailure() {
        SERVER.stubFor(post(urlEqualTo(ACCEPT_PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(Fixtures.text("fixtures/accept-results/two-groups-failed.json"))));
        // snippet:partial-failure
        TransferAcceptance acceptance = client.acceptTransfer(customerId, transferId);
        if (acceptance.hasFailures()) {
            for (TransferAcceptance.LineItemFailure failure : acceptance.failures()) {
                System.out.println(failure.subscriptionId() + " was not transferred: " + failure.code() + " "
                        + failure.description());
            }
        }
        // end-snippet
        assertThat(printed()).contains("637FF8F6-D842-4573-8DA8-89765356CD1A was not transferred: 900103");
    }

    @Test
    void timeouts() {
        // snippet:timeouts
        TransfersClient client = TransfersClient.builder()
                .credential(credential)
                .connectTimeout(Duration.ofSeconds(5))
                .readTimeout(Duration.ofSeconds(30))
                .build();
        // end-snippet
        client.close();
    }

    @Test
    void timeoutPerCall() {
        SERVER.stubFor(post(urlEqualTo(ACCEPT_PATH)).willReturn(aResponse().withStatus(200).withFixedDelay(300)
                .withHeader("Content-Type", "application/json").withBody("{\"orders\":[]}")));
        client.close();
        client = clientBuilder().readTimeout(Duration.ofMillis(100)).retryPolicy(RetryPolicy.none()).build();
        // snippet:timeout-per-call
        RequestOptions patient = RequestOptions.builder().readTimeout(Duration.ofMinutes(2)).build();
        TransferAcceptance acceptance = client.acceptTransfer(customerId, transferId, patient);
        // end-snippet
        assertThat(acceptance.hasFailures()).isFalse();
    }

    @Test
    void recordTo() throws IOException {
        // snippet:record-to
        TransfersClient client = TransfersClient.builder()
                .credential(credential)
                .recordTo(recordingDir.resolve("traffic.har"))
                .build();
        // end-snippet
        client.close();
        String har = Files.readString(recordingDir.resolve("traffic.har"));
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(har).at("/log/entries").isArray())
                .isTrue();
    }

    @Test
    void harRecorder() {
        // snippet:har-recorder
        HarRecorder recorder = HarRecorder.builder(recordingDir.resolve("traffic.har"))
                .maxBodyBytes(1024 * 1024)
                .rollOverBytes(500_000_000)
                .build();
        TransfersClient client = TransfersClient.builder()
                .credential(credential)
                .trafficRecorder(recorder)
                .build();
        // ... calls; then, at shutdown:
        client.close();
        recorder.close();
        // end-snippet
        assertThat(recorder.files()).containsExactly(recordingDir.resolve("traffic.har"));
        assertThat(recorder.toString()).contains("maxBodyBytes=1048576", "rollOverBytes=500000000");
    }

    @Test
    void awaitTransfer() {
        transferAnswers(STARTED, "InProgress", "", "done");
        transferAnswers("done", "PartiallyComplete", ",\"lineItems\":[{\"subscriptionId\":\"637FF8F6-D842-4573-8DA8-"
                + "89765356CD1A\",\"status\":\"Failed\",\"transferError\":\"SyncState None\"}]", "done");
        // snippet:await-transfer
        AwaitOptions patience = AwaitOptions.builder()
                .initialInterval(Duration.ofSeconds(5))
                .maxInterval(Duration.ofMinutes(1))
                .timeout(Duration.ofMinutes(20))
                .build();
        try {
            TransferOutcome outcome = client.awaitTransfer(customerId, transferId, patience);
            System.out.println("Transfer " + outcome.status() + " after " + outcome.polls() + " polls");
            for (TransferLineItem failed : outcome.failedLineItems()) {
                System.out.println(failed.getSubscriptionId() + " did not move: " + failed.getTransferError());
            }
        } catch (TransferAwaitTimeoutException e) {
            System.out.println("Not done yet: " + e.getMessage());
        }
        // end-snippet
        assertThat(printed()).contains("Transfer PartiallyComplete after 2 polls",
                "637FF8F6-D842-4573-8DA8-89765356CD1A did not move: SyncState None");
        assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(5));
    }

    @Test
    void watchTransfer() {
        transferAnswers(STARTED, "InProgress", "", "done");
        transferAnswers("done", "Complete", "", "done");
        // snippet:watch-transfer
        client.watchTransfer(customerId, transferId, AwaitOptions.defaults())
                .forEach(transfer -> System.out.println("now " + transfer.getStatus()));

        CompletableFuture<TransferOutcome> done =
                client.awaitTransferAsync(customerId, transferId, AwaitOptions.defaults());
        done.thenAccept(outcome -> System.out.println("ended " + outcome.status()));
        // end-snippet
        done.join();
        assertThat(printed()).containsSubsequence("now InProgress\n", "now Complete\n");
        assertThat(done.join().status().value()).isEqualTo("Complete");
    }

    /** GET of the transfer answers {@code status} (and {@code more} JSON) in scenario state {@code state}. */
    private static void transferAnswers(String state, String status, String more, String next) {
        SERVER.stubFor(get(urlEqualTo(TRANSFER_PATH)).inScenario("await").whenScenarioStateIs(state)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"id\":\"" + TRANSFER_ID + "\",\"status\":\"" + status + "\"" + more + "}"))
                .willSetStateTo(next));
    }

    @Test
    void theLoggerNamesInTheReadmeAreTheOnesTheClientUses() throws IOException {
        String xml = readmeBlocks().get("logback");
        Matcher names = Pattern.compile("name=\"([^\"]+)\"").matcher(xml);
        assertThat(names.find()).isTrue();
        assertThat(names.group(1)).isEqualTo(TransfersClient.WIRE_LOGGER_NAME);
        assertThat(names.find()).isTrue();
        assertThat(names.group(1)).isEqualTo(TransfersClient.RETRY_LOGGER_NAME);
        assertThat(readmeText()).contains(ClientSecretCredential.class.getName());
        // The wire log's header allow-list is checked against the README in RedactingLoggerTest.
    }

    // ---- webhooks ---------------------------------------------------------------------------------------------

    /** Where the webhook snippets' JDK server listens (any free port here). */
    private final int port = 0;
    /** The snippets' hand-off from the receiving thread to the worker that acts on events. */
    private final BlockingQueue<ResourceChangeEvent> transferEvents = new LinkedBlockingQueue<>();
    /** The test's trust: certificates from WireMock's loopback /cert/, chained to the test root CA. */
    private final WebhookTrust webhookTrust = WebhookTrust.builder()
            .allowedCertificateUrlPrefix(baseUrl() + "/cert/")
            .trustAnchor(testCertificate("root-ca.pem"))
            .build();

    @Test
    void webhookRegistration() {
        stubExample("authored-create-webhook-registration-200", "POST", "/webhooks/v1/registration");
        stubExample("authored-create-webhook-validation-event-200", "POST",
                "/webhooks/v1/registration/validationEvents");
        // snippet:webhook-registration
        WebhookRegistration registration = client.webhooks().createRegistration(WebhookRegistrationRequests.builder()
                .webhookUrl("https://partner.example/partner-center/events")
                .event("create-transfer").event("update-transfer").event("complete-transfer").event("fail-transfer")
                .build());
        String correlationId = client.webhooks().sendTestEvent().getCorrelationId();
        // end-snippet
        assertThat(registration.getWebhookEvents()).hasSize(4);
        assertThat(correlationId).isEqualTo("2d8c1a4e-7b3f-4e9a-a6d1-5c0f9e8b7a61");
    }

    @Test
    void webhookHttpServer() throws Exception {
        SERVER.stubFor(get(urlEqualTo("/cert/signer.cer")).willReturn(aResponse().withStatus(200)
                .withBody(Fixtures.text("webhook-certificates/signer.pem"))));
        // snippet:webhook-http-server
        WebhookReceiver receiver = WebhookReceiver.builder().trust(webhookTrust).build();
        HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
        server.createContext("/partner-center/events", exchange -> {
            byte[] body = exchange.getRequestBody().readNBytes(receiver.maxBodyBytes() + 1);
            WebhookReceipt receipt = receiver.receive(exchange.getRequestHeaders(), body);
            if (receipt.isAccepted() && receipt.event().isTransferEvent()) {
                transferEvents.add(receipt.event()); // act on it after answering
            }
            exchange.sendResponseHeaders(receipt.suggestedStatusCode(), -1);
            exchange.close();
        });
        server.start();
        // end-snippet
        try {
            byte[] body = Fixtures.text("fixtures/webhook-deliveries/real-create-transfer/body.json")
                    .getBytes(StandardCharsets.UTF_8);
            java.net.URI events = java.net.URI.create("http://127.0.0.1:" + server.getAddress().getPort()
                    + "/partner-center/events");
            java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
            java.net.http.HttpResponse<Void> signed = http.send(java.net.http.HttpRequest.newBuilder(events)
                    .header("Authorization", "Signature " + signWithTestKey(body))
                    .header("X-MS-Certificate-Url", baseUrl() + "/cert/signer.cer")
                    .header("X-MS-Signature-Algorithm", "rsa-sha256")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding());
            java.net.http.HttpResponse<Void> unsigned = http.send(java.net.http.HttpRequest.newBuilder(events)
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding());

            assertThat(signed.statusCode()).isEqualTo(200);
            assertThat(unsigned.statusCode()).isEqualTo(401);
            assertThat(transferEvents).singleElement().satisfies(
                    e -> assertThat(e.transferId()).contains("0f8e7d6c-5b4a-4938-a271-6f5e4d3c2b1a"));
        } finally {
            server.stop(0);
        }
    }

    @Test
    void webhookGetTransfer() throws Exception {
        transferEvents.add(WebhookReceiver.parseWithoutVerifying(
                Fixtures.text("fixtures/webhook-deliveries/page-update-transfer-x-ms-signature/body.json")
                        .getBytes(StandardCharsets.UTF_8)).event());
        String path = "/v1/customers/7e4b2c1a-9d3f-4e5a-8b6c-1d2e3f4a5b6c/transfers/0f8e7d6c-5b4a-4938-a271-6f5e4d3c2b1a";
        SERVER.stubFor(get(urlEqualTo(path)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"id\":\"0f8e7d6c-5b4a-4938-a271-6f5e4d3c2b1a\",\"status\":\"Complete\"}")));
        // snippet:webhook-get-transfer
        ResourceChangeEvent event = transferEvents.take();
        TransferEntity transfer = client.getTransfer(event);
        // end-snippet
        assertThat(transfer.getStatus()).hasToString("Complete");
    }

    private static void stubExample(String name, String method, String path) {
        Fixtures.HttpResponseFixture response = Fixtures.response(Fixtures.DOCUMENTED + name + "/response.http");
        com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder stub = aResponse()
                .withStatus(response.status).withBody(response.body);
        response.headers.forEach(stub::withHeader);
        SERVER.stubFor(com.github.tomakehurst.wiremock.client.WireMock.request(method, urlEqualTo(path))
                .willReturn(stub));
    }

    private static java.security.cert.X509Certificate testCertificate(String file) {
        try {
            return (java.security.cert.X509Certificate) java.security.cert.CertificateFactory.getInstance("X.509")
                    .generateCertificate(new java.io.ByteArrayInputStream(
                            Fixtures.text("webhook-certificates/" + file).getBytes(StandardCharsets.US_ASCII)));
        } catch (java.security.cert.CertificateException e) {
            throw new IllegalStateException(e);
        }
    }

    /** SHA256withRSA with the test signer key (webhook-certificates/README.md), base64. */
    private static String signWithTestKey(byte[] body) throws Exception {
        java.security.KeyStore keys = java.security.KeyStore.getInstance("PKCS12");
        try (java.io.InputStream in = ReadmeSnippetsTest.class.getClassLoader()
                .getResourceAsStream("webhook-certificates/webhook-test-keys.p12")) {
            keys.load(in, "changeit".toCharArray());
        }
        java.security.Signature signer = java.security.Signature.getInstance("SHA256withRSA");
        signer.initSign((java.security.PrivateKey) keys.getKey("signer", "changeit".toCharArray()));
        signer.update(body);
        return java.util.Base64.getEncoder().encodeToString(signer.sign());
    }

    @Test
    void everyReadmeSnippetIsTheOneCompiledHere() throws IOException {
        Map<String, String> readme = readmeBlocks();
        Map<String, String> compiled = compiledSnippets();
        readme.remove("logback");
        assertThat(readme).isNotEmpty();
        assertThat(compiled.keySet()).containsExactlyInAnyOrderElementsOf(readme.keySet());
        readme.forEach((name, block) -> assertThat(compiled.get(name)).as("snippet " + name).isEqualTo(block));
    }

    private static String readmeText() throws IOException {
        StringBuilder text = new StringBuilder();
        for (Path readme : READMES) {
            text.append(Files.readString(readme)).append('\n');
        }
        return text.toString();
    }

    /** Blocks of the README preceded by {@code <!-- snippet:NAME -->}, without their fences. */
    private static Map<String, String> readmeBlocks() throws IOException {
        Map<String, String> blocks = new LinkedHashMap<>();
        Matcher m = Pattern.compile("<!-- snippet:([a-z-]+) -->\\s*```[a-z]*\\n(.*?)\\n```", Pattern.DOTALL)
                .matcher(readmeText());
        while (m.find()) {
            blocks.put(m.group(1), m.group(2).strip());
        }
        return blocks;
    }

    /** The regions of this file between {@code // snippet:NAME} and {@code // end-snippet}, de-indented. */
    private static Map<String, String> compiledSnippets() throws IOException {
        Map<String, String> snippets = new LinkedHashMap<>();
        Matcher m = Pattern.compile("// snippet:([a-z-]+)\\n(.*?)\\n\\s*// end-snippet", Pattern.DOTALL)
                .matcher(Files.readString(THIS_FILE));
        while (m.find()) {
            snippets.put(m.group(1), dedent(m.group(2)).strip());
        }
        return snippets;
    }

    private static String dedent(String text) {
        String[] lines = text.split("\n", -1);
        int indent = Integer.MAX_VALUE;
        for (String line : lines) {
            if (!line.isBlank()) {
                indent = Math.min(indent, line.length() - line.stripLeading().length());
            }
        }
        StringBuilder b = new StringBuilder();
        for (String line : lines) {
            b.append(line.isBlank() ? "" : line.substring(indent)).append('\n');
        }
        return b.toString();
    }
}
