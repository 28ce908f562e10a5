package io.github.pctransfers.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.core.JacksonException;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import feign.FeignException;
import io.github.pctransfers.client.errors.RequestTimeoutException;
import io.github.pctransfers.client.errors.ResponseDecodeException;
import io.github.pctransfers.client.errors.ServerException;
import io.github.pctransfers.client.errors.TransfersApiException;
import io.github.pctransfers.client.errors.TransfersException;
import io.github.pctransfers.client.errors.TransportException;
import io.github.pctransfers.client.http.RetryPolicy;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * No Feign or Jackson exception escapes the facade. Each broken exchange gives one of the client's types
 * carrying the MS-RequestId that was sent, and none keeps a Feign exception as a cause (those hold the request
 * headers, Authorization included).
 */
class TransportFailuresTest extends WireMockTestBase {

    private TransfersException failureOf(ResponseDefinitionBuilder response, Duration readTimeout,
            Function<TransfersClient, Object> call) {
        SERVER.stubFor(any(anyUrl()).willReturn(response));
        try (TransfersClient client = clientBuilder().retryPolicy(RetryPolicy.none()).readTimeout(readTimeout)
                .build()) {
            Throwable thrown = catchThrowable(() -> call.apply(client));
            assertThat(thrown).isInstanceOf(TransfersException.class);
            for (Throwable c = thrown; c != null; c = c.getCause()) {
                assertThat(c).isNotInstanceOf(FeignException.class);
            }
            TransfersException e = (TransfersException) thrown;
            assertThat(requests()).isNotEmpty();
            assertThat(e.requestId()).isEqualTo(requests().get(0).getHeader("MS-RequestId"));
            assertThat(e.getMessage()).doesNotContain(TOKEN);
            return e;
        }
    }

    private TransfersException getFailure(ResponseDefinitionBuilder response) {
        return failureOf(response, Duration.ofSeconds(10), c -> c.getTransfer(CUSTOMER_ID, TRANSFER_ID));
    }

    @Test
    void aConnectionResetIsATransportException() {
        assertThat(getFailure(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)))
                .isExactlyInstanceOf(TransportException.class);
    }

    @Test
    void anEmptyResponseIsATransportException() {
        assertThat(getFailure(aResponse().withFault(Fault.EMPTY_RESPONSE)))
                .isExactlyInstanceOf(TransportException.class);
    }

    @Test
    void randomDataInsteadOfAnHttpResponseIsATransportException() {
        assertThat(getFailure(aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE)))
                .isExactlyInstanceOf(TransportException.class);
    }

    @Test
    void aSuccessBodyCutShortIsATransportException() {
        TransfersException e = getFailure(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK));
        assertThat(e).isExactlyInstanceOf(TransportException.class);
        assertThat(e.getMessage()).contains("cut short");
    }

    @Test
    void aReadTimeoutIsARequestTimeoutException() {
        assertThat(failureOf(aResponse().withStatus(200).withFixedDelay(1500).withBody("{}"), Duration.ofMillis(300),
                c -> c.getTransfer(CUSTOMER_ID, TRANSFER_ID))).isExactlyInstanceOf(RequestTimeoutException.class);
    }

    @Test
    void aSuccessBodyThatIsBrokenJsonIsAResponseDecodeExceptionWithItsCause() {
        TransfersException e = getFailure(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("{\"id\": \"" + TRANSFER_ID + "\", \"status\": "));
        assertThat(e).isExactlyInstanceOf(ResponseDecodeException.class);
        assertThat(((ResponseDecodeException) e).statusCode()).isEqualTo(200);
        assertThat(e.getCause()).isInstanceOf(JacksonException.class);
    }

    @Test
    void aSuccessBodyOfTheWrongShapeIsAResponseDecodeException() {
        assertThat(getFailure(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("[1, 2, 3]"))).isExactlyInstanceOf(ResponseDecodeException.class);
    }

    @Test
    void anHtmlPageWithStatus200IsAResponseDecodeException() {
        assertThat(getFailure(aResponse().withStatus(200).withHeader("Content-Type", "text/html")
                .withBody("<html><body>Sign in</body></html>"))).isExactlyInstanceOf(ResponseDecodeException.class);
    }

    @Test
    void anEmptySuccessBodyIsAResponseDecodeException() {
        TransfersException e = getFailure(aResponse().withStatus(200));
        assertThat(e).isExactlyInstanceOf(ResponseDecodeException.class);
        assertThat(e.getMessage()).contains("no body");
    }

    @Test
    void aWithdrawAnswered204NeedsNoBody() {
        SERVER.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(204)));
        try (TransfersClient client = clientBuilder().build()) {
            assertThat(client.withdrawTransferWithResponse(CUSTOMER_ID, TRANSFER_ID, RequestOptions.none())
                    .statusCode()).isEqualTo(204);
        }
    }

    @Test
    void anUnexpectedStatusIsATransfersApiException() {
        TransfersException e = getFailure(aResponse().withStatus(418).withBody("I'm a teapot"));
        assertThat(e).isExactlyInstanceOf(TransfersApiException.class);
        assertThat(((TransfersApiException) e).rawBody()).isEqualTo("I'm a teapot");
    }

    @Test
    void aRedirectIsNotFollowedAndIsReportedAsItsStatus() {
        TransfersException e = getFailure(aResponse().withStatus(302).withHeader("Location", "https://example.org/"));
        assertThat(e).isExactlyInstanceOf(TransfersApiException.class);
        assertThat(((TransfersApiException) e).statusCode()).isEqualTo(302);
        assertThat(requests()).hasSize(1);
    }

    @Test
    void anErrorBodyCutOffMidwayStillGivesTheTypedExceptionWithTheTextReceived() throws Exception {
        String partial = "{\"code\": 800003, \"descr";
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread peer = new Thread(() -> {
                try (Socket socket = server.accept()) {
                    socket.getInputStream().read(new byte[8192]);
                    OutputStream out = socket.getOutputStream();
                    out.write(("HTTP/1.1 500 Internal Server Error\r\nContent-Type: application/json\r\n"
                            + "Content-Length: 500\r\n\r\n" + partial).getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                } catch (IOException ignored) {
                    // the client side decides the outcome
                }
            });
            peer.start();
            try (TransfersClient client = clientBuilder().baseUrl("http://127.0.0.1:" + server.getLocalPort())
                    .retryPolicy(RetryPolicy.none()).build()) {
                Throwable thrown = catchThrowable(() -> client.getTransfer(CUSTOMER_ID, TRANSFER_ID));
                assertThat(thrown).isExactlyInstanceOf(ServerException.class);
                ServerException e = (ServerException) thrown;
                assertThat(e.statusCode()).isEqualTo(500);
                assertThat(e.rawBody()).isEqualTo(partial);
                assertThat(e.error()).isEmpty();
                assertThat(e.requestId()).isNotNull();
            }
            peer.join(5000);
        }
    }
}
