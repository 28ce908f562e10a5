package io.github.pctransfers.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.pctransfers.client.errors.PartnerCenterErrorBody;
import io.github.pctransfers.client.errors.RateLimitException;
import io.github.pctransfers.client.errors.TransfersApiException;
import io.github.pctransfers.client.http.RetryPolicy;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every error response gives the typed exception of its status family with status, headers, ids, the
 * decoded body and the raw text. One case per fixture folder: {@code fixtures/error-responses/<case>/} holds the
 * response and what to expect; {@code fixtures/documented-error-responses/<example>/} the expectations for a
 * documented error example of the same name.
 */
class ErrorDecodingTest extends WireMockTestBase {

    static Stream<Arguments> cases() {
        Stream<Arguments> own = Fixtures.caseNames("fixtures/error-responses").stream()
                .map(name -> Arguments.of(name, "fixtures/error-responses/" + name + "/response.http",
                        "fixtures/error-responses/" + name + "/expected.properties"));
        Stream<Arguments> documented = Fixtures.caseNames("fixtures/documented-error-responses").stream()
                .map(name -> Arguments.of("documented " + name,
                        Fixtures.DOCUMENTED + "_shared-error-examples/" + name + "/response.http",
                        "fixtures/documented-error-responses/" + name + "/expected.properties"));
        return Stream.concat(own, documented);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void errorResponseGivesTheTypedException(String name, String responseFile, String expectedFile) {
        Fixtures.HttpResponseFixture fixture = Fixtures.response(responseFile);
        Properties expected = Fixtures.properties(expectedFile);
        ResponseDefinitionBuilder response = aResponse().withStatus(fixture.status).withBody(fixture.body);
        fixture.headers.forEach(response::withHeader);
        SERVER.stubFor(get(urlEqualTo(TRANSFER_PATH)).willReturn(response));

        TransfersApiException e;
        try (TransfersClient client = clientBuilder().retryPolicy(RetryPolicy.none()).build()) {
            e = catchThrowableOfType(TransfersApiException.class, () -> client.getTransfer(CUSTOMER_ID, TRANSFER_ID));
        }

        assertThat(e).as("exception").isNotNull();
        assertThat(e.getClass().getSimpleName()).isEqualTo(expected.getProperty("exception"));
        assertThat(e.statusCode()).isEqualTo(fixture.status);
        assertThat(e.rawBody()).isEqualTo(fixture.body);
        fixture.headers.forEach((header, value) -> assertThat(e.header(header)).as(header).contains(value));

        List<LoggedRequest> sent = requests();
        LoggedRequest last = sent.get(sent.size() - 1);
        assertThat(e.requestId()).isEqualTo(last.getHeader("MS-RequestId"));
        assertThat(e.correlationId()).isEqualTo(last.getHeader("MS-CorrelationId"));
        assertThat(e.getMessage()).contains("HTTP " + fixture.status).contains(e.requestId());
        if (expected.containsKey("requestIdEchoed")) {
            assertThat(e.header("MS-RequestId")).contains(expected.getProperty("requestIdEchoed"));
        }

        if (expected.containsKey("code") || expected.containsKey("description")) {
            PartnerCenterErrorBody body = e.error().orElseThrow();
            assertThat(body.code()).isEqualTo(expected.getProperty("code"));
            assertThat(e.hasErrorCode(expected.getProperty("code"))).isTrue();
            if (expected.containsKey("description")) {
                assertThat(body.description()).isEqualTo(expected.getProperty("description"));
                assertThat(e.getMessage()).contains(body.description());
            }
            if (expected.containsKey("source")) {
                assertThat(body.source()).isEqualTo(expected.getProperty("source"));
            }
            if (expected.containsKey("dataSize")) {
                assertThat(body.data()).hasSize(Integer.parseInt(expected.getProperty("dataSize")));
            }
        } else {
            assertThat(e.error()).as("a body that is no Partner Center error decodes to nothing").isEmpty();
            assertThat(e.errorCode()).isEmpty();
        }
        if (expected.containsKey("retryAfterSeconds")) {
            assertThat(((RateLimitException) e).retryAfter())
                    .contains(Duration.ofSeconds(Long.parseLong(expected.getProperty("retryAfterSeconds"))));
        }
        if (e instanceof RateLimitException) {
            assertThat(((RateLimitException) e).retryAfter()).isPresent();
        }
    }
}
