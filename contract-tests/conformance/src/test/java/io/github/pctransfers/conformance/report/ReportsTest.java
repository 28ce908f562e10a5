package io.github.pctransfers.conformance.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.pctransfers.conformance.Check;
import io.github.pctransfers.conformance.CheckResult;
import io.github.pctransfers.conformance.Finding;
import io.github.pctransfers.conformance.TestSpec;
import io.github.pctransfers.conformance.cases.Origin;
import io.github.pctransfers.conformance.coverage.CoverageMatrix;
import io.github.pctransfers.conformance.coverage.CoveragePolicy;
import io.github.pctransfers.conformance.coverage.CoverageResult;
import io.github.pctransfers.conformance.errata.Errata;
import io.github.pctransfers.conformance.errata.ErrataLedger;
import io.github.pctransfers.conformance.gate.CaseOutcome;
import io.github.pctransfers.conformance.gate.ErrataVerdict;
import io.github.pctransfers.conformance.gate.Gate;
import io.github.pctransfers.conformance.gate.GateResult;
import io.github.pctransfers.conformance.gate.Problem;
import io.github.pctransfers.conformance.gate.RunInfo;
import io.github.pctransfers.conformance.Fixtures;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The four reports of one failing run, with hostile text in a finding (markup, quotes, a pipe, a control byte). */
class ReportsTest {
    private static final String HOSTILE = "<script>alert('x')</script> | \"quoted\" & \u0001done";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A finding the service tolerates: shown in every report, failing nothing. */
    private static final Finding TOLERATED = Finding.tolerated("entry-1", Check.REQUEST_MATCHES_SPEC,
            "conformance.tolerated.propertyNameCase", "/SourcePartnerTenantId", "sourcePartnerTenantId",
            "SourcePartnerTenantId", "property SourcePartnerTenantId is sourcePartnerTenantId in another letter case",
            "propertyNameCase: insensitive");

    @TempDir
    static Path dir;

    private static GateResult result;
    private static List<Path> files;

    @BeforeAll
    static void writeReports() {
        Finding finding = Finding.of("get-<b>", Check.RESPONSE_MATCHES_SPEC, "validation.response.body.schema.type",
                "/status", "schema /properties/status", "5", HOSTILE);
        CaseOutcome failing = new CaseOutcome("get-<b>", Origin.AUTHORED, "", "GET", "/v1/customers/c/transfers/t",
                200, "getTransfer", List.of(
                        new CheckResult("get-<b>", Check.REQUEST_MATCHES_SPEC, List.of(), List.of("clean")),
                        new CheckResult("get-<b>", Check.RESPONSE_MATCHES_SPEC, List.of(finding), List.of())));
        CaseOutcome passing = new CaseOutcome("entry-1", Origin.CAPTURED, "x.har, entry 1", "GET",
                "/v1/customers/c/transfers", 200, "listTransfers", List.of(
                        new CheckResult("entry-1", Check.REQUEST_MATCHES_SPEC, List.of(TOLERATED), List.of())));
        Errata errata = Errata.parse(Fixtures.read("errata/two-errata.yaml"));
        ErrataVerdict verdict = ErrataVerdict.of(errata, new ErrataLedger(errata), Set.of("get-<b>"));
        CoverageMatrix matrix = CoverageMatrix.of(TestSpec.spec());
        matrix.record("getTransfer", 200, Origin.AUTHORED, "get-<b>");
        matrix.record("listTransfers", 200, Origin.CAPTURED, "entry-1");
        CoverageResult coverage = matrix.evaluate(CoveragePolicy.none());
        List<Problem> problems = new ArrayList<>();
        problems.add(Problem.of(finding));
        problems.addAll(verdict.problems());
        problems.addAll(Gate.coverageProblems(coverage));
        RunInfo info = new RunInfo("test", "examples", "fixture", "bundled spec", errata.location(), "none", true,
                "test", List.of(), Instant.parse("2026-11-20T10:00:00Z"), Duration.ofMillis(1234), 1);
        result = new GateResult(info, List.of(failing, passing), verdict, coverage, problems);
        files = Reports.writeAll(result, dir);
    }

    @Test
    void fourReportsAreWritten() {
        assertThat(files).extracting(p -> p.getFileName().toString())
                .containsExactly("report.md", "report.html", "report.json", "junit.xml");
        assertThat(result.exitCode()).isEqualTo(1);
    }

    @Test
    void theHtmlReportEscapesEverythingAndFetchesNothing() throws Exception {
        String html = Files.readString(dir.resolve(Reports.HTML));

        assertThat(html).doesNotContain("<script").doesNotContain("get-<b>")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; | &quot;quoted&quot; &amp;")
                .doesNotContain("src=\"http").doesNotContain("href=\"http").doesNotContain("@import")
                .contains("<style>");
    }

