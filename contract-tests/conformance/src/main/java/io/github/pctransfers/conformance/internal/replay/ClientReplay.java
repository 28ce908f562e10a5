package io.github.pctransfers.conformance.internal.replay;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import com.github.tomakehurst.wiremock.direct.DirectCallHttpServerFactory;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.pctransfers.client.TransfersClient;
import io.github.pctransfers.client.http.RetryPolicy;
import io.github.pctransfers.conformance.http.HttpExample;
import io.github.pctransfers.conformance.http.HttpHeader;
import io.github.pctransfers.conformance.internal.spec.SpecOperation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Drives the real {@link TransfersClient} against a WireMock server: stubs the documented response, calls the
 * facade method for the operation with the documented arguments, and captures what the server received.
 *
 * <p>One instance per WireMock server; each {@link #replay} starts from a clean server (over HTTP: stubs and
 * journal reset; in process: a new current exchange), so cases do not see each other's traffic. Not thread-safe:
 * replays on one server must not overlap.
 *
 * <p>The client is built with the fixed token {@link #ACCESS_TOKEN} and {@link RetryPolicy#none()}: a documented
 * 429 or 500 is answered once, not retried. The client still refreshes its token and retries once after a 401, as
 * it always does, so a 401 case produces two identical requests.
 */
public final class ClientReplay implements AutoCloseable {
    /** The token the client sends; requests must carry {@code Authorization: Bearer} with it. */
    public static final String ACCESS_TOKEN = "conformance-kit-token";
    /** The port in the URLs of an in-process replay: nothing listens on it, nothing connects to it. */
    private static final int IN_PROCESS_PORT = 8080;

    private final StandIn server;
    private final TransfersClient client;
    /** Taken once: {@link TransfersClient#objectMapper()} makes a new copy, with empty caches, on every call. */
    private final ObjectMapper clientMapper;

    /**
     * @param server  the admin client of the WireMock server
     * @param baseUrl the server's base URL, e.g. {@code http://localhost:8089} (plain http is accepted for loopback)
     */
    public ClientReplay(WireMock server, String baseUrl) {
        this(StandIn.overHttp(Objects.requireNonNull(server, "server")), clientBuilder(baseUrl));
    }

    private ClientReplay(StandIn server, TransfersClient.Builder clientBuilder) {
        this.server = server;
        this.client = clientBuilder.build();
        this.clientMapper = client.objectMapper();
    }

    private static TransfersClient.Builder clientBuilder(String baseUrl) {
        return TransfersClient.builder()
                .baseUrl(baseUrl)
                .accessToken(() -> ACCESS_TOKEN)
                .retryPolicy(RetryPolicy.none())
                .readTimeout(Duration.ofSeconds(10));
    }

    /**
     * A replay against a server on this machine's loopback at {@code port}.
     *
     * @param port the port
     * @return a replay against a server on this machine's loopback at {@code port}
     */
    public static ClientReplay onLocalPort(int port) {
        return new ClientReplay(new WireMock("localhost", port), "http://localhost:" + port);
    }

    /**
     * A replay against its own WireMock server that runs in this JVM without a socket (stopped by {@link #close}).
     * The client's exchanges reach WireMock's stub handler through the client's advanced
     * {@code InProcessTransport} (client/API.md), and WireMock answers them from its one stub, set up once: a catch-all whose response
     * is the reply of the exchange in progress ({@link CurrentExchange}, a WireMock response transformer). The
     * interceptor records each request as WireMock received it, so WireMock keeps no journal and nothing is reset,
     * registered or searched per case. The findings are the same as over a socket ({@code ReplayPathsTest}).
     *
     * @return a replay against its own WireMock server that runs in this JVM without a socket (stopped by {@link
     *     #close})
     */
    public static ClientReplay inProcess() {
        CurrentExchange exchange = new CurrentExchange();
        DirectCallHttpServerFactory direct = new DirectCallHttpServerFactory();
        WireMockServer server = new WireMockServer(wireMockConfig()
                .httpServerFactory(direct)
                .disableRequestJournal()
                // Else WireMock formats every request and its response definition (as JSON) for a log nobody reads.
                .stubRequestLoggingDisabled(true)
                .extensions(exchange)
                .notifier(new ConsoleNotifier(false)));
        server.start();
        try {
            server.stubFor(any(anyUrl()).willReturn(aResponse()));
            return new ClientReplay(StandIn.inProcess(server, exchange),
                    clientBuilder("http://127.0.0.1:" + IN_PROCESS_PORT).inProcessTransport(
                            new DirectCallTransport(direct.getHttpServer(), exchange::received)));
        } catch (RuntimeException e) {
            server.stop();
            throw e;
        }
    }

    /**
     * The client's own JSON mapping, used to write back what it returned. Shared: do not configure it.
     *
     * @return the client's own JSON mapping, used to write back what it returned
     */
    public ObjectMapper clientMapper() {
        return clientMapper;
    }

    /**
     * Stubs {@code reply} for any request, calls the facade for {@code operation} with the arguments of the
     * documented request, and returns what happened.
     *
     * @param operation the operation
     * @param request the request
     * @param requestBody the body to send (the documented one, or its corrected copy)
     * @param reply the reply
     * @return the replay outcome
     */
    public ReplayOutcome replay(SpecOperation operation, HttpExample request, String requestBody, StubReply reply) {
        FacadeCalls.Planned call;
        try {
            call = FacadeCalls.plan(operation, request, requestBody);
        } catch (FacadeCalls.PlanException e) {
            return ReplayOutcome.notCalled(e.getMessage(), reply);
        }
        server.start(reply);
        Object value = null;
        Throwable thrown = null;
        try {
            value = call.invocation().apply(client);
        } catch (RuntimeException e) {
            thrown = e;
        }
        return new ReplayOutcome(call.description(), null, server.received(), value, thrown, reply);
    }

    /** WireMock's answer for {@code reply}: every sendable header (repeated names grouped), and the body. */
    static ResponseDefinitionBuilder response(StubReply reply) {
        ResponseDefinitionBuilder b = aResponse().withStatus(reply.status());
        Map<String, List<String>> grouped = new LinkedHashMap<>();
        for (HttpHeader h : reply.sendable()) {
            grouped.computeIfAbsent(h.name(), k -> new ArrayList<>()).add(h.value());
        }
        grouped.forEach((name, values) -> b.withHeader(name, values.toArray(new String[0])));
        if (!reply.body().isEmpty()) {
            b.withBody(reply.body());
        }
        return b;
    }

    /** The journalled requests of one case, in the order they arrived. */
    private static List<ReceivedRequest> received(List<LoggedRequest> journal) {
        List<LoggedRequest> logged = new ArrayList<>(journal);
        logged.sort(Comparator.comparing(LoggedRequest::getLoggedDate));
        List<ReceivedRequest> out = new ArrayList<>();
        for (LoggedRequest r : logged) {
            out.add(received(r));
        }
        return out;
    }

    /** A request as WireMock holds it (journalled, or handed to its stub handler). */
    static ReceivedRequest received(Request r) {
        List<HttpHeader> headers = new ArrayList<>();
        for (com.github.tomakehurst.wiremock.http.HttpHeader h : r.getHeaders().all()) {
            for (String v : h.values()) {
                headers.add(new HttpHeader(h.key(), v));
            }
        }
        String url = r.getUrl();
        int q = url.indexOf('?');
        return new ReceivedRequest(r.getMethod().getName(), q < 0 ? url : url.substring(0, q),
                q < 0 ? "" : url.substring(q + 1), headers, r.getBodyAsString());
    }

    @Override
    public void close() {
        try {
            client.close();
        } finally {
            server.close();
        }
    }

    /** The stand-in server of one replay: what it answers next, and what it received since. */
    private interface StandIn {
        /** Answer every request with {@code reply} until the next start; forget what was received. */
        void start(StubReply reply);

        /** What was received since {@link #start}, in order. */
        List<ReceivedRequest> received();

        /** Stops a server the replay owns. */
        void close();

        /** A server reached through its HTTP admin API: stubs and journal reset and set per case. */
        static StandIn overHttp(WireMock admin) {
            return new StandIn() {
                @Override
                public void start(StubReply reply) {
                    admin.resetMappings();
                    admin.resetRequests();
                    admin.register(any(anyUrl()).willReturn(response(reply)));
                }

                @Override
                public List<ReceivedRequest> received() {
                    return ClientReplay.received(admin.find(RequestPatternBuilder.allRequests()));
                }

                @Override
                public void close() {
                }
            };
        }

        /** The replay's own in-process server: one stub answering the current exchange, no journal. */
        static StandIn inProcess(WireMockServer server, CurrentExchange exchange) {
            return new StandIn() {
                @Override
                public void start(StubReply reply) {
                    exchange.start(reply);
                }

                @Override
                public List<ReceivedRequest> received() {
                    return exchange.received();
                }

                @Override
                public void close() {
                    server.stop();
                }
            };
        }
    }
}
