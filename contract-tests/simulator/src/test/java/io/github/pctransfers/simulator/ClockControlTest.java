package io.github.pctransfers.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The clock's control paths over HTTP ({@code /simulator/clock}), one folder per case under
 * {@code simulator/clock-control/}: {@code request.txt} (the request line, then the body) and {@code expected.txt}
 * (the status, then text the body must contain). Each case starts with the clock frozen at
 * {@link SimulatorClock#DOCUMENTED_WORLD}; a case that is refused leaves it there.
 */
class ClockControlTest {
    private static final Path CASES = casesFolder();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final List<Exchange> EXCHANGES = Collections.synchronizedList(new ArrayList<>());
    private static TransfersSimulator simulator;

    @BeforeAll
    static void start() {
        simulator = TransfersSimulator.builder().clockStart(SimulatorClock.DOCUMENTED_WORLD).clockRate(0)
                .exchangeListener(EXCHANGES::add).start();
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @BeforeEach
    void frozenAtTheDocumentedWorld() {
        simulator.clock().setRate(0); // first: set on a running clock would be left behind at once
        simulator.clock().set(SimulatorClock.DOCUMENTED_WORLD);
        EXCHANGES.clear();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void clockControl(String name) throws Exception {
        Path folder = CASES.resolve(name);
        String request = Files.readString(folder.resolve("request.txt"), StandardCharsets.UTF_8);
        List<String> expected = Files.readAllLines(folder.resolve("expected.txt"), StandardCharsets.UTF_8);
        int newline = request.indexOf('\n');
        String[] line = (newline < 0 ? request : request.substring(0, newline)).split(" ");
        String body = newline < 0 ? "" : request.substring(newline + 1);

        HttpResponse<String> response = send(line[0], line[1], body);

        int status = Integer.parseInt(expected.get(0).strip());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        for (String fragment : expected.subList(1, expected.size())) {
            assertThat(response.body()).contains(fragment.strip());
        }
        if (status != 200) {
            assertThat(simulator.clock().instant()).as("a refused request moves nothing")
                    .isEqualTo(SimulatorClock.DOCUMENTED_WORLD);
            assertThat(simulator.clock().rate()).isZero();
        }
        assertThat(EXCHANGES).as("the control paths are not exchanges of the API").isEmpty();
    }

    @Test
    void theApiSeesTheMovedClockAtOnce() throws Exception {
        send("POST", "/simulator/clock/advance", "{\"by\": \"PT5M\"}");

        HttpResponse<String> list = HTTP.send(HttpRequest.newBuilder(URI.create(simulator.baseUrl()
                        + "/v1/customers/b67f0b00-f9e8-4c57-bcb5-0b8b95c6ccf0/transfers"))
                .header("Authorization", "Bearer any").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.headers().firstValue("Date")).hasValue("Thu, 16 May 2024 08:05:00 GMT");
    }

    @Test
    void aRateRunsTheClockFasterThanRealTime() throws Exception {
        send("PUT", "/simulator/clock", "{\"rate\": 3600}");
        assertThat(simulator.clock().rate()).isEqualTo(3600);
        long started = System.nanoTime();
        Thread.sleep(50);
        Duration real = Duration.ofNanos(System.nanoTime() - started);

        Duration virtual = Duration.between(SimulatorClock.DOCUMENTED_WORLD, simulator.clock().instant());

        assertThat(virtual).isGreaterThanOrEqualTo(real.multipliedBy(3600).minusSeconds(1));
    }

    private static HttpResponse<String> send(String method, String path, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(simulator.baseUrl() + path))
                .timeout(Duration.ofSeconds(10));
        b.method(method, body.isEmpty() ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        if (!body.isEmpty()) {
            b.header("Content-Type", "application/json");
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static Stream<String> cases() throws IOException {
        try (Stream<Path> folders = Files.list(CASES)) {
            return folders.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    private static Path casesFolder() {
        try {
            return Path.of(ClockControlTest.class.getClassLoader().getResource("simulator/clock-control").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
