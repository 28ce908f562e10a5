package io.github.pctransfers.conformance.internal.http;

import io.github.pctransfers.conformance.http.FramingNote;
import io.github.pctransfers.conformance.http.FramingSlip;
import io.github.pctransfers.conformance.http.HttpExample;
import io.github.pctransfers.conformance.http.HttpHeader;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pctransfers.conformance.Fixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HttpExampleParserTest {

    @Test
    void readsRequestLineHeadersAndNoBody() {
        HttpExample request = HttpExampleParser.parseRequest(Fixtures.read("http-examples/request-without-body.http"));

        assertThat(request.kind()).isEqualTo(HttpExample.Kind.REQUEST);
        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.path()).isEqualTo(
                "/v1/customers/b67f0b00-f9e8-4c57-bcb5-0b8b95c6ccf0/transfers/46e8ed67-8adf-4f65-b3d8-d31318080556");
        assertThat(request.httpVersion()).isEqualTo("HTTP/1.1");
        assertThat(request.headers()).extracting(HttpHeader::name).containsExactly("Authorization", "Accept");
        assertThat(request.header("accept")).contains("application/json");
        assertThat(request.hasBody()).isFalse();
        assertThat(request.framingNotes()).isEmpty();
    }

    @Test
    void crlfLineEndingsReadTheSameAsLf() {
        String lf = Fixtures.read("http-examples/content-length-zero-with-body.http");
        HttpExample fromLf = HttpExampleParser.parse(lf);
        HttpExample fromCrlf = HttpExampleParser.parse(lf.replace("\n", "\r\n"));

        assertThat(fromCrlf.headers()).isEqualTo(fromLf.headers());
        assertThat(fromCrlf.body()).isEqualTo(fromLf.body());
        assertThat(fromCrlf.startLine()).isEqualTo(fromLf.startLine());
    }

    @Test
    void jsonBodyRightAfterTheHeadersIsTheBody() {
        HttpExample response = HttpExampleParser.parseResponse(
                Fixtures.read("http-examples/missing-blank-line-before-body.http"));

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.reason()).isEqualTo("Created");
        assertThat(response.headers()).hasSize(2);
        assertThat(response.body()).startsWith("{").endsWith("}").contains("\"status\": \"Active\"");
        assertThat(response.framingNotes()).extracting(FramingNote::slip)
                .containsExactly(FramingSlip.MISSING_BLANK_LINE_BEFORE_BODY);
        assertThat(response.framingNotes().get(0).line()).isEqualTo(4);
    }

    @Test
    void blankLinesBetweenHeadersAndTrailingSpacesAreTolerated() {
        HttpExample response = HttpExampleParser.parseResponse(
                Fixtures.read("http-examples/blank-lines-between-headers.http"));

        assertThat(response.startLine()).isEqualTo("HTTP/1.1 429 Too Many Requests");
        assertThat(response.reason()).isEqualTo("Too Many Requests");
        assertThat(response.headers()).extracting(HttpHeader::toString)
                .containsExactly("Content-Length: 84", "Content-Type: application/json", "Retry-After: 57");
        assertThat(response.body()).isEqualTo("{ \"statusCode\": 429, \"message\": \"Rate limit is exceeded.\" }");
        assertThat(response.framingNotes()).extracting(FramingNote::slip).contains(
                FramingSlip.TRAILING_WHITESPACE, FramingSlip.BLANK_LINE_BETWEEN_HEADERS,
                FramingSlip.CONTENT_LENGTH_MISMATCH);
        assertThat(response.framingNotes()).filteredOn(n -> n.slip() == FramingSlip.BLANK_LINE_BETWEEN_HEADERS)
                .hasSize(3);
    }

    @Test
    void contentLengthZeroDoesNotHideTheBodyShown() {
        HttpExample request = HttpExampleParser.parseRequest(
                Fixtures.read("http-examples/content-length-zero-with-body.http"));

        assertThat(request.body()).contains("\"status\": \"Cancel\"");
        assertThat(request.header("Content-Length")).contains("0");
        assertThat(request.framingNotes()).singleElement().satisfies(note -> {
            assertThat(note.slip()).isEqualTo(FramingSlip.CONTENT_LENGTH_MISMATCH);
            assertThat(note.line()).isEqualTo(4);
            assertThat(note.detail()).isEqualTo("declared 0 bytes, body has " + request.body().length());
        });
    }

    @Test
    void blankLinesAfterTheBodyAreDropped() {
        HttpExample response = HttpExampleParser.parseResponse(
                Fixtures.read("http-examples/blank-lines-after-body.http"));

        assertThat(response.body()).endsWith("}");
        assertThat(response.framingNotes()).extracting(FramingNote::slip)
                .containsExactly(FramingSlip.TRAILING_WHITESPACE);
    }

    @Test
    void queryParametersAreDecodedAndKeepRepeatedValues() {
        HttpExample request = HttpExampleParser.parseRequest(Fixtures.read("http-examples/request-with-query.http"));

        assertThat(request.path()).endsWith("/transferseligibility");
        assertThat(request.rawQuery()).isEqualTo("transferType=direct%20to+indirect&x=1&x=2");
        assertThat(request.queryParameters()).isEqualTo(Map.of(
                "transferType", List.of("direct to indirect"), "x", List.of("1", "2")));
    }

    @Test
    void textThatIsNoHttpMessageIsRefusedAtLineOne() {
        assertThatThrownBy(() -> HttpExampleParser.parse(Fixtures.read("http-examples/not-an-example.http")))
                .isInstanceOf(HttpExampleFormatException.class)
                .hasMessageStartingWith("line 1: not a request line")
                .satisfies(e -> assertThat(((HttpExampleFormatException) e).line()).isEqualTo(1));
    }

    @Test
    void headerLineWithoutColonIsRefusedWithItsLineNumber() {
        assertThatThrownBy(() -> HttpExampleParser.parse(Fixtures.read("http-examples/header-without-colon.http")))
                .isInstanceOf(HttpExampleFormatException.class)
                .hasMessage("line 3: not a header line (Name: value): this line is no header");
    }

    @Test
    void requestAndResponseParsersRefuseEachOther() {
        String request = Fixtures.read("http-examples/request-without-body.http");
        String response = Fixtures.read("http-examples/blank-lines-after-body.http");

        assertThatThrownBy(() -> HttpExampleParser.parseResponse(request))
                .isInstanceOf(HttpExampleFormatException.class).hasMessageContaining("expected a status line");
        assertThatThrownBy(() -> HttpExampleParser.parseRequest(response))
                .isInstanceOf(HttpExampleFormatException.class).hasMessageContaining("expected a request line");
        assertThatThrownBy(() -> HttpExampleParser.parse("  \n"))
                .isInstanceOf(HttpExampleFormatException.class).hasMessage("line 1: the example is empty");
    }
}
