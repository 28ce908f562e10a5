package io.github.pctransfers.client.internal.transport;

import io.github.pctransfers.client.http.InProcessTransport;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;

/**
 * The OkHttp side of {@link InProcessTransport}: an application interceptor that hands each request to the
 * transport instead of the network, so the transport's API names no OkHttp type.
 */
final class InProcessInterceptor implements Interceptor {
    private final InProcessTransport transport;

    InProcessInterceptor(InProcessTransport transport) {
        this.transport = transport;
    }

    @Override
    public okhttp3.Response intercept(Chain chain) throws IOException {
        okhttp3.Request request = chain.request();
        Map<String, List<String>> headers = new LinkedHashMap<>();
        Headers h = request.headers();
        for (int i = 0; i < h.size(); i++) {
            headers.computeIfAbsent(h.name(i), k -> new ArrayList<>(1)).add(h.value(i));
        }
        byte[] body = new byte[0];
        RequestBody requestBody = request.body();
        if (requestBody != null) {
            MediaType type = requestBody.contentType();
            if (type != null && request.header("Content-Type") == null) {
                headers.computeIfAbsent("Content-Type", k -> new ArrayList<>(1)).add(type.toString());
            }
            OkHttpSender.BodyBytes bytes = request.tag(OkHttpSender.BodyBytes.class);
            if (bytes == null) {
                throw new IOException("a request body the in-process transport cannot read");
            }
            body = bytes.bytes;
            if (request.header("Content-Length") == null) {
                // What OkHttp frames a body with on the wire.
                headers.computeIfAbsent("Content-Length", k -> new ArrayList<>(1)).add(Integer.toString(body.length));
            }
        }
        byte[] sent = body;
        InProcessTransport.Response response = transport.exchange(
                new InProcessTransport.Request(request.method(), request.url().toString(), headers, sent));
        if (response == null) {
            throw new IOException("the in-process transport answered no response");
        }
        Headers.Builder responseHeaders = new Headers.Builder();
        response.headers().forEach((name, values) -> values.forEach(v -> responseHeaders.addUnsafeNonAscii(name, v)));
        String contentType = response.header("Content-Type");
        return new okhttp3.Response.Builder()
                .request(request)
                .protocol(Protocol.HTTP_1_1)
                .code(response.status())
                .message(response.reason())
                .headers(responseHeaders.build())
                .body(ResponseBody.create(response.body(), contentType == null ? null : MediaType.parse(contentType)))
                .build();
    }
}
