package io.github.pctransfers.conformance.internal.har;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.pctransfers.conformance.http.HttpHeader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * An HTTP Archive (HAR 1.2, as Chrome, Firefox, Edge, Fiddler and Charles export it), read entry by entry with a
 * streaming parser, so a capture of any size needs memory for one entry at a time.
 *
 * <p>{@link #open} reads the whole file once, checking that it is JSON, that it has {@code log.entries}, and that
 * every entry has a {@code request} with a {@code method} and a {@code url}; it counts the entries. Only then does
 * {@link #forEachEntry} read the entries again, one at a time, so a file cut short is refused before any work is
 * done, and the count is known for progress reports.
 *
 * <p>What is read: {@code request.method}, {@code request.url}, {@code request.httpVersion}, {@code request.headers},
 * {@code request.postData.text}; {@code response.status}, {@code statusText}, {@code httpVersion}, {@code headers}
 * and {@code content.text} (decoded when {@code content.encoding} is {@code base64}). A missing {@code response},
 * or a status of 0 (what browsers write for a blocked or aborted request), is an entry without a response. HTTP/2
 * pseudo-headers ({@code :authority}, {@code :path}, ...) are left out. A body marked {@code "_truncated": true}
 * (the client's recorder cuts bodies past its limit) is noted in {@link HarEntry#truncated()}. Everything else (timings, cookies, cache,
 * {@code queryString}, which repeats the URL) is skipped.
 */
public final class HarFile {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The custom field (HAR allows fields starting with "_") the client's recorder puts on a body it cut. */
    static final String TRUNCATED = "_truncated";

    private final Path path;
    private final int entryCount;
    private final String creator;

    private HarFile(Path path, int entryCount, String creator) {
        this.path = path;
        this.entryCount = entryCount;
        this.creator = creator;
    }

    /** What {@link #forEachEntry} hands each entry to. */
    @FunctionalInterface
    public interface EntryConsumer {
        /**
         * Accept.
         *
         * @param entry the entry
         */
        void accept(HarEntry entry);
    }

    /**
     * Reads and checks a whole archive, without keeping its entries.
     *
     * @param file the file
     * @return and checks a whole archive, without keeping its entries
     * @throws HarFormatException when the file cannot be read, is not JSON, is cut short, or is not an archive
     */
    public static HarFile open(Path file) throws HarFormatException {
        return open(file, entry -> { });
    }

    /**
     * Reads and checks a whole archive, handing each entry to {@code firstLook} (e.g. to count the entries a filter
     * keeps) without keeping them.
     *
     * @param file the file
     * @param firstLook the first look
     * @return and checks a whole archive, handing each entry to {@code firstLook} (e.g. to count the entries a filter
     *     keeps) without keeping them
     * @throws HarFormatException when the file cannot be read, is not JSON, is cut short, or is not an archive
     */
    public static HarFile open(Path file, EntryConsumer firstLook) throws HarFormatException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(firstLook, "firstLook");
        int[] count = {0};
        String creator = scan(file, entry -> {
            count[0]++;
            firstLook.accept(entry);
        });
        return new HarFile(file, count[0], creator);
    }

    /** {@return the path} */
    public Path path() {
        return path;
    }

    /**
     * The number of entries in {@code log.entries}.
     *
     * @return the number of entries in {@code log.entries}
     */
    public int entryCount() {
        return entryCount;
    }

    /**
     * {@code log.creator} as "name version" (e.g. {@code WebInspector 537.36}), or the empty string.
     *
     * @return {@code log.creator} as "name version" (e.g. {@code WebInspector 537.36}), or the empty string
     */
    public String creator() {
        return creator;
    }

    /**
     * Reads the entries again, in order, handing each to {@code consumer}.
     *
     * @param consumer the consumer
     * @throws HarFormatException when the file changed since {@link #open} and is no longer readable
     */
    public void forEachEntry(EntryConsumer consumer) throws HarFormatException {
        scan(path, consumer);
    }

    private static String scan(Path file, EntryConsumer consumer) throws HarFormatException {
        try (JsonParser p = JSON.createParser(file.toFile())) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new HarFormatException("not an HTTP Archive: the file is empty", 0, 0);
            }
            if (first != JsonToken.START_OBJECT) {
                throw at("not an HTTP Archive: the file is JSON but not an object", p.currentTokenLocation());
            }
            boolean sawLog = false;
            boolean sawEntries = false;
            String creator = "";
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                if (!"log".equals(name)) {
                    p.skipChildren();
                    continue;
                }
                if (p.currentToken() != JsonToken.START_OBJECT) {
                    throw at("not an HTTP Archive: \"log\" is not an object", p.currentTokenLocation());
                }
                sawLog = true;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    p.nextToken();
                    if ("entries".equals(field)) {
                        if (p.currentToken() != JsonToken.START_ARRAY) {
                            throw at("not an HTTP Archive: \"log.entries\" is not an array", p.currentTokenLocation());
                        }
                        sawEntries = true;
                        readEntries(p, consumer);
                    } else if ("creator".equals(field) && p.currentToken() == JsonToken.START_OBJECT) {
                        JsonNode c = p.readValueAsTree();
                        creator = (text(c, "name") + " " + text(c, "version")).strip();
                    } else {
                        p.skipChildren();
                    }
                }
            }
            if (p.nextToken() != null) {
                throw at("unexpected content after the end of the archive", p.currentTokenLocation());
            }
            if (!sawLog) {
                throw new HarFormatException("not an HTTP Archive: no \"log\" object", 0, 0);
            }
            if (!sawEntries) {
                throw new HarFormatException("not an HTTP Archive: no \"log.entries\" array", 0, 0);
            }
            return creator;
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            throw new HarFormatException(describe(e), l == null ? 0 : l.getLineNr(), l == null ? 0 : l.getColumnNr());
        } catch (IOException e) {
            throw new HarFormatException("cannot read " + file + ": " + e, 0, 0);
        }
    }

    private static void readEntries(JsonParser p, EntryConsumer consumer) throws IOException, HarFormatException {
        int index = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            index++;
            JsonLocation start = p.currentTokenLocation();
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw at("entry " + index + " is not an object", start);
            }
            JsonNode entry = p.readValueAsTree();
            consumer.accept(toEntry(entry, index, start));
        }
    }

    private static HarEntry toEntry(JsonNode entry, int index, JsonLocation start) throws HarFormatException {
        JsonNode request = entry.get("request");
        if (request == null || !request.isObject()) {
            throw at("entry " + index + " has no request object", start);
        }
        String method = text(request, "method");
        String url = text(request, "url");
        if (method.isBlank() || url.isBlank()) {
            throw at("entry " + index + " has no request.method or request.url", start);
        }
        HarEntry.Request req = new HarEntry.Request(method.toUpperCase(Locale.ROOT), url,
                text(request, "httpVersion"), headers(request.get("headers")),
                text(request.path("postData"), "text"));
        List<String> truncated = new ArrayList<>();
        truncation("request body", request.path("postData"), request.path("bodySize")).ifPresent(truncated::add);
        JsonNode response = entry.get("response");
        HarEntry.Response resp = null;
        if (response != null && response.isObject() && response.path("status").asInt(0) > 0) {
            JsonNode content = response.path("content");
            String body = text(content, "text");
            if ("base64".equalsIgnoreCase(text(content, "encoding")) && !body.isEmpty()) {
                try {
                    body = new String(Base64.getMimeDecoder().decode(body), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException notBase64) {
                    throw at("entry " + index + ": response.content.text is marked base64 but is not: "
                            + notBase64.getMessage(), start);
                }
            }
            resp = new HarEntry.Response(response.get("status").asInt(), text(response, "statusText"),
                    text(response, "httpVersion"), headers(response.get("headers")), body);
            truncation("response body", content, content.path("size")).ifPresent(truncated::add);
        }
        return new HarEntry(index, text(entry, "startedDateTime"), req, resp, truncated);
    }

    /**
     * What a body marked {@code "_truncated": true} lost, e.g. {@code response body: 100 of 1234 bytes kept}, or
     * empty when it is not marked.
     *
     * @param size where the real size is ({@code content.size}, {@code request.bodySize})
     */
    private static java.util.Optional<String> truncation(String what, JsonNode body, JsonNode size) {
        if (!body.path(TRUNCATED).asBoolean(false)) {
            return java.util.Optional.empty();
        }
        int kept = text(body, "text").getBytes(StandardCharsets.UTF_8).length;
        return java.util.Optional.of(what + ": " + kept + (size.canConvertToLong() && size.asLong() > kept
                ? " of " + size.asLong() : "") + " bytes kept");
    }

    private static List<HttpHeader> headers(JsonNode headers) {
        List<HttpHeader> out = new ArrayList<>();
        if (headers == null || !headers.isArray()) {
            return out;
        }
        for (JsonNode h : headers) {
            String name = text(h, "name");
            if (name.isEmpty() || name.startsWith(":")) {
                continue;
            }
            out.add(new HttpHeader(name, text(h, "value").strip()));
        }
        return out;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v == null || v.isNull() || v.isContainerNode() ? "" : v.asText();
    }

    private static HarFormatException at(String problem, JsonLocation location) {
        return new HarFormatException(problem, location.getLineNr(), location.getColumnNr());
    }

    /** The parser's message without its source excerpt, e.g. "Unexpected end-of-input in field name". */
    private static String describe(JsonProcessingException e) {
        String m = e.getOriginalMessage();
        m = m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
        return m.replaceAll("\\s*\\(start marker at \\[.*?\\]\\)", "").strip();
    }
}
