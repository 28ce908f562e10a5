package io.github.pctransfers.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.http.Fault;
import io.github.pctransfers.client.auth.AccessToken;
import io.github.pctransfers.client.auth.ClientSecretCredential;
import io.github.pctransfers.client.errors.TokenAcquisitionException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The Microsoft Entra client-credentials credential, with WireMock standing in for the token endpoint. */
class ClientSecretCredentialTest extends WireMockTestBase {
    static final String TENANT = "9c2d1bd4-1a3e-4c5f-8b0e-2f7b1d3e4a56";
    static final String CLIENT_ID = "0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b";
    static final String SECRET = "s3cr3t~Value.With-Symbols_42";
    static final String TOKEN_PATH = "/" + TENANT + "/oauth2/v2.0/token";

    final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T08:00:00Z"));

    static String tokenJson(String token, long expiresIn) {
        return "{\"token_type\":\"Bearer\",\"expires_in\":" + expiresIn + ",\"ext_expires_in\":" + expiresIn
                + ",\"access_token\":\"" + token + "\"}";
    }

    /** The token endpoint hands out {@code token-1}, {@code token-2}, ... one per request, each valid an hour. */
    static void tokenEndpointIssuesNumberedTokens(int count) {
        for (int i = 1; i <= count; i++) {
            SERVER.stubFor(post(urlEqualTo(TOKEN_PATH)).inScenario("tokens")
                    .whenScenarioStateIs(i == 1 ? STARTED : "issued-" + (i - 1))
                    .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                            .withBody(tokenJson("token-" + i, 3600)))
                    .willSetStateTo("issued-" + i));
        }
    }

    ClientSecretCredential.Builder credential() {
        return ClientSecretCredential.builder().tenantId(TENANT).clientId(CLIENT_ID).clientSecret(SECRET)
                .authorityHost(baseUrl()).clock(clock);
    }

    static Map<String, String> form(String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            String[] kv = pair.split("=", 2);
            fields.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return fields;
    }

    @Test
    void postsTheClientCredentialsGrantWithThePartnerCenterScopeByDefault() {
        tokenEndpointIssuesNumberedTokens(1);
        try (ClientSecretCredential credential = credential().build()) {
            AccessToken token = credential.getToken(false);

            assertThat(token.token()).isEqualTo("token-1");
            assertThat(token.expiresAt()).isEqualTo(clock.instant().plusSeconds(3600));
        }
        var sent = SERVER.findAll(postRequestedFor(urlEqualTo(TOKEN_PATH)));
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).getHeader("Content-Type")).startsWith("application/x-www-form-urlencoded");
        assertThat(form(sent.get(0).getBodyAsString())).containsExactly(
                Map.entry("grant_type", "client_credentials"), Map.entry("client_id", CLIENT_ID),
                Map.entry("client_secret", SECRET), Map.entry("scope", "https://api.partnercenter.microsoft.com/.default"));
    }

    @Test
    void defaultsAreTheGlobalAuthorityAndThePartnerCenterAudience() {
        try (ClientSecretCredential credential = ClientSecretCredential.builder().tenantId("contoso.onmicrosoft.com")
                .clientId(CLIENT_ID).clientSecret(SECRET).build()) {
            assertThat(credential.tokenEndpoint())
                    .isEqualTo("https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token");
            assertThat(credential.scope()).isEqualTo(ClientSecretCredential.PARTNER_CENTER_SCOPE);
        }
        assertThat(ClientSecretCredential.CHINA_21VIANET_AUTHORITY_HOST).isEqualTo("https://login.chinacloudapi.cn");
    }

    @Test
    void theScopeIsConfigurable() {
        tokenEndpointIssuesNumberedTokens(1);
        try (ClientSecretCredential credential = credential().scope("api://custom/.default").build()) {
            credential.getToken(false);
        }
        assertThat(form(SERVER.findAll(postRequestedFor(urlEqualTo(TOKEN_PATH))).get(0).getBodyAsString()))
                .containsEntry("scope", "api://custom/.default");
    }

    @Test
    void theTokenIsCachedUntilTheRefreshMarginAndThenReplaced() {
        tokenEndpointIssuesNumberedTokens(2);
        try (ClientSecretCredential credential = credential().refreshMargin(Duration.ofMinutes(5)).build()) {
            assertThat(credential.getToken(false).token()).isEqualTo("token-1");
            clock.advance(Duration.ofMinutes(54));
            assertThat(credential.getToken(false).token()).isEqualTo("token-1");
            clock.advance(Duration.ofMinutes(1).plusSeconds(1));
            assertThat(credential.getToken(false).token()).isEqualTo("token-2");
            assertThat(credential.getToken(false).token()).isEqualTo("token-2");
        }
        SERVER.verify(2, postRequestedFor(urlEqualTo(TOKEN_PATH)));
    }

    @Test
    void aShortLivedTokenIsRefreshedHalfwayNotOnEveryCall() {
        SERVER.stubFor(post(urlEqualTo(TOKEN_PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(tokenJson("short", 120))));
        try (ClientSecretCredential credential = credential().build()) {
            credential.getToken(false);
            clock.advance(Duration.ofSeconds(59));
            credential.getToken(false);
            SERVER.verify(1, postRequestedFor(urlEqualTo(TOKEN_PATH)));
            clock.advance(Duration.ofSeconds(2));
            credential.getToken(false);
            SERVER.verify(2, postRequestedFor(urlEqualTo(TOKEN_PATH)));
        }
    }

    @Test
    void aForcedRefreshFetchesANewTokenOnce() {
        tokenEndpointIssuesNumberedTokens(3);
        try (ClientSecretCredential credential = credential().build()) {
            assertThat(credential.getToken(false).token()).isEqualTo("token-1");
            assertThat(credential.getToken(true).token()).isEqualTo("token-2");
            assertThat(credential.getToken(false).token()).isEqualTo("token-2");
        }
        SERVER.verify(2, postRequestedFor(urlEqualTo(TOKEN_PATH)));
    }

    @Test
    void concurrentCallersShareOneFetch() throws Exception {
        SERVER.stubFor(post(urlEqualTo(TOKEN_PATH)).willReturn(aResponse().withStatus(200).withFixedDelay(200)
                .withHeader("Content-Type", "application/json").withBody(tokenJson("shared", 3600))));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try (ClientSecretCredential credential = credential().build()) {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> tokens = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                tokens.add(pool.submit(() -> {
                    start.await();
                    return credential.getToken(false).token();
                }));
            }
            start.countDown();
            for (Future<String> t : tokens) {
                assertThat(t.get(10, TimeUnit.SECONDS)).isEqualTo("shared");
            }
        } finally {
            pool.shutdownNow();
        }
        SERVER.verify(1, postRequestedFor(urlEqualTo(TOKEN_PATH)));
    }

    @Test
    void aRefusedSecretGivesATypedErrorWithTheOAuthCodeAndNeverTheSecret() {
        SERVER.stubFor(post(urlEqualTo(TOKEN_PATH)).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody(Fixtures.text("fixtures/token-endpoint/invalid-client/response.json"))));
        try (ClientSecretCredential credential = credential().build()) {
            TokenAcquisitionException e = catchThrowableOfType(TokenAcquisitionException.class,
                    () -> credential.getToken(false));

            assertThat(e.statusCode()).isEqualTo(401);
            assertThat(e.error()).contains("invalid_client");
            assertThat(e.isTransient()).isFalse();
            assertThat(e.getMessage()).contains("AADSTS7000215").doesNotContain(SECRET);
            assertThat(e.toString()).doesNotContain(SECRET);
        }
    }

    @Test
    void anUnreachableOrFailingTokenEndpointIsTransient() {
        SERVER.stubFor(post(urlEqualTo(TOKEN_PATH)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        try (ClientSecretCredential credential = credential().build()) {
            TokenAcquisitionException e = catchThrowableOfType(TokenAcquisitionException.class,
                    () -> credential.getToken(false));
            assertThat(e.statusCode()).isZero();
            assertThat(e.isTransient()).isTrue();
        }
        SERVER.resetAll();
        SERVER.stubFor(post(urlEqualTo(TOKEN_PATH)).willReturn(aResponse().withStatus(503)
                .withBody("<html>Service Unavailable</html>")));
        try (ClientSecretCredential credential = credential().build()) {
            TokenAcquisitionException e = catchThrowableOfType(TokenAcquisitionException.class,
                    () -> credential.getToken(false));
            assertThat(e.statusCode()).isEqualTo(503);
            assertThat(e.isTransient()).isTrue();
        }
    }

    @Test
    void aSuccessWithoutATokenOrLifetimeIsRefused() {
        SERVER.stubFor(post(urlEqualTo(TOKEN_PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"token_type\":\"Bearer\"}")));
        try (ClientSecretCredential credential = credential().build()) {
            assertThatThrownBy(() -> credential.getToken(false)).isInstanceOf(TokenAcquisitionException.class)
                    .hasMessageContaining("without a usable bearer token");
        }
    }

    @Test
    void aFailedEarlyRefreshKeepsUsingTheStillValidToken() {
        SERVER.stubFor(post(urlEqualTo(TOKEN_PATH)).inScenario("t").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody(tokenJson("token-1", 3600)))
                .willSetStateTo("down"));
        SERVER.stubFor(post(urlEqualTo(TOKEN_PATH)).inScenario("t").whenScenarioStateIs("down")
                .willReturn(aResponse().withStatus(503)));
        try (ClientSecretCredential credential = credential().build()) {
            credential.getToken(false);
            clock.advance(Duration.ofMinutes(57));
            assertThat(credential.getToken(false).token()).isEqualTo("token-1");
            clock.advance(Duration.ofMinutes(4));
            assertThatThrownBy(() -> credential.getToken(false)).isInstanceOf(TokenAcquisitionException.class);
        }
    }

    @Test
    void expiresInSentAsAStringIsAccepted() {
        SERVER.stubFor(post(urlEqualTo(TOKEN_PATH)).willReturn(aResponse().withStatus(200)
                .withBody("{\"token_type\":\"Bearer\",\"expires_in\":\"3599\",\"access_token\":\"abc\"}")));
        try (ClientSecretCredential credential = credential().build()) {
            assertThat(credential.getToken(false).expiresAt()).isEqualTo(clock.instant().plusSeconds(3599));
        }
    }

    @Test
    void toStringAndBuilderErrorsNeverShowTheSecret() {
        try (ClientSecretCredential credential = credential().build()) {
            assertThat(credential.toString()).contains(TENANT, CLIENT_ID, "clientSecret=REDACTED")
                    .doesNotContain(SECRET);
        }
        assertThatThrownBy(() -> ClientSecretCredential.builder().clientSecret(" "))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("clientSecret must not be null or blank");
        assertThatThrownBy(() -> ClientSecretCredential.builder().tenantId("../x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tenantId");
        assertThatThrownBy(() -> ClientSecretCredential.builder().clientId("not-a-guid"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("clientId");
    }

    @Test
    void aPlainHttpAuthorityIsRefusedExceptOnLoopback() {
        assertThatThrownBy(() -> ClientSecretCredential.builder().authorityHost("http://login.microsoftonline.com"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("authorityHost");
        assertThat(ClientSecretCredential.builder().authorityHost("http://localhost:1234")).isNotNull();
    }
}
