package io.github.pctransfers.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seed files: one folder per case under {@code simulator/seeds/}, holding {@code seed.json} and, for a seed that must
 * be refused, {@code expected-error.txt} with the lines the error message must contain.
 */
class SeedTest {
    private static final Path CASES = casesFolder();

    @Test
    void theBuiltInSeedIsValidAndHoldsWhatTheDemoAndTheDocsNeed() {
        Seed seed = Seed.builtIn();

        assertThat(seed.problems()).isEmpty();
        assertThat(seed.customers()).hasSize(2);
        Seed.Customer legacy = seed.customer(BuiltInSeed.CUSTOMER.toUpperCase());
        assertThat(legacy.subscriptions()).extracting(Seed.Subscription::syncState).contains("None");
        assertThat(legacy.subscriptions()).extracting(Seed.Subscription::state).contains("Deleted", "Suspended");
        assertThat(legacy.subscriptions()).extracting(Seed.Subscription::processingTime)
                .contains(Duration.ofSeconds(2));
        assertThat(seed.customer(BuiltInSeed.NEW_COMMERCE_CUSTOMER).subscriptions())
                .allMatch(Seed.Subscription::isNewCommerce);
        assertThat(seed.partner(seed.callerPartnerTenantId())).isNotNull();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void seedFile(String name) throws IOException {
        Path folder = CASES.resolve(name);
        Path file = folder.resolve("seed.json");
        Path expected = folder.resolve("expected-error.txt");
        if (!Files.exists(expected)) {
            assertThat(Seed.load(file).problems()).isEmpty();
            return;
        }
        List<String> lines = Files.readAllLines(expected, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Seed.load(file))
                .isInstanceOf(SeedException.class)
                .hasMessageStartingWith("seed file " + file)
                .satisfies(e -> assertThat(e.getMessage()).contains(lines));
    }

    @Test
    void aMissingFileIsNamed() {
        Path missing = CASES.resolve("no-such-folder/seed.json");

        assertThatThrownBy(() -> Seed.load(missing)).isInstanceOf(SeedException.class)
                .hasMessage("seed file " + missing + " does not exist");
    }

    @Test
    void aSimulatorStartsFromASeedFileAndDefaultsWhatTheFileLeavesOut() {
        try (TransfersSimulator simulator = TransfersSimulator.builder()
                .seed(CASES.resolve("minimal/seed.json")).start()) {
            Seed.Subscription s = simulator.seed().customers().get(0).subscriptions().get(0);
            assertThat(s.quantity()).isEqualTo(1);
            assertThat(s.state()).isEqualTo("Active");
            assertThat(s.syncState()).isEqualTo("SyncComplete");
            assertThat(s.billingCycle()).isEqualTo("monthly");
            assertThat(s.processingTime()).isZero();
        }
    }

    static Stream<String> cases() throws IOException {
        try (Stream<Path> folders = Files.list(CASES)) {
            return folders.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    private static Path casesFolder() {
        try {
            return Path.of(SeedTest.class.getClassLoader().getResource("simulator/seeds").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
