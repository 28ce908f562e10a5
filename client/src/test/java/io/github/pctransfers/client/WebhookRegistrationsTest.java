package io.github.pctransfers.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.pctransfers.client.errors.RateLimitException;
import io.github.pctransfers.client.http.RetryPolicy;
import io.github.pctransfers.client.model.TransferEntity;
import io.github.pctransfers.client.model.TransferIds;
import io.github.pctransfers.client.model.WebhookRegistration;
import io.github.pctransfers.client.model.WebhookRegistrationRequest;
import io.github.pctransfers.client.model.WebhookRegistrationRequests;
import io.github.pctransfers.client.model.WebhookValidationEventStatus;
import io.github.pctransfers.client.webhooks.ResourceChangeEvent;
import io.github.pctransfers.client.webhooks.WebhookReceiver;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The webhook registration calls ({@link TransfersClient#webhooks()}) against WireMock answering with the authored
 * example cases of the spec ({@code openapi/examples/authored-*-webhook-*}): the request each call sends (method,
 * path, body, ids, token) is the documented one, the value read back is the documented body; and they share the
 * transfer calls' retries and typed errors. Also {@link TransfersClient#getTransfer(ResourceChangeEvent)}.
 */
class WebhookRegistrationsTest extends WireMockTestBase {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One documented exchange: stubbed as the response, and the request the call must send. */
    private static final class Example {
        final String method;
        final String path;
        final String requestId;
        final String correlationId;
        final String requestBody;

        Example(String name) {
            String base = Fixtures.DOCUMENTED + name + "/";
            String[] parts = Fixtures.text(base + "request.http").split("\r?\n\r?\n", 2);
            String[] head = parts[0].split("\r?\n");
            String[] requestLine = head[0].split(" ");
            this.method = requestLine[0];
            this.path = requestLine[1];
            this.requestBody = parts.length > 1 && !parts[1].isBlank() ? parts[1] : null;
            this.requestId = header(head, "MS-RequestId");
            this.correlationId = header(head, "MS-CorrelationId");
            Fixtures.HttpResponseFixture response = Fixtures.response(base + "response.http");
            ResponseDefinitionBuilder stub = aResponse().withStatus(response.status).withBody(response.body);
            response.headers.forEach(stub::withHeader);
            SERVER.stubFor(any(urlEqualTo(path)).willReturn(stub));
        }

        RequestOptions options() {
            return RequestOptions.builder().requestId(requestId).correlationId(correlationId).build();
        }

        /** The one request the server received is the documented one. */
        void assertSent() throws Exception {
            List<LoggedRequest> sent = requests();
            assertThat(sent).hasSize(1);
            LoggedRequest request = sent.get(0);
            assertThat(request.getMethod().getName()).isEqualTo(method);
            assertThat(request.getUrl()).isEqualTo(path);
            assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + TOKEN);
            assertThat(request.getHeader("MS-RequestId")).isEqualTo(requestId);
            assertThat(request.getHeader("MS-CorrelationId")).isEqualTo(correlationId);
            if (requestBody == null) {
                assertThat(request.getBodyAsString()).isEmpty();
            } else {
                assertThat(JSON.readTree(request.getBodyAsString())).isEqualTo(JSON.readTree(requestBody));
            }
        }

        private static String header(String[] head, String name) {
            for (String line : head) {
                if (line.regionMatches(true, 0, name + ":", 0, name.length() + 1)) {
                    return line.substring(name.length() + 1).trim();
                }
            }
            return null;
        }
    }

    private static JsonNode documentedResponse(String name) throws Exception {
        return JSON.readTree(Fixtures.response(Fixtures.DOCUMENTED + name + "/response.http").body);
    }

    private static <T> T requestBody(Example example, Class<T> type) throws Exception {
        return JSON.readValue(example.requestBody, type);
    }

    @Test
    void listEventsReadsTheBareArray() throws Exception {
        Example example = new Example("authored-list-webhook-events-200");

        try (TransfersClient client = clientBuilder().build()) {
            List<String> events = client.webhooks().listEvents(example.options());

            assertThat(events).contains("create-transfer", "update-transfer", "complete-transfer", "fail-transfer",
                    "test-created");
            assertThat((JsonNode) JSON.valueToTree(events)).isEqualTo(documentedResponse("authored-list-webhook-events-200"));
        }
        example.assertSent();
    }

    @Test
    void createRegistrationSendsTheBuiltRequestAndReadsTheRegistration() throws Exception {
        Example example = new Example("authored-create-webhook-registration-200");
        WebhookRegistrationRequest registration = WebhookRegistrationRequests.builder()
                .webhookUrl("https://webhooks.fabrikam-partner.example/partner-center/events")
                .event("create-transfer").event("update-transfer").event("complete-transfer").event("fail-transfer")
                .build();

        try (TransfersClient client = clientBuilder().build()) {
            Response<WebhookRegistration> response = client.webhooks()
                    .createRegistrationWithResponse(registration, example.options());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.requestId()).isEqualTo(example.requestId);
            assertThat(response.value().getSubscriberId()).isEqualTo("4b5a8d3c-1f2e-4c6b-9a7d-2e3f4a5b6c7d");
            assertThat(response.value().getWebhookEvents()).hasSize(4);
        }
        example.assertSent();
    }

    @Test
    void getRegistrationReadsTheRegistration() throws Exception {
        Example example = new Example("authored-get-webhook-registration-200");

        try (TransfersClient client = clientBuilder().build()) {
            WebhookRegistration registration = client.webhooks().getRegistration(example.options());

            assertThat(registration.getWebhookUrl())
                    .hasToString("https://webhooks.fabrikam-partner.example/partner-center/events");
        }
        example.assertSent();
    }

    @Test
    void updateRegistrationReplacesIt() throws Exception {
        Example example = new Example("authored-update-webhook-registration-200");
        WebhookRegistrationRequest replacement = requestBody(example, WebhookRegistrationRequest.class);

        try (TransfersClient client = clientBuilder().build()) {
            WebhookRegistration registration = client.webhooks().updateRegistration(replacement, example.options());

            assertThat(registration.getSignatureTokenToMsSignatureHeader()).isTrue();
            assertThat(registration.getWebhookEvents()).contains("test-created");
        }
        example.assertSent();
    }

    @Test
    void sendTestEventAnswersTheCorrelationIdAndGetTestEventTheAttempts() throws Exception {
        Example send = new Example("authored-create-webhook-validation-event-200");

        String correlationId;
        try (TransfersClient client = clientBuilder().build()) {
            correlationId = client.webhooks().sendTestEvent(send.options()).getCorrelationId();
        }
        send.assertSent();
        SERVER.resetAll();
        Example read = new Example("authored-get-webhook-validation-event-200");
        try (TransfersClient client = clientBuilder().build()) {
            WebhookValidationEventStatus status = client.webhooks().getTestEvent(correlationId, read.options());

            assertThat(status.getStatus()).isEqualTo("completed");
            assertThat(status.getEvents()).hasSize(1);
            assertThat(status.getEvents().get(0).getDateTimeUtc()).isEqualTo("2024-12-05T10:41:22.13");
        }
        read.assertSent();
    }

    @Test
    void aThrottledTestEventIsARateLimitExceptionWithItsRetryAfter() {
        Example example = new Example("authored-create-webhook-validation-event-429-throttled");

        RateLimitException e;
        try (TransfersClient client = clientBuilder().retryPolicy(RetryPolicy.none()).build()) {
            e = catchThrowableOfType(RateLimitException.class, () -> client.webhooks().sendTestEvent(example.options()));
        }

        assertThat(e).isNotNull();
        assertThat(e.retryAfter()).contains(Duration.ofSeconds(42));
        assertThat(e.requestId()).isEqualTo(example.requestId);
    }

    @Test
    void aReadIsRetriedWithTheSameRequestId() {
        SERVER.stubFor(get(urlEqualTo("/webhooks/v1/registration")).inScenario("retry").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("recovered"));
        SERVER.stubFor(get(urlEqualTo("/webhooks/v1/registration")).inScenario("retry")
                .whenScenarioStateIs("recovered").willReturn(aResponse().withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"subscriberId\":\"s\",\"webhookUrl\":\"https://x.example/h\",\"webhookEvents\":[]}")));

        try (TransfersClient client = clientBuilder().build()) {
            Response<WebhookRegistration> response = client.webhooks().getRegistrationWithResponse(RequestOptions.none());

            assertThat(response.attempts()).isEqualTo(2);
            assertThat(requests()).extracting(r -> r.getHeader("MS-RequestId")).containsOnly(response.requestId());
        }
    }

    @Test
    void badArgumentsAreRefusedBeforeAnythingIsSent() {
        try (TransfersClient client = clientBuilder().build()) {
            assertThatThrownBy(() -> client.webhooks().getTestEvent("not-a-guid"))
                    .isInstanceOf(TransferIds.InvalidIdException.class);
            assertThatThrownBy(() -> client.webhooks().createRegistration(WebhookRegistrationRequest.builder().build()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nothing was sent");
        }
        assertThatThrownBy(() -> WebhookRegistrationRequests.builder().webhookUrl("http://partner.example/hook")
                .event("create-transfer").build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("https");
        assertThatThrownBy(() -> WebhookRegistrationRequests.builder().webhookUrl("https://partner.example/hook")
                .build()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("event");
        assertThat(WebhookRegistrationRequests.builder().webhookUrl("http://127.0.0.1:9000/hook").event("test-created")
                .signatureInMsSignatureHeader(true).build().getSignatureTokenToMsSignatureHeader()).isTrue();
        assertThat(requests()).isEmpty();
    }

    @Test
    void getTransferOfAnEventReadsTheTransferItNames() {
        ResourceChangeEvent event = WebhookReceiver.parseWithoutVerifying(
                Fixtures.text("fixtures/webhook-deliveries/real-create-transfer/body.json").getBytes()).event();
        String path = "/v1/customers/" + event.customerId().get() + "/transfers/" + event.transferId().get();
        SERVER.stubFor(get(urlEqualTo(path)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"id\":\"" + event.transferId().get() + "\",\"status\":\"Active\"}")));

        try (TransfersClient client = clientBuilder().build()) {
            TransferEntity transfer = client.getTransfer(event);

            assertThat(transfer.getId()).isEqualTo(event.transferId().get());
        }
        assertThat(requests()).extracting(LoggedRequest::getUrl).containsExactly(path);
    }

    @Test
    void getTransferOfAnEventWithoutATransferIsRefused() {
        ResourceChangeEvent testCreated = WebhookReceiver.parseWithoutVerifying(
                Fixtures.text("fixtures/webhook-deliveries/test-created/body.json").getBytes()).event();
        ResourceChangeEvent noTransferId = WebhookReceiver.parseWithoutVerifying(
                Fixtures.text("fixtures/webhook-deliveries/create-transfer-without-audit-uri/body.json").getBytes())
                .event();

        try (TransfersClient client = clientBuilder().build()) {
            assertThatThrownBy(() -> client.getTransfer(testCreated)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("not a transfer event");
            assertThatThrownBy(() -> client.getTransfer(noTransferId)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("no transfer id");
        }
        assertThat(requests()).isEmpty();
    }
}
