package io.github.pctransfers.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pctransfers.client.TransfersClient;
import io.github.pctransfers.client.model.TransferCreateRequest;
import io.github.pctransfers.client.model.TransferEntity;
import io.github.pctransfers.client.model.TransferLineItem;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Seeds built in code: the builders make the same seeds as the files under {@code simulator/seeds/}, refuse the same
 * problems, and {@code toBuilder()} derives one seed from another.
 */
class SeedBuilderTest {
    private static final Path CASES = casesFolder();
    private static final String OPERATOR = "d0648481-b615-45c9-8cd1-ff87940dbdc4";
    private static final String FABRIKAM = "656218b1-80c9-40b2-83ae-3a2703b55271";
    private static final String LITWARE = "11111111-2222-4333-8444-555555555555";
    private static final String E1 = "AAAAAAAA-BBBB-4CCC-8DDD-EEEEEEEEEEEE";

    @Test
    void theBuildersMakeTheSeedOfTheMinimalFile() {
        Seed built = Seed.builder()
                .operatorUserId(OPERATOR)
                .callerPartnerTenantId(FABRIKAM)
                .addPartner(Seed.Partner.builder().tenantId(FABRIKAM).name("Fabrikam Indirect Provider")
                        .partnerId("517285").build())
                .addCustomer(Seed.Customer.builder().tenantId(LITWARE).name("Litware")
                        .addSubscription(Seed.Subscription.builder().id(E1).offerId("CFQ7TTC0LH18:0001")
                                .friendlyName("Office 365 E1").directBill(true).build())
                        .build())
                .build();

        assertThat(built).isEqualTo(Seed.load(CASES.resolve("minimal/seed.json")));
        Seed.Subscription defaulted = built.customer(LITWARE).subscriptions().get(0);
        assertThat(defaulted.quantity()).isEqualTo(1);
        assertThat(defaulted.billingCycle()).isEqualTo("monthly");
        assertThat(defaulted.state()).isEqualTo(Seed.ACTIVE);
        assertThat(defaulted.syncState()).isEqualTo(Seed.SYNC_COMPLETE);
        assertThat(defaulted.processingTime()).isZero();
        assertThat(built.customer(LITWARE).currencyCode()).isEqualTo("USD");
    }

    @Test
    void aBuiltSeedWithTheProblemsOfTheInvalidValuesFileIsRefusedWithTheSameLines() throws IOException {
        Seed.Builder invalid = Seed.builder()
                .operatorUserId(OPERATOR)
                .callerPartnerTenantId("99999999-2222-4333-8444-555555555555")
                .addPartner(Seed.Partner.builder().tenantId(FABRIKAM).name("Fabrikam").build())
                .addCustomer(Seed.Customer.builder().tenantId("not-a-guid")
                        .addSubscription(Seed.Subscription.builder().id(E1).friendlyName("Y").quantity(0).build())
                        .addSubscription(Seed.Subscription.builder().id(E1).offerId("X").friendlyName("Z")
                                .processingTime(Duration.ofSeconds(-1)).build())
                        .addSubscription(Seed.Subscription.builder().offerId("X").friendlyName("Z")
                                .productType("OnlineServicesNCE")
                                .addAddOn(Seed.AddOn.builder().id("BBBBBBBB-BBBB-4CCC-8DDD-EEEEEEEEEEEE").offerId("A")
                                        .friendlyName("B").build())
                                .build())
                        .build());
        List<String> expected = Files.readAllLines(CASES.resolve("invalid-values/expected-error.txt"),
                StandardCharsets.UTF_8);

        assertThatThrownBy(invalid::build)
                .isInstanceOf(SeedException.class)
                .hasMessageStartingWith("a seed built in code is not a valid seed:")
                .satisfies(e -> assertThat(e.getMessage()).contains(expected));
    }

    @Test
    void toBuilderGivesBackAnEqualValueAtEveryLevelOfTheBuiltInSeed() {
        Seed builtIn = Seed.builtIn();

        assertThat(builtIn.toBuilder().build()).isEqualTo(builtIn);
        assertThat(builtIn.partners()).allSatisfy(p -> assertThat(p.toBuilder().build()).isEqualTo(p));
        assertThat(builtIn.customers()).allSatisfy(c -> {
            assertThat(c.toBuilder().build()).isEqualTo(c);
            assertThat(c.subscriptions()).allSatisfy(s -> {
                assertThat(s.toBuilder().build()).isEqualTo(s);
                assertThat(s.addOns()).allSatisfy(a -> assertThat(a.toBuilder().build()).isEqualTo(a));
            });
        });
        assertThat(builtIn.transfers()).isNotEmpty().allSatisfy(t -> {
            assertThat(t.toBuilder().build()).isEqualTo(t);
            assertThat(t.lineItems()).allSatisfy(li -> assertThat(li.toBuilder().build()).isEqualTo(li));
        });
    }

    @Test
    void aBuiltSeedDoesNotChangeWhenItsBuilderGoesOn() {
        Seed.Builder builder = Seed.builtIn().toBuilder();
        Seed first = builder.build();

        builder.customers(List.of()).transfers(List.of());

        assertThat(first).isEqualTo(Seed.builtIn());
        assertThat(builder.build().customers()).isEmpty();
        assertThatThrownBy(() -> first.customers().add(first.customers().get(0)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void nullElementsAreRefusedWhenAdded() {
        assertThatThrownBy(() -> Seed.builder().addCustomer(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("customers element");
        List<Seed.Subscription> withNull = java.util.Arrays.asList((Seed.Subscription) null);
        assertThatThrownBy(() -> Seed.Customer.builder().subscriptions(withNull))
                .isInstanceOf(NullPointerException.class).hasMessage("subscriptions element");
        assertThatThrownBy(() -> Seed.Transfer.builder().lineItems(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("lineItems");
    }

    @Test
    void aSimulatorStartedFromADerivedSeedTransfersTheAddedCustomersSubscription() {
        Seed derived = Seed.builtIn().toBuilder()
                .addCustomer(Seed.Customer.builder().tenantId(LITWARE).name("Litware")
                        .addSubscription(Seed.Subscription.builder().id(E1).offerId("CFQ7TTC0LH18:0001")
                                .friendlyName("Office 365 E1").quantity(3).build())
                        .build())
                .build();

        try (TransfersSimulator simulator = TransfersSimulator.builder().seed(derived).start();
                TransfersClient client = TransfersClient.builder().baseUrl(simulator.baseUrl())
                        .accessToken(() -> "simulator-token").build()) {
            TransferEntity created = client.createTransfer(LITWARE, TransferCreateRequest.builder()
                    .sourcePartnerTenantId(BuiltInSeed.SOURCE_PARTNER)
                    .targetPartnerTenantId(BuiltInSeed.TARGET_PARTNER)
                    .addLineItemsItem(TransferLineItem.builder().subscriptionId(E1).partnerIdOnRecord("517285").build())
                    .build());

            assertThat(created.getLineItems()).singleElement().satisfies(li -> {
                assertThat(li.getFriendlyName()).isEqualTo("Office 365 E1");
                assertThat(li.getQuantity()).isEqualTo(3);
            });
            assertThat(client.listTransfers(BuiltInSeed.CUSTOMER)).extracting(TransferEntity::getId)
                    .as("the built-in seed's transfers are kept").contains(BuiltInSeed.SEEDED_TRANSFER);
        }
    }

    private static Path casesFolder() {
        try {
            return Path.of(SeedBuilderTest.class.getClassLoader().getResource("simulator/seeds").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
