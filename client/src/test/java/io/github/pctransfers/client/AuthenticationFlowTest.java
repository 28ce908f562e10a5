package io.github.pctransfers.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.github.pctransfers.client.ClientSecretCredentialTest.TOKEN_PATH;
import static io.github.pctransfers.client.ClientSecretCredentialTest.tokenEndpointIssuesNumberedTokens;
import static io.github.pctransfers.client.ClientSecretCredentialTest.tokenJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.pctransfers.client.auth.ClientSecretCredential;
import io.github.pctransfers.client.errors.AuthenticationException;
import io.github.pctransfers.client.errors.TokenAcquisitionException;
import io.github.pctransfers.client.http.RetryPolicy;
import io.github.pctransfers.client.model.TransferEntity;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** End to end: the credential asked on every attempt, and a 401 answered by one refresh and one retry. */
class AuthenticationFlowTest extends WireMockTestBase {
    private static final String ENTITY = "{\"id\":\"" + TRANSFER_ID + "\",\"status\":\"Active\"}";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T08:00:00Z"));

    private ClientSecretCredential credential() {
        return ClientSecretCredential.builder().tenantId(ClientSecretCredentialTest.TENANT)
                .clientId(ClientSecretCredentialTest.CLIENT_ID).clientSecret(ClientSecretCredentialTest.SECRET)
                .authorityHost(baseUrl()).clock(clock).build();
    }

