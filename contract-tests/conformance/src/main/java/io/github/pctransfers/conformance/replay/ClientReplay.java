package io.github.pctransfers.conformance.replay;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.direct.DirectCallHttpServer;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.pctransfers.client.TransfersClient;
import io.github.pctransfers.client.http.RetryPolicy;
import io.github.pctransfers.client.internal.transport.KitTransport;
import io.github.pctransfers.conformance.http.HttpExample;
import io.github.pctransfers.conformance.http.HttpHeader;
import io.github.pctransfers.conformance.spec.SpecOperation;
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
 * <p>One instance per WireMock server; each {@link #replay} resets the server's stubs and request journal first,
 * so cases do not see each other's traffic. Not thread-safe: replays on one server must not overlap.
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

    /** A replay against a server on this machine's loopback at {@code port}. */
    public static ClientReplay onLocalPort(int port) {
        return new ClientReplay(new WireMock("localhost", port), "http://localhost:" + port);
    }

    /**
     * A replay against a WireMock server that runs in this JVM without a socket: {@code server} must have been
     * built with {@code direct} as its HTTP server ({@code wireMockConfig().httpServerFactory(factory)}, then
     * {@code factory.getHttpServer()}). Stubs and the journal are handled by direct calls, and the client's
     * exchanges reach WireMock's stub handler through the client's internal {@code KitTransport} hook
     * (client/API.md). The findings are the same as over a socket ({@code ReplayPathsTest}); it is several times
     * faster, because no exchange crosses the loopback and WireMock's Jetty threads are not involved.
     */
    public static ClientReplay inProcess(WireMockServer server, DirectCallHttpServer direct) {
        Objects.requireNonNull(server, "server");
        return new ClientReplay(StandIn.inProcess(server), KitTransport.interceptedBy(
                clientBuilder("http://127.0.0.1:" + IN_PROCESS_PORT), new DirectCallInterceptor(direct)));
    }

    /** The client's own JSON mapping, used to write back what it returned. Shared: do not configure it. */
    public ObjectMapper clientMapper() {
        return clientMapper;
    }

    /**
     * Stubs {@code reply} for any request, calls the facade for {@code operation} with the arguments of the
     * documented request, and returns what happened.
     *
     * @param requestBody the body to send (the documented one, or its corrected copy)
     */
    public ReplayOutcome replay(SpecOperation operation, HttpExample request, String requestBody, StubReply reply) {
        server.reset();
        FacadeCalls.Planned call;
        try {
            call = FacadeCalls.plan(operation, request, requestBody);
        } catch (FacadeCalls.PlanException e) {
            return ReplayOutcome.notCalled(e.getMessage(), reply);
        }
        server.register(any(anyUrl()).willReturn(response(reply)));
        Object value = null;
        Throwable thrown = null;
        try {
            value = call.invocation().apply(client);
        } catch (RuntimeException e) {
            thrown = e;
        }
        return new ReplayOutcome(call.description(), null, received(), value, thrown, reply);
    }

    private static ResponseDefinitionBuilder response(StubReply reply) {
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

    private List<ReceivedRequest> received() {
        List<LoggedRequest> logged = new ArrayList<>(server.received());
        logged.sort(Comparator.comparing(LoggedRequest::getLoggedDate));
        List<ReceivedRequest> out = new ArrayList<>();
        for (LoggedRequest r : logged) {
            List<HttpHeader> headers = new ArrayList<>();
            for (com.github.tomakehurst.wiremock.http.HttpHeader h : r.getHeaders().all()) {
                for (String v : h.values()) {
                    headers.add(new HttpHeader(h.key(), v));
                }
            }
            String url = r.getUrl();
            int q = url.indexOf('?');
            out.add(new ReceivedRequest(r.getMethod().getName(), q < 0 ? url : url.substring(0, q),
                    q < 0 ? "" : url.substring(q + 1), headers, r.getBodyAsString()));
        }
        return out;
    }

    @Override
    public void close() {
        client.close();
    }

    /** WireMock's stubs and journal, through its HTTP admin API or by direct calls. */
    private interface StandIn {
        void reset();

        void register(MappingBuilder stub);

        List<LoggedRequest> received();

        static StandIn overHttp(WireMock admin) {
            return new StandIn() {
                @Override
                public void reset() {
                    admin.resetMappings();
                    admin.resetRequests();
                }

                @Override
                public void register(MappingBuilder stub) {
                    admin.register(stub);
                }

                @Override
                public List<LoggedRequest> received() {
                    return admin.find(RequestPatternBuilder.allRequests());
                }
            };
        }

        static StandIn inProcess(WireMockServer server) {
            return new StandIn() {
                @Override
                public void reset() {
                    server.resetMappings();
                    server.resetRequests();
                }

                @Override
                public void register(MappingBuilder stub) {
                    server.stubFor(stub);
                }

                @Override
                public List<LoggedRequest> received() {
                    return server.findAll(RequestPatternBuilder.allRequests());
                }
            };
        }
    }
}
