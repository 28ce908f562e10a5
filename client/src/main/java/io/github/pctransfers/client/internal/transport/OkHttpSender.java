package io.github.pctransfers.client.internal.transport;

import feign.Client;
import feign.Request;
import feign.Response;
import io.github.pctransfers.client.http.PartnerCenterHeaders;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;

/**
 * Feign's {@link Client} on OkHttp, written for this transport in place of {@code feign.okhttp.OkHttpClient}: the
 * same request on the wire (headers as Feign built them, {@code Accept: *}{@code /*} when none, the body with the
 * request's {@code Content-Type}), but the Feign response is built once. The Feign adapter built it, then copied it
 * (and its header map) to set the request, which the profile of a {@code getTransfer} showed.
 *
 * <p>The timeouts come from the options Feign passes in; OkHttp derives a client only when they differ from the
 * defaults, as the adapter did. So does the attempt's {@code Authorization} header, which goes on the OkHttp request
 * only (see {@link AttemptClient}).
 */
final class OkHttpSender implements Client {
    /** A body that can be read whole in one array, sized by the Content-Length when there is one. */
    interface WholeBody {
        byte[] bytes() throws IOException;
    }

    private static final String JSON = "application/json";
    private static final MediaType JSON_TYPE = MediaType.get(JSON);

    private final OkHttpClient http;
    private final boolean tagBodyBytes;

    /**
     * @param http the OkHttp client every request goes through
     * @param tagBodyBytes whether each request carries its body bytes as a tag, for an {@link InProcessInterceptor};
     *     only then, since a tag costs OkHttp a map on every request with a body
     */
    OkHttpSender(OkHttpClient http, boolean tagBodyBytes) {
        this.http = http;
        this.tagBodyBytes = tagBodyBytes;
    }

    @Override
    public Response execute(Request request, Request.Options options) throws IOException {
        String authorization = options instanceof AttemptOptions ? ((AttemptOptions) options).authorization() : null;
        okhttp3.Response response = clientFor(options).newCall(toOkHttp(request, authorization)).execute();
        return Response.builder()
                .protocolVersion(protocol(response.protocol()))
                .status(response.code())
                .reason(response.message())
                .request(request)
                .headers(headers(response.headers()))
                .body(body(response.body()))
                .build();
    }

    /** OkHttp's multimap (lower-case names), which Feign copies once into its case-insensitive map. */
    @SuppressWarnings({"unchecked", "rawtypes"}) // a Map of Lists read as a Map of Collections, never written
    private static Map<String, Collection<String>> headers(okhttp3.Headers headers) {
        return (Map) headers.toMultimap();
    }

    private OkHttpClient clientFor(Request.Options options) {
        if (http.connectTimeoutMillis() == options.connectTimeoutMillis()
                && http.readTimeoutMillis() == options.readTimeoutMillis()
                && http.followRedirects() == options.isFollowRedirects()) {
            return http;
        }
        return http.newBuilder()
                .connectTimeout(options.connectTimeoutMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(options.readTimeoutMillis(), TimeUnit.MILLISECONDS)
                .followRedirects(options.isFollowRedirects())
                .build();
    }

    /**
     * The OkHttp request: Feign's headers in their order, with {@code authorization} (when not null) in its sorted
     * place among them, as if the Feign request had held it.
     */
    private okhttp3.Request toOkHttp(Request request, String authorization) {
        okhttp3.Request.Builder builder = new okhttp3.Request.Builder().url(request.url());
        MediaType mediaType = null;
        boolean hasAccept = false;
        String pendingAuthorization = authorization;
        for (Map.Entry<String, Collection<String>> header : request.headers().entrySet()) {
            String name = header.getKey();
            if (name.equalsIgnoreCase(PartnerCenterHeaders.AUTHORIZATION)) {
                continue;
            }
            if (pendingAuthorization != null
                    && String.CASE_INSENSITIVE_ORDER.compare(name, PartnerCenterHeaders.AUTHORIZATION) > 0) {
                builder.addHeader(PartnerCenterHeaders.AUTHORIZATION, pendingAuthorization);
                pendingAuthorization = null;
            }
            hasAccept |= name.equalsIgnoreCase("Accept");
            boolean contentType = name.equalsIgnoreCase("Content-Type");
            for (String value : header.getValue()) {
                builder.addHeader(name, value);
                if (contentType) {
                    // The generated interface's one Content-Type, parsed once (parse runs two regexes).
                    mediaType = JSON.equals(value) ? JSON_TYPE : MediaType.parse(value);
                }
            }
        }
        if (pendingAuthorization != null) {
            builder.addHeader(PartnerCenterHeaders.AUTHORIZATION, pendingAuthorization);
        }
        if (!hasAccept) {
            builder.addHeader("Accept", "*/*");
        }
        byte[] body = request.body();
        if (request.httpMethod().isWithBody()) {
            // The body carries its Content-Type.
            builder.removeHeader("Content-Type");
            if (body == null) {
                body = new byte[0];
            }
        }
        if (body != null && tagBodyBytes) {
            // So that an in-process transport reads the bytes without OkHttp's I/O library (InProcessInterceptor).
            builder.tag(BodyBytes.class, new BodyBytes(body));
        }
        return builder.method(request.httpMethod().name(), body == null ? null : RequestBody.create(body, mediaType))
                .build();
    }

    private static Request.ProtocolVersion protocol(okhttp3.Protocol protocol) {
        switch (protocol) {
            case HTTP_1_0:
                return Request.ProtocolVersion.HTTP_1_0;
            case HTTP_2:
            case H2_PRIOR_KNOWLEDGE:
                return Request.ProtocolVersion.HTTP_2;
            default:
                return Request.ProtocolVersion.HTTP_1_1;
        }
    }

    /** No body when OkHttp has none or it is known to be empty, as with the adapter. */
    private static Response.Body body(ResponseBody body) {
        if (body == null) {
            return null;
        }
        if (body.contentLength() == 0) {
            body.close();
            return null;
        }
        long length = body.contentLength();
        Integer knownLength = length >= 0 && length <= Integer.MAX_VALUE ? (int) length : null;
        return new WholeResponseBody() {
            @Override
            public byte[] bytes() throws IOException {
                return body.bytes();
            }

            @Override
            public Integer length() {
                return knownLength;
            }

            @Override
            public boolean isRepeatable() {
                return false;
            }

            @Override
            public InputStream asInputStream() {
                return body.byteStream();
            }

            /** The charset the response names, else UTF-8 (OkHttp's rule), as with the adapter. */
            @Override
            public Reader asReader(Charset charset) {
                return body.charStream();
            }

            @Override
            public void close() {
                body.close();
            }
        };
    }

    /** The bytes of a request body, tagged on the OkHttp request. */
    static final class BodyBytes {
        final byte[] bytes;

        BodyBytes(byte[] bytes) {
            this.bytes = bytes;
        }
    }

    /** OkHttp's body as Feign's, also readable whole. */
    private interface WholeResponseBody extends Response.Body, WholeBody {
    }
}
