package io.github.pctransfers.conformance.internal.spectools;

import io.github.pctransfers.conformance.Fixtures;
import io.github.pctransfers.conformance.cases.ExampleCase;
import io.github.pctransfers.conformance.internal.cases.ExampleCaseLoader;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReferenceRendererTest {

    private static final Path OPENAPI = Fixtures.openApiDirectory();
    private static final Path HOSTILE = Path.of("src/test/resources/reference/hostile");

    private static SpecDocument spec;
    private static List<ExampleCase> cases;
    private static String page;

    @BeforeAll
    static void renderProjectReference() {
        spec = SpecDocument.read(OPENAPI.resolve("transfers.yaml"));
        cases = ExampleCaseLoader.load(OPENAPI.resolve("examples")).cases();
        page = ReferenceRenderer.render(spec, cases, ReferenceRenderer.sharedErrorExamples(OPENAPI.resolve("examples")));
    }

    @Test
    void everyOperationHasASectionWithItsSummary() {
        for (SpecDocument.OperationEntry entry : spec.operations()) {
            String section = operationSection(entry.operation().getOperationId());
            assertThat(section).contains("<code class=\"path\">" + ReferenceRenderer.esc(entry.path()) + "</code>")
                    .contains(ReferenceRenderer.esc(entry.operation().getSummary()))
                    .contains("<h4>Responses</h4>");
        }
    }

    @Test
    void everyCaseIsShownUnderItsOperationWithItsProvenance() {
        for (ExampleCase example : cases) {
            String operationId = spec.operations().stream()
                    .filter(op -> example.matches(op.method().name(), op.path()))
                    .findFirst().orElseThrow().operation().getOperationId();
            String section = operationSection(operationId);
            String badge = example.authored() ? "badge authored" : "badge documented";
            assertThat(section).as(example.name())
                    .contains("id=\"case-" + example.name() + "\"")
                    .contains(ReferenceRenderer.esc(example.requestText()))
                    .contains(badge);
            example.responseTextIfAny().ifPresent(response ->
                    assertThat(section).as(example.name()).contains(ReferenceRenderer.esc(response)));
        }
    }

    @Test
    void aPropertyRequiredByOneShapeOfACreateNamesThatShape() {
        String schema = page.substring(page.indexOf("id=\"schema-TransferCreateRequest\""));
        schema = schema.substring(0, schema.indexOf("</section>"));

        assertThat(schema).contains("<code>sourcePartnerTenantId</code></td><td><a href=\"#schema-Guid\">Guid</a>"
                + "</td><td>yes</td>")
                .contains("<code>lineItems</code></td><td>array of <a href=\"#schema-TransferLineItem\">"
                        + "TransferLineItem</a></td><td>in Legacy create</td>")
                .contains("<td>in New-commerce create</td>")
                .contains("<code>customerName</code></td><td>string</td><td>no</td>");
    }

    @Test
    void rejectCaseIsShownUnderTheUpdateOperation() {
        assertThat(operationSection("updateTransfer")).contains("id=\"case-reject-a-transfer\"")
                .contains("Authorization: Bearer &lt;token&gt;");
        assertThat(operationSection("getTransfer")).doesNotContain("id=\"case-reject-a-transfer\"");
    }

    @Test
    void pageLoadsNothingFromElsewhere() {
        assertThat(page).doesNotContain("<script", "<link", "<iframe", "<img", "src=", "@import", "url(");
        Matcher href = Pattern.compile("href=\"([^\"]*)\"").matcher(page);
        while (href.find()) {
            assertThat(href.group(1)).matches("#[A-Za-z0-9_-]+|https://.+");
        }
    }

    @Test
    void sharedErrorExamplesAreShown() {
        assertThat(page).contains("id=\"shared-errors\"").contains("error-429-throttling")
                .doesNotContain("Examples that match no operation");
    }

    @Test
    void textFromTheSpecAndExamplesIsEscaped() {
        SpecDocument hostile = SpecDocument.read(HOSTILE.resolve("spec.yaml"));
        String html = ReferenceRenderer.render(hostile, ExampleCaseLoader.load(HOSTILE.resolve("examples")).cases(), List.of());

        assertThat(html).doesNotContain("<script", "javascript:", "<b onmouseover")
                .contains("&lt;script&gt;alert(&#39;summary&#39;)&lt;/script&gt;")
                .contains("&lt;/pre&gt;&lt;script&gt;alert(&#39;request&#39;)&lt;/script&gt;");
    }

    @Test
    void aCaseThatMatchesNoOperationIsListedAtTheEnd() {
        SpecDocument hostile = SpecDocument.read(HOSTILE.resolve("spec.yaml"));
        List<ExampleCase> hostileCases = ExampleCaseLoader.load(HOSTILE.resolve("examples")).cases();
        String html = ReferenceRenderer.render(hostile, hostileCases, List.of());

        assertThat(ReferenceRenderer.unmatched(hostile, hostileCases)).extracting(ExampleCase::name)
                .containsExactly("unknown-path");
        assertThat(html.substring(html.indexOf("Examples that match no operation")))
                .contains("id=\"case-unknown-path\"");
    }

    /** The operation's section, up to the next section. */
    private static String operationSection(String operationId) {
        int start = page.indexOf("id=\"op-" + operationId + "\"");
        assertThat(start).as("section of %s", operationId).isPositive();
        int end = page.indexOf("<section", start);
        return page.substring(start, end < 0 ? page.length() : end);
    }
}