    @Test
    void theJsonReportHasTheDocumentedTopLevelShape() throws Exception {
        JsonNode json = JSON.readTree(dir.resolve(Reports.JSON).toFile());

        List<String> fields = new ArrayList<>();
        for (Iterator<String> it = json.fieldNames(); it.hasNext(); ) {
            fields.add(it.next());
        }
        assertThat(fields).containsExactly("schemaVersion", "tool", "run", "verdict", "summary", "checks",
                "problems", "tolerated", "errata", "coverage", "cases");
        assertThat(json.path("verdict").path("exitCode").asInt()).isEqualTo(1);
        JsonNode first = json.path("problems").get(0);
        assertThat(first.path("subject").asText()).isEqualTo("get-<b>");
        assertThat(first.path("check").asText()).isEqualTo("response-matches-spec");
        assertThat(first.path("pointer").asText()).isEqualTo("/status");
        assertThat(first.path("message").asText()).isEqualTo(HOSTILE);
        assertThat(json.path("errata").path("stale")).hasSize(2);
        assertThat(json.path("cases").get(1).path("origin").asText()).isEqualTo("captured");
        assertThat(json.path("coverage").path("cells")).hasSize(59);
    }

    @Test
    void theJunitReportIsWellFormedAndCountsFailures() throws Exception {
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(dir.resolve(Reports.JUNIT).toFile());

        Element suite = xml.getDocumentElement();
        assertThat(suite.getTagName()).isEqualTo("testsuite");
        // 3 check results, 2 stale errata, 59 coverage cells; failures: 1 check, 2 errata, 57 gaps.
        assertThat(suite.getAttribute("tests")).isEqualTo("64");
        assertThat(suite.getAttribute("failures")).isEqualTo("60");
        assertThat(xml.getElementsByTagName("failure").item(0).getTextContent()).contains("<script>")
                .doesNotContain("\u0001");
    }

    @Test
    void theMarkdownReportKeepsEachProblemOnOneTableRow() throws Exception {
        List<String> lines = Files.readAllLines(dir.resolve(Reports.MARKDOWN));

        assertThat(lines).filteredOn(l -> l.contains("alert")).first().asString()
                .startsWith("| get-&lt;b&gt; | `response-matches-spec` |")
                .contains("\\| \"quoted\" & done").endsWith(" |");
    }

    @Test
    void aToleratedFindingIsShownInEveryReportAndFailsNothing() throws Exception {
        assertThat(result.tolerated()).containsExactly(TOLERATED);
        assertThat(result.problems()).noneMatch(p -> p.key().startsWith(Finding.TOLERATED_KEY_PREFIX));
        assertThat(result.cases().get(1).passed()).as("the case with only a tolerated finding passes").isTrue();
        assertThat(result.tallies().get(Check.REQUEST_MATCHES_SPEC).tolerated()).isEqualTo(1);

        assertThat(Files.readString(dir.resolve(Reports.MARKDOWN))).contains("## Tolerated by the service")
                .contains("| entry-1 | `request-matches-spec` | `conformance.tolerated.propertyNameCase` | "
                        + "`/SourcePartnerTenantId` | `propertyNameCase: insensitive` |")
                .contains("pass~");
        assertThat(Files.readString(dir.resolve(Reports.HTML))).contains("Tolerated by the service (1)")
                .contains("<td class=\"tolerated\" title=\"passed; findings tolerated by the service\">pass~</td>");
        JsonNode json = JSON.readTree(dir.resolve(Reports.JSON).toFile());
        assertThat(json.at("/summary/toleratedFindings").asInt()).isEqualTo(1);
        assertThat(json.at("/tolerated/0/tolerance").asText()).isEqualTo("propertyNameCase: insensitive");
        assertThat(json.at("/tolerated/0/pointer").asText()).isEqualTo("/SourcePartnerTenantId");
        assertThat(json.at("/cases/1/checks/0/findings/0/toleratedBy").asText())
                .isEqualTo("propertyNameCase: insensitive");
        assertThat(json.at("/cases/1/passed").asBoolean()).isTrue();
        assertThat(Files.readString(dir.resolve(Reports.JUNIT)))
                .contains("tolerated by the service: [conformance.tolerated.propertyNameCase] at /SourcePartnerTenantId");
        StringWriter console = new StringWriter();
        ConsoleSummary.print(result, files, new PrintWriter(console));
        assertThat(console.toString()).contains("Tolerated by the service (1;")
                .contains("entry-1 / request-matches-spec [conformance.tolerated.propertyNameCase]");
    }

    @Test
    void theConsoleSummaryShowsTheTableAndTheVerdict() {
        StringWriter out = new StringWriter();

        ConsoleSummary.print(result, files, new PrintWriter(out));

        assertThat(out.toString()).contains("response-matches-spec                              1       0       1")
                .contains("Errata (inline): 0 applied, 2 stale")
                .contains("DOES NOT CONFORM (exit 1) in 1.2 s");
    }
}
