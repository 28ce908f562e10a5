package io.github.pctransfers.conformance.errata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.pctransfers.conformance.Check;
import io.github.pctransfers.conformance.Finding;
import io.github.pctransfers.conformance.Fixtures;
import io.github.pctransfers.conformance.internal.cases.ExampleCaseLoader;
import io.github.pctransfers.conformance.cases.ExampleCases;
import io.github.pctransfers.conformance.cases.OpenApiBundle;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ErrataTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void bundledErrataLoadAndNameExistingCases() {
        try (OpenApiBundle bundle = OpenApiBundle.fromClasspath()) {
            Errata errata = Errata.load(bundle);
            ExampleCases cases = ExampleCaseLoader.load(bundle);

            assertThat(errata.all()).extracting(Erratum::id).containsExactly("eligibility-response-missing-comma",
                    "cancel-request-source-tenant-not-a-guid", "reject-request-without-content-type",
                    "legacy-create-answer-names-another-customer", "legacy-create-answer-without-source-partner-name",
                    "legacy-create-answer-without-target-partner-name",
                    "legacy-create-answer-drops-partner-id-on-record-0",
                    "legacy-create-answer-drops-partner-id-on-record-1", "accept-orders-name-another-customer-0",
                    "accept-orders-name-another-customer-1");
            assertThat(errata.withUnknownCase(cases)).isEmpty();
            assertThat(errata.all()).allSatisfy(e -> assertThat(e.source()).contains("https://learn.microsoft.com/"));
        }
    }

    @Test
    void eligibilityBodyIsInvalidJsonAsDocumentedAndValidOnceCorrected() throws Exception {
        try (OpenApiBundle bundle = OpenApiBundle.fromClasspath()) {
            ExampleCases cases = ExampleCaseLoader.load(bundle);
            String documented = cases.byName("get-customer-s-subscriptions-transfer-eligibility").orElseThrow()
                    .response().body();
            Erratum erratum = Errata.load(bundle).correctedBody(
                    "get-customer-s-subscriptions-transfer-eligibility", Check.RESPONSE_MATCHES_SPEC).orElseThrow();
            String corrected = bundle.read(((Treatment.CorrectedBody) erratum.treatment()).path());

            assertThatThrownBy(() -> JSON.readTree(documented)).isInstanceOf(JsonProcessingException.class)
                    .hasMessageContaining("was expecting comma to separate Array entries");
            JsonNode fixed = JSON.readTree(corrected);
            assertThat(fixed).hasSize(5);
            assertThat(corrected.strip().replace("},", "}"))
                    .as("the correction adds a comma and changes nothing else")
                    .isEqualTo(documented.replace("},", "}"));
        }
    }

    @Test
    void anErratumExcusesOnlyItsCaseCheckKeyAndPointer() {
        Errata errata = Errata.parse(Fixtures.read("errata/two-errata.yaml"));
        Finding exact = finding("some-case", Check.REQUEST_MATCHES_SPEC, "validation.request.body.schema.pattern",
                "/sourcePartnerTenantId");

        assertThat(errata.match(exact)).map(Erratum::id).contains("tenant-not-a-guid");
        assertThat(errata.match(finding("some-case", Check.REQUEST_MATCHES_SPEC,
                "validation.request.body.schema.pattern", "/targetPartnerTenantId"))).isEmpty();
        assertThat(errata.match(finding("some-case", Check.REQUEST_MATCHES_SPEC,
                "validation.request.body.schema.type", "/sourcePartnerTenantId"))).isEmpty();
        assertThat(errata.match(finding("some-case", Check.CLIENT_SENDS_DOCUMENTED_REQUEST,
                "validation.request.body.schema.pattern", "/sourcePartnerTenantId"))).isEmpty();
        assertThat(errata.match(finding("another-case", Check.REQUEST_MATCHES_SPEC,
                "validation.request.body.schema.pattern", "/sourcePartnerTenantId"))).isEmpty();
        assertThat(errata.match(finding("other-case", Check.RESPONSE_MATCHES_SPEC,
                "validation.response.body.schema.invalidJson", null))).map(Erratum::id).contains("body-not-json");
    }

    @Test
    void ledgerTellsAppliedFromStaleFromUnexercised() {
        Errata errata = Errata.parse(Fixtures.read("errata/two-errata.yaml"));
        ErrataLedger ledger = new ErrataLedger(errata);

        ledger.recordCheckRun("some-case", Check.REQUEST_MATCHES_SPEC);
        assertThat(ledger.stale()).extracting(Erratum::id).containsExactly("tenant-not-a-guid");
        assertThat(ledger.unexercised()).extracting(Erratum::id).containsExactly("body-not-json");

        List<Finding> excused = errata.excuse(List.of(finding("some-case", Check.REQUEST_MATCHES_SPEC,
                "validation.request.body.schema.pattern", "/sourcePartnerTenantId"),
                finding("some-case", Check.REQUEST_MATCHES_SPEC, "validation.request.body.schema.type", "/id")),
                ledger);

        assertThat(excused).extracting(Finding::erratumId).containsExactly("tenant-not-a-guid", null);
        assertThat(ledger.applied()).extracting(Erratum::id).containsExactly("tenant-not-a-guid");
        assertThat(ledger.stale()).isEmpty();
        assertThat(ledger.excusedBy("tenant-not-a-guid")).hasSize(1);
    }

    @Test
    void toleranceAndCorrectedBodyTreatmentsAreRead() {
        Errata errata = Errata.parse(Fixtures.read("errata/two-errata.yaml"));

        assertThat(errata.byId("tenant-not-a-guid").orElseThrow().treatment())
                .isEqualTo(new Treatment.Tolerance("placeholder-not-a-guid", "A placeholder id that is not a GUID."));
        assertThat(errata.byId("body-not-json").orElseThrow().treatment())
                .isEqualTo(new Treatment.CorrectedBody("errata/other-case.response.corrected.json"));
        assertThat(errata.correctedBody("other-case", Check.RESPONSE_MATCHES_SPEC)).isPresent();
        assertThat(errata.correctedBody("other-case", Check.REQUEST_MATCHES_SPEC)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown-field.yaml|Unrecognized field \"severity\"",
        "duplicate-id.yaml|erratum e1: the id is used twice",
        "undeclared-tolerance.yaml|tolerance anything-goes is not declared",
        "corrected-body-on-replay-check.yaml|its check must be request-matches-spec or response-matches-spec",
        "neither-key-nor-pointer.yaml|must name a messageKey, a pointer or both",
        "unknown-check.yaml|unknown check \"request-looks-fine\"",
        "source-without-page.yaml|erratum e1: the source names no page"})
    void invalidErrataAreRefusedWithTheReason(String file, String reason) {
        assertThatThrownBy(() -> Errata.parse(Fixtures.read("errata/" + file)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(reason);
    }

    private static Finding finding(String caseName, Check check, String key, String pointer) {
        return Finding.of(caseName, check, key, pointer, null, null, "test finding");
    }
}
