package io.github.pctransfers.conformance.internal.spectools;

import io.github.pctransfers.conformance.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The house rules. Each folder under {@code src/test/resources/lint/} is one case: {@code spec.yaml} and the
 * findings expected for it, one per line ({@code clean} expects none; every other case breaks one rule).
 */
class SpecRulesTest {

    private static final Path CASES = Path.of("src/test/resources/lint");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> folders = Files.list(CASES)) {
            return folders.filter(Files::isDirectory).map(folder -> folder.getFileName().toString()).sorted()
                    .toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheExpectedFindings(String name) throws IOException {
        Path folder = CASES.resolve(name);
        List<String> expected = Files.readAllLines(folder.resolve("expected-findings.txt"), StandardCharsets.UTF_8)
                .stream().filter(line -> !line.isBlank()).toList();

        List<String> findings = SpecRules.check(SpecDocument.read(folder.resolve("spec.yaml"))).stream()
                .map(SpecRules.Finding::toString).toList();

        assertThat(findings).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void repeatedOperationIdIsRejectedAsAnInvalidDocument() {
        assertThatThrownBy(() -> SpecDocument.read(Path.of("src/test/resources/spec-invalid/duplicate-operation-id.yaml")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("operationId is repeated");
    }

    @Test
    void transfersSpecHasNoFindings() {
        assertThat(SpecRules.check(SpecDocument.read(Fixtures.openApiDirectory().resolve("transfers.yaml")))).isEmpty();
    }
}
