package io.github.pctransfers.client;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.pctransfers.client.http.RetryPolicy;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;

/**
 * One WireMock server for the whole test run (starting one costs about a second), reset before every test. It
 * stands in for Partner Center and, on {@code /{tenant}/oauth2/v2.0/token}, for the Microsoft Entra token
 * endpoint.
 */
abstract class WireMockTestBase {
    static final String CUSTOMER_ID = "b67f0b00-f9e8-4c57-bcb5-0b8b95c6ccf0";
    static final String TRANSFER_ID = "c8ca0fa0-1c2f-4b1b-9a36-cbe0ab1c8a4a";
    static final String TOKEN = "test-access-token-3f9c1e";
    static final String TRANSFER_PATH = "/v1/customers/" + CUSTOMER_ID + "/transfers/" + TRANSFER_ID;
    static final String TRANSFERS_PATH = "/v1/customers/" + CUSTOMER_ID + "/transfers";
    static final String ACCEPT_PATH = TRANSFER_PATH + "/accept";

    static final WireMockServer SERVER = startServer();

    /** The wait a test's sleeper was asked for, in order; nothing actually sleeps. */
    final RecordingSleeper sleeper = new RecordingSleeper();

    private static WireMockServer startServer() {
        WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1")
                .containerThreads(20).jettyAcceptors(1));
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "wiremock-stop"));
        return server;
    }

    @BeforeEach
    void resetServer() {
        SERVER.resetAll();
    }

    static String baseUrl() {
        return "http://127.0.0.1:" + SERVER.port();
    }

    /** Retries with short, recorded waits: four attempts, 100 ms doubling, no jitter, Retry-After up to 60 s. */
    static RetryPolicy.Builder fastRetries() {
        return RetryPolicy.builder().maxAttempts(4).initialBackoff(Duration.ofMillis(100))
                .maxBackoff(Duration.ofSeconds(2)).jitter(0);
    }

    /** A client on WireMock with a static token, fast recorded retries and short timeouts. */
    TransfersClient.Builder clientBuilder() {
        return TransfersClient.builder()
                .baseUrl(baseUrl())
                .accessToken(() -> TOKEN)
                .retryPolicy(fastRetries().build())
                .connectTimeout(Duration.ofSeconds(2))
                .readTimeout(Duration.ofSeconds(5))
                .sleeper(sleeper);
    }

    static List<LoggedRequest> requests() {
        return SERVER.findAll(com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(
                com.github.tomakehurst.wiremock.client.WireMock.anyUrl()));
    }
}
