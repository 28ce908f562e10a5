package io.github.pctransfers.client.internal.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import feign.Client;
import feign.Request;
import feign.RequestTemplate;
import feign.Response;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The attempt's values reach the wire through the options Feign passes in, and nothing else. */
class AttemptClientTest {
    private final List<Request> sent = new ArrayList<>();
    private final List<Request.Options> sentWith = new ArrayList<>();
    private final Client wire = (request, options) -> {
        sent.add(request);
        sentWith.add(options);
        return Response.builder().status(200).request(request).headers(Map.of()).build();
    };
    private final AttemptClient client = new AttemptClient(wire);

    private static Request request() {
        return Request.create(Request.HttpMethod.GET, "https://example.test/v1/customers",
                Map.of("MS-RequestId", List.of("r-1")), (byte[]) null, StandardCharsets.UTF_8, new RequestTemplate());
    }

    private static Attempt attempt(Duration connect, Duration read) {
        CallExecutor.Call call = new CallExecutor.Call("getTransfer", "GET", UUID.randomUUID().toString(), connect,
                read, true);
        return new Attempt(call, 2, true);
    }

    @Test
    void theAttemptsTokenAndTimeoutsGoOutWithTheRequest() throws Exception {
        Request request = request();
        client.execute(request, new AttemptOptions(attempt(Duration.ofSeconds(3), Duration.ofSeconds(7)),
                "Bearer t-1"));
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).headers().get("Authorization")).containsExactly("Bearer t-1");
        assertThat(sent.get(0).headers().get("MS-RequestId")).containsExactly("r-1");
        assertThat(sentWith.get(0).connectTimeoutMillis()).isEqualTo(3000);
        assertThat(sentWith.get(0).readTimeoutMillis()).isEqualTo(7000);
    }

    @Test
    void theResponseFeignGetsBackRefersToTheRequestWithoutTheToken() throws Exception {
        Request request = request();
        Response response = client.execute(request, new AttemptOptions(attempt(Duration.ofSeconds(1),
                Duration.ofSeconds(1)), "Bearer t-2"));
        Map<String, Collection<String>> headers = response.request().headers();
        assertThat(headers).doesNotContainKey("Authorization");
        assertThat(request.headers()).doesNotContainKey("Authorization");
    }

    @Test
    void aRequestWithoutAnAttemptIsRefusedAndNothingIsSent() {
        assertThatThrownBy(() -> client.execute(request(), new Request.Options()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("nothing was sent");
        assertThat(sent).isEmpty();
    }

    @Test
    void theOptionsNeverShowTheToken() {
        assertThat(new AttemptOptions(attempt(Duration.ofSeconds(1), Duration.ofSeconds(1)), "Bearer t-3"))
                .asString().doesNotContain("t-3").contains("REDACTED");
    }
}
