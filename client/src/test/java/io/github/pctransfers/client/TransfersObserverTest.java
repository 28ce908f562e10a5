package io.github.pctransfers.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import io.github.pctransfers.client.auth.AccessToken;
import io.github.pctransfers.client.auth.ClientSecretCredential;
import io.github.pctransfers.client.errors.NotFoundException;
import io.github.pctransfers.client.errors.TokenAcquisitionException;
import io.github.pctransfers.client.observability.AttemptEnd;
import io.github.pctransfers.client.observability.CallEnd;
import io.github.pctransfers.client.observability.CallStart;
import io.github.pctransfers.client.observability.Retry;
import io.github.pctransfers.client.observability.Throttle;
import io.github.pctransfers.client.observability.TokenRefresh;
import io.github.pctransfers.client.observability.TransfersObserver;
import io.github.pctransfers.client.observability.WebhookDelivery;
import io.github.pctransfers.client.webhooks.WebhookReceiver;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** What a {@link TransfersObserver} is told, in order, and that it can neither break a call nor see a secret. */
class TransfersObserverTest extends WireMockTestBase {
    private static final String ENTITY = "{\"id\":\"" + TRANSFER_ID + "\",\"status\":\"Active\"}";
    private static final String CORRELATION_ID = "5f0e6f2b-0c1d-4d55-9b7a-2f7f0a7b1c3e";

    private static ResponseDefinitionBuilder ok() {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(ENTITY);
    }

    /** Each event as one line, without durations; the per-call state is the CallStart, to show it comes back. */
    static final class RecordingObserver implements TransfersObserver<CallStart> {
        final List<String> lines = new CopyOnWriteArrayList<>();
        final AtomicReference<CallStart> started = new AtomicReference<>();
        final AtomicReference<CallEnd> ended = new AtomicReference<>();
        volatile String correlationId;

        @Override
        public String correlationId() {
            return correlationId;
        }

        @Override
        public CallStart callStarted(CallStart call) {
            started.set(call);
            lines.add("start " + call.operation() + " " + call.httpMethod() + " " + call.pathTemplate() + " "
                    + call.serverAddress() + ":" + call.serverPort());
            return call;
        }

        @Override
        public void attemptEnded(CallStart call, AttemptEnd a) {
            lines.add("attempt " + a.number() + (a.resendAfterUnauthorized() ? " resend " : " ") + a.outcome() + " "
                    + a.statusCode() + " " + a.errorCode().orElse("-") + " " + a.exceptionType().orElse("-")
                    + same(call));
        }

        @Override
        public void throttled(CallStart call, Throttle t) {
            lines.add("throttled " + t.attempt() + " " + t.retryAfter().map(Duration::toString).orElse("-") + same(call));
        }

        @Override
        public void retryScheduled(CallStart call, Retry r) {
            lines.add("retry " + r.failedAttempt() + " " + r.reason() + " " + r.statusCode() + " " + r.backoff() + " "
                    + r.retryAfter().map(Duration::toString).orElse("-") + same(call));
        }

        @Override
        public void tokenRefreshed(CallStart call, TokenRefresh t) {
            lines.add("token " + t.reason() + " " + t.outcome() + same(call));
        }

        @Override
        public void callEnded(CallStart call, CallEnd e) {
            ended.set(e);
            lines.add("end " + e.outcome() + " " + e.statusCode() + " " + e.errorCode().orElse("-") + " "
                    + e.exceptionType().orElse("-") + " attempts=" + e.attempts() + same(call));
        }

        @Override
        public void webhookReceived(WebhookDelivery delivery) {
            lines.add("webhook " + (delivery.accepted() ? "accepted " + delivery.eventName().orElse("?")
                    : "rejected " + delivery.rejectionReason().orElse("?")) + " " + delivery.bodyBytes());
        }

        private String same(CallStart call) {
            return call == started.get() ? "" : " (another call's state!)";
        }
    }

    @Test
    void aCallRetriedAfterA503IsToldAsStartTwoAttemptsOneRetryAndEndWithItsIds() {
        RetryTest.firstThen(() -> get(urlEqualTo(TRANSFER_PATH)), aResponse().withStatus(503), ok());
        RecordingObserver observer = new RecordingObserver();
        try (TransfersClient client = clientBuilder().observer(observer).build()) {
            Response<?> response = client.getTransferWithResponse(CUSTOMER_ID, TRANSFER_ID, RequestOptions.none());

            assertThat(observer.lines).containsExactly(
                    "start getTransfer GET /v1/customers/{customer-id}/transfers/{transfer-id} 127.0.0.1:"
                            + SERVER.port(),
                    "attempt 1 SERVER_ERROR 503 - ServerException",
                    "retry 1 SERVER_ERROR 503 PT0.1S -",
                    "attempt 2 SUCCESS 200 - -",
                    "end SUCCESS 200 - - attempts=2");
            CallStart start = observer.started.get();
            assertThat(start.requestId()).isEqualTo(response.requestId());
            assertThat(start.correlationId()).isEqualTo(response.correlationId());
            assertThat(start.customerId()).contains(CUSTOMER_ID);
            assertThat(start.transferId()).contains(TRANSFER_ID);
            CallEnd end = observer.ended.get();
            assertThat(end.requestId()).isEqualTo(requests().get(0).getHeader("MS-RequestId"));
            assertThat(end.correlationId()).isEqualTo(requests().get(1).getHeader("MS-CorrelationId"));
            assertThat(end.duration()).isPositive();
        }
    }

