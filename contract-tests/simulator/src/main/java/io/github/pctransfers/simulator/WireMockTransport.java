package io.github.pctransfers.simulator;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.common.Notifier;
import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the engine over HTTP with WireMock: one catch-all stub whose response a transformer computes, so WireMock
 * brings the server, connection resets and delays, and the engine the API. Bound to 127.0.0.1 only; the admin API
 * is closed and WireMock's own logging goes to SLF4J at DEBUG.
 */
final class WireMockTransport implements ResponseDefinitionTransformerV2 {
    static final String NAME = "pc-transfers-simulator";
    static final String LOOPBACK = "127.0.0.1";

    private final SimulatorEngine engine;
    private final WireMockServer server;

    WireMockTransport(SimulatorEngine engine, int port) {
        this.engine = engine;
        WireMockConfiguration options = WireMockConfiguration.options()
                .bindAddress(LOOPBACK)
                .port(port)
                .http2PlainDisabled(true)
                .jettyStopTimeout(200L)
                .gzipDisabled(true)
                .useChunkedTransferEncoding(Options.ChunkedEncodingPolicy.NEVER)
                .disableRequestJournal()
                .stubRequestLoggingDisabled(true)
                .extensionScanningEnabled(false)
                .adminAuthenticator(request -> false)
                .notifier(new DebugNotifier())
                .extensions(this);
        this.server = new WireMockServer(options);
    }

    void listen() {
        try {
            server.start();
        } catch (RuntimeException e) {
            throw new IllegalStateException("the simulator could not listen on " + LOOPBACK + ":"
                    + server.getOptions().portNumber() + ": " + rootMessage(e), e);
        }
        server.stubFor(any(anyUrl()).willReturn(aResponse().withTransformers(NAME)));
    }

    int port() {
        return server.port();
    }

    void shutdown() {
        server.stop();
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        Request request = serveEvent.getRequest();
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (HttpHeader h : request.getHeaders().all()) {
            headers.put(h.key(), h.values());
        }
        SimResponse response = engine.handle(SimRequest.of(request.getMethod().getName(), request.getUrl(), headers,
                request.getBody()));
        ResponseDefinitionBuilder builder = aResponse();
        if (!response.latency().isZero()) {
            builder.withFixedDelay((int) Math.min(Integer.MAX_VALUE, response.latency().toMillis()));
        }
        if (response.fault() == SimulatedFault.Kind.CONNECTION_RESET) {
            return builder.withFault(Fault.CONNECTION_RESET_BY_PEER).build();
        }
        builder.withStatus(response.status());
        response.headers().forEach(builder::withHeader);
        if (response.body().length > 0) {
            builder.withBody(response.body());
        }
        return builder.build();
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    /** WireMock's messages, at DEBUG: the simulator is quiet unless asked. */
    private static final class DebugNotifier implements Notifier {
        private static final Logger LOG = LoggerFactory.getLogger("io.github.pctransfers.simulator.wiremock");

        @Override
        public void info(String message) {
            LOG.debug(message);
        }

        @Override
        public void error(String message) {
            LOG.debug(message);
        }

        @Override
        public void error(String message, Throwable t) {
            LOG.debug(message, t);
        }
    }
}
