package io.github.pctransfers.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The store's bound: past its limit the oldest created transfer is forgotten, and empty customers take no room. */
class TransferStoreTest {
    private static final String CUSTOMER_A = "aaaaaaaa-0000-4000-8000-000000000001";
    private static final String CUSTOMER_B = "BBBBBBBB-0000-4000-8000-000000000002";
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private final TransferStore store = new TransferStore(3);

    private String create(String customer) {
        String id = UUID.randomUUID().toString();
        TransferRecord record = TransferRecord.builder(id, customer, true, T0).status("InProgress").build();
        store.change(customer, transfers -> transfers.with(record));
        return id;
    }

    private List<String> ids(String customer) {
        return store.apply(customer, transfers -> Outcome.of(transfers.all())).value().stream()
                .map(TransferRecord::id).collect(Collectors.toList());
    }

    @Test
    void theOldestCreatedTransferIsForgottenPastTheLimitWhateverTheCustomer() {
        String first = create(CUSTOMER_A);
        String second = create(CUSTOMER_B);
        String third = create(CUSTOMER_A);

        String fourth = create(CUSTOMER_B);

        assertThat(store.size()).isEqualTo(3);
        assertThat(store.forgotten()).isEqualTo(1);
        assertThat(ids(CUSTOMER_A)).containsExactly(third).doesNotContain(first);
        assertThat(ids(CUSTOMER_B)).containsExactly(second, fourth);
    }

    @Test
    void aCustomerWhoseTransfersAreAllForgottenTakesNoRoom() {
        create(CUSTOMER_A);
        create(CUSTOMER_B);
        create(CUSTOMER_B);
        assertThat(store.customers()).isEqualTo(2);

        create(CUSTOMER_B);

        assertThat(store.customers()).isEqualTo(1);
        assertThat(ids(CUSTOMER_A)).isEmpty();
    }

    @Test
    void aRemovedTransferFreesItsPlaceSoThatNothingIsForgotten() {
        String first = create(CUSTOMER_A);
        String second = create(CUSTOMER_A);
        store.change(CUSTOMER_A, transfers -> transfers.without(second));

        create(CUSTOMER_B);
        create(CUSTOMER_B);

        assertThat(store.forgotten()).isZero();
        assertThat(store.size()).isEqualTo(3);
        assertThat(ids(CUSTOMER_A)).containsExactly(first);
    }

    @Test
    void aChangedTransferKeepsItsPlaceInTheCreationOrder() {
        String first = create(CUSTOMER_A);
        String second = create(CUSTOMER_A);
        store.change(CUSTOMER_A, transfers -> transfers.map(t -> t.id().equals(first) ? t.withStatus("Cancel", T0) : t));
        create(CUSTOMER_A);

        create(CUSTOMER_A);

        assertThat(ids(CUSTOMER_A)).hasSize(3).doesNotContain(first).contains(second);
    }

    @Test
    void theDefaultLimitIsTenThousandTransfers() {
        assertThat(TransferStore.DEFAULT_MAX_TRANSFERS).isEqualTo(10_000);
        TransferStore byDefault = new TransferStore();
        for (int i = 0; i < TransferStore.DEFAULT_MAX_TRANSFERS + 5; i++) {
            TransferRecord record = TransferRecord.builder(UUID.randomUUID().toString(), CUSTOMER_A, true, T0)
                    .status("InProgress").build();
            byDefault.change("cccccccc-0000-4000-8000-" + String.format("%012d", i % 100),
                    transfers -> transfers.with(record));
        }
        assertThat(byDefault.size()).isEqualTo(TransferStore.DEFAULT_MAX_TRANSFERS);
        assertThat(byDefault.forgotten()).isEqualTo(5);
    }
    /** The ticker's settling once visited every transfer kept, under the lock every request needs. */
    @Test
    void movingTimeSettlesOnlyTheCustomersWithAChangeDueByThen() {
        TransferStore indexed = new TransferStore(100, TransferRules::nextChange);
        String a = UUID.randomUUID().toString();
        String b = UUID.randomUUID().toString();
        indexed.change(CUSTOMER_A, t -> t.with(TransferRecord.builder(a, CUSTOMER_A, true, T0).status("Active")
                .expirationTime(T0.plusSeconds(60)).build()));
        indexed.change(CUSTOMER_B, t -> t.with(TransferRecord.builder(b, CUSTOMER_B, true, T0).status("Active")
                .expirationTime(T0.plusSeconds(3600)).build()));
        List<String> visited = new java.util.ArrayList<>();
        java.util.function.Function<CustomerTransfers, CustomerTransfers> expire = t -> {
            visited.add(t.customerId());
            return t.map(r -> r.withStatus(TransferRecord.EXPIRED, T0));
        };

        indexed.changeDue(T0.plusSeconds(59), expire);
        assertThat(visited).isEmpty();

        indexed.changeDue(T0.plusSeconds(60), expire);
        assertThat(visited).containsExactly(CustomerTransfers.key(CUSTOMER_A));

        // A's expired transfer has no next change: a later move visits only B, once.
        indexed.changeDue(T0.plusSeconds(7200), expire);
        indexed.changeDue(T0.plusSeconds(7200), expire);
        assertThat(visited).containsExactly(CustomerTransfers.key(CUSTOMER_A), CustomerTransfers.key(CUSTOMER_B));
    }

    @Test
    void aCustomerStoredAgainWithALaterChangeIsNotVisitedAtItsEarlierOne() {
        TransferStore indexed = new TransferStore(100, TransferRules::nextChange);
        String a = UUID.randomUUID().toString();
        indexed.change(CUSTOMER_A, t -> t.with(TransferRecord.builder(a, CUSTOMER_A, true, T0).status("Active")
                .expirationTime(T0.plusSeconds(60)).build()));
        indexed.change(CUSTOMER_A, t -> t.with(t.find(a).toBuilder().expirationTime(T0.plusSeconds(600)).build()));
        List<String> visited = new java.util.ArrayList<>();

        indexed.changeDue(T0.plusSeconds(300), t -> {
            visited.add(t.customerId());
            return t;
        });

        assertThat(visited).isEmpty();
    }
}
