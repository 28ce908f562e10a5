package io.github.pctransfers.conformance.cases;

import io.github.pctransfers.conformance.internal.cases.ExampleCaseLoader;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pctransfers.conformance.Fixtures;
import io.github.pctransfers.conformance.internal.spectools.SpecDocument;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The rules of the example-folder format, as its one reader ({@link ExampleCaseLoader}) applies them for every user
 * of it: the kit, the HTML reference and the tests. Fixtures: {@code src/test/resources/example-cases/}.
 */
class ExampleFolderRulesTest {

    private static final Path FIXTURES = Path.of("src/test/resources/example-cases");

    private static Map<String, ExampleCase> userFolder() {
        return byName(ExampleCaseLoader.load(FIXTURES, false).cases());
    }

    @Test
    void everyProjectCaseMatchesExactlyOneOperation() {
        Path openapi = Fixtures.openApiDirectory();
        SpecDocument spec = SpecDocument.read(openapi.resolve("transfers.yaml"));
        List<ExampleCase> cases = ExampleCaseLoader.load(openapi.resolve("examples")).cases();

        assertThat(cases).isNotEmpty();
        for (ExampleCase example : cases) {
            List<String> operations = spec.operations().stream()
                    .filter(op -> example.matches(op.method().name(), op.path()))
                    .map(op -> op.operation().getOperationId()).toList();
            assertThat(operations).as(example.name()).hasSize(1);
        }
    }

    @Test
    void matchesByMethodAndPathTemplateIgnoringTheQuery() {
        ExampleCase eligibility = userFolder().get("documented-with-query");

        assertThat(eligibility.request().path()).isEqualTo("/v1/customers/823c6c3f/transferseligibility");
        assertThat(eligibility.matches("GET", "/v1/customers/{customer-id}/transferseligibility")).isTrue();
        assertThat(eligibility.matches("get", "/v1/customers/{customer-id}/transferseligibility")).isTrue();
        assertThat(eligibility.matches("POST", "/v1/customers/{customer-id}/transferseligibility")).isFalse();
        assertThat(eligibility.matches("GET", "/v1/customers/{customer-id}/transfers")).isFalse();
        assertThat(eligibility.matches("GET", "/v1/customers/{customer-id}")).isFalse();
    }

    @Test
    void firstLineAuthoredByTheProjectIsAuthored() {
        assertThat(userFolder().get("authored-by-the-project").origin()).isEqualTo(Origin.AUTHORED);
    }

    @Test
    void firstLineAuthoredForTheTestsIsAuthored() {
        ExampleCase authored = userFolder().get("authored-without-response");
        assertThat(authored.origin()).isEqualTo(Origin.AUTHORED);
        assertThat(authored.documentedPage()).isEmpty();
        assertThat(authored.response()).isNull();
    }

    @Test
    void authoredMentionedBelowTheFirstLineIsStillDocumented() {
        ExampleCase documented = userFolder().get("documented-mentioning-authored");
        assertThat(documented.origin()).isEqualTo(Origin.DOCUMENTED);
        assertThat(documented.documentedPage())
                .contains("https://learn.microsoft.com/en-us/partner-center/developer/example-page");
    }

    @Test
    void documentedCaseNamesItsPage() {
        ExampleCase documented = userFolder().get("documented-with-query");
        assertThat(documented.origin()).isEqualTo(Origin.DOCUMENTED);
        assertThat(documented.documentedPage())
                .contains("https://learn.microsoft.com/en-us/partner-center/developer/example-page");
        assertThat(documented.responseText()).startsWith("HTTP/1.1 200");
    }

    @Test
    void aUserFolderCaseWithoutSourceTxtIsAuthored() {
        assertThat(userFolder().get("no-source-file").origin()).as("whoever wrote the folder wrote its examples")
                .isEqualTo(Origin.AUTHORED);
    }

    @Test
    void aProjectCaseWithoutSourceTxtIsRefused() {
        assertThatThrownBy(() -> ExampleCaseLoader.load(FIXTURES, true))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no-source-file")
                .hasMessageContaining("SOURCE.txt");
    }

    @Test
    void foldersThatAreNotCasesAreSkippedWithTheReason() {
        ExampleCases loaded = ExampleCaseLoader.load(FIXTURES, false);
        assertThat(byName(loaded.cases())).containsOnlyKeys("authored-by-the-project", "authored-without-response",
                "documented-mentioning-authored", "documented-with-query", "no-source-file");
        assertThat(loaded.skipped()).extracting(ExampleCases.Skipped::folder).containsExactly("_shared", "partial-only");
    }

    @Test
    void aRequestWithoutARequestLineIsAClearError() {
        assertThatThrownBy(() -> ExampleCaseLoader.load(Path.of("src/test/resources/example-cases-invalid"), false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("request.http");
    }

    private static Map<String, ExampleCase> byName(List<ExampleCase> cases) {
        return cases.stream().collect(Collectors.toMap(ExampleCase::name, Function.identity()));
    }
}
