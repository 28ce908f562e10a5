package io.github.pctransfers.simulator.junit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.pctransfers.client.webhooks.ResourceChangeEvent;
import io.github.pctransfers.client.webhooks.WebhookReceipt;
import io.github.pctransfers.client.webhooks.WebhookReceiver;
import io.github.pctransfers.client.webhooks.WebhookRejection;
import io.github.pctransfers.simulator.TransfersSimulator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

/**
 * A webhook receiver for tests: an HTTP server on 127.0.0.1 that verifies each delivery with the client's
 * {@link WebhookReceiver} and the simulator's {@link TransfersSimulator#webhookTrust() trust}, answers 200 to a
 * verified event and the receipt's suggested 4xx to anything else, and keeps both. {@link #start} registers it with
 * the simulator for the transfer events and {@code test-created}.
 *
 * <p>With {@link TransfersSimulatorTest}, declare a {@code WebhookSink} parameter: each test gets a fresh one,
 * registered after the simulator's reset and closed after the test.
 *
 * <pre>{@code
 * client.submitTransfer(...);
 * simulator.clock().advance(Duration.ofMinutes(5));
 * ResourceChangeEvent done = sink.await("complete-transfer", Duration.ofSeconds(10));
 * }</pre>
 *
 * Thread-safe.
 */
public final class WebhookSink implements AutoCloseable {
    /** The events {@link #start} registers for. */
    public static final List<String> EVENTS =
            List.of("create-transfer", "update-transfer", "complete-transfer", "fail-transfer", "test-created");
    private static final Duration REGISTRATION_TIMEOUT = Duration.ofSeconds(10);

    private final HttpServer server;
    private final ExecutorService executor;
    private final WebhookReceiver receiver;
    private final List<ResourceChangeEvent> received = new ArrayList<>();
    private final List<WebhookRejection> rejections = new ArrayList<>();
    private boolean closed;

    private WebhookSink(WebhookReceiver receiver) throws IOException {
        this.receiver = receiver;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        this.executor = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "webhook-sink");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /**
     * Starts a sink that trusts {@code simulator}'s deliveries, and registers it with the simulator (POST, or PUT
     * when a registration exists) for {@link #EVENTS}.
     *
     * @throws IllegalStateException when the simulator refuses the registration
     * @param simulator the simulator
     * @return starts a sink that trusts {@code simulator}'s deliveries, and registers it with the simulator (POST, or PUT when a registration exists) for {@link #EVENTS}
     */
    public static WebhookSink start(TransfersSimulator simulator) {
        Objects.requireNonNull(simulator, "simulator");
        WebhookSink sink;
        try {
            sink = new WebhookSink(WebhookReceiver.builder().trust(simulator.webhookTrust()).build());
        } catch (IOException e) {
            throw new UncheckedIOException("the webhook sink could not listen on 127.0.0.1", e);
        }
        try {
            sink.register(simulator.baseUrl());
        } catch (RuntimeException e) {
            sink.close();
            throw e;
        }
        return sink;
    }

