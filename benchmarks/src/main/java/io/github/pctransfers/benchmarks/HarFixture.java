package io.github.pctransfers.benchmarks;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.pctransfers.conformance.cases.ExampleCase;
import io.github.pctransfers.conformance.internal.cases.ExampleCaseLoader;
import io.github.pctransfers.conformance.cases.OpenApiBundle;
import io.github.pctransfers.conformance.errata.Errata;
import io.github.pctransfers.conformance.http.HttpExample;
import io.github.pctransfers.conformance.http.HttpHeader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A generated HTTP Archive for the kit, shaped like a real capture: N entries taken in turn from the bundled
 * examples that have a response and that no erratum names (so the capture conforms), each made distinct the way
 * real traffic is. In every entry each GUID (customer, transfer, tenant, subscription ids, MS-RequestId,
 * MS-CorrelationId) is replaced by one derived from the entry's number, the same original GUID by the same new one
 * in the request line, the headers and both bodies, so a path id still equals the body id that echoes it; the
 * version and variant digits and the letter case are kept. Every date-time ({@code 2020-03-27T18:22:33}, the
 * fraction and offset that follow are kept) and every HTTP date ({@code Date}) is moved by the entry's number of
 * seconds. Lengths do not change, so every entry keeps the verdicts of its example, while 10,000 entries carry
 * 10,000 different bodies (a memo of validation results cannot make the benchmark look fast).
 *
 * <p>{@code java -cp benchmarks.jar io.github.pctransfers.benchmarks.HarFixture FILE [ENTRIES]} writes one.
 */
public final class HarFixture {
    private static final JsonFactory JSON = new JsonFactory();
    private static final Pattern GUID = Pattern.compile(
            "[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}");
    private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss", Locale.ROOT);
    private static final Pattern HTTP_DATE = Pattern.compile(
            "(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT");
    private static final DateTimeFormatter HTTP_NO_DAY = DateTimeFormatter.ofPattern("dd MMM uuuu HH:mm:ss 'GMT'",
            Locale.ENGLISH);
    private static final DateTimeFormatter HTTP = DateTimeFormatter.ofPattern("EEE, dd MMM uuuu HH:mm:ss 'GMT'",
            Locale.ENGLISH);

    private HarFixture() {
    }

