package io.github.pctransfers.conformance.replay;

import com.github.tomakehurst.wiremock.direct.DirectCallHttpServer;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.ImmutableRequest;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.Response;
import java.io.IOException;
import java.util.Locale;
import java.util.function.Consumer;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import okio.Buffer;

/**
 * The client's exchanges answered by an in-process WireMock server, without a socket: an OkHttp application
 * interceptor (installed through the client's {@code KitTransport}) hands each request to WireMock's
 * {@link DirectCallHttpServer}, which matches stubs as its Jetty server would, and turns WireMock's response into
 * OkHttp's. Each request is also handed, as WireMock received it, to a consumer: the replay's record of what the
 * client sent (the server keeps no journal).
 *
 * <p>The request carries the headers OkHttp itself would add on the wire ({@code Host}, {@code Connection},
 * {@code Content-Type} and {@code Content-Length} of a body, {@code User-Agent} when none), so the request recorded
 * is what WireMock's journal would hold behind a socket. {@code Accept-Encoding: gzip} is left out: nothing
 * decompresses here.
 * {@code ReplayPathsTest} runs the kit both ways on the same cases and requires the same findings.
 */
final class DirectCallInterceptor implements Interceptor {
    private static final String OKHTTP_USER_AGENT = "okhttp/4.12.0";
    private final DirectCallHttpServer server;
    private final Consumer<ReceivedRequest> received;

    /** @param received told of every request as WireMock receives it (instead of WireMock's journal) */
    DirectCallInterceptor(DirectCallHttpServer server, Consumer<ReceivedRequest> received) {
        this.server = server;
        this.received = received;
    }

    @Override
    public okhttp3.Response intercept(Chain chain) throws IOException {
        okhttp3.Request request = chain.request();
        ImmutableRequest.Builder wm = ImmutableRequest.create()
                .withAbsoluteUrl(request.url().toString())
                .withMethod(RequestMethod.fromString(request.method()))
                .withProtocol("HTTP/1.1")
                .withClientIp("127.0.0.1");
        Headers headers = request.headers();
        for (String name : headers.names()) {
            wm.withHeader(name, headers.values(name));
        }
        RequestBody body = request.body();
        byte[] bytes = new byte[0];
        if (body != null) {
            MediaType type = body.contentType();
            if (type != null && request.header("Content-Type") == null) {
                wm.withHeader("Content-Type", type.toString());
            }
            Buffer buffer = new Buffer();
            body.writeTo(buffer);
            bytes = buffer.readByteArray();
            wm.withHeader("Content-Length", Long.toString(bytes.length));
        }
        if (request.header("Host") == null) {
            wm.withHeader("Host", host(request.url()));
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
        Response response = server.stubRequest(toWireMock);
        Headers.Builder responseHeaders = new Headers.Builder();
        for (HttpHeader h : response.getHeaders().all()) {
            for (String v : h.values()) {
                responseHeaders.addUnsafeNonAscii(h.key(), v);
            }
        }
        byte[] responseBody = response.getBody() == null ? new byte[0] : response.getBody();
        String contentType = response.getHeaders().getContentTypeHeader().isPresent()
                ? response.getHeaders().getContentTypeHeader().firstValue() : null;
        if (response.getStatus() != 204 && response.getStatus() != 304) {
            // Jetty frames a stubbed body with its length.
            responseHeaders.set("Content-Length", Integer.toString(responseBody.length));
        }
        return new okhttp3.Response.Builder()
                .request(request)
                .protocol(Protocol.HTTP_1_1)
                .code(response.getStatus())
                .message(response.getStatusMessage() == null ? "" : response.getStatusMessage())
                .headers(responseHeaders.build())
                .body(ResponseBody.create(responseBody, contentType == null ? null : MediaType.parse(contentType)))
                .build();
    }

    private static String host(HttpUrl url) {
        return url.port() == HttpUrl.defaultPort(url.scheme()) ? url.host()
                : url.host().toLowerCase(Locale.ROOT) + ":" + url.port();
    }
}
