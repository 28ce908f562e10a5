package io.github.pctransfers.client.internal.transport;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.RuntimeJsonMappingException;
import feign.Response;
import feign.Types;
import feign.Util;
import feign.codec.Decoder;
import io.github.pctransfers.client.internal.generated.invoker.ApiResponse;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Reads JSON bodies into the generated interface's return types ({@code ApiResponse<T>} and plain {@code T}), with
 * the same results as the generated {@code ApiResponseDecoder} on Feign's {@code JacksonDecoder}, but straight from
 * the response bytes: the body is read once into an array of its announced length and parsed by Jackson's byte
 * parser, with one {@link ObjectReader} per type made on first use. The Feign decoder went through an
 * {@code InputStreamReader} and a {@code BufferedReader} and resolved the type on every call (issue 10).
 *
 * <p>As before: 204 and 404 give the type's empty value, no body or an empty one gives {@code null}. A body in a
 * charset other than UTF-8 is decoded to text first.
 */
final class JsonBodyDecoder implements Decoder {
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
        byte[] bytes;
        try (InputStream in = body.asInputStream()) {
            bytes = readAll(in, body.length());
        }
        if (bytes.length == 0) {
            return null;
        }
        ObjectReader reader = readers.computeIfAbsent(type, t -> mapper.readerFor(mapper.constructType(t)));
        try {
            Charset charset = response.charset();
            return charset == null || StandardCharsets.UTF_8.equals(charset) ? reader.readValue(bytes)
                    : reader.readValue(new String(bytes, charset));
        } catch (RuntimeJsonMappingException e) {
            if (e.getCause() instanceof IOException) {
                throw (IOException) e.getCause();
            }
            throw e;
        }
    }

    /** The whole stream; in one array of the announced length when there is one. */
    private static byte[] readAll(InputStream in, Integer length) throws IOException {
        if (length == null || length < 0) {
            return in.readAllBytes();
        }
        byte[] bytes = new byte[length];
        int read = in.readNBytes(bytes, 0, length);
        if (read < length) {
            throw new EOFException("the response body ended after " + read + " of " + length + " bytes");
        }
        return bytes;
    }
}
