package io.github.pctransfers.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.pctransfers.client.errors.RateLimitException;
import io.github.pctransfers.client.errors.ServerException;
import io.github.pctransfers.client.errors.TransfersApiException;
import io.github.pctransfers.client.errors.TransportException;
import io.github.pctransfers.client.http.RetryPolicy;
import io.github.pctransfers.client.model.TransferAcceptance;
import io.github.pctransfers.client.model.TransferEntity;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One explicit retry policy. Waits go through a recording sleeper (nothing sleeps) except in the one test
 * that shows a real Retry-After wait.
 */
class RetryTest extends WireMockTestBase {

    private static final String ENTITY = "{\"id\":\"" + TRANSFER_ID + "\",\"status\":\"Active\"}";
    private static final String ACCEPT_RESULT = "{\"orders\":[],\"transferErrors\":[]}";

    private static ResponseDefinitionBuilder ok(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }

    /** The first request gets {@code first}; every later one gets {@code then}. */
    static void firstThen(Supplier<MappingBuilder> request, ResponseDefinitionBuilder first,
            ResponseDefinitionBuilder then) {
        SERVER.stubFor(request.get().inScenario("retry").whenScenarioStateIs(STARTED).willReturn(first)
                .willSetStateTo("answered"));
        SERVER.stubFor(request.get().inScenario("retry").whenScenarioStateIs("answered").willReturn(then));
    }

    private static List<String> sentRequestIds() {
        return requests().stream().map(r -> r.getHeader("MS-RequestId")).collect(Collectors.toList());
    }

