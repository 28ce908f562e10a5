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
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The attempt's values reach the wire through the options Feign passes in, and no Feign object holds the token. */
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
        Map<String, Collection<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.put("MS-RequestId", List.of("r-1"));
        headers.put("Accept", List.of("application/json"));
        return Request.create(Request.HttpMethod.GET, "https://example.test/v1/customers", headers, (byte[]) null,
                StandardCharsets.UTF_8, new RequestTemplate());
    }

    private static Attempt attempt(Duration connect, Duration read) {
        CallExecutor.Call call = new CallExecutor.Call("getTransfer", "GET", UUID.randomUUID().toString(), connect,
                read, true);
        return new Attempt(call, 2, true);
    }

    @Test
    void theAttemptsTokenAndTimeoutsGoOutWithTheRequest() throws Exception {
        List<okhttp3.Request> onTheWire = new ArrayList<>();
        List<Integer> timeouts = new ArrayList<>();
        okhttp3.OkHttpClient okhttp = new okhttp3.OkHttpClient.Builder().addInterceptor(chain -> {
            onTheWire.add(chain.request());
            timeouts.add(chain.connectTimeoutMillis());
            timeouts.add(chain.readTimeoutMillis());
            return new okhttp3.Response.Builder().request(chain.request()).protocol(okhttp3.Protocol.HTTP_1_1)
                    .code(204).message("No Content").body(okhttp3.ResponseBody.create(new byte[0], null)).build();
        }).build();
        AttemptClient sender = new AttemptClient(new OkHttpSender(okhttp, false));
        Request request = request();
        Response response = sender.execute(request, new AttemptOptions(
                attempt(Duration.ofSeconds(3), Duration.ofSeconds(7)), "Bearer t-1"));

        assertThat(onTheWire).hasSize(1);
        okhttp3.Headers headers = onTheWire.get(0).headers();
        assertThat(headers.values("Authorization")).containsExactly("Bearer t-1");
        assertThat(headers.values("MS-RequestId")).containsExactly("r-1");
        // In its sorted place, as when the Feign request carried it.
        assertThat(headers.names()).containsExactly("Accept", "Authorization", "MS-RequestId");
        assertThat(timeouts).containsExactly(3000, 7000);
        assertThat(response.request()).isSameAs(request);
        assertThat(request.headers()).doesNotContainKey("Authorization");
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
