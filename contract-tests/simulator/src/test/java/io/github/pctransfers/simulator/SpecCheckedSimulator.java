package io.github.pctransfers.simulator;

import io.github.pctransfers.client.TransfersClient;
import io.github.pctransfers.client.http.RetryPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A simulator for one test class whose every exchange is checked against the spec after each test: every complete
 * response must conform, and so must every request unless the test said it sends invalid ones on purpose
 * ({@link #allowInvalidRequests()}). State is reset before each test. Register as a static
 * {@code @RegisterExtension} field.
 */
final class SpecCheckedSimulator implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        AfterEachCallback {
    /** Retries fast: Retry-After is honoured only up to 50 ms, so that fault tests stay short. */
    static final RetryPolicy FAST_RETRIES = RetryPolicy.builder().maxAttempts(3).initialBackoff(Duration.ofMillis(10))
            .maxBackoff(Duration.ofMillis(20)).maxRetryAfter(Duration.ofMillis(50)).build();

    private final UnaryOperator<TransfersSimulator.Builder> settings;
    private final List<Exchange> exchanges = Collections.synchronizedList(new ArrayList<>());
    private TransfersSimulator simulator;
    private TransfersClient client;
    private volatile boolean invalidRequestsAllowed;

    private SpecCheckedSimulator(UnaryOperator<TransfersSimulator.Builder> settings) {
        this.settings = settings;
    }

    static SpecCheckedSimulator withDefaults() {
        return new SpecCheckedSimulator(UnaryOperator.identity());
    }

    static SpecCheckedSimulator with(UnaryOperator<TransfersSimulator.Builder> settings) {
        return new SpecCheckedSimulator(settings);
    }

    static SpecCheckedSimulator withClock(SimulatorClock clock) {
        return new SpecCheckedSimulator(b -> b.clock(clock));
    }

    TransfersSimulator simulator() {
        return simulator;
    }

    /** A client with {@link #FAST_RETRIES}. */
    TransfersClient client() {
        return client;
    }

    String baseUrl() {
        return simulator.baseUrl();
    }

    /** A new client with this retry policy; the caller closes it. */
    TransfersClient client(RetryPolicy policy) {
        return TransfersClient.builder().baseUrl(baseUrl()).accessToken(() -> "test-token").retryPolicy(policy)
                .build();
    }

    /** The exchanges of the current test so far. */
    List<Exchange> exchanges() {
        synchronized (exchanges) {
            return List.copyOf(exchanges);
        }
    }

    /** The exchanges of the current test that carried this MS-RequestId. */
    List<Exchange> exchangesWithRequestId(String requestId) {
        return exchanges().stream()
                .filter(e -> requestId.equalsIgnoreCase(e.requestHeader("MS-RequestId").orElse(""))).toList();
    }

    /** This test sends requests the spec forbids (no token, malformed ids): check only the responses. */
    void allowInvalidRequests() {
        invalidRequestsAllowed = true;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        simulator = settings.apply(TransfersSimulator.builder().port(0)).exchangeListener(exchanges::add).start();
        client = client(FAST_RETRIES);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        try {
            client.close();
        } finally {
            simulator.close();
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        simulator.reset();
        exchanges.clear();
        invalidRequestsAllowed = false;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (context.getExecutionException().isPresent()) {
            return;
        }
        List<String> problems = new ArrayList<>();
        for (Exchange e : exchanges()) {
            if (e.operation() == null) {
                continue;
            }
            if (e.completeResponse()) {
                problems.addAll(SpecCheck.responseProblems(e));
            }
            if (!invalidRequestsAllowed) {
                problems.addAll(SpecCheck.requestProblems(e));
            }
        }
        if (!problems.isEmpty()) {
            throw new AssertionError("exchanges that do not match the spec (" + problems.size() + "):\n  "
                    + String.join("\n  ", problems));
        }
    }
}
