package io.github.pctransfers.client.recording;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;

/**
 * The one writer of the HAR format for {@link HarRecorder}: the archive's opening text and one entry as one line
 * of JSON. Pure functions of their input.
 *
 * <p>What an entry holds: {@code startedDateTime}, {@code time}, {@code request} (method, url, httpVersion,
 * headers, queryString, postData when there is a body), {@code response} (status, statusText, httpVersion,
 * headers, content), {@code cache}, {@code timings} (the whole time is {@code wait}: the client does not see
 * connect and send apart), and the custom fields {@code _operation} and {@code _attempt}.
 */
final class HarEntries {
    private static final JsonFactory JSON = new JsonFactory();
    /** The custom field (HAR: names starting with "_") marking a body that was cut. */
    static final String TRUNCATED = "_truncated";

    private final int maxBodyBytes;

    HarEntries(int maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    int maxBodyBytes() {
        return maxBodyBytes;
    }

    /** {@code {"log":{"version":"1.2","creator":{...},"entries":[} without the closing brackets. */
    static byte[] header(String creatorName, String creatorVersion) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeObjectFieldStart("log");
            g.writeStringField("version", "1.2");
            g.writeObjectFieldStart("creator");
            g.writeStringField("name", creatorName);
            g.writeStringField("version", creatorVersion);
            g.writeEndObject();
            g.writeArrayFieldStart("entries");
            // Left open: the generator would close the array and objects on close, so flush what is written.
            g.flush();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One entry as UTF-8 JSON on one line. */
    byte[] entry(RecordedExchange x) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            double millis = x.elapsed().toNanos() / 1e6;
            g.writeStartObject();
            g.writeStringField("startedDateTime", DateTimeFormatter.ISO_INSTANT.format(x.started()));
            g.writeNumberField("time", round(millis));
            g.writeObjectFieldStart("request");
            g.writeStringField("method", x.method());
            g.writeStringField("url", x.url());
            g.writeStringField("httpVersion", x.httpVersion());
            g.writeArrayFieldStart("cookies");
            g.writeEndArray();
            headers(g, x.requestHeaders());
            queryString(g, x.url());
            byte[] requestBody = x.requestBody();
            if (requestBody.length > 0) {
                g.writeObjectFieldStart("postData");
                g.writeStringField("mimeType", orEmpty(x.requestHeader("Content-Type")));
                body(g, requestBody);
                g.writeEndObject();
            }
            g.writeNumberField("headersSize", -1);
            g.writeNumberField("bodySize", requestBody.length);
            g.writeEndObject();

            byte[] responseBody = x.responseBody();
            g.writeObjectFieldStart("response");
            g.writeNumberField("status", x.status());
            g.writeStringField("statusText", x.reason());
            g.writeStringField("httpVersion", x.httpVersion());
            g.writeArrayFieldStart("cookies");
            g.writeEndArray();
            headers(g, x.responseHeaders());
            g.writeObjectFieldStart("content");
            g.writeNumberField("size", responseBody.length);
            String mime = x.responseHeader("Content-Type");
            g.writeStringField("mimeType", mime == null || mime.isEmpty() ? "x-unknown" : mime);
            if (responseBody.length > 0) {
                body(g, responseBody);
            }
            g.writeEndObject();
            g.writeStringField("redirectURL", orEmpty(x.responseHeader("Location")));
            g.writeNumberField("headersSize", -1);
            g.writeNumberField("bodySize", responseBody.length);
            g.writeEndObject();

            g.writeObjectFieldStart("cache");
            g.writeEndObject();
            g.writeObjectFieldStart("timings");
            g.writeNumberField("send", 0);
            g.writeNumberField("wait", round(millis));
            g.writeNumberField("receive", 0);
            g.writeEndObject();
            g.writeStringField("_operation", x.operation());
            g.writeNumberField("_attempt", x.attempt());
            g.writeEndObject();
        } catch (IOException e) {
            // Writing to memory does not fail for I/O reasons; only a bug gets here.
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** {@code text} (cut to the limit and marked when longer), or a comment when the body is not UTF-8 text. */
    private void body(JsonGenerator g, byte[] body) throws IOException {
        int keep = Math.min(body.length, maxBodyBytes);
        // Back off to the start of a character, so the kept text is valid UTF-8.
        while (keep > 0 && keep < body.length && (body[keep] & 0xC0) == 0x80) {
            keep--;
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body, 0, keep)).toString();
        } catch (CharacterCodingException notText) {
            g.writeStringField("comment", "not recorded: a body of " + body.length + " bytes that is not UTF-8 text");
            return;
        }
        g.writeStringField("text", text);
        if (keep < body.length) {
            g.writeStringField("comment", "truncated by the recorder: " + keep + " of " + body.length
                    + " bytes kept (maxBodyBytes " + maxBodyBytes + ")");
            g.writeBooleanField(TRUNCATED, true);
        }
    }

    private static void headers(JsonGenerator g, Iterable<RecordedExchange.Header> headers) throws IOException {
        g.writeArrayFieldStart("headers");
        for (RecordedExchange.Header h : headers) {
            g.writeStartObject();
            g.writeStringField("name", h.name());
            g.writeStringField("value", h.value());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** The query as HAR lists it: name and value as they appear in the URL. */
    private static void queryString(JsonGenerator g, String url) throws IOException {
        g.writeArrayFieldStart("queryString");
        int q = url.indexOf('?');
        if (q >= 0) {
            int hash = url.indexOf('#', q);
            String query = url.substring(q + 1, hash < 0 ? url.length() : hash);
            for (String pair : query.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                g.writeStartObject();
                g.writeStringField("name", eq < 0 ? pair : pair.substring(0, eq));
                g.writeStringField("value", eq < 0 ? "" : pair.substring(eq + 1));
                g.writeEndObject();
            }
        }
        g.writeEndArray();
    }

    private static double round(double millis) {
        return Math.round(millis * 1000) / 1000.0;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
