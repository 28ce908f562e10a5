package io.github.pctransfers.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pctransfers.client.model.TransferEntity;
import io.github.pctransfers.client.model.TransferStatus;
import io.github.pctransfers.client.model.TransfersJson;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which statuses end a wait, and which line items count as failed. */
class TransferOutcomeTest {
    @ParameterizedTest
    @ValueSource(strings = {"Complete", "Completed", "PartiallyComplete", "Failed", "Cancel", "Reject", "Expired",
        "complete", "EXPIRED"})
    void theDocumentedEndsAreTerminalInAnyCase(String status) {
        assertThat(TransferOutcome.isTerminal(TransferStatus.fromString(status))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"InProgress", "Pending", "Active", "inprogress", "SomethingNew"})
    void pendingAndUnknownStatusesAreNotTerminal(String status) {
        assertThat(TransferOutcome.isTerminal(TransferStatus.fromString(status))).isFalse();
    }

    @Test
    void noStatusIsNotTerminal() {
        assertThat(TransferOutcome.isTerminal(null)).isFalse();
    }

    @Test
    void failedLineItemsIncludeFailedAddOnsAndOnlyThose() throws Exception {
        TransferEntity transfer = TransfersJson.newObjectMapper().readValue(
                Fixtures.text("fixtures/transfer-outcomes/partially-complete/transfer.json"), TransferEntity.class);

        TransferOutcome outcome = new TransferOutcome(transfer, 3, Duration.ofSeconds(6));

        assertThat(outcome.failedLineItems()).extracting(li -> li.getSubscriptionId())
                .containsExactly("D738C6C9-DDBD-46E9-B316-65F9D9B3ECB4", "637FF8F6-D842-4573-8DA8-89765356CD1A");
        assertThat(outcome.succeeded()).isFalse();
        assertThat(outcome.status().value()).isEqualTo("partiallycomplete");
        assertThat(outcome.toString()).contains("partiallycomplete, 2 failed line items, 3 polls in PT6S");
    }

    @Test
    void aCompleteTransferWithoutFailuresSucceeded() throws Exception {
        TransferEntity transfer = TransfersJson.newObjectMapper().readValue(
                Fixtures.text("fixtures/transfer-outcomes/complete-without-failures/transfer.json"),
                TransferEntity.class);

        TransferOutcome outcome = new TransferOutcome(transfer, 1, Duration.ZERO);

        assertThat(outcome.succeeded()).isTrue();
        assertThat(outcome.failedLineItems()).isEmpty();
    }
}
