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
        // The simulator's own two customers and the three the documented examples use.
        assertThat(seed.customers()).extracting(Seed.Customer::tenantId).containsExactly(BuiltInSeed.CUSTOMER,
                BuiltInSeed.NEW_COMMERCE_CUSTOMER, "b67f0b00-f9e8-4c57-bcb5-0b8b95c6ccf0",
                "d6bf25b7-e0a8-4f2d-a31b-97b55cfc774d", "3e1a9b42-f5fb-49f0-ad1b-05d97491bc66");
        // The transfers the documented pages read, accept, reject, withdraw and cancel, in their documented state.
        assertThat(seed.transfers()).extracting(Seed.Transfer::id).contains(
                "46e8ed67-8adf-4f65-b3d8-d31318080556", "ac4a9d22-ba07-444e-890f-cfe084eed498",
                "aa2bddb6-9cc8-4949-80fe-a37d5e0a13ba", "67c5b05b-09b5-47ba-9047-5056fe2afa4f",
                "43fb1d3a-79fe-45a9-863e-9a4acf17b630", BuiltInSeed.SEEDED_TRANSFER);
        assertThat(seed.transfers()).filteredOn(t -> t.customerTenantId().startsWith("b67f0b00")
                && t.createdTime().isBefore(java.time.Instant.parse("2020-03-27T17:50:34Z")))
                .as("the nine transfers of the documented list, as of its Date").hasSize(9);
        Seed.Customer legacy = seed.customer(BuiltInSeed.CUSTOMER.toUpperCase());
        assertThat(legacy.subscriptions()).extracting(Seed.Subscription::syncState).contains("None");
        assertThat(legacy.subscriptions()).extracting(Seed.Subscription::state).contains("Deleted", "Suspended");
        assertThat(legacy.subscriptions()).extracting(Seed.Subscription::processingTime)
                .contains(Duration.ofSeconds(2));
        assertThat(seed.customer(BuiltInSeed.NEW_COMMERCE_CUSTOMER).subscriptions())
                .allMatch(Seed.Subscription::isNewCommerce);
        assertThat(seed.partner(seed.callerPartnerTenantId())).isNotNull();
    }

    /** Lookups go through an index (a scan was half the simulator's CPU with 120,000 customers). */
    @Test
    void customersAndPartnersAreFoundByTenantIdInAnyCaseAndUnknownOnesAreNot() {
        Seed seed = Seed.builtIn();
        for (Seed.Customer c : seed.customers()) {
            assertThat(seed.customer(c.tenantId().toUpperCase(java.util.Locale.ROOT))).isSameAs(c);
            assertThat(seed.customer(c.tenantId().toLowerCase(java.util.Locale.ROOT))).isSameAs(c);
        }
        for (Seed.Partner p : seed.partners()) {
            assertThat(seed.partner(p.tenantId().toUpperCase(java.util.Locale.ROOT))).isSameAs(p);
        }
        assertThat(seed.customer("00000000-0000-0000-0000-000000000000")).isNull();
        assertThat(seed.customer(null)).isNull();
        assertThat(seed.partner("not-a-partner-\u0130")).isNull();
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
