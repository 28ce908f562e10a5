package io.github.pctransfers.benchmarks;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.pctransfers.conformance.cases.ExampleCase;
import io.github.pctransfers.conformance.cases.ExampleCaseLoader;
import io.github.pctransfers.conformance.cases.OpenApiBundle;
import io.github.pctransfers.conformance.errata.Errata;
import io.github.pctransfers.conformance.http.HttpExample;
import io.github.pctransfers.conformance.http.HttpHeader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A generated HTTP Archive for the kit: N entries cycling through the bundled examples that have a response and
 * that no erratum names, so the capture conforms. (Was the conformance module's test-scope HarBenchmark.)
 */
final class HarFixture {
    private static final JsonFactory JSON = new JsonFactory();

    private HarFixture() {
    }

    /** Writes {@code entries} exchanges to {@code file}. */
    static void write(Path file, int entries) throws IOException {
        writeHar(file, exchanges(), entries);
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
            g.writeStringField("name", "pc-transfers-benchmarks");
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