    /**
     * Where it listens, e.g. {@code http://127.0.0.1:41234/webhooks}: the registered URL.
     *
     * @return where it listens
     */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/webhooks";
    }

    /**
     * The verified events received so far, in arrival order.
     *
     * @return the verified events received so far, in arrival order
     */
    public synchronized List<ResourceChangeEvent> received() {
        return List.copyOf(received);
    }

    /**
     * Why each delivery that failed verification was refused, in arrival order.
     *
     * @return why each delivery that failed verification was refused, in arrival order
     */
    public synchronized List<WebhookRejection> rejections() {
        return List.copyOf(rejections);
    }

    /**
     * The first verified event named {@code eventName} (any case), waiting up to {@code timeout} of real time for it
     * to arrive (deliveries are real HTTP requests; moving the simulator's clock makes them due, not faster).
     *
     * @throws AssertionError when none arrived in time, listing what did and what was refused
     * @throws InterruptedException when interrupted while waiting
     * @param eventName the event name
     * @param timeout the timeout
     * @return the first verified event named {@code eventName} (any case), waiting up to {@code timeout} of real time for it to arrive (deliveries are real HTTP requests; moving the simulator's clock makes them due, not faster)
     */
    public ResourceChangeEvent await(String eventName, Duration timeout) throws InterruptedException {
        Objects.requireNonNull(eventName, "eventName");
        return await(e -> e.eventName().equalsIgnoreCase(eventName), eventName, timeout);
    }

    /**
     * The first verified event named {@code eventName} (any case) about the transfer {@code transferId} (any case),
     * waiting up to {@code timeout} of real time for it.
     *
     * @throws AssertionError when none arrived in time, listing what did and what was refused
     * @throws InterruptedException when interrupted while waiting
     * @param eventName the event name
     * @param transferId the transfer id (a GUID)
     * @param timeout the timeout
     * @return the first verified event named {@code eventName} (any case) about the transfer {@code transferId} (any case), waiting up to {@code timeout} of real time for it
     */
    public ResourceChangeEvent await(String eventName, String transferId, Duration timeout)
            throws InterruptedException {
        Objects.requireNonNull(eventName, "eventName");
        Objects.requireNonNull(transferId, "transferId");
        return await(e -> e.eventName().equalsIgnoreCase(eventName)
                && e.transferId().map(transferId::equalsIgnoreCase).orElse(false),
                eventName + " of transfer " + transferId, timeout);
    }

    private synchronized ResourceChangeEvent await(Predicate<ResourceChangeEvent> match, String what,
            Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (ResourceChangeEvent e : received) {
                if (match.test(e)) {
                    return e;
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0 || closed) {
                throw new AssertionError("no verified " + what + " event within " + timeout + "; received "
                        + names(received) + ", refused " + rejections);
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    /** Forgets what was received and refused so far. */
    public synchronized void clear() {
        received.clear();
        rejections.clear();
    }

    /** Stops listening; later deliveries to it fail (and the simulator retries them). */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            notifyAll();
        }
        server.stop(0);
        executor.shutdownNow();
    }

    @Override
    public String toString() {
        return "WebhookSink{" + url() + ", received " + names(received()) + "}";
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            byte[] body = readBounded(exchange.getRequestBody(), receiver.maxBodyBytes() + 1);
            Map<String, List<String>> headers = new LinkedHashMap<>(exchange.getRequestHeaders());
            WebhookReceipt receipt = receiver.receive(headers, body);
            synchronized (this) {
                if (receipt.isAccepted()) {
                    received.add(receipt.event());
                } else {
                    rejections.add(receipt.rejection());
                }
                notifyAll();
            }
            exchange.sendResponseHeaders(receipt.isAccepted() ? 200 : receipt.suggestedStatusCode(), -1);
        } finally {
            exchange.close();
        }
    }

    private static byte[] readBounded(InputStream in, int max) throws IOException {
        byte[] buffer = in.readNBytes(max);
        in.close();
        return buffer;
    }

    private void register(String simulatorBaseUrl) {
        StringBuilder events = new StringBuilder();
        for (String e : EVENTS) {
            events.append(events.length() == 0 ? "" : ",").append('"').append(e).append('"');
        }
        String body = "{\"webhookUrl\":\"" + url() + "\",\"webhookEvents\":[" + events + "]}";
        HttpClient http = HttpClient.newBuilder().connectTimeout(REGISTRATION_TIMEOUT)
                .version(HttpClient.Version.HTTP_1_1).build();
        URI uri = URI.create(simulatorBaseUrl + "/webhooks/v1/registration");
        try {
            HttpResponse<String> answer = http.send(request(uri, "POST", body), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() == 409) {
                answer = http.send(request(uri, "PUT", body), HttpResponse.BodyHandlers.ofString());
            }
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("the simulator refused the webhook sink's registration: "
                        + answer.statusCode() + " " + answer.body());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not register the webhook sink with the simulator at " + uri, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while registering the webhook sink", e);
        }
    }

    private static HttpRequest request(URI uri, String method, String body) {
        return HttpRequest.newBuilder(uri).timeout(REGISTRATION_TIMEOUT)
                .header("Authorization", "Bearer " + TransfersSimulatorExtension.ACCESS_TOKEN)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
    }

    private static List<String> names(List<ResourceChangeEvent> events) {
        List<String> names = new ArrayList<>();
        for (ResourceChangeEvent e : events) {
            names.add(e.eventName());
        }
        return names;
    }
}