    private static void partnerCenterAccepts(String token) {
        SERVER.stubFor(get(urlEqualTo(TRANSFER_PATH)).withHeader("Authorization", equalTo("Bearer " + token))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(ENTITY)));
    }

    private static void partnerCenterRejects(String token) {
        SERVER.stubFor(get(urlEqualTo(TRANSFER_PATH)).withHeader("Authorization", equalTo("Bearer " + token))
                .willReturn(aResponse().withStatus(401).withHeader("WWW-Authenticate", "Bearer")
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"code\":800001,\"description\":\"Partner token missing\",\"source\":\"PartnerFD\"}")));
    }

    @Test
    void a401TriggersOneRefreshAndOneRetryWithTheSameRequestId() {
        tokenEndpointIssuesNumberedTokens(2);
        partnerCenterRejects("token-1");
        partnerCenterAccepts("token-2");
        try (ClientSecretCredential credential = credential();
                TransfersClient client = clientBuilder().credential(credential).build()) {
            Response<?> response = client.getTransferWithResponse(CUSTOMER_ID, TRANSFER_ID, RequestOptions.none());

            assertThat(response.attempts()).isEqualTo(2);
            List<LoggedRequest> calls = SERVER.findAll(getRequestedFor(urlEqualTo(TRANSFER_PATH)));
            assertThat(calls).extracting(r -> r.getHeader("Authorization"))
                    .containsExactly("Bearer token-1", "Bearer token-2");
            assertThat(calls).extracting(r -> r.getHeader("MS-RequestId")).containsOnly(response.requestId());
        }
        SERVER.verify(2, postRequestedFor(urlEqualTo(TOKEN_PATH)));
    }

    @Test
    void a401ThatArrivesAfterAnotherCallRefreshedReusesTheNewTokenInsteadOfRefreshingAgain() throws Exception {
        tokenEndpointIssuesNumberedTokens(3);
        String listPath = "/v1/customers/" + CUSTOMER_ID + "/transfers";
        // The get's 401 comes 600 ms late: by then the list has had its 401 and refreshed the token.
        SERVER.stubFor(get(urlEqualTo(TRANSFER_PATH)).withHeader("Authorization", equalTo("Bearer token-1"))
                .willReturn(aResponse().withStatus(401).withFixedDelay(600).withHeader("Content-Type", "application/json")
                        .withBody("{\"code\":800001,\"description\":\"Partner token missing\"}")));
        partnerCenterAccepts("token-2");
        SERVER.stubFor(get(urlEqualTo(listPath)).withHeader("Authorization", equalTo("Bearer token-1"))
                .willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                        .withBody("{\"code\":800001,\"description\":\"Partner token missing\"}")));
        SERVER.stubFor(get(urlEqualTo(listPath)).withHeader("Authorization", equalTo("Bearer token-2"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("[]")));
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (ClientSecretCredential credential = credential();
                TransfersClient client = clientBuilder().credential(credential).build()) {
            assertThat(credential.getToken(false).token()).isEqualTo("token-1");
            Future<Response<TransferEntity>> late = pool.submit(() -> client.getTransferWithResponse(CUSTOMER_ID,
                    TRANSFER_ID, RequestOptions.none()));
            Thread.sleep(100);

            assertThat(client.listTransfersWithResponse(CUSTOMER_ID, RequestOptions.none()).attempts()).isEqualTo(2);
            Response<TransferEntity> got = late.get(10, TimeUnit.SECONDS);

            assertThat(got.attempts()).isEqualTo(2);
            assertThat(SERVER.findAll(getRequestedFor(urlEqualTo(TRANSFER_PATH))))
                    .extracting(r -> r.getHeader("Authorization")).containsExactly("Bearer token-1", "Bearer token-2");
        } finally {
            pool.shutdownNow();
        }
        SERVER.verify(2, postRequestedFor(urlEqualTo(TOKEN_PATH)));
    }

    @Test
    void a401ThatPersistsAfterTheRefreshEndsWithAuthenticationExceptionAfterExactlyTwoAttempts() {
        tokenEndpointIssuesNumberedTokens(3);
        partnerCenterRejects("token-1");
        partnerCenterRejects("token-2");
        partnerCenterAccepts("token-3");
        try (ClientSecretCredential credential = credential();
                TransfersClient client = clientBuilder().credential(credential).build()) {
            AuthenticationException e = catchThrowableOfType(AuthenticationException.class,
                    () -> client.getTransfer(CUSTOMER_ID, TRANSFER_ID));

            assertThat(e.statusCode()).isEqualTo(401);
            assertThat(e.errorCode()).contains("800001");
            assertThat(e.header("WWW-Authenticate")).contains("Bearer");
        }
        SERVER.verify(2, getRequestedFor(urlEqualTo(TRANSFER_PATH)));
        SERVER.verify(2, postRequestedFor(urlEqualTo(TOKEN_PATH)));
    }

    @Test
    void aTokenThatExpiresMidRunIsRefreshedOnce() {
        tokenEndpointIssuesNumberedTokens(2);
        partnerCenterAccepts("token-1");
        partnerCenterAccepts("token-2");
        try (ClientSecretCredential credential = credential();
                TransfersClient client = clientBuilder().credential(credential).build()) {
            for (int minute = 0; minute < 90; minute += 10) {
                client.getTransfer(CUSTOMER_ID, TRANSFER_ID);
                clock.advance(Duration.ofMinutes(10));
            }
        }
        // Minutes 0..50 use token-1 (valid to 60, replaced from 55); 60..80 use token-2.
        assertThat(SERVER.findAll(getRequestedFor(urlEqualTo(TRANSFER_PATH))))
                .extracting(r -> r.getHeader("Authorization"))
                .containsExactly("Bearer token-1", "Bearer token-1", "Bearer token-1", "Bearer token-1",
                        "Bearer token-1", "Bearer token-1", "Bearer token-2", "Bearer token-2", "Bearer token-2");
        SERVER.verify(2, postRequestedFor(urlEqualTo(TOKEN_PATH)));
    }

    @Test
    void theTokenSupplierIsAskedOnEveryAttempt() {
        AtomicInteger asked = new AtomicInteger();
        SERVER.stubFor(get(urlEqualTo(TRANSFER_PATH)).inScenario("s").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
        SERVER.stubFor(get(urlEqualTo(TRANSFER_PATH)).inScenario("s").whenScenarioStateIs("up")
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(ENTITY)));
        try (TransfersClient client = clientBuilder().accessToken(() -> "token-" + asked.incrementAndGet()).build()) {
            client.getTransfer(CUSTOMER_ID, TRANSFER_ID);
        }
        assertThat(asked).hasValue(2);
        assertThat(SERVER.findAll(getRequestedFor(urlEqualTo(TRANSFER_PATH))))
                .extracting(r -> r.getHeader("Authorization")).containsExactly("Bearer token-1", "Bearer token-2");
    }

    @Test
    void aTransientTokenFailureIsRetriedEvenForAPostBecauseNothingWasSent() {
        SERVER.stubFor(post(urlEqualTo(TOKEN_PATH)).inScenario("t").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
        SERVER.stubFor(post(urlEqualTo(TOKEN_PATH)).inScenario("t").whenScenarioStateIs("up")
                .willReturn(aResponse().withStatus(200).withBody(tokenJson("token-1", 3600))));
        SERVER.stubFor(post(urlEqualTo(ACCEPT_PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"orders\":[]}")));
        RetryPolicy onlyIdempotent = fastRetries().retryOnlyIdempotentMethods(true).build();
        try (ClientSecretCredential credential = credential();
                TransfersClient client = clientBuilder().credential(credential).retryPolicy(onlyIdempotent).build()) {
            Response<?> response = client.acceptTransferWithResponse(CUSTOMER_ID, TRANSFER_ID, RequestOptions.none());
            assertThat(response.attempts()).isEqualTo(1);
        }
        SERVER.verify(1, postRequestedFor(urlEqualTo(ACCEPT_PATH)));
        SERVER.verify(2, postRequestedFor(urlEqualTo(TOKEN_PATH)));
        assertThat(sleeper.waits).hasSize(1);
    }

    @Test
    void aRefusedCredentialSendsNothingToPartnerCenterAndNamesTheCall() {
        SERVER.stubFor(post(urlEqualTo(TOKEN_PATH)).willReturn(aResponse().withStatus(400)
                .withBody("{\"error\":\"unauthorized_client\",\"error_description\":\"AADSTS700016: app not found\"}")));
        try (ClientSecretCredential credential = credential();
                TransfersClient client = clientBuilder().credential(credential).build()) {
            TokenAcquisitionException e = catchThrowableOfType(TokenAcquisitionException.class,
                    () -> client.getTransfer(CUSTOMER_ID, TRANSFER_ID));
            assertThat(e.error()).contains("unauthorized_client");
            assertThat(e.requestId()).isNotNull();
        }
        SERVER.verify(0, getRequestedFor(urlEqualTo(TRANSFER_PATH)));
        SERVER.verify(1, postRequestedFor(urlEqualTo(TOKEN_PATH)));
    }

    @Test
    void aTokenSupplierThatFailsGivesATokenAcquisitionExceptionWithoutItsMessage() {
        try (TransfersClient client = clientBuilder()
                .accessToken(() -> { throw new IllegalStateException("vault said: secret-value-123"); }).build()) {
            TokenAcquisitionException e = catchThrowableOfType(TokenAcquisitionException.class,
                    () -> client.getTransfer(CUSTOMER_ID, TRANSFER_ID));
            assertThat(e.getMessage()).contains("IllegalStateException").doesNotContain("secret-value-123");
        }
        assertThat(requests()).isEmpty();
    }
}
