package io.github.pctransfers.conformance.internal.cases;

import io.github.pctransfers.conformance.cases.ExampleCase;
import io.github.pctransfers.conformance.cases.ExampleCases;
import io.github.pctransfers.conformance.cases.OpenApiBundle;
import io.github.pctransfers.conformance.cases.Origin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pctransfers.conformance.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExampleCaseLoaderTest {

    @Test
    void classpathCopyAndCheckoutFolderHoldTheSameCases() {
        try (OpenApiBundle bundled = OpenApiBundle.fromClasspath();
                OpenApiBundle checkout = OpenApiBundle.fromDirectory(Fixtures.openApiDirectory())) {
            ExampleCases fromClasspath = ExampleCaseLoader.load(bundled);
            ExampleCases fromDirectory = ExampleCaseLoader.load(checkout);

            assertThat(fromClasspath.cases()).extracting(ExampleCase::displayName)
                    .isEqualTo(fromDirectory.cases().stream().map(ExampleCase::displayName).toList());
            assertThat(fromClasspath.cases()).extracting(c -> c.request().body())
                    .isEqualTo(fromDirectory.cases().stream().map(c -> c.request().body()).toList());
            assertThat(fromClasspath.skipped()).isEqualTo(fromDirectory.skipped());
        }
    }

    @Test
    void sharedFixturesAndPartialPagesAreNotCases() {
        try (OpenApiBundle bundle = OpenApiBundle.fromDirectory(Fixtures.openApiDirectory())) {
            ExampleCases cases = ExampleCaseLoader.load(bundle);

            assertThat(cases.skipped()).extracting(ExampleCases.Skipped::folder).containsExactly(
                    "_shared-error-examples", "create-a-transfer-new-commerce", "update-a-transfer-accept");
            assertThat(cases.skipped().get(1).reason()).contains("request.PARTIAL.json");
            assertThat(cases.byName("create-a-transfer-new-commerce")).isEmpty();
        }
    }

    @Test
    void originComesFromSourceTxtAndMatchesTheFolderNaming() {
        try (OpenApiBundle bundle = OpenApiBundle.fromDirectory(Fixtures.openApiDirectory())) {
            List<ExampleCase> cases = ExampleCaseLoader.load(bundle).cases();

            assertThat(cases).isNotEmpty().allSatisfy(c -> assertThat(c.origin())
                    .as(c.name()).isEqualTo(c.name().startsWith("authored-") ? Origin.AUTHORED : Origin.DOCUMENTED));
            assertThat(cases).filteredOn(c -> c.origin() == Origin.DOCUMENTED).extracting(ExampleCase::name)
                    .containsExactly("accept-a-transfer", "create-a-transfer-legacy", "get-all-of-a-customer-s-transfers",
                            "get-customer-s-subscriptions-transfer-eligibility", "get-transfer-by-id",
                            "reject-a-transfer", "update-a-transfer-cancel", "withdraw-a-transfer");
        }
    }

    @Test
    void aPageWithoutResponseGivesARequestOnlyCase() {
        try (OpenApiBundle bundle = OpenApiBundle.fromDirectory(Fixtures.openApiDirectory())) {
            ExampleCase cancel = ExampleCaseLoader.load(bundle).byName("update-a-transfer-cancel").orElseThrow();

            assertThat(cancel.hasResponse()).isFalse();
            assertThat(cancel.responseExample()).isEmpty();
            assertThat(cancel.request().method()).isEqualTo("PATCH");
        }
    }

    @Test
    void aCaseWithoutSourceTxtIsRefused(@TempDir Path examples) throws IOException {
        Path folder = Files.createDirectories(examples.resolve("some-case"));
        Files.writeString(folder.resolve("request.http"), Fixtures.read("http-examples/request-without-body.http"));

        assertThatThrownBy(() -> ExampleCaseLoader.load(examples))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("some-case has no SOURCE.txt");
    }

    @Test
    void anUnparsableExampleNamesItsFileAndLine(@TempDir Path examples) throws IOException {
        Path folder = Files.createDirectories(examples.resolve("broken-case"));
        Files.writeString(folder.resolve("SOURCE.txt"), "AUTHORED by the project, not documented.\n");
        Files.writeString(folder.resolve("request.http"), Fixtures.read("http-examples/header-without-colon.http"));

        assertThatThrownBy(() -> ExampleCaseLoader.load(examples))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("broken-case")
                .hasMessageContaining("request.http: line 3");
    }

    @Test
    void originIsReadFromTheFirstLineOfSourceTxt() {
        assertThat(Origin.ofSourceText("\nAUTHORED by the project, not documented.\nBuilt from ...")).isEqualTo(
                Origin.AUTHORED);
        assertThat(Origin.ofSourceText("Operation folder: x\nNot AUTHORED by the project")).isEqualTo(
                Origin.DOCUMENTED);
    }

    @Test
    void bundlePathsCannotLeaveTheBundle() {
        try (OpenApiBundle bundle = OpenApiBundle.fromDirectory(Fixtures.openApiDirectory())) {
            assertThatThrownBy(() -> bundle.resolve("../pom.xml"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("leaves the bundle");
            assertThat(bundle.read("errata.yaml")).contains("errata:");
        }
    }

    @Test
    void aFolderWithoutSpecIsNoBundle(@TempDir Path empty) {
        assertThatThrownBy(() -> OpenApiBundle.fromDirectory(empty))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has no transfers.yaml");
    }
}
