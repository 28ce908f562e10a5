package io.github.pctransfers.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pctransfers.client.errors.RequestTimeoutException;
import io.github.pctransfers.client.http.RetryPolicy;
import io.github.pctransfers.client.model.TransferEntity;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An immutable, thread-safe client from a builder; base URLs, http refusal, timeouts, close, raw access. */
class ClientConfigurationTest extends WireMockTestBase {

    private static final String ENTITY = "{\"id\":\"" + TRANSFER_ID + "\",\"status\":\"Active\"}";

    @Test
    void baseUrlDefaultsToTheGlobalCloudAndHasA21VianetConstant() {
        try (TransfersClient client = TransfersClient.builder().accessToken(() -> TOKEN).build()) {
            assertThat(client.baseUrl()).isEqualTo("https://api.partnercenter.microsoft.com")
                    .isEqualTo(TransfersClient.GLOBAL_BASE_URL);
        }
        assertThat(TransfersClient.CHINA_21VIANET_BASE_URL)
                .isEqualTo("https://partner.partnercenterapi.microsoftonline.cn");
        try (TransfersClient client = TransfersClient.builder().accessToken(() -> TOKEN)
                .baseUrl(TransfersClient.CHINA_21VIANET_BASE_URL + "/").build()) {
            assertThat(client.baseUrl()).isEqualTo(TransfersClient.CHINA_21VIANET_BASE_URL);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://api.partnercenter.microsoft.com", "http://10.0.0.5:8080", "http://127.0.0.1.nip.io",
        "http://localhost.example.com", "ftp://localhost", "api.partnercenter.microsoft.com",
        "https://user:pw@api.partnercenter.microsoft.com", "https://api.partnercenter.microsoft.com?x=1", ""})
    void plainHttpToARemoteHostAndMalformedUrlsAreRefused(String url) {
        assertThatThrownBy(() -> TransfersClient.builder().baseUrl(url))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("baseUrl");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:8080", "http://127.0.0.1:9", "http://127.8.9.10", "http://[::1]:8080",
        "https://partner.example.com/root/"})
    void httpsAnywhereAndPlainHttpToLoopbackAreAccepted(String url) {
        assertThat(TransfersClient.builder().baseUrl(url)).isNotNull();
    }

    @Test
    void aCredentialIsRequired() {
        assertThatThrownBy(() -> TransfersClient.builder().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("credential");
    }

    @Test
    void timeoutsMustBePositive() {
        assertThatThrownBy(() -> TransfersClient.builder().readTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("readTimeout");
        assertThatThrownBy(() -> RequestOptions.builder().connectTimeout(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("connectTimeout");
    }

    @Test
    void theClientReadTimeoutEndsASlowAttempt() {
        SERVER.stubFor(get(urlEqualTo(TRANSFER_PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(ENTITY).withFixedDelay(1500)));
        try (TransfersClient client = clientBuilder().readTimeout(Duration.ofMillis(200))
                .retryPolicy(RetryPolicy.none()).build()) {
            assertThatThrownBy(() -> client.getTransfer(CUSTOMER_ID, TRANSFER_ID))
                    .isInstanceOf(RequestTimeoutException.class)
                    .hasMessageContaining("timed out");
        }
    }

    @Test
    void aPerCallReadTimeoutOverridesTheClientOneForThatCallOnly() {
        SERVER.stubFor(get(urlEqualTo(TRANSFER_PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(ENTITY).withFixedDelay(600)));
        try (TransfersClient client = clientBuilder().readTimeout(Duration.ofSeconds(5))
                .retryPolicy(RetryPolicy.none()).build()) {
            RequestOptions shortRead = RequestOptions.builder().readTimeout(Duration.ofMillis(150)).build();
            assertThatThrownBy(() -> client.getTransfer(CUSTOMER_ID, TRANSFER_ID, shortRead))
                    .isInstanceOf(RequestTimeoutException.class);
            // The next call, without the override, waits as long as the client allows.
            assertThat(client.getTransfer(CUSTOMER_ID, TRANSFER_ID).getId()).isEqualTo(TRANSFER_ID);
        }
    }

    @Test
    void closeReleasesPooledConnectionsAndLaterCallsAreRefusedWithoutSending() {
        SERVER.stubFor(get(urlEqualTo(TRANSFER_PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(ENTITY)));
        TransfersClient client = clientBuilder().build();
        client.getTransfer(CUSTOMER_ID, TRANSFER_ID);
        assertThat(client.pooledConnections()).isEqualTo(1);

        client.close();
        client.close();

        assertThat(client.pooledConnections()).isZero();
        assertThatThrownBy(() -> client.getTransfer(CUSTOMER_ID, TRANSFER_ID))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
        SERVER.verify(1, getRequestedFor(urlEqualTo(TRANSFER_PATH)));
    }

    @Test
    void withResponseGivesStatusHeadersAndTheIdsSent() {
        SERVER.stubFor(get(urlEqualTo(TRANSFER_PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withHeader("MS-CV", "abc.0").withHeader("X-Locale", "en-US").withBody(ENTITY)));
        try (TransfersClient client = clientBuilder().build()) {
            Response<TransferEntity> response = client.getTransferWithResponse(CUSTOMER_ID, TRANSFER_ID,
                    RequestOptions.none());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.header("ms-cv")).contains("abc.0");
            assertThat(response.headers()).containsKey("X-LOCALE");
            assertThat(response.value().getId()).isEqualTo(TRANSFER_ID);
            assertThat(response.attempts()).isEqualTo(1);
            assertThat(response.requestId()).isEqualTo(requests().get(0).getHeader("MS-RequestId"));
            assertThat(response.correlationId()).isEqualTo(requests().get(0).getHeader("MS-CorrelationId"));
        }
    }

    @Test
    void oneClientServesManyThreadsEachCallWithItsOwnIds() throws Exception {
        SERVER.stubFor(get(urlEqualTo(TRANSFER_PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(ENTITY)));
        int calls = 40;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try (TransfersClient client = clientBuilder().build()) {
            List<Future<Response<TransferEntity>>> futures = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                futures.add(pool.submit(() -> client.getTransferWithResponse(CUSTOMER_ID, TRANSFER_ID,
                        RequestOptions.none())));
            }
            Set<String> requestIds = ConcurrentHashMap.newKeySet();
            for (Future<Response<TransferEntity>> f : futures) {
                requestIds.add(f.get(30, TimeUnit.SECONDS).requestId());
            }
            assertThat(requestIds).hasSize(calls);
            assertThat(requests()).extracting(r -> r.getHeader("MS-RequestId"))
                    .containsExactlyInAnyOrderElementsOf(requestIds);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void toStringShowsTheSettingsButNeverTheToken() {
        try (TransfersClient client = clientBuilder().accessToken(() -> "secret-token").locale("fr-FR")
                .applicationName("Contoso Billing").build()) {
            assertThat(client.toString()).contains("baseUrl=" + baseUrl(), "fr-FR", "Contoso Billing",
                    "credential=REDACTED").doesNotContain("secret-token");
        }
    }

    @Test
    void theObjectMapperHandedOutIsACopy() {
        try (TransfersClient client = clientBuilder().build()) {
            client.objectMapper().enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
            assertThat(client.objectMapper().isEnabled(
                    com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)).isFalse();
        }
    }
}
