package io.github.pctransfers.conformance.internal.har;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pctransfers.conformance.cases.ExampleCase;
import io.github.pctransfers.conformance.cases.Origin;
import io.github.pctransfers.conformance.http.HttpHeader;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HarFileTest {

    @Test
    void entriesAreCountedThenReadInOrderWithTheirHeadersAndBodies() throws Exception {
        HarFile har = HarFile.open(resource("har/two-entries.har"));
        List<HarEntry> entries = new ArrayList<>();

        har.forEachEntry(entries::add);

        assertThat(har.entryCount()).isEqualTo(2);
        assertThat(har.creator()).isEqualTo("Fiddler 5.0.20211");
        HarEntry get = entries.get(0);
        assertThat(get.index()).isEqualTo(1);
        assertThat(get.request().method()).isEqualTo("GET");
        assertThat(get.request().headers()).extracting(HttpHeader::name)
                .as("HTTP/2 pseudo-headers are left out").containsExactly("accept", "ms-requestid");
        assertThat(get.response().status()).isEqualTo(200);
        assertThat(get.response().body()).as("base64 content is decoded")
                .isEqualTo("{\"id\":\"46e8ed67-8adf-4f65-b3d8-d31318080556\",\"status\":\"Active\"}");
        HarEntry patch = entries.get(1);
        assertThat(patch.request().body()).contains("\"status\":\"reject\"");
        assertThat(patch.response()).as("an entry without a response object has no response").isNull();
    }

    @Test
    void anEntryBecomesACapturedCaseWithoutBasePathOrFragment() throws Exception {
        List<ExampleCase> cases = new ArrayList<>();
        HarFile.open(resource("har/two-entries.har")).forEachEntry(e -> cases.add(HarExchanges.toCase(e, "x.har")));

        ExampleCase get = cases.get(0);
        assertThat(get.name()).isEqualTo("entry-1");
        assertThat(get.origin()).isEqualTo(Origin.CAPTURED);
        assertThat(get.folder()).isNull();
        assertThat(get.request().path()).isEqualTo(
                "/v1/customers/b67f0b00-f9e8-4c57-bcb5-0b8b95c6ccf0/transfers/46e8ed67-8adf-4f65-b3d8-d31318080556");
        assertThat(get.request().rawQuery()).isEqualTo("x=1");
        assertThat(get.request().httpVersion()).isEqualTo("HTTP/2");
        assertThat(get.response().header("Content-Type")).contains("application/json; charset=utf-8");
        assertThat(get.sourceText()).isEqualTo("x.har, entry 1 (started 2026-11-20T10:15:30.123Z)");
        assertThat(cases.get(1).hasResponse()).isFalse();
    }

    @Test
    void aBodyTheRecorderCutIsNotedWithWhatWasKept() throws Exception {
        List<HarEntry> entries = new ArrayList<>();
        HarFile.open(resource("har/body-cut-by-recorder.har")).forEachEntry(entries::add);

        assertThat(entries.get(0).truncated()).isEmpty();
        assertThat(entries.get(1).truncated()).containsExactly("response body: 21 of 1234 bytes kept");
    }

    @Test
    void anEntryWithACutBodyIsListedAsNotCheckedRatherThanFailingAsInvalidJson() throws Exception {
        HarCaseSource source = HarCaseSource.open(resource("har/body-cut-by-recorder.har"), java.util.Set.of());
        List<ExampleCase> cases = new ArrayList<>();
        source.forEach(cases::add);

        assertThat(source.entryCount()).isEqualTo(2);
        assertThat(source.expectedCount()).isEqualTo(1);
        assertThat(cases).extracting(ExampleCase::name).containsExactly("entry-1");
        assertThat(source.skipped()).containsExactly("entry-2 (GET /v1/customers/b67f0b00-f9e8-4c57-bcb5-0b8b95c6ccf0"
                + "/transfers): response body: 21 of 1234 bytes kept; cut by the recorder, so not checked: record "
                + "with a larger maxBodyBytes");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "https://api.partnercenter.microsoft.com/v1/customers/c/transfers|/v1/customers/c/transfers",
        "https://gw.example.test/partner/center/v1/customers/c/transfers?a=1&b=2|/v1/customers/c/transfers?a=1&b=2",
        "http://localhost:8080/v1/x#fragment|/v1/x",
        "https://user@host.test:443/v1/y?q=a%20b|/v1/y?q=a%20b",
        "/v1/relative?z|/v1/relative?z",
        "https://host.test|/",
        "https://host.test/other/path|/other/path"})
    void theTargetIsThePathFromV1OnAndTheQuery(String url, String target) {
        assertThat(HarExchanges.target(url)).isEqualTo(target);
    }

    /** A recorded webhook registration was read as {@code POST /v1/registration}, an operation no spec has. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "http://127.0.0.1:8080/webhooks/v1/registration|/webhooks/v1/registration",
        "https://api.partnercenter.microsoft.com/webhooks/v1/registration/validationEvents/c|"
                + "/webhooks/v1/registration/validationEvents/c",
        "https://gw.example.test/partner/webhooks/v1/registration/events|/webhooks/v1/registration/events"})
    void aWebhookRegistrationPathKeepsItsWebhooksRoot(String url, String target) {
        assertThat(HarExchanges.target(url)).isEqualTo(target);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "https://API.PartnerCenter.microsoft.com/v1/x|api.partnercenter.microsoft.com",
        "https://user:pw@host.test:8443/v1|host.test",
        "http://[::1]:8080/v1|[::1]",
        "/v1/relative|''"})
    void theHostIsLowerCaseWithoutPortOrUser(String url, String host) {
        assertThat(HarExchanges.host(url)).isEqualTo(host);
    }

    @Test
    void anEntryWithoutUrlIsRefusedWithItsPosition() {
        assertThatThrownBy(() -> HarFile.open(resource("har/entry-without-url.har")))
                .isInstanceOf(HarFormatException.class)
                .hasMessage("entry 2 has no request.method or request.url at line 73 column 7");
    }

    @Test
    void aFileWithoutLogIsNotAnArchive() {
        assertThatThrownBy(() -> HarFile.open(resource("har/no-log.har")))
                .isInstanceOf(HarFormatException.class)
                .hasMessage("not an HTTP Archive: no \"log\" object");
    }

    @Test
    void aJsonArrayIsNotAnArchive() {
        assertThatThrownBy(() -> HarFile.open(resource("har/json-array.har")))
                .isInstanceOf(HarFormatException.class)
                .hasMessage("not an HTTP Archive: the file is JSON but not an object at line 1 column 1");
    }

    @Test
    void aTruncatedArchiveIsRefusedWithWhereItStops() {
        assertThatThrownBy(() -> HarFile.open(resource("har/truncated.har")))
                .isInstanceOf(HarFormatException.class)
                .hasMessage("Unexpected end-of-input within/between Object entries at line 151 column 2")
                .satisfies(e -> assertThat(((HarFormatException) e).line()).isEqualTo(151));
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(HarFileTest.class.getClassLoader().getResource(name).toURI());
    }
}