    @Test
    void a429IsToldAsAThrottleWithItsRetryAfterAndARetryThatWaitsIt() {
        RetryTest.firstThen(() -> get(urlEqualTo(TRANSFER_PATH)),
                aResponse().withStatus(429).withHeader("Retry-After", "3"), ok());
        RecordingObserver observer = new RecordingObserver();
        try (TransfersClient client = clientBuilder().observer(observer).build()) {
            client.getTransfer(CUSTOMER_ID, TRANSFER_ID);
        }
        assertThat(observer.lines).containsSubsequence(
                "attempt 1 THROTTLED 429 - RateLimitException",
                "throttled 1 PT3S",
                "retry 1 THROTTLED 429 PT3S PT3S",
                "attempt 2 SUCCESS 200 - -",
                "end SUCCESS 200 - - attempts=2");
    }

    @Test
    void aFailedCallEndsWithItsStatusPartnerCenterErrorCodeAndExceptionType() {
        SERVER.stubFor(get(urlEqualTo(TRANSFER_PATH)).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"code\":900100,\"description\":\"Transfer id not found\",\"source\":\"PartnerFD\"}")));
        RecordingObserver observer = new RecordingObserver();
        try (TransfersClient client = clientBuilder().observer(observer).build()) {
            assertThatThrownBy(() -> client.getTransfer(CUSTOMER_ID, TRANSFER_ID))
                    .isInstanceOf(NotFoundException.class);
        }
        assertThat(observer.lines).endsWith(
                "attempt 1 CLIENT_ERROR 404 900100 NotFoundException",
                "end CLIENT_ERROR 404 900100 NotFoundException attempts=1");
    }

    @Test
    void aConnectionResetIsToldAsATransportErrorAndItsRetry() {
        RetryTest.firstThen(() -> get(urlEqualTo(TRANSFER_PATH)),
                aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), ok());
        RecordingObserver observer = new RecordingObserver();
        try (TransfersClient client = clientBuilder().observer(observer).build()) {
            client.getTransfer(CUSTOMER_ID, TRANSFER_ID);
        }
        assertThat(observer.lines).containsSubsequence(
                "attempt 1 TRANSPORT_ERROR 0 - TransportException",
                "retry 1 TRANSPORT_ERROR 0 PT0.1S -",
                "end SUCCESS 200 - - attempts=2");
    }

    @Test
    void a401IsToldAsATokenRefreshAndTheResend() {
        SERVER.stubFor(get(urlEqualTo(TRANSFER_PATH)).withHeader("Authorization", equalTo("Bearer token-1"))
                .willReturn(aResponse().withStatus(401).withHeader("WWW-Authenticate", "Bearer")));
        SERVER.stubFor(get(urlEqualTo(TRANSFER_PATH)).withHeader("Authorization", equalTo("Bearer token-2"))
                .willReturn(ok()));
        RecordingObserver observer = new RecordingObserver();
        Instant expiry = Instant.now().plus(Duration.ofHours(1));
        try (TransfersClient client = clientBuilder()
                .credential(forceRefresh -> new AccessToken(forceRefresh ? "token-2" : "token-1", expiry))
                .observer(observer).build()) {
            client.getTransfer(CUSTOMER_ID, TRANSFER_ID);
        }
        assertThat(observer.lines).containsExactly(
                "start getTransfer GET /v1/customers/{customer-id}/transfers/{transfer-id} 127.0.0.1:"
                        + SERVER.port(),
                "attempt 1 CLIENT_ERROR 401 - AuthenticationException",
                "token UNAUTHORIZED REFRESHED",
                "attempt 2 resend SUCCESS 200 - -",
                "end SUCCESS 200 - - attempts=2");
        assertThat(String.join("\n", observer.lines)).doesNotContain("token-1").doesNotContain("token-2");
    }

    @Test
    void aTokenTheCredentialRefreshesAheadOfExpiryIsToldOnceAsAProactiveRefreshAndTheFirstTokenIsNot() {
        ClientSecretCredentialTest.tokenEndpointIssuesNumberedTokens(2);
        SERVER.stubFor(get(urlEqualTo(TRANSFER_PATH)).willReturn(ok()));
        MutableClock clock = new MutableClock(Instant.parse("2026-03-01T08:00:00Z"));
        RecordingObserver observer = new RecordingObserver();
        try (ClientSecretCredential credential = ClientSecretCredential.builder()
                .tenantId(ClientSecretCredentialTest.TENANT).clientId(ClientSecretCredentialTest.CLIENT_ID)
                .clientSecret(ClientSecretCredentialTest.SECRET).authorityHost(baseUrl()).clock(clock).build();
                TransfersClient client = clientBuilder().credential(credential).observer(observer).build()) {
            client.getTransfer(CUSTOMER_ID, TRANSFER_ID); // fetches token-1: a first token, no refresh
            client.getTransfer(CUSTOMER_ID, TRANSFER_ID);
            // token-1 lives an hour and is replaced 5 minutes before it expires: this call's attempt fetches token-2.
            clock.advance(Duration.ofMinutes(56));
            observer.lines.clear();
            client.getTransfer(CUSTOMER_ID, TRANSFER_ID);
            client.getTransfer(CUSTOMER_ID, TRANSFER_ID);
        }
        assertThat(SERVER.findAll(getRequestedFor(urlEqualTo(TRANSFER_PATH))))
                .extracting(r -> r.getHeader("Authorization"))
                .containsExactly("Bearer token-1", "Bearer token-1", "Bearer token-2", "Bearer token-2");
        assertThat(observer.lines).containsExactly(
                "start getTransfer GET /v1/customers/{customer-id}/transfers/{transfer-id} 127.0.0.1:"
                        + SERVER.port(),
                "token PROACTIVE REFRESHED",
                "attempt 1 SUCCESS 200 - -",
                "end SUCCESS 200 - - attempts=1",
                "start getTransfer GET /v1/customers/{customer-id}/transfers/{transfer-id} 127.0.0.1:"
                        + SERVER.port(),
                "attempt 1 SUCCESS 200 - -",
                "end SUCCESS 200 - - attempts=1");
        assertThat(String.join("\n", observer.lines)).doesNotContain("token-1").doesNotContain("token-2");
    }

    @Test
    void aSuppliedTokenThatChangesIsARefreshAndASupplierThatThenFailsIsAFailedOne() {
        SERVER.stubFor(get(urlEqualTo(TRANSFER_PATH)).willReturn(ok()));
        AtomicReference<String> token = new AtomicReference<>("supplied-1");
        RecordingObserver observer = new RecordingObserver();
        try (TransfersClient client = clientBuilder().accessToken(() -> {
            if (token.get() == null) {
                throw new IllegalStateException("vault unreachable");
            }
            return token.get();
        }).observer(observer).build()) {
            client.getTransfer(CUSTOMER_ID, TRANSFER_ID);
            token.set("supplied-2");
            client.getTransfer(CUSTOMER_ID, TRANSFER_ID);
            token.set(null);
            assertThatThrownBy(() -> client.getTransfer(CUSTOMER_ID, TRANSFER_ID))
                    .isInstanceOf(TokenAcquisitionException.class);
        }
        assertThat(observer.lines).filteredOn(l -> l.startsWith("token ")).containsExactly(
                "token PROACTIVE REFRESHED", "token PROACTIVE FAILED");
        assertThat(observer.lines).endsWith("token PROACTIVE FAILED",
                "attempt 1 TOKEN_ERROR 0 - TokenAcquisitionException",
                "end TOKEN_ERROR 0 - TokenAcquisitionException attempts=1");
    }

    @Test
    void aRefreshAfterA401IsNotToldAgainAsTheCredentialsOwnWhenTheNextCallUsesThatToken() {
        ClientSecretCredentialTest.tokenEndpointIssuesNumberedTokens(2);
        SERVER.stubFor(get(urlEqualTo(TRANSFER_PATH)).withHeader("Authorization", equalTo("Bearer token-1"))
                .willReturn(aResponse().withStatus(401).withHeader("WWW-Authenticate", "Bearer")));
        SERVER.stubFor(get(urlEqualTo(TRANSFER_PATH)).withHeader("Authorization", equalTo("Bearer token-2"))
                .willReturn(ok()));
        RecordingObserver observer = new RecordingObserver();
        try (ClientSecretCredential credential = ClientSecretCredential.builder()
                .tenantId(ClientSecretCredentialTest.TENANT).clientId(ClientSecretCredentialTest.CLIENT_ID)
                .clientSecret(ClientSecretCredentialTest.SECRET).authorityHost(baseUrl()).build();
                TransfersClient client = clientBuilder().credential(credential).observer(observer).build()) {
            client.getTransfer(CUSTOMER_ID, TRANSFER_ID);
            client.getTransfer(CUSTOMER_ID, TRANSFER_ID);
        }
        assertThat(observer.lines).filteredOn(l -> l.startsWith("token ")).containsExactly(
                "token UNAUTHORIZED REFRESHED");
    }

    @Test
    void theObserversCorrelationIdIsSentWhenTheCallerGivesNoneAndTheCallersWinsOtherwise() {
        SERVER.stubFor(get(urlEqualTo(TRANSFER_PATH)).willReturn(ok()));
        RecordingObserver observer = new RecordingObserver();
        observer.correlationId = CORRELATION_ID;
        String callers = "0b3c4d5e-6f70-4182-93a4-b5c6d7e8f901";
        try (TransfersClient client = clientBuilder().observer(observer).build()) {
            client.getTransfer(CUSTOMER_ID, TRANSFER_ID);
            assertThat(observer.started.get().correlationId()).isEqualTo(CORRELATION_ID);
            client.getTransfer(CUSTOMER_ID, TRANSFER_ID, RequestOptions.builder().correlationId(callers).build());
        }
        assertThat(requests()).extracting(r -> r.getHeader("MS-CorrelationId"))
                .containsExactlyInAnyOrder(CORRELATION_ID, callers);
    }

    @Test
    void aCorrelationIdThatIsNotAGuidIsIgnoredForARandomOne() {
        SERVER.stubFor(get(urlEqualTo(TRANSFER_PATH)).willReturn(ok()));
        RecordingObserver observer = new RecordingObserver();
        observer.correlationId = "not a guid\r\nX-Injected: 1";
        try (LogCapture log = new LogCapture();
                TransfersClient client = clientBuilder().observer(observer).build()) {
            client.getTransfer(CUSTOMER_ID, TRANSFER_ID);

            String sent = requests().get(0).getHeader("MS-CorrelationId");
            assertThat(sent).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
            assertThat(requests().get(0).getHeader("X-Injected")).isNull();
            assertThat(log.all()).contains("WARN").contains("not a GUID").doesNotContain("not a guid");
        }
    }

    @Test
    void aWebhookReceiverWithTheObserverTellsItOfARejectedDeliveryAndWhy() {
        RecordingObserver observer = new RecordingObserver();
        WebhookReceiver receiver = WebhookReceiver.builder().observer(observer).build();
        byte[] body = "{\"EventName\":\"complete-transfer\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);

        assertThat(receiver.receive(java.util.Map.of(), body).isAccepted()).isFalse();

        assertThat(observer.lines).containsExactly("webhook rejected MISSING_HEADER " + body.length);
    }

    /** Throws from every method, with a message holding a secret, to show neither reaches the call or the log. */
    static final class ThrowingObserver implements TransfersObserver<Object> {
        @Override
        public String correlationId() {
            throw new IllegalStateException("secret-in-observer-message");
        }

        @Override
        public Object callStarted(CallStart call) {
            throw new IllegalStateException("secret-in-observer-message");
        }

        @Override
        public void attemptEnded(Object call, AttemptEnd attempt) {
            throw new IllegalStateException("secret-in-observer-message");
        }

        @Override
        public void retryScheduled(Object call, Retry retry) {
            throw new IllegalStateException("secret-in-observer-message");
        }

        @Override
        public void tokenRefreshed(Object call, TokenRefresh refresh) {
            throw new IllegalStateException("secret-in-observer-message");
        }

        @Override
        public void callEnded(Object call, CallEnd end) {
            throw new IllegalStateException("secret-in-observer-message");
        }
    }

    @Test
    void anObserverThatThrowsNeverBreaksACallAndIsLoggedOnceAtWarnWithoutItsMessage() {
        RetryTest.firstThen(() -> get(urlEqualTo(TRANSFER_PATH)), aResponse().withStatus(503), ok());
        AtomicReference<String> token = new AtomicReference<>(TOKEN);
        try (LogCapture log = new LogCapture();
                TransfersClient client = clientBuilder().accessToken(token::get).observer(new ThrowingObserver())
                        .build()) {
            assertThat(client.getTransfer(CUSTOMER_ID, TRANSFER_ID).getId()).isEqualTo(TRANSFER_ID);
            token.set(TOKEN + "-refreshed"); // a refresh the throwing tokenRefreshed is told of
            client.getTransfer(CUSTOMER_ID, TRANSFER_ID);

            List<String> warnings = log.lines().stream().filter(l -> l.contains(" WARN ")).collect(
                    java.util.stream.Collectors.toList());
            assertThat(warnings).hasSize(1);
            assertThat(warnings.get(0)).contains(ThrowingObserver.class.getName())
                    .contains("IllegalStateException");
            assertThat(log.all()).doesNotContain("secret-in-observer-message").doesNotContain(TOKEN);
        }
    }
}