    @Test
    void aPostThatMeetsAConnectionResetThenSucceedsCarriesTheSameRequestIdOnBothAttempts() {
        firstThen(() -> post(urlEqualTo(ACCEPT_PATH)), aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER),
                ok(ACCEPT_RESULT));
        try (TransfersClient client = clientBuilder().build()) {
            Response<?> response = client.acceptTransferWithResponse(CUSTOMER_ID, TRANSFER_ID, RequestOptions.none());

            assertThat(response.attempts()).isEqualTo(2);
            List<LoggedRequest> sent = requests();
            assertThat(sent).hasSize(2);
            assertThat(sentRequestIds()).containsOnly(response.requestId());
            assertThat(sent).extracting(r -> r.getHeader("MS-CorrelationId")).containsOnly(response.correlationId());
        }
    }

    @Test
    void aPatchRetriedAfterA503KeepsItsRequestIdAndBody() {
        firstThen(() -> any(urlEqualTo(TRANSFER_PATH)), aResponse().withStatus(503), ok(ENTITY));
        try (TransfersClient client = clientBuilder().build()) {
            client.rejectTransfer(CUSTOMER_ID, TRANSFER_ID);
        }
        List<LoggedRequest> sent = requests();
        assertThat(sent).hasSize(2).allSatisfy(r -> assertThat(r.getMethod().getName()).isEqualTo("PATCH"));
        assertThat(sentRequestIds()).containsOnly(sent.get(0).getHeader("MS-RequestId"));
        assertThat(sent.get(1).getBodyAsString()).isEqualTo(sent.get(0).getBodyAsString());
    }

    @Test
    void a429WithRetryAfterOneSecondAsksForAOneSecondWaitThenSucceeds() {
        firstThen(() -> get(urlEqualTo(TRANSFER_PATH)), aResponse().withStatus(429).withHeader("Retry-After", "1")
                .withHeader("Content-Type", "application/json")
                .withBody("{ \"statusCode\": 429, \"message\": \"Rate limit is exceeded. Try again in 1 seconds.\" }"),
                ok(ENTITY));
        try (TransfersClient client = clientBuilder().build()) {
            TransferEntity entity = client.getTransfer(CUSTOMER_ID, TRANSFER_ID);

            assertThat(entity.getId()).isEqualTo(TRANSFER_ID);
            assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(1));
            assertThat(requests()).hasSize(2);
        }
    }

    /** The one test that really waits: a 429 with {@code Retry-After: 1} holds the next attempt back about a second. */
    @Test
    void a429WithRetryAfterOneSecondReallyWaitsAboutASecond() {
        firstThen(() -> get(urlEqualTo(TRANSFER_PATH)), aResponse().withStatus(429).withHeader("Retry-After", "1"),
                ok(ENTITY));
        try (TransfersClient client = TransfersClient.builder().baseUrl(baseUrl()).accessToken(() -> TOKEN)
                .retryPolicy(fastRetries().build()).build()) {
            long started = System.nanoTime();
            client.getTransfer(CUSTOMER_ID, TRANSFER_ID);
            Duration elapsed = Duration.ofNanos(System.nanoTime() - started);

            assertThat(elapsed).isBetween(Duration.ofMillis(950), Duration.ofSeconds(10));
            List<LoggedRequest> sent = requests();
            Duration between = Duration.between(sent.get(0).getLoggedDate().toInstant(),
                    sent.get(1).getLoggedDate().toInstant());
            assertThat(between).isGreaterThanOrEqualTo(Duration.ofMillis(950));
        }
    }

    @Test
    void a503OnEveryAttemptEndsAfterTheConfiguredAttemptsWithTheServerExceptionAndItsRequestId() {
        SERVER.stubFor(get(urlEqualTo(TRANSFER_PATH)).willReturn(aResponse().withStatus(503)
                .withHeader("Content-Type", "text/html").withBody("<html><body>Service Unavailable</body></html>")));
        try (TransfersClient client = clientBuilder().retryPolicy(fastRetries().maxAttempts(3).build()).build()) {
            ServerException e = catchThrowableOfType(ServerException.class,
                    () -> client.getTransfer(CUSTOMER_ID, TRANSFER_ID));

            assertThat(e.statusCode()).isEqualTo(503);
            assertThat(requests()).hasSize(3);
            assertThat(sentRequestIds()).containsOnly(e.requestId());
            assertThat(e.getMessage()).contains(e.requestId());
            assertThat(e.rawBody()).contains("Service Unavailable");
            // Exponential backoff between the attempts: 100 ms, then 200 ms (no jitter in this policy).
            assertThat(sleeper.waits).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {408, 429, 500, 502, 503, 504})
    void theRetryableStatusesAreRetried(int status) {
        firstThen(() -> get(urlEqualTo(TRANSFER_PATH)), aResponse().withStatus(status), ok(ENTITY));
        try (TransfersClient client = clientBuilder().build()) {
            assertThat(client.getTransferWithResponse(CUSTOMER_ID, TRANSFER_ID, RequestOptions.none()).attempts())
                    .isEqualTo(2);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 403, 404, 409, 412, 418, 501, 505})
    void otherStatusesAreNotRetried(int status) {
        SERVER.stubFor(get(urlEqualTo(TRANSFER_PATH)).willReturn(aResponse().withStatus(status)));
        try (TransfersClient client = clientBuilder().build()) {
            TransfersApiException e = catchThrowableOfType(TransfersApiException.class,
                    () -> client.getTransfer(CUSTOMER_ID, TRANSFER_ID));
            assertThat(e.statusCode()).isEqualTo(status);
            assertThat(requests()).hasSize(1);
            assertThat(sleeper.waits).isEmpty();
        }
    }

    @Test
    void aReadTimeoutIsRetried() {
        // Generous numbers: the second attempt must not time out on a busy machine.
        firstThen(() -> get(urlEqualTo(TRANSFER_PATH)), ok(ENTITY).withFixedDelay(4000), ok(ENTITY));
        try (TransfersClient client = clientBuilder().readTimeout(Duration.ofMillis(1000)).build()) {
            assertThat(client.getTransferWithResponse(CUSTOMER_ID, TRANSFER_ID, RequestOptions.none()).attempts())
                    .isEqualTo(2);
        }
    }

    @Test
    void aRefusedConnectionIsRetriedAndEndsAsATransportException() throws Exception {
        int closedPort;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        try (TransfersClient client = clientBuilder().baseUrl("http://127.0.0.1:" + closedPort)
                .retryPolicy(fastRetries().maxAttempts(2).build()).build()) {
            TransportException e = catchThrowableOfType(TransportException.class,
                    () -> client.getTransfer(CUSTOMER_ID, TRANSFER_ID));
            assertThat(e.getMessage()).contains("ConnectException");
            assertThat(e.requestId()).isNotNull();
            assertThat(sleeper.waits).hasSize(1);
        }
    }

    @Test
    void retryAfterAsAnHttpDateIsHonoured() {
        MutableClock clock = new MutableClock(Instant.parse("2026-01-10T12:00:00Z"));
        String inSevenSeconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                ZonedDateTime.ofInstant(clock.instant().plusSeconds(7), ZoneOffset.UTC));
        firstThen(() -> get(urlEqualTo(TRANSFER_PATH)), aResponse().withStatus(503).withHeader("Retry-After", inSevenSeconds),
                ok(ENTITY));
        try (TransfersClient client = clientBuilder().clock(clock).build()) {
            client.getTransfer(CUSTOMER_ID, TRANSFER_ID);
        }
        assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void aLongRetryAfterIsCappedAtTheConfiguredMaximum() {
        firstThen(() -> get(urlEqualTo(TRANSFER_PATH)), aResponse().withStatus(429).withHeader("Retry-After", "3600"),
                ok(ENTITY));
        try (TransfersClient client = clientBuilder()
                .retryPolicy(fastRetries().maxRetryAfter(Duration.ofSeconds(20)).build()).build()) {
            client.getTransfer(CUSTOMER_ID, TRANSFER_ID);
        }
        assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(20));
    }

    @Test
    void rateLimitExceptionCarriesTheRetryAfterAskedFor() {
        SERVER.stubFor(get(urlEqualTo(TRANSFER_PATH)).willReturn(aResponse().withStatus(429)
                .withHeader("Retry-After", "57")));
        try (TransfersClient client = clientBuilder().retryPolicy(RetryPolicy.none()).build()) {
            RateLimitException e = catchThrowableOfType(RateLimitException.class,
                    () -> client.getTransfer(CUSTOMER_ID, TRANSFER_ID));
            assertThat(e.retryAfter()).contains(Duration.ofSeconds(57));
        }
    }

    @Test
    void noRetryStartsWhenItsWaitWouldOverrunTheTotalBudget() {
        MutableClock clock = new MutableClock(Instant.parse("2026-01-10T12:00:00Z"));
        SERVER.stubFor(get(urlEqualTo(TRANSFER_PATH)).willReturn(aResponse().withStatus(503)
                .withHeader("Retry-After", "4")));
        RetryPolicy policy = fastRetries().maxAttempts(10).totalBudget(Duration.ofSeconds(10)).build();
        try (TransfersClient client = clientBuilder().clock(clock).sleeper(sleeper.advancing(clock))
                .retryPolicy(policy).build()) {
            assertThatThrownBy(() -> client.getTransfer(CUSTOMER_ID, TRANSFER_ID)).isInstanceOf(ServerException.class);
        }
        // 0 s, 4 s, 8 s: a third wait would end at 12 s, past the 10 s budget.
        assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(4), Duration.ofSeconds(4));
        assertThat(requests()).hasSize(3);
    }

    @Test
    void backoffIsExponentialWithJitterBelowTheNominalWait() {
        SERVER.stubFor(get(urlEqualTo(TRANSFER_PATH)).willReturn(aResponse().withStatus(500)));
        RetryPolicy policy = RetryPolicy.builder().maxAttempts(5).initialBackoff(Duration.ofMillis(400))
                .maxBackoff(Duration.ofMillis(1000)).jitter(0.5).build();
        try (TransfersClient client = clientBuilder().retryPolicy(policy).build()) {
            assertThatThrownBy(() -> client.getTransfer(CUSTOMER_ID, TRANSFER_ID)).isInstanceOf(ServerException.class);
        }
        assertThat(sleeper.waits).hasSize(4);
        long[] nominal = {400, 800, 1000, 1000};
        for (int i = 0; i < nominal.length; i++) {
            assertThat(sleeper.waits.get(i).toMillis()).isBetween(nominal[i] / 2, nominal[i]);
        }
    }

    @Test
    void restrictedToIdempotentMethodsAPostIsNotRetriedButAGetIs() {
        SERVER.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(503)));
        RetryPolicy policy = fastRetries().retryOnlyIdempotentMethods(true).build();
        try (TransfersClient client = clientBuilder().retryPolicy(policy).build()) {
            assertThatThrownBy(() -> client.acceptTransfer(CUSTOMER_ID, TRANSFER_ID))
                    .isInstanceOf(ServerException.class);
            assertThat(requests()).hasSize(1);
            assertThatThrownBy(() -> client.rejectTransfer(CUSTOMER_ID, TRANSFER_ID))
                    .isInstanceOf(ServerException.class);
            assertThat(requests()).hasSize(2);

            SERVER.resetRequests();
            assertThatThrownBy(() -> client.getTransfer(CUSTOMER_ID, TRANSFER_ID)).isInstanceOf(ServerException.class);
            assertThat(requests()).hasSize(4);
            SERVER.resetRequests();
            assertThatThrownBy(() -> client.withdrawTransfer(CUSTOMER_ID, TRANSFER_ID))
                    .isInstanceOf(ServerException.class);
            assertThat(requests()).hasSize(4);
        }
    }

    @Test
    void byDefaultPostAndPatchAreRetriedBecauseTheRequestIdStaysTheSame() {
        firstThen(() -> post(urlEqualTo(ACCEPT_PATH)), aResponse().withStatus(502), ok(ACCEPT_RESULT));
        try (TransfersClient client = clientBuilder().build()) {
            TransferAcceptance acceptance = client.acceptTransfer(CUSTOMER_ID, TRANSFER_ID);
            assertThat(acceptance.hasFailures()).isFalse();
        }
        assertThat(sentRequestIds()).hasSize(2).containsOnly(sentRequestIds().get(0));
    }
}
