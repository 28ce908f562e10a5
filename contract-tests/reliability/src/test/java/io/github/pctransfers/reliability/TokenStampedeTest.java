package io.github.pctransfers.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.Slf4jNotifier;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.pctransfers.client.RequestOptions;
import io.github.pctransfers.client.Response;
import io.github.pctransfers.client.TransfersClient;
import io.github.pctransfers.client.auth.ClientSecretCredential;
import io.github.pctransfers.client.model.TransferEntity;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The 401 stampede: 16 threads share one client whose cached token Partner Center has revoked. All 16
 * send at the same instant and all get 401; the client refreshes once (one request to the token endpoint, after
 * the initial one) and every call succeeds with the new token.
 */
@Order(3)
@Timeout(60)
class TokenStampedeTest {
    static final String TENANT = "9c2d1bd4-1a3e-4c5f-8b0e-2f7b1d3e4a56";
    static final String CLIENT_ID = "0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b";
    static final String TOKEN_PATH = "/" + TENANT + "/oauth2/v2.0/token";
    static final String CUSTOMER = "b67f0b00-f9e8-4c57-bcb5-0b8b95c6ccf0";
    static final String REVOKED = Canary.TOKEN + "-revoked";
    static final String FRESH = Canary.TOKEN + "-fresh";
    static final int THREADS = 16;

    static String tokenJson(String token) {
        return "{\"token_type\":\"Bearer\",\"expires_in\":3600,\"ext_expires_in\":3600,\"access_token\":\""
                + token + "\"}";
    }

    @Test
    void sixteenCallsThatGet401AtOnceShareOneTokenRefreshAndAllSucceed() throws Exception {
        WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort()
                .notifier(new Slf4jNotifier(false)).containerThreads(64));
        server.start();
        // The token endpoint takes 200 ms, as Entra may: every stalled caller is waiting while it runs.
        server.stubFor(post(urlEqualTo(TOKEN_PATH)).inScenario("tokens").whenScenarioStateIs(STARTED)
                .willSetStateTo("revoked issued").willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody(tokenJson(REVOKED))));
        server.stubFor(post(urlEqualTo(TOKEN_PATH)).inScenario("tokens").whenScenarioStateIs("revoked issued")
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withFixedDelay(200)
                        .withBody(tokenJson(FRESH))));
        String list = "/v1/customers/" + CUSTOMER + "/transfers";
        // The 401 is held 100 ms so that all 16 requests are in flight before the first 401 arrives.
        server.stubFor(get(urlPathEqualTo(list)).withHeader("Authorization", equalTo("Bearer " + REVOKED))
                .willReturn(aResponse().withStatus(401).withFixedDelay(100)
                        .withHeader("Content-Type", "application/json; charset=utf-8")
                        .withBody("{\"code\":800001,\"description\":\"Partner token missing\",\"data\":[],"
                                + "\"source\":\"PartnerFD\"}")));
        server.stubFor(get(urlPathEqualTo(list)).withHeader("Authorization", equalTo("Bearer " + FRESH))
                .willReturn(aResponse().withHeader("Content-Type", "application/json; charset=utf-8").withBody("[]")));

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try (ClientSecretCredential credential = ClientSecretCredential.builder().tenantId(TENANT)
                .clientId(CLIENT_ID).clientSecret(Canary.CLIENT_SECRET).authorityHost(server.baseUrl()).build();
                TransfersClient client = TransfersClient.builder().baseUrl(server.baseUrl()).credential(credential)
                        .build()) {
            assertThat(credential.getToken(false).token()).isEqualTo(REVOKED); // the initial token request
            CyclicBarrier together = new CyclicBarrier(THREADS);
            List<Future<Response<List<TransferEntity>>>> calls = new ArrayList<>();
            long start = System.nanoTime();
            for (int i = 0; i < THREADS; i++) {
                calls.add(pool.submit(() -> {
                    together.await(10, TimeUnit.SECONDS);
                    return client.listTransfersWithResponse(CUSTOMER, RequestOptions.none());
                }));
            }
            List<Integer> attempts = new ArrayList<>();
            for (Future<Response<List<TransferEntity>>> call : calls) {
                Response<List<TransferEntity>> response = call.get(30, TimeUnit.SECONDS);
                assertThat(response.statusCode()).isEqualTo(200);
                attempts.add(response.attempts());
            }
            long millis = (System.nanoTime() - start) / 1_000_000;

            List<LoggedRequest> tokenRequests = server.findAll(postRequestedFor(urlEqualTo(TOKEN_PATH)));
            long revokedSent = server.getAllServeEvents().stream().filter(e -> ("Bearer " + REVOKED)
                    .equals(e.getRequest().getHeader("Authorization"))).count();
            Evidence.report("token-stampede.md", "## 401 stampede\n\n" + THREADS + " threads, one client, one "
                    + "ClientSecretCredential; the cached token is revoked.\n\n"
                    + "| calls | got 401 | token requests (initial + refresh) | succeeded | attempts per call | "
                    + "time |\n|---|---|---|---|---|---|\n| " + THREADS + " | " + revokedSent + " | "
                    + tokenRequests.size() + " (1 + " + (tokenRequests.size() - 1) + ") | " + attempts.size()
                    + " | " + attempts.stream().distinct().sorted().map(String::valueOf)
                    .reduce((a, b) -> a + ", " + b).orElse("") + " | " + millis + " ms |\n");
            assertThat(revokedSent).as("calls that got the 401").isEqualTo(THREADS);
            assertThat(tokenRequests).as("token requests: the initial one and one refresh").hasSize(2);
            assertThat(tokenRequests).allSatisfy(r -> assertThat(r.getBodyAsString())
                    .contains("client_secret=" + URLEncoder.encode(Canary.CLIENT_SECRET, StandardCharsets.UTF_8)));
            assertThat(attempts).as("each call: the 401, then the re-send").containsOnly(2);
        } finally {
            pool.shutdownNow();
            server.stop();
        }
    }
}
