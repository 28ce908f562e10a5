package io.github.pctransfers.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The dispatcher's bound on what it remembers, and that a forgotten delivery is never attempted. */
class WebhookDispatcherTest {
    private static final Clock FIXED = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    private HttpServer sink;
    private final List<String> received = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startSink() throws IOException {
        sink = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        sink.createContext("/", exchange -> {
            received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        sink.start();
    }

    @AfterEach
    void stopSink() {
        sink.stop(0);
    }

    /**
     * Forgetting once searched the retry queue for every event past the bound, under the lock the request threads
     * need; now a forgotten delivery stays queued until it is skipped. Skipped it must be: never sent.
     */
    @Test
    void deliveriesForgottenPastTheBoundAreNeverAttempted() throws Exception {
        String url = "http://127.0.0.1:" + sink.getAddress().getPort() + "/hooks";
        try (WebhookDispatcher dispatcher = new WebhookDispatcher(FIXED, body -> "c2ln", () -> "https://cert", 3)) {
            for (int i = 1; i <= 5; i++) {
                dispatcher.enqueue("event-" + i, "create-transfer", url, false,
                        ("{\"n\":" + i + "}").getBytes(StandardCharsets.UTF_8));
            }

            assertThat(dispatcher.deliveries().stream().map(WebhookDelivery::id).collect(Collectors.toList()))
                    .containsExactly("event-3", "event-4", "event-5");

            dispatcher.runDue();
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (dispatcher.deliveries().stream().anyMatch(d -> d.state() == WebhookDelivery.State.PENDING)
                    && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
        }

        assertThat(received).containsExactlyInAnyOrder("{\"n\":3}", "{\"n\":4}", "{\"n\":5}");
    }
}
