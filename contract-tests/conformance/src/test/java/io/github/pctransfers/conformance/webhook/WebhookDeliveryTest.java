package io.github.pctransfers.conformance.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.github.pctransfers.conformance.Check;
import io.github.pctransfers.conformance.CheckResult;
import io.github.pctransfers.conformance.Conformance;
import io.github.pctransfers.conformance.ConformanceResult;
import io.github.pctransfers.conformance.ConformanceRun;
import io.github.pctransfers.conformance.Finding;
import io.github.pctransfers.conformance.TestSpec;
import io.github.pctransfers.conformance.cases.ExampleCase;
import io.github.pctransfers.conformance.internal.cases.ExampleCaseLoader;
import io.github.pctransfers.conformance.cases.OpenApiBundle;
import io.github.pctransfers.conformance.gate.CaseOutcome;
import io.github.pctransfers.conformance.gate.GateResult;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Captured webhook deliveries through the gate: one folder per case under {@code webhook-deliveries/} (see its
 * README.txt), one test per folder named after it. A delivery gets one check, its body against the spec's
 * {@code WebhookEvent} schema, and exactly the problems and tolerated findings its folder lists.
 */
class WebhookDeliveryTest {
    @TempDir
    static Path reports;

    private static Path root() throws URISyntaxException {
        return Path.of(WebhookDeliveryTest.class.getClassLoader().getResource("webhook-deliveries").toURI());
    }

    @TestFactory
    Stream<DynamicTest> eachDeliveryIsCheckedAgainstTheWebhookEventSchema() throws IOException, URISyntaxException {
        try (Stream<Path> folders = Files.list(root())) {
            return folders.filter(Files::isDirectory).sorted().toList().stream()
                    .map(folder -> dynamicTest(folder.getFileName().toString(), () -> check(folder)));
        }
    }

    private static void check(Path folder) throws Exception {
        requireWebhookEventSchema();
        ConformanceResult result = Conformance.check(ConformanceRun.builder().examples(folder.resolve("examples"))
                .reportDirectory(reports.resolve(folder.getFileName().toString())).build());
        GateResult gate = result.gate();

        assertThat(gate.cases()).singleElement().satisfies(c -> {
            assertThat(c.results()).extracting(CheckResult::check).containsExactly(Check.REQUEST_MATCHES_SPEC);
            assertThat(c.operationId()).as("a delivery calls no operation").isNull();
        });
        CaseOutcome outcome = gate.cases().get(0);
        List<String> standing = outcome.results().get(0).standing().stream().map(WebhookDeliveryTest::line).toList();
        List<String> tolerated = outcome.results().get(0).tolerated().stream().map(WebhookDeliveryTest::line).toList();
        assertThat(standing).as(outcome.results().get(0).describe())
                .containsExactlyInAnyOrderElementsOf(expected(folder, "expected-problems.txt"));
        assertThat(tolerated).as(outcome.results().get(0).describe())
                .containsExactlyInAnyOrderElementsOf(expected(folder, "expected-tolerated.txt"));
        assertThat(gate.conforms()).isEqualTo(standing.isEmpty());
    }

    /** Skips (with the reason) while the bundled spec has no WebhookEvent schema, instead of failing every case. */
    private static void requireWebhookEventSchema() {
        Assumptions.assumeTrue(TestSpec.validator().webhookEventSchema().isPresent(),
                "the bundled spec has no #/components/schemas/WebhookEvent yet");
    }

    /** {@code key pointer}: the pointer {@code -} when there is none, {@code (root)} for the whole body. */
    private static String line(Finding f) {
        return f.messageKey() + " " + (f.pointer() == null ? "-" : f.pointer().isEmpty() ? "(root)" : f.pointer());
    }

    private static List<String> expected(Path folder, String file) throws IOException {
        Path path = folder.resolve(file);
        return Files.exists(path) ? Files.readAllLines(path).stream().filter(l -> !l.isBlank()).toList() : List.of();
    }

    @Test
    void aDeliveryIsToldByItsSignatureHeadersNotByItsPath() throws Exception {
        List<ExampleCase> deliveries = ExampleCaseLoader.load(root().resolve("create-transfer-event/examples"), false)
                .cases();
        assertThat(deliveries).singleElement().satisfies(c -> assertThat(c.isWebhookDelivery()).isTrue());
        try (OpenApiBundle bundle = OpenApiBundle.fromClasspath()) {
            assertThat(ExampleCaseLoader.load(bundle).cases()).as("no API call of the bundled examples is one")
                    .noneMatch(ExampleCase::isWebhookDelivery);
        }
    }
}
