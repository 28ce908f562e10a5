package io.github.pctransfers.client.internal.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import feign.Request;
import feign.RequestTemplate;
import feign.Response;
import io.github.pctransfers.client.model.TransferEntity;
import io.github.pctransfers.client.model.TransferStatus;
import io.github.pctransfers.client.model.TransfersJson;
import java.io.IOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import okio.Buffer;
import org.junit.jupiter.api.Test;

/**
 * Bodies up to {@link JsonBodyDecoder#WHOLE_BODY_LIMIT} are parsed from one array, larger ones from OkHttp's
 * stream: both give what Jackson gives on the same bytes, and a body cut short fails on both.
 */
class JsonBodyDecoderTest {
    private static final ObjectMapper MAPPER = TransfersJson.newObjectMapper();
    private static final Type LIST = new TypeReference<List<TransferEntity>>() {
    }.getType();

    /** Items whose list is larger than the limit (about 280 bytes each). */
    private static final int LARGER_THAN_THE_LIMIT = 70_000;

    private final JsonBodyDecoder decoder = new JsonBodyDecoder(MAPPER);

    @Test
    void aSmallListIsReadFromOneArrayAsJacksonReadsIt() throws IOException {
        byte[] body = list(10);
        assertThat(body.length).isLessThan(JsonBodyDecoder.WHOLE_BODY_LIMIT);
        assertThat(decoder.decode(received(body, body.length), LIST)).isEqualTo(jackson(body));
    }

    @Test
    void aListLargerThanTheLimitIsReadFromTheStreamAsJacksonReadsIt() throws IOException {
        byte[] body = list(LARGER_THAN_THE_LIMIT);
        assertThat(body.length).isGreaterThan(JsonBodyDecoder.WHOLE_BODY_LIMIT);
        assertThat(decoder.decode(received(body, body.length), LIST)).isEqualTo(jackson(body));
    }

    @Test
    void aBodyOfUnknownLengthIsReadFromTheStream() throws IOException {
        byte[] body = list(3);
        assertThat(decoder.decode(received(body, -1), LIST)).isEqualTo(jackson(body));
    }

    @Test
    void anEmptyBodyIsNull() throws IOException {
        assertThat(decoder.decode(received(new byte[0], -1), LIST)).isNull();
    }

    @Test
    void aSmallBodyCutShortFailsAsAnIoError() {
        byte[] body = list(10);
        assertThatThrownBy(() -> decoder.decode(received(java.util.Arrays.copyOf(body, body.length / 2),
                body.length), LIST)).isInstanceOf(IOException.class);
    }

    @Test
    void aLargeBodyCutShortFailsAsAnIoError() {
        byte[] body = list(LARGER_THAN_THE_LIMIT);
        assertThatThrownBy(() -> decoder.decode(received(java.util.Arrays.copyOf(body, body.length / 2),
                body.length), LIST)).isInstanceOf(IOException.class);
    }

    private static List<TransferEntity> jackson(byte[] body) throws IOException {
        return MAPPER.readValue(body, new TypeReference<List<TransferEntity>>() {
        });
    }

    private static byte[] list(int size) {
        // Built as a tree: the models are read-only, only the service (here this list) makes them.
        ArrayNode items = MAPPER.createArrayNode();
        OffsetDateTime created = OffsetDateTime.of(2026, 11, 20, 10, 0, 0, 123_000_000, ZoneOffset.UTC);
        for (int i = 0; i < size; i++) {
            items.addObject().put("id", new UUID(7, i).toString()).put("status", TransferStatus.ACTIVE.value())
                    .put("customerName", "Contoso " + i + " – Müller").put("customerTenantId", new UUID(9, i).toString())
                    .put("sourcePartnerName", "Fabrikam").put("createdTime", created.plusSeconds(i).toString())
                    .put("lastModifiedTime", created.plusSeconds(2L * i).toString());
        }
        try {
            return MAPPER.writeValueAsBytes(items);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * The response as {@link OkHttpSender} hands it to Feign, for {@code body} sent with the Content-Length
     * {@code contentLength} (-1: none).
     */
    private static Response received(byte[] body, long contentLength) throws IOException {
        okhttp3.OkHttpClient okhttp = new okhttp3.OkHttpClient.Builder().addInterceptor(chain ->
                new okhttp3.Response.Builder().request(chain.request()).protocol(okhttp3.Protocol.HTTP_1_1)
                        .code(200).message("OK").header("Content-Type", "application/json; charset=utf-8")
                        .body(okhttp3.ResponseBody.create(new Buffer().write(body), null, contentLength))
                        .build()).build();
        Request request = Request.create(Request.HttpMethod.GET, "https://example.test/v1/customers",
                Map.of(), (byte[]) null, StandardCharsets.UTF_8, new RequestTemplate());
        CallExecutor.Call call = new CallExecutor.Call("listTransfers", "GET", "r-1", Duration.ofSeconds(1),
                Duration.ofSeconds(1), true);
        return new OkHttpSender(okhttp, false)
                .execute(request, new AttemptOptions(new Attempt(call, 1, false), "Bearer t"));
    }
}
