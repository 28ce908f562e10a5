package io.github.pctransfers.conformance.internal.replay;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.pctransfers.client.RequestOptions;
import io.github.pctransfers.client.TransfersClient;
import io.github.pctransfers.client.errors.RateLimitException;
import io.github.pctransfers.client.errors.TransfersApiException;
import io.github.pctransfers.client.http.RetryPolicy;
import io.github.pctransfers.conformance.internal.cases.ExampleCaseLoader;
import io.github.pctransfers.conformance.cases.OpenApiBundle;
import io.github.pctransfers.conformance.http.HttpExample;
import io.github.pctransfers.conformance.http.HttpHeader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Error decoding driven by the documented error bodies of other Partner Center pages
 * ({@code examples/_shared-error-examples}): each response is served by WireMock, as documented (its framing
 * slips tolerated by the parser), to the real client, which must throw the typed exception for the status with
 * the body's code, description, data and source, the echoed MS-RequestId (or, when the response has none, the one
 * sent), the raw body unchanged, and for 429 the Retry-After wait. One test per fixture folder.
 */
class SharedErrorExamplesDecodingTest {
    private static final String CUSTOMER = "b67f0b00-f9e8-4c57-bcb5-0b8b95c6ccf0";
    private static final String TRANSFER = "46e8ed67-8adf-4f65-b3d8-d31318080556";
    private static final String SENT_REQUEST_ID = "0d61b5ce-b396-4f5e-a50b-e8779d0d23cc";
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final WireMockExtension WIREMOCK = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().notifier(new ConsoleNotifier(false)))
            .build();

    private static OpenApiBundle bundle;
    private static TransfersClient client;

    @BeforeAll
    static void start() {
        bundle = OpenApiBundle.fromClasspath();
        client = TransfersClient.builder().baseUrl(WIREMOCK.baseUrl()).accessToken(() -> "token")
                .retryPolicy(RetryPolicy.none()).build();
    }

    @AfterAll
    static void stop() {
        client.close();
        bundle.close();
    }

    @TestFactory
    Stream<DynamicTest> sharedErrorExamples() {
        List<ExampleCaseLoader.SharedResponse> shared = ExampleCaseLoader.sharedErrorResponses(bundle.examplesDirectory());
        assertThat(shared).extracting(ExampleCaseLoader.SharedResponse::name).containsExactly(
                "error-400-license-quota", "error-404-get-partner-by-mpn-id", "error-429-throttling");
        return shared.stream().map(r -> dynamicTest(r.name(), () -> decodes(r.response())));
    }

    private static void decodes(HttpExample documented) throws IOException {
        WIREMOCK.resetAll();
        WIREMOCK.stubFor(any(anyUrl()).willReturn(serve(documented)));

        TransfersApiException e = catchThrowableOfType(TransfersApiException.class, () -> client.getTransfer(
                CUSTOMER, TRANSFER, RequestOptions.builder().requestId(SENT_REQUEST_ID).build()));

        JsonNode body = JSON.readTree(documented.body());
        boolean throttling = body.has("statusCode");
        assertThat(e).isNotNull().isExactlyInstanceOf(ResponseReproduction.expectedErrorType(documented.status()));
        assertThat(e.statusCode()).isEqualTo(documented.status());
        assertThat(e.rawBody()).isEqualTo(documented.body());
        // The exception names the id the client sent; the echoed one stays readable in the headers.
        assertThat(e.requestId()).isEqualTo(SENT_REQUEST_ID);
        assertThat(e.header("MS-RequestId")).isEqualTo(documented.header("MS-RequestId"));
        assertThat(e.error()).hasValueSatisfying(error -> {
            assertThat(error.code()).isEqualTo(body.get(throttling ? "statusCode" : "code").asText());
            assertThat(error.description()).isEqualTo(body.get(throttling ? "message" : "description").asText());
            assertThat(error.source()).isEqualTo(Optional.ofNullable(body.get("source")).map(JsonNode::asText)
                    .orElse(null));
            List<Object> data = new ArrayList<>();
            Optional.ofNullable(body.get("data")).ifPresent(d -> d.forEach(item -> data.add(item.asText())));
            assertThat(error.data()).isEqualTo(data);
        });
        documented.header("Retry-After").ifPresent(seconds -> assertThat(((RateLimitException) e).retryAfter())
                .contains(Duration.ofSeconds(Long.parseLong(seconds))));
    }

    /** The documented response as WireMock serves it; Content-Length is WireMock's to compute. */
    private static ResponseDefinitionBuilder serve(HttpExample documented) {
        ResponseDefinitionBuilder b = aResponse().withStatus(documented.status()).withBody(documented.body());
        for (HttpHeader h : documented.headers()) {
            if (!h.is("Content-Length")) {
                b.withHeader(h.name(), h.value());
            }
        }
        return b;
    }
}
