package io.github.pctransfers.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.pctransfers.client.ClientSecretCredentialTest.TOKEN_PATH;
import static io.github.pctransfers.client.ClientSecretCredentialTest.tokenJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.http.Fault;
import io.github.pctransfers.client.auth.ClientSecretCredential;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Request and response lines at DEBUG with allow-listed headers only; the token, the client secret and
 * the Authorization header appear in no log line, exception message, stack trace or toString().
 */
class LoggingTest extends WireMockTestBase {
    private static final String SECRET = ClientSecretCredentialTest.SECRET;
    private static final String ENTRA_TOKEN_1 = "eyJ0eXAiOiJKV1Qi.ENTRA-TOKEN-ONE.sig";
    private static final String ENTRA_TOKEN_2 = "eyJ0eXAiOiJKV1Qi.ENTRA-TOKEN-TWO.sig";
    private static final String CALLER_TOKEN = "secret-token";
    private static final List<String> FORBIDDEN = List.of(SECRET, ENTRA_TOKEN_1, ENTRA_TOKEN_2, CALLER_TOKEN,
            "ENTRA-TOKEN", "Authorization", "authorization", "Bearer ", "client_secret");

    private static String everything(Throwable t) {
        StringWriter out = new StringWriter();
        t.printStackTrace(new PrintWriter(out));
        return t + "\n" + out;
    }

    private ClientSecretCredential credential() {
        return ClientSecretCredential.builder().tenantId(ClientSecretCredentialTest.TENANT)
                .clientId(ClientSecretCredentialTest.CLIENT_ID).clientSecret(SECRET).authorityHost(baseUrl()).build();
    }

    @Test
    void aFailingRunLeavesNoSecretInLogsExceptionsOrToString() {
        SERVER.stubFor(post(urlEqualTo(TOKEN_PATH)).inScenario("t").whenScenarioStateIs("Started")
                .willReturn(aResponse().withStatus(200).withBody(tokenJson(ENTRA_TOKEN_1, 3600))).willSetStateTo("2"));
        SERVER.stubFor(post(urlEqualTo(TOKEN_PATH)).inScenario("t").whenScenarioStateIs("2")
                .willReturn(aResponse().withStatus(200).withBody(tokenJson(ENTRA_TOKEN_2, 3600))).willSetStateTo("3"));
        SERVER.stubFor(post(urlEqualTo(TOKEN_PATH)).inScenario("t").whenScenarioStateIs("3")
                .willReturn(aResponse().withStatus(401).withBody(
                        Fixtures.text("fixtures/token-endpoint/invalid-client/response.json"))));
        SERVER.stubFor(get(urlEqualTo(TRANSFER_PATH)).willReturn(aResponse().withStatus(401)
                .withHeader("WWW-Authenticate", "Bearer").withBody("{\"code\":800001,\"description\":\"token\"}")));
        SERVER.stubFor(get(urlEqualTo(TRANSFERS_PATH)).willReturn(aResponse().withStatus(503)
                .withHeader("Retry-After", "0")));
        SERVER.stubFor(post(urlEqualTo(ACCEPT_PATH)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        List<String> evidence = new ArrayList<>();
        String log;
        try (LogCapture capture = new LogCapture()) {
            try (ClientSecretCredential credential = credential();
                    TransfersClient client = clientBuilder().credential(credential).build()) {
                evidence.add(everything(catchThrowable(() -> client.getTransfer(CUSTOMER_ID, TRANSFER_ID))));
                evidence.add(everything(catchThrowable(() -> client.listTransfers(CUSTOMER_ID))));
                evidence.add(everything(catchThrowable(() -> client.acceptTransfer(CUSTOMER_ID, TRANSFER_ID))));
                // The third token request is refused: a TokenAcquisitionException.
                evidence.add(everything(catchThrowable(() -> credential.getToken(true))));
                evidence.add(client.toString());
                evidence.add(credential.toString());
            }
            try (TransfersClient client = clientBuilder().accessToken(() -> CALLER_TOKEN).build()) {
                evidence.add(everything(catchThrowable(() -> client.acceptTransfer(CUSTOMER_ID, TRANSFER_ID))));
                evidence.add(client.toString());
            }
            log = capture.all();
        }

        // The run did log, and did reach the server with the secrets: the checks below are not vacuous.
        assertThat(log).contains("---> GET", "<--- HTTP/1.1 401", "MS-RequestId: ", "retrying", "Fetched a token");
        assertThat(requests()).anySatisfy(r -> assertThat(r.getHeader("Authorization"))
                .isEqualTo("Bearer " + ENTRA_TOKEN_1));
        assertThat(requests()).anySatisfy(r -> assertThat(r.getBodyAsString()).contains("client_secret="));
        assertThat(evidence).hasSize(8);
        for (String forbidden : FORBIDDEN) {
            assertThat(log).as("log").doesNotContain(forbidden);
            assertThat(evidence).as("exceptions and toString").noneMatch(text -> text.contains(forbidden));
        }
    }

    @Test
    void onlyAllowListedHeadersAreLogged() {
        SERVER.stubFor(get(urlEqualTo(TRANSFER_PATH)).withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withHeader("MS-CV", "cv.1").withHeader("Set-Cookie", "session=do-not-log")
                        .withHeader("X-Internal", "do-not-log-either")
                        .withBody("{\"id\":\"" + TRANSFER_ID + "\"}")));
        String log;
        try (LogCapture capture = new LogCapture(); TransfersClient client = clientBuilder().locale("en-US").build()) {
            client.getTransfer(CUSTOMER_ID, TRANSFER_ID);
            log = capture.all();
        }
        // OkHttp hands response header names over in lower case.
        assertThat(log).contains(TransfersClient.WIRE_LOGGER_NAME, "X-Locale: en-US", "User-Agent: ")
                .containsIgnoringCase("MS-CV: cv.1").containsIgnoringCase("Content-Type: application/json");
        assertThat(log).doesNotContain(TOKEN, "do-not-log", TRANSFER_ID + "\"}")
                .doesNotContainIgnoringCase("Set-Cookie").doesNotContainIgnoringCase("X-Internal")
                .doesNotContainIgnoringCase("Authorization");
    }

    @Test
    void nothingIsFormattedWhenDebugIsOff() {
        SERVER.stubFor(get(urlEqualTo(TRANSFER_PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"id\":\"" + TRANSFER_ID + "\"}")));
        ch.qos.logback.classic.Logger library = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory
                .getLogger("io.github.pctransfers");
        try (LogCapture capture = new LogCapture(); TransfersClient client = clientBuilder().build()) {
            library.setLevel(ch.qos.logback.classic.Level.INFO);
            client.getTransfer(CUSTOMER_ID, TRANSFER_ID);
            assertThat(capture.lines()).isEmpty();
        }
    }
}
