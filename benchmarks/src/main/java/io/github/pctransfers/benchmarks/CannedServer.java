package io.github.pctransfers.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.pctransfers.conformance.cases.ExampleCase;
import io.github.pctransfers.conformance.internal.cases.ExampleCaseLoader;
import io.github.pctransfers.conformance.cases.OpenApiBundle;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The JDK's HTTP server on 127.0.0.1 (random port, TCP_NODELAY on), answering with canned bodies taken from the
 * documented examples: both sides of every comparison talk to this same server in the same run.
 *
 * <ul>
 *   <li>{@code GET /v1/customers/{c}/transfers/{t}}: the documented "get transfer by id" body;</li>
 *   <li>{@code POST /v1/customers/{c}/transfers}: 201 with the documented "create a transfer" body;</li>
 *   <li>{@code GET /v1/customers/{c}/transfers}: a list of {@link #LIST_SMALL} or, for {@link #BIG_CUSTOMER},
 *       {@link #LIST_BIG} transfers (the documented entity, each with its own id).</li>
 * </ul>
 */
final class CannedServer implements AutoCloseable {
    static final String CUSTOMER = "b67f0b00-f9e8-4c57-bcb5-0b8b95c6ccf0";
    static final String BIG_CUSTOMER = "0a0b0c0d-1111-4222-8333-444455556666";
    static final String TRANSFER = "46e8ed67-8adf-4f65-b3d8-d31318080556";
    static final int LIST_SMALL = 1_000;
    static final int LIST_BIG = 10_000;

    static {
        // The JDK server's own switch for TCP_NODELAY on accepted sockets; read when its classes load.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    final byte[] getBody;
    final byte[] createBody;
    final byte[] createRequestBody;
    final byte[] listSmallBody;
    final byte[] listBigBody;
    private final HttpServer server;
    private final ExecutorService executor;

    CannedServer() {
        ObjectMapper json = new ObjectMapper();
        try (OpenApiBundle bundle = OpenApiBundle.fromClasspath()) {
            List<ExampleCase> cases = ExampleCaseLoader.load(bundle).cases();
            this.getBody = example(cases, "get-transfer-by-id").response().body().getBytes(StandardCharsets.UTF_8);
            ExampleCase create = example(cases, "create-a-transfer-legacy");
            this.createBody = create.response().body().getBytes(StandardCharsets.UTF_8);
            this.createRequestBody = create.request().body().getBytes(StandardCharsets.UTF_8);
            ObjectNode entity = (ObjectNode) json.readTree(getBody);
            this.listSmallBody = list(json, entity, LIST_SMALL);
            this.listBigBody = list(json, entity, LIST_BIG);
            this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.executor = Executors.newFixedThreadPool(4);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static ExampleCase example(List<ExampleCase> cases, String name) {
        return cases.stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no bundled example " + name));
    }

    private static byte[] list(ObjectMapper json, ObjectNode entity, int size) throws IOException {
        ArrayNode items = json.createArrayNode();
        for (int i = 0; i < size; i++) {
            items.add(entity.deepCopy().put("id", new UUID(0x46e8ed678adf4f65L, i).toString()));
        }
        return json.writeValueAsBytes(items);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        int status;
        byte[] body;
        if (method.equals("POST") && path.endsWith("/transfers")) {
            status = 201;
            body = createBody;
        } else if (method.equals("GET") && path.endsWith("/transfers")) {
            status = 200;
            body = path.contains(BIG_CUSTOMER) ? listBigBody : listSmallBody;
        } else if (method.equals("GET")) {
            status = 200;
            body = getBody;
        } else {
            status = 404;
            body = "{}".getBytes(StandardCharsets.UTF_8);
        }
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        String requestId = exchange.getRequestHeaders().getFirst("MS-RequestId");
        if (requestId != null) {
            exchange.getResponseHeaders().add("MS-RequestId", requestId);
        }
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
