package io.github.pctransfers.openapi.tooling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ExampleCasesTest {

    private static final Path FIXTURES = Path.of("src/test/resources/example-cases");

    @Test
    void everyProjectCaseMatchesExactlyOneOperation() {
        SpecDocument spec = SpecDocument.read(Path.of("transfers.yaml"));
        List<ExampleCases.ExampleCase> cases = ExampleCases.scan(Path.of("examples"));

        assertThat(cases).isNotEmpty();
        for (ExampleCases.ExampleCase example : cases) {
            List<String> operations = spec.operations().stream()
                    .filter(op -> example.matches(op.method().name(), op.path()))
                    .map(op -> op.operation().getOperationId()).toList();
            assertThat(operations).as(example.name()).hasSize(1);
        }
    }

    @Test
    void matchesByMethodAndPathTemplateIgnoringTheQuery() {
        Map<String, ExampleCases.ExampleCase> cases = byName(ExampleCases.scan(FIXTURES));
        ExampleCases.ExampleCase eligibility = cases.get("documented-with-query");

        assertThat(eligibility.requestPath()).isEqualTo("/v1/customers/823c6c3f/transferseligibility");
        assertThat(eligibility.matches("GET", "/v1/customers/{customer-id}/transferseligibility")).isTrue();
        assertThat(eligibility.matches("get", "/v1/customers/{customer-id}/transferseligibility")).isTrue();
        assertThat(eligibility.matches("POST", "/v1/customers/{customer-id}/transferseligibility")).isFalse();
        assertThat(eligibility.matches("GET", "/v1/customers/{customer-id}/transfers")).isFalse();
        assertThat(eligibility.matches("GET", "/v1/customers/{customer-id}")).isFalse();
    }

    @Test
    void provenanceComesFromSourceTxt() {
        Map<String, ExampleCases.ExampleCase> cases = byName(ExampleCases.scan(FIXTURES));

        assertThat(cases.get("documented-with-query").authored()).isFalse();
        assertThat(cases.get("documented-with-query").documentedPage())
                .contains("https://learn.microsoft.com/en-us/partner-center/developer/example-page");
        assertThat(cases.get("authored-without-response").authored()).isTrue();
        assertThat(cases.get("authored-without-response").documentedPage()).isEmpty();
        assertThat(cases.get("authored-without-response").response()).isEmpty();
        assertThat(cases.get("no-source-file").authored()).as("nothing says it was copied from the docs").isTrue();
    }

    @Test
    void foldersThatAreNotCasesAreSkipped() {
        assertThat(byName(ExampleCases.scan(FIXTURES)))
                .containsOnlyKeys("authored-without-response", "documented-with-query", "no-source-file");
    }

    @Test
    void aRequestWithoutARequestLineIsAClearError() {
        assertThatThrownBy(() -> ExampleCases.scan(Path.of("src/test/resources/example-cases-invalid")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("request.http")
                .hasMessageContaining("not an HTTP request line");
    }

    private static Map<String, ExampleCases.ExampleCase> byName(List<ExampleCases.ExampleCase> cases) {
        return cases.stream().collect(Collectors.toMap(ExampleCases.ExampleCase::name, Function.identity()));
    }
}
