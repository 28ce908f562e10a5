package io.github.pctransfers.conformance.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.pctransfers.conformance.cases.ExampleCase;
import io.github.pctransfers.conformance.cases.ExampleCaseLoader;
import io.github.pctransfers.conformance.cases.OpenApiBundle;
import io.github.pctransfers.conformance.Conformance;
import io.github.pctransfers.conformance.ConformanceResult;
import io.github.pctransfers.conformance.ConformanceRun;
import io.github.pctransfers.conformance.errata.Errata;
import io.github.pctransfers.conformance.gate.UnusableInputException;
import io.github.pctransfers.conformance.http.HttpExample;
import io.github.pctransfers.conformance.http.HttpHeader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How fast {@code check --har} is on a large capture, end to end: builds an HTTP Archive of N entries (default
 * 10,000) by cycling through the bundled examples that have a response and no erratum, runs the tool on it in this
 * JVM, and prints entries per second, total time and peak heap. A benchmark that prints numbers, not a test: it
 * asserts nothing about time.
 *
 * <p>Run after {@code mvn package} with the shaded jar and the test classes on the class path:
 * <pre>
 * java -cp contract-tests/target/transfers-conformance.jar:contract-tests/target/test-classes \
 *     io.github.pctransfers.conformance.bench.HarBenchmark 10000 /tmp/har-bench
 * </pre>
 */
public final class HarBenchmark {
    private static final JsonFactory JSON = new JsonFactory();

    private HarBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int entries = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path work = Files.createDirectories(Path.of(args.length > 1 ? args[1] : "target/har-bench"));
        Path har = work.resolve("bench-" + entries + ".har");
        List<ExampleCase> cases = exchanges();
        writeHar(har, cases, entries);
        System.out.printf(Locale.ROOT, "HAR: %s, %d entries cycling %d documented/authored exchanges, %.1f MB%n",
                har, entries, cases.size(), Files.size(har) / 1e6);

        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        ConformanceResult result;
        try {
            result = Conformance.check(ConformanceRun.builder().har(har).reportDirectory(work.resolve("report"))
                    .build());
        } catch (UnusableInputException e) {
            throw new IllegalStateException(e);
        }
        int exit = result.exitCode();
        double seconds = (System.nanoTime() - start) / 1e9;
        long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed())
                .sum();
        String verdict = result.conforms() ? "conforms" : result.gate().problems().size() + " problem(s)";
        System.out.printf(Locale.ROOT, "exit code %d: %s%n", exit, verdict);
        System.out.printf(Locale.ROOT, "total %.1f s, %.0f entries/s, peak heap %.0f MB (max heap %.0f MB),"
                        + " %d processors%n", seconds, entries / seconds, peakHeap / 1e6,
                Runtime.getRuntime().maxMemory() / 1e6, Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "report.json %.1f MB, report.html %.1f MB%n",
                Files.size(work.resolve("report/report.json")) / 1e6,
                Files.size(work.resolve("report/report.html")) / 1e6);
    }

    /** The bundled cases with a response that no erratum names (so the capture conforms). */
    private static List<ExampleCase> exchanges() {
        try (OpenApiBundle bundle = OpenApiBundle.fromClasspath()) {
            Set<String> withErrata = Errata.load(bundle).all().stream().map(e -> e.caseName())
                    .collect(Collectors.toSet());
            return ExampleCaseLoader.load(bundle).cases().stream()
                    .filter(c -> c.hasResponse() && !withErrata.contains(c.name()))
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
            g.writeStringField("name", "HarBenchmark");
            g.writeStringField("version", "1");
            g.writeEndObject();
            g.writeArrayFieldStart("entries");
            for (int i = 0; i < entries; i++) {
                ExampleCase c = cases.get(i % cases.size());
                HttpExample rq = c.request();
                HttpExample rs = c.response();
                g.writeStartObject();
                g.writeStringField("startedDateTime", t.plusMillis(i * 37L).toString());
                g.writeNumberField("time", 42.0);
                g.writeObjectFieldStart("request");
                g.writeStringField("method", rq.method());
                g.writeStringField("url", "https://api.partnercenter.microsoft.com" + rq.target());
                g.writeStringField("httpVersion", "HTTP/1.1");
                headers(g, rq.headers());
                if (rq.hasBody()) {
                    g.writeObjectFieldStart("postData");
                    g.writeStringField("mimeType", "application/json");
                    g.writeStringField("text", rq.body());
                    g.writeEndObject();
                }
                g.writeEndObject();
                g.writeObjectFieldStart("response");
                g.writeNumberField("status", rs.status());
                g.writeStringField("statusText", rs.reason());
                g.writeStringField("httpVersion", "HTTP/1.1");
                headers(g, rs.headers());
                g.writeObjectFieldStart("content");
                g.writeNumberField("size", rs.body().getBytes(StandardCharsets.UTF_8).length);
                g.writeStringField("mimeType", "application/json");
                if (rs.hasBody()) {
                    g.writeStringField("text", rs.body());
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

    private static void headers(JsonGenerator g, List<HttpHeader> headers) throws IOException {
        g.writeArrayFieldStart("headers");
        for (HttpHeader h : headers) {
            if (h.is("Content-Length") || h.is("Host") || h.is("Connection")) {
                continue;
            }
            g.writeStartObject();
            g.writeStringField("name", h.name());
            g.writeStringField("value", h.is("Authorization") ? "Bearer captured.jwt.token" : h.value());
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
