package io.github.pctransfers.client.internal.transport;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.RuntimeJsonMappingException;
import feign.Response;
import feign.Types;
import feign.Util;
import feign.codec.Decoder;
import io.github.pctransfers.client.internal.generated.invoker.ApiResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Reads JSON bodies into the generated interface's return types ({@code ApiResponse<T>} and plain {@code T}), with
 * the same results as the generated {@code ApiResponseDecoder} on Feign's {@code JacksonDecoder}, but straight from
 * the response bytes, with one {@link ObjectReader} per type made on first use. A body of known length up to
 * {@link #WHOLE_BODY_LIMIT} is read whole into one array (OkHttp sizes it by the Content-Length) and Jackson's
 * byte parser reads that; a larger or unsized one is parsed from OkHttp's stream. The Feign decoder went through
 * an {@code InputStreamReader} and a {@code BufferedReader} and resolved the type on every call; parsing OkHttp's
 * stream instead of an array cost 1.8 times the CPU of the parse itself in a profile.
 *
 * <p>As before: 204 and 404 give the type's empty value, no body or an empty one gives {@code null}. A body in a
 * charset other than UTF-8 is decoded to text first.
 */
final class JsonBodyDecoder implements Decoder {
    /**
     * Bodies up to this many bytes (a list of about 11,000 transfers), with a known length, are read whole and
     * parsed from the array: faster than parsing OkHttp's stream (a 10,000-item list: about 1.0 times raw OkHttp +
     * Jackson against 1.2 to 1.3 times from the stream). Larger or unsized ones are parsed from the stream, so that
     * memory holds the decoded objects and not also a copy of the body.
     */
    static final int WHOLE_BODY_LIMIT = 16 * 1024 * 1024;

    private final ObjectMapper mapper;
    private final ConcurrentMap<Type, ObjectReader> readers = new ConcurrentHashMap<>();

    JsonBodyDecoder(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Object decode(Response response, Type type) throws IOException {
        if (type instanceof ParameterizedType && Types.getRawType(type).isAssignableFrom(ApiResponse.class)) {
            Object body = decodeBody(response, ((ParameterizedType) type).getActualTypeArguments()[0]);
            return new ApiResponse<>(response.status(), Collections.unmodifiableMap(response.headers()), body);
        }
        return decodeBody(response, type);
    }

    private Object decodeBody(Response response, Type type) throws IOException {
        if (response.status() == 404 || response.status() == 204) {
            return Util.emptyValueOf(type);
        }
        Response.Body body = response.body();
        if (body == null) {
            return null;
        }
        ObjectReader reader = readers.computeIfAbsent(type, t -> mapper.readerFor(mapper.constructType(t)));
        Charset charset = charsetOf(response);
        try (InputStream in = body.asInputStream()) {
            if (!StandardCharsets.UTF_8.equals(charset)) {
                byte[] bytes = in.readAllBytes();
                return bytes.length == 0 ? null : reader.readValue(new String(bytes, charset));
            }
            Integer length = body.length();
            if (length != null && length <= WHOLE_BODY_LIMIT && body instanceof OkHttpSender.WholeBody) {
                byte[] bytes = ((OkHttpSender.WholeBody) body).bytes();
                return bytes.length == 0 ? null : reader.readValue(bytes);
            }
            PushbackInputStream stream = new PushbackInputStream(in, 1);
            int first = stream.read();
            if (first < 0) {
                return null;
            }
            stream.unread(first);
            return reader.readValue(stream);
        } catch (RuntimeJsonMappingException e) {
            if (e.getCause() instanceof IOException) {
                throw (IOException) e.getCause();
            }
            throw e;
        }
    }

    /**
     * The body's charset as {@link Response#charset()} gives it; Partner Center's two usual Content-Types are
     * answered without it, because it compiles a regular expression on every call.
     */
    private static Charset charsetOf(Response response) {
        Collection<String> types = response.headers().get("Content-Type");
        if (types == null || types.isEmpty()) {
            return StandardCharsets.UTF_8;
        }
        if (types.size() == 1) {
            String type = types.iterator().next();
            if (type.indexOf(';') < 0 || type.equalsIgnoreCase("application/json; charset=utf-8")) {
                return StandardCharsets.UTF_8;
            }
        }
        return response.charset();
    }
}
