package io.github.pctransfers.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.pctransfers.simulator.Seed;
import io.github.pctransfers.simulator.TransfersSimulator;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
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
 * <p>{@code webhooks=on}: a local sink (the JDK's {@code HttpServer} on 127.0.0.1, answering 200 to every POST) is
 * registered for the transfer events, so every operation also makes the simulator sign and deliver three events
 * (create-, update- and complete-transfer); the sink's count is printed at the end of each trial.
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

    @State(Scope.Benchmark)
    public static class Server {
        /** {@code off}: no registration; {@code on}: every transfer event delivered to a local sink. */
        @Param({"off", "on"})
        public String webhooks;

        TransfersSimulator simulator;
        HttpServer sink;
        ExecutorService sinkThreads;
        final AtomicLong delivered = new AtomicLong();
        long started;
        final AtomicInteger next = new AtomicInteger();

        @Setup(Level.Trial)
        public void start() {
            List<Seed.Customer> customers = new ArrayList<>(CUSTOMERS);
            for (int i = 0; i < CUSTOMERS; i++) {
                customers.add(Seed.Customer.builder().tenantId(customerId(i)).name("Customer " + i)
                        .addSubscription(Seed.Subscription.builder().id(subscriptionId(i))
                                .offerId("CFQ7TTC0LH18:0001").friendlyName("Office 365 E1").build())
                        .build());
            }
            // The built-in partners, these customers only, and no seeded transfers (they belong to other customers).
            simulator = TransfersSimulator.builder().port(0)
                    .seed(Seed.builtIn().toBuilder().customers(customers).transfers(List.of()).build())
                    .start();
            if (webhooks.equals("on")) {
                startSink();
            }
            started = System.nanoTime();
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
            try (Response r = http.newCall(new Request.Builder()
                    .url(simulator.baseUrl() + "/webhooks/v1/registration")
                    .header("Authorization", "Bearer benchmark")
                    .post(RequestBody.create(registration, JSON)).build()).execute()) {
                expect(r, 200);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @TearDown(Level.Trial)
        public void stop() {
            double seconds = (System.nanoTime() - started) / 1e9;
            simulator.close();
            if (sink != null) {
                sink.stop(0);
                sinkThreads.shutdownNow();
                System.out.printf(Locale.ROOT, "%nwebhook deliveries received by the sink: %,d in %.1f s (%,.0f/s)%n",
                        delivered.get(), seconds, delivered.get() / seconds);
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
            base = server.simulator.baseUrl() + "/v1/customers/";
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
        String create = "{\"sourcePartnerTenantId\":\"" + SOURCE_PARTNER + "\",\"targetPartnerTenantId\":\""
                + TARGET_PARTNER + "\",\"lineItems\":[{\"subscriptionId\":\"" + subscriptionId(customer) + "\"}]}";
        String id;
        try (Response created = c.send(new Request.Builder().url(transfers)
                .post(RequestBody.create(create, JSON)))) {
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