    /** Writes a HAR: {@code FILE [ENTRIES]} (default 10,000 entries). */
    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: HarFixture FILE [ENTRIES]");
            System.exit(2);
        }
        int entries = args.length == 2 ? Integer.parseInt(args[1]) : KitBenchmarks.HAR_ENTRIES;
        write(Path.of(args[0]), entries);
        System.out.println("wrote " + entries + " entries to " + args[0]);
    }

    /** Writes {@code entries} distinct exchanges to {@code file}. */
    static void write(Path file, int entries) throws IOException {
        writeHar(file, exchanges(), entries);
    }

    /**
     * The bundled cases with a response that no erratum names (so the capture conforms), but the production .NET
     * client's create: it conforms only through the service's tolerance (PascalCase names, explicit nulls), which the
     * gate applies after the spec validator, so {@code KitBenchmarks}' spec checks alone would count it as failing.
     * Leaving it out keeps the HAR the same as for the earlier figures.
     */
    private static List<ExampleCase> exchanges() {
        try (OpenApiBundle bundle = OpenApiBundle.fromClasspath()) {
            Set<String> withErrata = Errata.load(bundle).all().stream().map(e -> e.caseName())
                    .collect(Collectors.toSet());
            return ExampleCaseLoader.load(bundle).cases().stream()
                    .filter(c -> c.hasResponse() && !withErrata.contains(c.name()))
                    .filter(c -> !c.name().endsWith("-production-client"))
                    .toList();
        }
    }

    private static void writeHar(Path file, List<ExampleCase> cases, int entries) throws IOException {
        Instant t = Instant.parse("2026-11-20T10:00:00Z");
        try (JsonGenerator g = JSON.createGenerator(file.toFile(), JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeObjectFieldStart("log");
            g.writeStringField("version", "1.2");
            g.writeObjectFieldStart("creator");
            g.writeStringField("name", "pc-transfers-benchmarks");
            g.writeStringField("version", "1");
            g.writeEndObject();
            g.writeArrayFieldStart("entries");
            for (int i = 0; i < entries; i++) {
                ExampleCase c = cases.get(i % cases.size());
                Variation v = new Variation(i);
                HttpExample rq = c.request();
                HttpExample rs = c.response();
                g.writeStartObject();
                g.writeStringField("startedDateTime", t.plusMillis(i * 37L).toString());
                g.writeNumberField("time", 42.0);
                g.writeObjectFieldStart("request");
                g.writeStringField("method", rq.method());
                g.writeStringField("url", "https://api.partnercenter.microsoft.com" + v.apply(rq.target()));
                g.writeStringField("httpVersion", "HTTP/1.1");
                headers(g, rq.headers(), v);
                if (rq.hasBody()) {
                    g.writeObjectFieldStart("postData");
                    g.writeStringField("mimeType", "application/json");
                    g.writeStringField("text", v.apply(rq.body()));
                    g.writeEndObject();
                }
                g.writeEndObject();
                g.writeObjectFieldStart("response");
                g.writeNumberField("status", rs.status());
                g.writeStringField("statusText", rs.reason());
                g.writeStringField("httpVersion", "HTTP/1.1");
                headers(g, rs.headers(), v);
                String body = v.apply(rs.body());
                g.writeObjectFieldStart("content");
                g.writeNumberField("size", body.getBytes(StandardCharsets.UTF_8).length);
                g.writeStringField("mimeType", "application/json");
                if (rs.hasBody()) {
                    g.writeStringField("text", body);
                }
                g.writeEndObject();
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
        }
    }

    private static void headers(JsonGenerator g, List<HttpHeader> headers, Variation v) throws IOException {
        g.writeArrayFieldStart("headers");
        for (HttpHeader h : headers) {
            if (h.is("Content-Length") || h.is("Host") || h.is("Connection")) {
                continue;
            }
            g.writeStartObject();
            g.writeStringField("name", h.name());
            g.writeStringField("value", h.is("Authorization") ? "Bearer captured.jwt.token" : v.apply(h.value()));
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** The changes that make entry {@code i} distinct: its GUIDs, date-times and HTTP dates. */
    static final class Variation {
        private final int entry;
        /** Original GUID (lower case) to its replacement (lower case), so one id stays one id in an entry. */
        private final Map<String, String> guids = new HashMap<>();

        Variation(int entry) {
            this.entry = entry;
        }

        String apply(String text) {
            if (text == null || text.isEmpty()) {
                return text;
            }
            return httpDates(dateTimes(guids(text)));
        }

        private String guids(String text) {
            Matcher m = GUID.matcher(text);
            StringBuilder out = new StringBuilder(text.length());
            while (m.find()) {
                String original = m.group();
                String replaced = guids.computeIfAbsent(original.toLowerCase(Locale.ROOT), this::derive);
                boolean upper = !original.equals(original.toLowerCase(Locale.ROOT));
                m.appendReplacement(out, upper ? replaced.toUpperCase(Locale.ROOT) : replaced);
            }
            m.appendTail(out);
            return out.toString();
        }

        /** 30 hex digits from the entry and the original; the version and variant digits are the original's. */
        private String derive(String original) {
            long a = mix(entry * 0x9E3779B97F4A7C15L + original.hashCode());
            long b = mix(a ^ original.substring(19).hashCode());
            String hex = String.format(Locale.ROOT, "%016x%016x", a, b);
            char[] g = original.toCharArray();
            int k = 0;
            for (int p = 0; p < g.length; p++) {
                if (g[p] != '-' && p != 14 && p != 19) {
                    g[p] = hex.charAt(k++);
                }
            }
            return new String(g);
        }

        private static long mix(long z) {
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            return z ^ (z >>> 31);
        }

        private String dateTimes(String text) {
            Matcher m = DATE_TIME.matcher(text);
            StringBuilder out = new StringBuilder(text.length());
            while (m.find()) {
                LocalDateTime moved = LocalDateTime.parse(m.group(), SECONDS).plusSeconds(entry);
                m.appendReplacement(out, moved.format(SECONDS));
            }
            m.appendTail(out);
            return out.toString();
        }

        private String httpDates(String text) {
            Matcher m = HTTP_DATE.matcher(text);
            StringBuilder out = new StringBuilder(text.length());
            while (m.find()) {
                // The documented day of the week is not trusted (an authored page may have it wrong): the date is.
                LocalDateTime moved = LocalDateTime.parse(m.group().substring(5), HTTP_NO_DAY).plusSeconds(entry);
                m.appendReplacement(out, moved.atOffset(ZoneOffset.UTC).format(HTTP));
            }
            m.appendTail(out);
            return out.toString();
        }
    }
}
