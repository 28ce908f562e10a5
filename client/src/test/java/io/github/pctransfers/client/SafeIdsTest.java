package io.github.pctransfers.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pctransfers.client.model.TransferCreateRequest;
import io.github.pctransfers.client.model.TransferIds;
import io.github.pctransfers.client.model.TransferIds.InvalidIdException;
import io.github.pctransfers.client.model.TransferCreateRequest;
import io.github.pctransfers.client.model.TransferLineItem;
import io.github.pctransfers.client.model.TransferSubmitLineItems;
import io.github.pctransfers.client.model.TransferUpdateRequest;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Customer and transfer ids are checked as GUIDs before anything is sent. Every malformed id, in either
 * position, on every operation, is refused with a clear message and WireMock records no request.
 */
class SafeIdsTest extends WireMockTestBase {
    private static final List<String> MALFORMED = List.of("../x", "a/b", "?", "#", "%2F", "", " ", "\t",
            "..", TRANSFER_ID + "/../../other", TRANSFER_ID + "?x=1", TRANSFER_ID + "#f", TRANSFER_ID + "%2F",
            " " + TRANSFER_ID, TRANSFER_ID + " ", TRANSFER_ID + "\n", "{" + TRANSFER_ID + "}",
            TRANSFER_ID.replace("-", ""), TRANSFER_ID.substring(1), "c8ca0fa0-1c2f-4b1b-9a36-cbe0ab1c8a4g",
            "c8ca0fa0\u20141c2f-4b1b-9a36-cbe0ab1c8a4a", "\uff43" + TRANSFER_ID.substring(1));

    /** Every operation of the client, as (customerId, transferId) -> call. */
    private static final Map<String, BiConsumer<TransfersClient, String[]>> OPERATIONS = Map.of(
            "getTransfer", (c, ids) -> c.getTransfer(ids[0], ids[1]),
            "acceptTransfer", (c, ids) -> c.acceptTransfer(ids[0], ids[1]),
            "rejectTransfer", (c, ids) -> c.rejectTransfer(ids[0], ids[1]),
            "withdrawTransfer", (c, ids) -> c.withdrawTransfer(ids[0], ids[1]),
            "cancelTransfer", (c, ids) -> c.cancelTransfer(ids[0], ids[1], TransferUpdateRequest.builder().build()),
            "submitTransfer", (c, ids) -> c.submitTransfer(ids[0], ids[1],
                    List.of(TransferSubmitLineItems.onlineServicesNce("75B71186-73C3-45B4-A403-281C0D7EB032"))),
            "listTransfers", (c, ids) -> c.listTransfers(ids[0]),
            "createTransfer", (c, ids) -> c.createTransfer(ids[0], TransferCreateRequest.builder().build()),
            "getTransferEligibility", (c, ids) -> c.getTransferEligibility(ids[0], "directtoindirect"));
    private static final List<String> CUSTOMER_ONLY = List.of("listTransfers", "createTransfer",
            "getTransferEligibility");

    /** One client for all cases: they never reach the network. */
    private static TransfersClient client;

    @BeforeAll
    static void openClient() {
        client = TransfersClient.builder().baseUrl(baseUrl()).accessToken(() -> TOKEN).build();
    }

    @AfterAll
    static void closeClient() {
        client.close();
    }

    static Stream<Arguments> malformedIdOnEveryOperation() {
        return OPERATIONS.keySet().stream().sorted().flatMap(op -> MALFORMED.stream().flatMap(bad -> {
            Stream<Arguments> asCustomer = Stream.of(Arguments.of(op, "customerId", bad));
            return CUSTOMER_ONLY.contains(op) ? asCustomer
                    : Stream.concat(asCustomer, Stream.of(Arguments.of(op, "transferId", bad)));
        }));
    }

    @ParameterizedTest(name = "{0} {1}=\"{2}\"")
    @MethodSource
    void malformedIdOnEveryOperation(String operation, String parameter, String bad) {
        String[] ids = parameter.equals("customerId") ? new String[] {bad, TRANSFER_ID}
                : new String[] {CUSTOMER_ID, bad};

        assertThatThrownBy(() -> OPERATIONS.get(operation).accept(client, ids))
                .isInstanceOf(InvalidIdException.class)
                .hasMessageStartingWith(parameter + " must be a GUID")
                .hasMessageContaining("nothing was sent")
                .satisfies(e -> assertThat(((InvalidIdException) e).parameter()).isEqualTo(parameter));
        assertThat(requests()).isEmpty();
    }

    @Test
    void nullIdsAreRefusedToo() {
        assertThatThrownBy(() -> client.getTransfer(null, TRANSFER_ID)).isInstanceOf(InvalidIdException.class)
                .hasMessageContaining("got null");
        assertThatThrownBy(() -> client.getTransfer(CUSTOMER_ID, null)).isInstanceOf(InvalidIdException.class);
        assertThat(requests()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a624f7f8-408b-49B0-9320-df79e56bed55", "637FF8F6-D842-4573-8DA8-89765356CD1A",
        "efa4c6f5-153a-4f76-e458-1375e181cc14", "00000000-0000-0000-0000-000000000000"})
    void guidsInAnyCaseAndWithoutVersionOrVariantChecksAreAccepted(String id) {
        assertThat(TransferIds.requireGuid("transferId", id)).isEqualTo(id);
    }

    @Test
    void theMessageShowsControlCharactersEscapedAndLongValuesCut() {
        assertThatThrownBy(() -> TransferIds.requireGuid("customerId", "a\nb"))
                .hasMessageContaining("\"a\\u000ab\"");
        assertThatThrownBy(() -> TransferIds.requireGuid("customerId", "x".repeat(500)))
                .hasMessageContaining("...\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"direct&x=1", "a/b", "", "direct to indirect", "#"})
    void aTransferTypeThatIsNoPlainTokenIsRefusedBeforeSending(String type) {
        assertThatThrownBy(() -> client.getTransferEligibility(CUSTOMER_ID, type))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("transferType");
        assertThat(requests()).isEmpty();
    }
}
