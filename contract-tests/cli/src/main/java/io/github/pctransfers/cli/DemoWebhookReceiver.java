package io.github.pctransfers.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.pctransfers.client.webhooks.ResourceChangeEvent;
import io.github.pctransfers.client.webhooks.WebhookReceipt;
import io.github.pctransfers.client.webhooks.WebhookReceiver;
import io.github.pctransfers.client.webhooks.WebhookRejection;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The demo's webhook endpoint, wired as the client README shows it: a JDK {@link HttpServer} on 127.0.0.1 that hands
 * the raw headers and body bytes of each delivery to the client's {@link WebhookReceiver}, answers 200 to a verified
 * event and the receipt's 4xx to anything else, and keeps both for the demo to print.
 */
final class DemoWebhookReceiver implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService executor;
    private final WebhookReceiver receiver;
    private final List<ResourceChangeEvent> verified = new ArrayList<>();
    private final List<WebhookRejection> rejected = new ArrayList<>();

    DemoWebhookReceiver(WebhookReceiver receiver) {
        this.receiver = receiver;
        try {
            this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("the demo's webhook endpoint could not listen on 127.0.0.1", e);
        }
        this.executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "demo-webhooks");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/webhooks", this::handle);
        server.start();
    }

    /** The URL to register. */
    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/webhooks";
    }

    /**
     * The first verified {@code eventName} about {@code transferId}, waiting up to {@code timeout} of real time
     * (deliveries are real HTTP requests from the simulator, sent off its request threads).
     */
    synchronized Optional<ResourceChangeEvent> await(String eventName, String transferId, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (ResourceChangeEvent e : verified) {
                if (e.eventName().equalsIgnoreCase(eventName)
                        && e.transferId().map(transferId::equalsIgnoreCase).orElse(false)) {
                    return Optional.of(e);
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return Optional.empty();
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
    }

    /** The deliveries refused so far (none, when the simulator's signatures verify). */
    synchronized List<WebhookRejection> rejected() {
        return List.copyOf(rejected);
    }

    /** How many deliveries were verified so far. */
    synchronized int verifiedCount() {
        return verified.size();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                // One byte over the receiver's limit is enough for it to refuse the body as too large.
                body = in.readNBytes(receiver.maxBodyBytes() + 1);
            }
            Map<String, List<String>> headers = new LinkedHashMap<>(exchange.getRequestHeaders());
            WebhookReceipt receipt = receiver.receive(headers, body);
            synchronized (this) {
                if (receipt.isAccepted()) {
                    verified.add(receipt.event());
                } else {
                    rejected.add(receipt.rejection());
                }
                notifyAll();
            }
            exchange.sendResponseHeaders(receipt.isAccepted() ? 200 : receipt.suggestedStatusCode(), -1);
        }
    }
}
