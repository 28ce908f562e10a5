package io.github.pctransfers.conformance.internal;

import io.github.pctransfers.conformance.Check;
import io.github.pctransfers.conformance.CheckResult;
import io.github.pctransfers.conformance.Finding;
import io.github.pctransfers.conformance.Fixtures;
import io.github.pctransfers.conformance.TestSpec;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.pctransfers.conformance.cases.ExampleCase;
import io.github.pctransfers.conformance.cases.OpenApiBundle;
import io.github.pctransfers.conformance.errata.Erratum;
import io.github.pctransfers.conformance.internal.replay.ClientReplay;
import io.github.pctransfers.conformance.internal.spec.SpecValidator;
import io.github.pctransfers.conformance.internal.spec.TransfersSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline on cases made to fail ({@code src/test/resources/suite-fixture}, with the real spec): shows
 * that each check, and the stale-erratum bookkeeping, can fail.
 */
class ConformanceSuiteTest {

    @RegisterExtension
    static final WireMockExtension WIREMOCK = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().notifier(new ConsoleNotifier(false)))
            .build();

    @TempDir
    static Path bundleDirectory;

    private static ConformanceSuite suite;
    private static ClientReplay replay;

    @BeforeAll
    static void loadFixtureBundle() throws IOException, URISyntaxException {
        Path fixture = Path.of(ConformanceSuiteTest.class.getClassLoader().getResource("suite-fixture").toURI());
        try (Stream<Path> files = Files.walk(fixture)) {
            files.forEach(source -> copy(source, bundleDirectory.resolve(fixture.relativize(source).toString())));
        }
        Files.copy(Fixtures.openApiDirectory().resolve("transfers.yaml"), bundleDirectory.resolve("transfers.yaml"));
        suite = ConformanceSuite.load(OpenApiBundle.fromDirectory(bundleDirectory), TestSpec.validator());
        replay = new ClientReplay(WIREMOCK.getRuntimeInfo().getWireMock(), WIREMOCK.baseUrl());
    }

    @AfterAll
    static void close() {
        replay.close();
        suite.close();
    }

    @Test
    void aDocumentedPropertyTheFacadeCannotSendIsAFinding() {
        CaseRun run = start("reject-with-customer-name");

        CheckResult sends = run.run(Check.CLIENT_SENDS_DOCUMENTED_REQUEST);

        assertThat(sends.passed()).isFalse();
        assertThat(sends.standing()).extracting(Finding::messageKey, Finding::pointer)
                .containsExactly(tuple("conformance.request.body.missing", "/customerName"));
        assertThat(sends.notes()).anySatisfy(n -> assertThat(n).contains("called rejectTransfer"));
        assertThat(run.run(Check.REQUEST_MATCHES_SPEC).passed()).isTrue();
        assertThat(run.run(Check.CLIENT_REPRODUCES_DOCUMENTED_RESPONSE).passed()).isTrue();
    }

    @Test
    void aResponseOfTheWrongTypeFailsTheSpecCheckAndTheReproduction() {
        CaseRun run = start("get-transfer-status-not-a-string");

        CheckResult spec = run.run(Check.RESPONSE_MATCHES_SPEC);
        CheckResult reproduces = run.run(Check.CLIENT_REPRODUCES_DOCUMENTED_RESPONSE);

        assertThat(spec.standing()).extracting(Finding::messageKey, Finding::pointer)
                .containsExactly(tuple("validation.response.body.schema.type", "/status"));
        assertThat(reproduces.standing()).extracting(Finding::messageKey, Finding::pointer).containsExactly(
                tuple("conformance.response.strictReadFailed", "/status"),
                tuple("conformance.response.clientFailed", null));
    }

    @Test
    void aPatchNoFacadeMethodSendsIsAFinding() {
        CaseRun run = start("patch-with-unknown-status");

        CheckResult sends = run.run(Check.CLIENT_SENDS_DOCUMENTED_REQUEST);

        assertThat(suite.checksFor(run.exampleCase())).containsExactly(Check.REQUEST_MATCHES_SPEC,
                Check.CLIENT_SENDS_DOCUMENTED_REQUEST);
        assertThatThrownBy(() -> run.run(Check.RESPONSE_MATCHES_SPEC))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not apply");
        assertThat(sends.standing()).singleElement().satisfies(f -> {
            assertThat(f.messageKey()).isEqualTo("conformance.facade.noMethod");
            assertThat(f.message()).contains("no facade method sends a PATCH with status \"Accept\"");
        });
    }

    @Test
    void anErratumThatExcusesNothingIsStale() {
        CaseRun run = start("get-transfer-status-not-a-string");

        CheckResult request = run.run(Check.REQUEST_MATCHES_SPEC);

        assertThat(request.passed()).isTrue();
        assertThat(suite.ledger().stale()).extracting(Erratum::id).containsExactly("stale-erratum");
        assertThat(suite.ledger().applied()).isEmpty();
    }

    @Test
    void aValidatorOfAnotherSpecIsRefused() {
        SpecValidator other = new SpecValidator(TransfersSpec.parse(
                "openapi: 3.0.3\ninfo: {title: other, version: '1'}\npaths: {}\n"));

        assertThatThrownBy(() -> ConformanceSuite.load(OpenApiBundle.fromDirectory(bundleDirectory), other))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("built from another spec");
    }

    private static CaseRun start(String name) {
        ExampleCase exampleCase = suite.cases().byName(name).orElseThrow();
        return suite.start(exampleCase, replay);
    }

    private static void copy(Path source, Path target) {
        try {
            if (Files.isDirectory(source)) {
                Files.createDirectories(target);
            } else {
                Files.copy(source, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
