package io.github.pctransfers.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.pctransfers.simulator.Seed;
import io.github.pctransfers.simulator.TransfersSimulator;
import com.sun.net.httpserver.HttpServer;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.common.Slf4jNotifier;
import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Arrays;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.ConnectionPool;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The simulator under a mixed lifecycle load: each operation is one transfer's life, create (201), get (200) and
 * accept (200), so three requests. Every JMH thread has its own OkHttp client with one pooled connection, so the
 * thread count ({@link BenchmarkMain} runs 1, 8 and 32) is the number of connections. Requests per second are three
 * times the operations per second.
 *
 * <p>{@code server}:
 * <ul>
 *   <li>{@code wiremock-stubs}: the baseline a user would write instead, three plain WireMock stubs (same server
 *       options as the simulator's) answering the very bytes the simulator answers; the ceiling of the transport;</li>
 *   <li>{@code simulator}: the simulator, no webhook registration;</li>
 *   <li>{@code simulator-webhooks}: a local sink (the JDK's {@code HttpServer} on 127.0.0.1, answering 200 to every
 *       POST) is registered for the transfer events, so every operation also makes the simulator sign and deliver
 *       three events (create-, update- and complete-transfer); the sink's count is printed after each trial.</li>
 * </ul>
 * {@link #rsa2048Sign} is the other ceiling: one RSA-2048 {@code SHA256withRSA} signature of an event-sized body,
 * the work each delivery needs whatever the simulator does.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SimulatorBenchmarks {
    /**
     * Customers in the seed, one eligible, synced subscription each. An accepted subscription cannot move again, so
     * every operation takes the next customer; more than the fastest run uses.
     */
    static final int CUSTOMERS = 120_000;
    private static final String SOURCE_PARTNER = "da6c51b5-1246-4a42-b4ab-cbf38df54537";
    private static final String TARGET_PARTNER = "656218b1-80c9-40b2-83ae-3a2703b55271";
    private static final MediaType JSON = MediaType.get("application/json");
    /** A system property: the file where a {@code simulator-webhooks} trial writes its delivery rate. */
    static final String SINK_REPORT = "benchmarks.sinkReport";

    @State(Scope.Benchmark)
    public static class Server {
        /** What answers: see the class comment. */
        @Param({"wiremock-stubs", "simulator", "simulator-webhooks"})
        public String server;

        TransfersSimulator simulator;
        WireMockServer stubs;
        String baseUrl;
        HttpServer sink;
        ExecutorService sinkThreads;
        final AtomicLong delivered = new AtomicLong();
        long started;
        final AtomicInteger next = new AtomicInteger();

        @Setup(Level.Trial)
        public void start() {
            if (server.equals("wiremock-stubs")) {
                startStubs();
                started = System.nanoTime();
                return;
            }
            List<Seed.Customer> customers = new ArrayList<>(CUSTOMERS);
            for (int i = 0; i < CUSTOMERS; i++) {
                customers.add(customer(i));
            }
            // The built-in partners, these customers only, and no seeded transfers (they belong to other customers).
            simulator = TransfersSimulator.builder().port(0)
                    .seed(Seed.builtIn().toBuilder().customers(customers).transfers(List.of()).build())
                    .start();
            baseUrl = simulator.baseUrl();
            if (server.equals("simulator-webhooks")) {
                startSink();
            }
            started = System.nanoTime();
        }

        /**
         * Three stubs answering what the simulator answers to one lifecycle (asked of a throwaway simulator first),
         * on a WireMock server with the simulator's own options: the same bytes over the same transport, without the
         * engine.
         */
        private void startStubs() {
            byte[][] bodies = new byte[3][];
            try (TransfersSimulator once = TransfersSimulator.builder().port(0)
                    .seed(Seed.builtIn().toBuilder().customers(List.of(customer(0))).transfers(List.of()).build())
                    .start()) {
                OkHttpClient http = new OkHttpClient();
                String transfers = once.baseUrl() + "/v1/customers/" + customerId(0) + "/transfers";
                try (Response created = http.newCall(authorized(new Request.Builder().url(transfers)
                        .post(RequestBody.create(createBody(0), JSON)))).execute()) {
                    expect(created, 201);
                    bodies[0] = created.body().bytes();
                }
                String id = new ObjectMapper().readTree(bodies[0]).path("id").asText();
                try (Response got = http.newCall(authorized(new Request.Builder().url(transfers + "/" + id).get()))
                        .execute()) {
                    expect(got, 200);
                    bodies[1] = got.body().bytes();
                }
                try (Response accepted = http.newCall(authorized(new Request.Builder()
                        .url(transfers + "/" + id + "/accept").post(RequestBody.create(new byte[0], JSON))))
                        .execute()) {
                    expect(accepted, 200);
                    bodies[2] = accepted.body().bytes();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            stubs = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").port(0)
                    .http2PlainDisabled(true).gzipDisabled(true)
                    .useChunkedTransferEncoding(Options.ChunkedEncodingPolicy.NEVER).disableRequestJournal()
                    .stubRequestLoggingDisabled(true).notifier(new Slf4jNotifier(false)));
            stubs.start();
            String json = "application/json; charset=utf-8";
            stubs.stubFor(WireMock.post(WireMock.urlPathMatching("/v1/customers/[^/]+/transfers"))
                    .willReturn(WireMock.aResponse().withStatus(201).withHeader("Content-Type", json)
                            .withBody(bodies[0])));
            stubs.stubFor(WireMock.get(WireMock.urlPathMatching("/v1/customers/[^/]+/transfers/[^/]+"))
                    .willReturn(WireMock.aResponse().withStatus(200).withHeader("Content-Type", json)
                            .withBody(bodies[1])));
            stubs.stubFor(WireMock.post(WireMock.urlPathMatching("/v1/customers/[^/]+/transfers/[^/]+/accept"))
                    .willReturn(WireMock.aResponse().withStatus(200).withHeader("Content-Type", json)
                            .withBody(bodies[2])));
            baseUrl = stubs.baseUrl();
        }

        private void startSink() {
            try {
                sink = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            sinkThreads = Executors.newFixedThreadPool(2, r -> {
                Thread t = new Thread(r, "webhook-sink");
                t.setDaemon(true);
                return t;
            });
            sink.setExecutor(sinkThreads);
            sink.createContext("/", exchange -> {
                exchange.getRequestBody().readAllBytes();
                delivered.incrementAndGet();
                exchange.sendResponseHeaders(200, -1);
                exchange.close();
            });
            sink.start();
            String registration = "{\"webhookUrl\":\"http://127.0.0.1:" + sink.getAddress().getPort()
                    + "/hooks\",\"webhookEvents\":[\"create-transfer\",\"update-transfer\",\"complete-transfer\","
                    + "\"fail-transfer\"]}";
            OkHttpClient http = new OkHttpClient();
            try (Response r = http.newCall(authorized(new Request.Builder()
                    .url(simulator.baseUrl() + "/webhooks/v1/registration")
                    .post(RequestBody.create(registration, JSON)))).execute()) {
                expect(r, 200);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @TearDown(Level.Trial)
        public void stop() {
            double seconds = (System.nanoTime() - started) / 1e9;
            if (stubs != null) {
                stubs.stop();
                return;
            }
            simulator.close();
            if (sink != null) {
                sink.stop(0);
                sinkThreads.shutdownNow();
                long made = 3L * next.get();
                String line = String.format(Locale.ROOT, "%,.0f deliveries/s received of %,.0f events/s made",
                        delivered.get() / seconds, made / seconds);
                System.out.printf(Locale.ROOT, "%nwebhook deliveries received by the sink: %,d of %,d made in %.1f s"
                        + " (%s)%n", delivered.get(), made, seconds, line);
                // BenchmarkMain reads it back: the fork is another JVM.
                String report = System.getProperty(SINK_REPORT);
                if (report != null) {
                    try {
                        Files.writeString(Path.of(report), line);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        }
    }

    @State(Scope.Thread)
    public static class Connection {
        OkHttpClient http;
        final ObjectMapper json = new ObjectMapper();
        String base;

        @Setup(Level.Trial)
        public void open(Server server) {
            http = new OkHttpClient.Builder().connectionPool(new ConnectionPool(1, 5, TimeUnit.MINUTES))
                    .retryOnConnectionFailure(false).build();
            base = server.baseUrl + "/v1/customers/";
        }

        @TearDown(Level.Trial)
        public void close() {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }

        Response send(Request.Builder request) throws IOException {
            return http.newCall(request.header("Authorization", "Bearer benchmark")
                    .header("MS-RequestId", UUID.randomUUID().toString())
                    .header("MS-CorrelationId", UUID.randomUUID().toString()).build()).execute();
        }
    }

    @Benchmark
    public int createGetAccept(Server server, Connection c) throws IOException {
        int customer = server.next.getAndIncrement();
        String transfers = c.base + customerId(customer) + "/transfers";
        String id;
        try (Response created = c.send(new Request.Builder().url(transfers)
                .post(RequestBody.create(createBody(customer), JSON)))) {
            expect(created, 201);
            JsonNode entity = c.json.readTree(created.body().byteStream());
            id = entity.path("id").asText();
        }
        try (Response got = c.send(new Request.Builder().url(transfers + "/" + id).get())) {
            expect(got, 200);
            got.body().bytes();
        }
        try (Response accepted = c.send(new Request.Builder().url(transfers + "/" + id + "/accept")
                .post(RequestBody.create(new byte[0], JSON)))) {
            expect(accepted, 200);
            return accepted.body().bytes().length;
        }
    }

    /** The signing key of {@link #rsa2048Sign}, and an event-sized body (the real create-transfer event is 0.5 KB). */
    @State(Scope.Benchmark)
    public static class SigningKey {
        PrivateKey key;
        final byte[] body = new byte[600];

        @Setup(Level.Trial)
        public void generate() throws GeneralSecurityException {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            key = generator.generateKeyPair().getPrivate();
            Arrays.fill(body, (byte) 'e');
        }
    }

    /** One RSA-2048 SHA256withRSA signature, as the simulator signs each webhook delivery. */
    @Benchmark
    public byte[] rsa2048Sign(SigningKey k) throws GeneralSecurityException {
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(k.key);
        signature.update(k.body);
        return signature.sign();
    }

    private static Seed.Customer customer(int i) {
        return Seed.Customer.builder().tenantId(customerId(i)).name("Customer " + i)
                .addSubscription(Seed.Subscription.builder().id(subscriptionId(i))
                        .offerId("CFQ7TTC0LH18:0001").friendlyName("Office 365 E1").build())
                .build();
    }

    private static String createBody(int customer) {
        return "{\"sourcePartnerTenantId\":\"" + SOURCE_PARTNER + "\",\"targetPartnerTenantId\":\"" + TARGET_PARTNER
                + "\",\"lineItems\":[{\"subscriptionId\":\"" + subscriptionId(customer) + "\"}]}";
    }

    private static Request authorized(Request.Builder request) {
        return request.header("Authorization", "Bearer benchmark").build();
    }

    private static String customerId(int i) {
        return new UUID(0x11112222_3333_4444L, 0x8000_0000_0000_0000L | i).toString();
    }

    private static String subscriptionId(int i) {
        return new UUID(0xAAAABBBB_CCCC_4DDDL, 0x8000_0000_0000_0000L | i).toString().toUpperCase();
    }

    private static void expect(Response response, int status) throws IOException {
        if (response.code() != status) {
            throw new IllegalStateException(response.request().method() + " " + response.request().url() + ": "
                    + response.code() + " " + response.body().string());
        }
    }
}
