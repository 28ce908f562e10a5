package io.github.pctransfers.conformance.internal.live;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.github.pctransfers.conformance.Check;
import io.github.pctransfers.conformance.cases.ExampleCase;
import io.github.pctransfers.conformance.cases.ExampleCases;
import io.github.pctransfers.conformance.errata.Errata;
import io.github.pctransfers.conformance.http.HttpExample;
import io.github.pctransfers.conformance.internal.http.HttpExampleParser;
import io.github.pctransfers.conformance.http.HttpHeader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A stand-in for a live server, on WireMock: it answers every documented request (method, target and
 * MS-RequestId, which tells apart cases with the same target) with its documented response, or with the corrected
 * body of an erratum. An override answers one case differently: a file {@code <case>.http} holding the answer.
 */
final class DocumentedAnswers {
    /** Overrides win over the documented answers (WireMock: lower is stronger; the default is 5). */
    private static final int OVERRIDE_PRIORITY = 1;
    /** Headers WireMock sets itself for the body it sends. */
    private static final Set<String> FRAMING = Set.of("content-length", "transfer-encoding", "connection");

    private DocumentedAnswers() {
    }

    /** One stub per case, answering as documented. */
    static void register(WireMock wireMock, ExampleCases cases, Errata errata) {
        for (ExampleCase c : cases.cases()) {
            if (!c.hasResponse()) {
                continue;
            }
            String body = errata.correctedBody(c.name(), Check.RESPONSE_MATCHES_SPEC)
                    .map(errata::correctedBodyText).orElse(c.response().body());
            wireMock.register(requestOf(c).willReturn(answer(c.response(), body)));
        }
    }

    /**
     * Registers every {@code <case>.http} file of a folder as the answer to that case. Their bodies are WireMock
     * response templates (e.g. {@code {{request.headers.Authorization}}} echoes the token).
     */
    static void override(WireMock wireMock, ExampleCases cases, Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(f -> f.getFileName().toString().endsWith(".http")).forEach(f -> {
                String name = f.getFileName().toString().replaceFirst("\\.http$", "");
                ExampleCase c = cases.byName(name).orElseThrow(() -> new IllegalArgumentException(
                        f + " names no case"));
                HttpExample answer = HttpExampleParser.parseResponse(read(f));
                wireMock.register(requestOf(c).atPriority(OVERRIDE_PRIORITY)
                        .willReturn(answer(answer, answer.body()).withTransformers("response-template")));
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MappingBuilder requestOf(ExampleCase c) {
        MappingBuilder request = request(c.request().method(), urlEqualTo(c.request().target()));
        c.request().header("MS-RequestId").ifPresent(id -> request.withHeader("MS-RequestId", equalTo(id)));
        if (c.request().header("MS-RequestId").isEmpty() && c.request().hasBody()) {
            // Real client traffic sends no MS-RequestId: its body tells it from the other cases of the same path.
            request.withRequestBody(equalToJson(c.request().body()));
        }
        return request;
    }

    private static ResponseDefinitionBuilder answer(HttpExample response, String body) {
        ResponseDefinitionBuilder answer = aResponse().withStatus(response.status());
        for (HttpHeader h : response.headers()) {
            if (!FRAMING.contains(h.name().toLowerCase(Locale.ROOT))) {
                answer.withHeader(h.name(), h.value());
            }
        }
        return body.isEmpty() ? answer : answer.withBody(body);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
