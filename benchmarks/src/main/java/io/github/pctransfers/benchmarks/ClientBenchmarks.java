package io.github.pctransfers.benchmarks;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.pctransfers.client.TransfersClient;
import io.github.pctransfers.client.model.TransferCreateRequest;
import io.github.pctransfers.client.model.TransferEntity;
import io.github.pctransfers.client.model.TransfersJson;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The client against what a user would write instead, on the same {@link CannedServer} in the same fork: raw OkHttp
 * 4.12 + Jackson, and {@code java.net.http} + Jackson. Both baselines use {@link TransfersJson#newObjectMapper()},
 * the mapper the client uses, so the models decode the same way on every side (lenient timestamps included), and
 * send the headers a Partner Center call needs (token, request and correlation ids, Accept).
 *
 * <p>Names are {@code operation_side}: {@link BenchmarkMain} pairs {@code x_client} with {@code x_okhttp} and
 * {@code x_jdk} to print the ratios.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ClientBenchmarks {
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private static final TypeReference<List<TransferEntity>> ENTITY_LIST = new TypeReference<>() {
    };

    private CannedServer server;
    private TransfersClient client;
    private OkHttpClient okhttp;
    private HttpClient jdk;
    private ObjectMapper mapper;
    private TransferCreateRequest createRequest;
    private String base;

    @Setup(Level.Trial)
    public void start() throws IOException {
        server = new CannedServer();
        base = server.baseUrl();
        mapper = TransfersJson.newObjectMapper();
        createRequest = mapper.readValue(server.createRequestBody, TransferCreateRequest.class);
        client = TransfersClient.builder().baseUrl(base).accessToken(() -> "benchmark-token").build();
        okhttp = new OkHttpClient.Builder().retryOnConnectionFailure(false).followRedirects(false).build();
        jdk = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    @TearDown(Level.Trial)
    public void stop() {
        client.close();
        okhttp.dispatcher().executorService().shutdown();
        okhttp.connectionPool().evictAll();
        server.close();
    }

    // getTransfer

    @Benchmark
    public TransferEntity getTransfer_client() {
        return client.getTransfer(CannedServer.CUSTOMER, CannedServer.TRANSFER);
    }

    @Benchmark
    public TransferEntity getTransfer_okhttp() throws IOException {
        return okhttpCall(okhttpRequest(transferUrl()).get().build(), TransferEntity.class);
    }

    @Benchmark
    public TransferEntity getTransfer_jdk() throws IOException, InterruptedException {
        return jdkCall(jdkRequest(transferUrl()).GET().build(), TransferEntity.class);
    }

    // createTransfer

    @Benchmark
    public TransferEntity createTransfer_client() {
        return client.createTransfer(CannedServer.CUSTOMER, createRequest);
    }

    @Benchmark
    public TransferEntity createTransfer_okhttp() throws IOException {
        RequestBody body = RequestBody.create(mapper.writeValueAsBytes(createRequest), JSON);
        return okhttpCall(okhttpRequest(transfersUrl(CannedServer.CUSTOMER)).post(body).build(),
                TransferEntity.class);
    }

    @Benchmark
    public TransferEntity createTransfer_jdk() throws IOException, InterruptedException {
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.ofByteArray(mapper.writeValueAsBytes(
                createRequest));
        return jdkCall(jdkRequest(transfersUrl(CannedServer.CUSTOMER)).header("Content-Type", "application/json")
                .POST(body).build(), TransferEntity.class);
    }

    // listTransfers, 1,000 items

    @Benchmark
    public List<TransferEntity> listTransfers_client() {
        return client.listTransfers(CannedServer.CUSTOMER);
    }

    @Benchmark
    public List<TransferEntity> listTransfers_okhttp() throws IOException {
        return okhttpCall(okhttpRequest(transfersUrl(CannedServer.CUSTOMER)).get().build(), ENTITY_LIST);
    }

    @Benchmark
    public List<TransferEntity> listTransfers_jdk() throws IOException, InterruptedException {
        return jdkCall(jdkRequest(transfersUrl(CannedServer.CUSTOMER)).GET().build(), ENTITY_LIST);
    }

    // listTransfers, 10,000 items: the client end to end against Jackson alone on the same bytes

    @Benchmark
    public List<TransferEntity> listTransfers10k_client() {
        return client.listTransfers(CannedServer.BIG_CUSTOMER);
    }

    @Benchmark
    public List<TransferEntity> listTransfers10k_jackson() throws IOException {
        return mapper.readValue(server.listBigBody, ENTITY_LIST);
    }

    @Benchmark
    public List<TransferEntity> listTransfers10k_okhttp() throws IOException {
        return okhttpCall(okhttpRequest(transfersUrl(CannedServer.BIG_CUSTOMER)).get().build(), ENTITY_LIST);
    }

    /** The HTTP exchange alone, the body read and dropped: what no client can avoid. */
    @Benchmark
    public int listTransfers10k_exchange() throws IOException {
        try (okhttp3.Response response = okhttp.newCall(okhttpRequest(transfersUrl(CannedServer.BIG_CUSTOMER)).get()
                .build()).execute()) {
            return response.body().bytes().length;
        }
    }

    private String transferUrl() {
        return base + "/v1/customers/" + CannedServer.CUSTOMER + "/transfers/" + CannedServer.TRANSFER;
    }

    private String transfersUrl(String customer) {
        return base + "/v1/customers/" + customer + "/transfers";
    }

    private static Request.Builder okhttpRequest(String url) {
        return new Request.Builder().url(url)
                .header("Authorization", "Bearer benchmark-token")
                .header("Accept", "application/json")
                .header("MS-RequestId", UUID.randomUUID().toString())
                .header("MS-CorrelationId", UUID.randomUUID().toString());
    }

    private static HttpRequest.Builder jdkRequest(String url) {
        return HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer benchmark-token")
                .header("Accept", "application/json")
                .header("MS-RequestId", UUID.randomUUID().toString())
                .header("MS-CorrelationId", UUID.randomUUID().toString());
    }

    private <T> T okhttpCall(Request request, Class<T> type) throws IOException {
        try (okhttp3.Response response = okhttp.newCall(request).execute()) {
            return mapper.readValue(response.body().bytes(), type);
        }
    }

    private <T> T okhttpCall(Request request, TypeReference<T> type) throws IOException {
        try (okhttp3.Response response = okhttp.newCall(request).execute()) {
            return mapper.readValue(response.body().bytes(), type);
        }
    }

    private <T> T jdkCall(HttpRequest request, Class<T> type) throws IOException, InterruptedException {
        return mapper.readValue(jdk.send(request, HttpResponse.BodyHandlers.ofByteArray()).body(), type);
    }

    private <T> T jdkCall(HttpRequest request, TypeReference<T> type) throws IOException, InterruptedException {
        return mapper.readValue(jdk.send(request, HttpResponse.BodyHandlers.ofByteArray()).body(), type);
    }
}
