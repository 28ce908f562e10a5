package io.github.pctransfers.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.github.pctransfers.conformance.cases.ExampleCase;
import io.github.pctransfers.conformance.internal.cases.ExampleCaseLoader;
import io.github.pctransfers.conformance.cases.ExampleCases;
import io.github.pctransfers.conformance.http.HttpExample;
import io.github.pctransfers.conformance.internal.http.HttpExampleParser;
import io.github.pctransfers.conformance.http.HttpHeader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * A stand-in server for the live runs of the command line: WireMock answers each case of {@code live/examples}
 * (matched by method, target and MS-RequestId) as documented, or with {@code <case>.http} of another folder.
 */
final class LiveStubs {
    private static final Set<String> FRAMING = Set.of("content-length", "transfer-encoding", "connection");

    private LiveStubs() {
    }

    /** The examples folder the live runs of these tests send. */
    static Path examples() {
        return resource("live/examples");
    }

    static ExampleCases cases() {
        return ExampleCaseLoader.load(examples(), false);
    }

    /** Every case answered as documented. */
    static void answerAsDocumented(WireMock wireMock) {
        for (ExampleCase c : cases().cases()) {
            wireMock.register(requestOf(c).willReturn(answer(c.response())));
        }
    }

    /** The cases named by the {@code <case>.http} files of a resource folder, answered with those files. */
    static void answerWith(WireMock wireMock, String folder) {
        ExampleCases cases = cases();
        try (var files = Files.list(resource(folder))) {
            files.forEach(f -> {
                ExampleCase c = cases.byName(f.getFileName().toString().replaceFirst("\\.http$", "")).orElseThrow();
                wireMock.register(requestOf(c).atPriority(1).willReturn(answer(HttpExampleParser.parseResponse(
                        read(f)))));
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MappingBuilder requestOf(ExampleCase c) {
        return request(c.request().method(), urlEqualTo(c.request().target()))
                .withHeader("MS-RequestId", equalTo(c.request().header("MS-RequestId").orElseThrow()));
    }

    private static ResponseDefinitionBuilder answer(HttpExample response) {
        ResponseDefinitionBuilder answer = aResponse().withStatus(response.status());
        for (HttpHeader h : response.headers()) {
            if (!FRAMING.contains(h.name().toLowerCase(Locale.ROOT))) {
                answer.withHeader(h.name(), h.value());
            }
        }
        return response.hasBody() ? answer.withBody(response.body()) : answer;
    }

    static Path resource(String name) {
        try {
            return Path.of(LiveStubs.class.getClassLoader().getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
