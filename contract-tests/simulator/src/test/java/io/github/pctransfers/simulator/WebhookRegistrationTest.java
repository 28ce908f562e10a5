package io.github.pctransfers.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The webhook registration API, one case per fixture folder {@code simulator/webhooks/registration/<case>/}:
 * {@code requests.json} (sent in order; a {@code body} is sent as JSON) and {@code expected.json} (the status and
 * body of the last answer; {@code requestsInAnyCase} when the requests name properties in another case than the
 * spec's). Every answer is checked against the spec as well, and so is every request of a successful case.
 */
class WebhookRegistrationTest {
    private static final String CASES = "simulator/webhooks/registration";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @RegisterExtension
    static final SpecCheckedSimulator SIM = SpecCheckedSimulator.withDefaults();

    static Stream<String> cases() throws IOException, URISyntaxException {
        Path root = Path.of(WebhookRegistrationTest.class.getClassLoader().getResource(CASES).toURI());
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList()).stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void answersAsTheCaseExpects(String name) throws Exception {
        Path dir = Path.of(getClass().getClassLoader().getResource(CASES + "/" + name).toURI());
        JsonNode expected = JSON.readTree(dir.resolve("expected.json").toFile());
        // Names in PascalCase or upper case are outside the spec's camelCase, and tolerated (x-tolerated-by-service).
        if (expected.path("status").asInt() >= 400 || expected.path("requestsInAnyCase").asBoolean()) {
            SIM.allowInvalidRequests();
        }
        HttpResponse<String> last = null;
        for (JsonNode request : JSON.readTree(dir.resolve("requests.json").toFile())) {
            last = send(request);
        }
        assertThat(last).isNotNull();
        assertThat(last.statusCode()).as(last.body()).isEqualTo(expected.path("status").asInt());
        assertThat(JSON.readTree(last.body())).isEqualTo(expected.path("body"));
    }

    static HttpResponse<String> send(JsonNode request) throws IOException, InterruptedException {
        JsonNode body = request.get("body");
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(SIM.baseUrl() + request.path("path").asText()))
                .header("Authorization", "Bearer test-token")
                .method(request.path("method").asText(), body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

}
