package io.github.pctransfers.conformance.internal.replay;

import com.github.tomakehurst.wiremock.direct.DirectCallHttpServer;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.ImmutableRequest;
import com.github.tomakehurst.wiremock.http.RequestMethod;

import io.github.pctransfers.client.http.InProcessTransport;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The client's exchanges answered by an in-process WireMock server, without a socket: the client's
 * {@link InProcessTransport} hands each request to WireMock's {@link DirectCallHttpServer}, which matches stubs as
 * its Jetty server would. Each request is also handed, as WireMock received it, to a consumer: the replay's record
 * of what the client sent (the server keeps no journal).
 *
 * <p>The request carries the headers OkHttp itself would add on the wire ({@code Host}, {@code Connection},
 * {@code User-Agent} when none; the client's transport already gives a body its {@code Content-Length}), so the request recorded is what WireMock's
 * journal would hold behind a socket. {@code Accept-Encoding: gzip} is left out: nothing decompresses here.
 * {@code ReplayPathsTest} runs the kit both ways on the same cases and requires the same findings.
 */
final class DirectCallTransport implements InProcessTransport {
    private static final String OKHTTP_USER_AGENT = "okhttp/4.12.0";
    private final DirectCallHttpServer server;
    private final Consumer<ReceivedRequest> received;

    /** @param received told of every request as WireMock receives it (instead of WireMock's journal) */
    DirectCallTransport(DirectCallHttpServer server, Consumer<ReceivedRequest> received) {
        this.server = server;
        this.received = received;
    }

    @Override
    public InProcessTransport.Response exchange(InProcessTransport.Request request) {
        ImmutableRequest.Builder wm = ImmutableRequest.create()
                .withAbsoluteUrl(request.url())
                .withMethod(RequestMethod.fromString(request.method()))
                .withProtocol("HTTP/1.1")
                .withClientIp("127.0.0.1");
        request.headers().forEach(wm::withHeader);
        byte[] bytes = request.body();
        if (request.header("Host") == null) {
            wm.withHeader("Host", host(URI.create(request.url())));
        }
        if (request.header("Connection") == null) {
            wm.withHeader("Connection", "Keep-Alive");
        }
        if (request.header("User-Agent") == null) {
            wm.withHeader("User-Agent", OKHTTP_USER_AGENT);
        }
        wm.withBody(bytes);

        ImmutableRequest toWireMock = wm.build();
        received.accept(ClientReplay.received(toWireMock));
        com.github.tomakehurst.wiremock.http.Response response = server.stubRequest(toWireMock);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (HttpHeader h : response.getHeaders().all()) {
            headers.computeIfAbsent(h.key(), k -> new ArrayList<>(1)).addAll(h.values());
        }
        byte[] responseBody = response.getBody() == null ? new byte[0] : response.getBody();
        if (response.getStatus() != 204 && response.getStatus() != 304) {
            // Jetty frames a stubbed body with its length.
            headers.keySet().removeIf(name -> name.equalsIgnoreCase("Content-Length"));
            headers.put("Content-Length", List.of(Integer.toString(responseBody.length)));
        }
        return new InProcessTransport.Response(response.getStatus(),
                response.getStatusMessage() == null ? "" : response.getStatusMessage(), headers, responseBody);
    }

    private static String host(URI url) {
        int port = url.getPort();
        boolean defaultPort = port == -1 || ("http".equals(url.getScheme()) && port == 80)
                || ("https".equals(url.getScheme()) && port == 443);
        return defaultPort ? url.getHost() : url.getHost().toLowerCase(Locale.ROOT) + ":" + port;
    }
}
