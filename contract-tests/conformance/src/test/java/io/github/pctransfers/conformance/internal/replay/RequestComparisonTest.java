package io.github.pctransfers.conformance.internal.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.pctransfers.conformance.Check;
import io.github.pctransfers.conformance.Finding;
import io.github.pctransfers.conformance.cases.ExampleCase;
import io.github.pctransfers.conformance.internal.cases.ExampleCaseLoader;
import io.github.pctransfers.conformance.cases.OpenApiBundle;
import io.github.pctransfers.conformance.http.HttpExample;
import io.github.pctransfers.conformance.http.HttpHeader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The comparison behind "client sends the documented request", shown to catch each kind of deviation. */
class RequestComparisonTest {
    private static final String TOKEN = "test-token";
    private static HttpExample reject;
    private static HttpExample eligibility;

    @BeforeAll
    static void loadDocumentedRequests() {
        try (OpenApiBundle bundle = OpenApiBundle.fromClasspath()) {
            var cases = ExampleCaseLoader.load(bundle);
            reject = cases.byName("reject-a-transfer").map(ExampleCase::request).orElseThrow();
            eligibility = cases.byName("get-customer-s-subscriptions-transfer-eligibility")
                    .map(ExampleCase::request).orElseThrow();
        }
    }

    @Test
    void aFaithfulRequestHasNoFinding() {
        assertThat(compare(reject, faithful(reject, "{ \"status\": \"reject\", \"id\": \"ac4a9d22-ba07-444e-890f-cfe084eed498\" }")))
                .isEmpty();
        assertThat(compare(eligibility, faithful(eligibility, ""))).isEmpty();
    }

    @Test
    void bodyDifferencesAreReportedByPointer() {
        List<Finding> extra = compare(reject, faithful(reject,
                "{\"id\":\"ac4a9d22-ba07-444e-890f-cfe084eed498\",\"status\":\"reject\",\"customerName\":\"x\"}"));
        List<Finding> missing = compare(reject, faithful(reject, "{\"status\":\"reject\"}"));
        List<Finding> changed = compare(reject, faithful(reject,
                "{\"id\":\"ac4a9d22-ba07-444e-890f-cfe084eed498\",\"status\":\"Reject\"}"));

        assertThat(extra).extracting(Finding::messageKey, Finding::pointer)
                .containsExactly(tuple("conformance.request.body.unexpected",
                        "/customerName"));
        assertThat(missing).extracting(Finding::messageKey).containsExactly("conformance.request.body.missing");
        assertThat(missing.get(0).pointer()).isEqualTo("/id");
        assertThat(changed).extracting(Finding::messageKey).containsExactly("conformance.request.body.different");
    }

    @Test
    void aBodyWhereNoneIsDocumentedIsReported() {
        assertThat(compare(eligibility, faithful(eligibility, "{}"))).extracting(Finding::messageKey)
                .containsExactly("conformance.request.body.unexpected");
    }

    @Test
    void idsAcceptAndLocaleMustBeTheDocumentedOnes() {
        ReceivedRequest r = faithful(reject, reject.body());
        List<HttpHeader> headers = new ArrayList<>(r.headers());
        headers.replaceAll(h -> h.is("MS-RequestId") ? new HttpHeader(h.name(), "00000000-0000-0000-0000-000000000000")
                : h.is("Accept") ? new HttpHeader(h.name(), "*/*") : h);
        headers.removeIf(h -> h.is("MS-CorrelationId"));
        headers.add(new HttpHeader("X-Locale", "fr-FR"));

        List<Finding> findings = compare(reject, new ReceivedRequest(r.method(), r.path(), r.rawQuery(), headers,
                r.body()));

        assertThat(findings).extracting(Finding::pointer).containsExactly(
                "header:Accept", "header:MS-RequestId", "header:MS-CorrelationId", "header:X-Locale");
    }

    @Test
    void authorizationMustBeTheClientsBearerTokenAndIsNeverEchoed() {
        ReceivedRequest r = faithful(reject, reject.body());
        List<HttpHeader> headers = new ArrayList<>(r.headers());
        headers.replaceAll(h -> h.is("Authorization") ? new HttpHeader(h.name(), "Bearer someone-elses-secret") : h);

        List<Finding> findings = compare(reject, new ReceivedRequest(r.method(), r.path(), r.rawQuery(), headers,
                r.body()));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.pointer()).isEqualTo("header:Authorization");
            assertThat(f.toString()).doesNotContain("someone-elses-secret");
        });
    }

    @Test
    void methodPathAndQueryMustMatch() {
        ReceivedRequest r = faithful(eligibility, "");
        List<Finding> findings = compare(eligibility, new ReceivedRequest("POST", r.path().toUpperCase(),
                "transferType=other", r.headers(), ""));

        assertThat(findings).extracting(Finding::pointer).containsExactly("method", "path", "query");
    }

    private static List<Finding> compare(HttpExample documented, ReceivedRequest received) {
        return RequestComparison.compare("case", Check.CLIENT_SENDS_DOCUMENTED_REQUEST, documented,
                documented.body(), received, TOKEN);
    }

    /** What a correct client sends for a documented request: its headers, our token, and the given body. */
    private static ReceivedRequest faithful(HttpExample documented, String body) {
        List<HttpHeader> headers = new ArrayList<>();
        for (HttpHeader h : documented.headers()) {
            headers.add(h.is("Authorization") ? new HttpHeader(h.name(), "Bearer " + TOKEN) : h);
        }
        headers.add(new HttpHeader("User-Agent", "pc-transfers-java"));
        headers.add(new HttpHeader("Content-Type", "application/json"));
        return new ReceivedRequest(documented.method(), documented.path(), documented.rawQuery(), headers, body);
    }
}
