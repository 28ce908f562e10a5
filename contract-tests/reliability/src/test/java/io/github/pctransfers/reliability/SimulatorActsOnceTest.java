package io.github.pctransfers.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.pctransfers.client.RequestOptions;
import io.github.pctransfers.client.Response;
import io.github.pctransfers.client.TransfersClient;
import io.github.pctransfers.client.errors.NotFoundException;
import io.github.pctransfers.client.errors.ResponseDecodeException;
import io.github.pctransfers.client.http.PartnerCenterHeaders;
import io.github.pctransfers.client.http.RetryPolicy;
import io.github.pctransfers.client.model.TransferCreateRequest;
import io.github.pctransfers.client.model.TransferEntity;
import io.github.pctransfers.client.model.TransferLineItem;
import io.github.pctransfers.client.model.TransferStatus;
import io.github.pctransfers.client.model.TransferSubmitResult;
import io.github.pctransfers.simulator.Exchange;
import io.github.pctransfers.simulator.Operation;
import io.github.pctransfers.simulator.SimulatedFault;
import io.github.pctransfers.simulator.TransfersSimulator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The second half: a retried POST, PATCH or DELETE carries the same MS-RequestId every time, and the
 * simulator acts once. The simulator runs the operation and then answers later than the client's read timeout
 * (an injected latency fault), so the client retries a request that has already taken effect; the simulator
 * recognises the MS-RequestId and replays its first answer. Its exchanges show one run and one replay.
 */
@Order(2)
@Timeout(30)
class SimulatorActsOnceTest {
    static final String CUSTOMER = LoadSeed.customer(0);
    static final Duration READ_TIMEOUT = Duration.ofMillis(500);
    /** Longer than the read timeout: the first answer comes after the client gave up on it. */
    static final Duration LATE = Duration.ofMillis(1500);

    static TransfersSimulator simulator;
    static TransfersClient client;
    static final List<Exchange> EXCHANGES = new CopyOnWriteArrayList<>();
    static final List<String> REPORT = new ArrayList<>();

    @BeforeAll
    static void start() {
        simulator = TransfersSimulator.builder().seed(LoadSeed.write("acts-once-seed.json", 1, 8))
                .exchangeListener(EXCHANGES::add).start();
        client = TransfersClient.builder().baseUrl(simulator.baseUrl()).accessToken(() -> Canary.TOKEN)
                .readTimeout(READ_TIMEOUT)
                .retryPolicy(RetryPolicy.builder().maxAttempts(3).initialBackoff(Duration.ofMillis(10))
                        .maxBackoff(Duration.ofMillis(20)).totalBudget(Duration.ofSeconds(10)).build())
                .build();
    }

    @AfterAll
    static void stop() {
        client.close();
        simulator.close();
        Evidence.report("acts-once.md", "## The simulator acts once on a retried change\n\n"
                + "| operation | attempts | MS-RequestIds | simulator runs | replays | state afterwards |\n"
                + "|---|---|---|---|---|---|\n" + String.join("\n", REPORT) + "\n");
    }

    @BeforeEach
    void reset() {
        simulator.reset();
        EXCHANGES.clear();
    }

    private static TransferEntity createQuietly(String subscription) {
        return client.createTransfer(CUSTOMER, legacy(subscription));
    }

    private static TransferCreateRequest legacy(String subscription) {
        return TransferCreateRequest.builder().sourcePartnerTenantId(LoadSeed.SOURCE_PARTNER)
                .targetPartnerTenantId(LoadSeed.TARGET_PARTNER)
                .addLineItemsItem(TransferLineItem.builder().subscriptionId(subscription).build()).build();
    }

    /** The exchanges of one operation: all with one MS-RequestId, one run and the rest replays. */
    private static List<Exchange> actedOnce(Operation operation, Response<?> response, String state) {
        List<Exchange> mine = EXCHANGES.stream().filter(e -> e.operation() == operation).collect(Collectors.toList());
        List<String> ids = mine.stream().map(e -> e.requestHeaders().entrySet().stream()
                .filter(h -> h.getKey().equalsIgnoreCase(PartnerCenterHeaders.MS_REQUEST_ID))
                .findFirst().orElseThrow().getValue().get(0)).distinct().collect(Collectors.toList());
        long runs = mine.stream().filter(e -> !e.replayed()).count();
        long replays = mine.stream().filter(Exchange::replayed).count();
        REPORT.add("| " + operation.operationId() + " (" + mine.get(0).method() + ") | " + response.attempts() + " | "
                + ids.size() + " | " + runs + " | " + replays + " | " + state + " |");
        // Usually 2 attempts; on a starved machine a replay can itself miss the read timeout, and a third
        // attempt gets it again. Every attempt after the first must be a replay.
        assertThat(response.attempts()).as("attempts").isBetween(2, 3);
        assertThat(mine).hasSize(response.attempts());
        assertThat(ids).as("MS-RequestIds sent").containsExactly(response.requestId());
        assertThat(runs).as("runs").isEqualTo(1);
        assertThat(replays).as("replays").isEqualTo(response.attempts() - 1);
        return mine;
    }

    @Test
    void aCreateAnsweredTooLateIsRetriedAndCreatesOneTransfer() {
        simulator.injectFault(SimulatedFault.latency(LATE).on(Operation.CREATE_TRANSFER));

        Response<TransferEntity> created = client.createTransferWithResponse(CUSTOMER,
                legacy(LoadSeed.subscription(0, 0)), RequestOptions.none());

        List<TransferEntity> all = client.listTransfers(CUSTOMER);
        actedOnce(Operation.CREATE_TRANSFER, created, all.size() + " transfer");
        assertThat(all).extracting(TransferEntity::getId).containsExactly(created.value().getId());
    }

    @Test
    void anAcceptAnsweredTooLateIsRetriedAndPlacesTheOrdersOnce() {
        TransferEntity transfer = createQuietly(LoadSeed.subscription(0, 1));
        simulator.injectFault(SimulatedFault.latency(LATE).on(Operation.ACCEPT_TRANSFER));

        Response<TransferSubmitResult> accepted = client.acceptTransferWithResponse(CUSTOMER, transfer.getId(),
                RequestOptions.none());

        TransferEntity after = client.getTransfer(CUSTOMER, transfer.getId());
        actedOnce(Operation.ACCEPT_TRANSFER, accepted, "status " + after.getStatus() + ", "
                + accepted.value().getOrders().size() + " order");
        assertThat(after.getStatus()).isEqualTo(TransferStatus.COMPLETE);
        assertThat(accepted.value().getOrders()).hasSize(1);
    }

    @Test
    void aRejectAnsweredTooLateIsRetriedAndGetsTheFirstAnswerNot400() {
        TransferEntity transfer = createQuietly(LoadSeed.subscription(0, 2));
        simulator.injectFault(SimulatedFault.latency(LATE).on(Operation.UPDATE_TRANSFER));

        // Without idempotency the retry would get 400 900102: the transfer is no longer Active.
        Response<TransferEntity> rejected = client.rejectTransferWithResponse(CUSTOMER, transfer.getId(),
                RequestOptions.none());

        actedOnce(Operation.UPDATE_TRANSFER, rejected, "status " + rejected.value().getStatus());
        assertThat(rejected.value().getStatus()).isEqualTo(TransferStatus.REJECT);
    }

    @Test
    void aWithdrawAnsweredTooLateIsRetriedAndGetsTheFirstAnswerNot404() {
        TransferEntity transfer = createQuietly(LoadSeed.subscription(0, 3));
        simulator.injectFault(SimulatedFault.latency(LATE).on(Operation.WITHDRAW_TRANSFER));

        // Without idempotency the retry would get 404 900100: the transfer is gone.
        Response<Void> withdrawn = client.withdrawTransferWithResponse(CUSTOMER, transfer.getId(),
                RequestOptions.none());

        NotFoundException gone = catchThrowableOfType(NotFoundException.class,
                () -> client.getTransfer(CUSTOMER, transfer.getId()));
        Evidence.caught(gone);
        actedOnce(Operation.WITHDRAW_TRANSFER, withdrawn, "get answers 404");
        assertThat(withdrawn.statusCode()).isEqualTo(204);
    }

    @Test
    void aCreateWhoseAnswerIsCutShortCanBeSentAgainWithItsRequestIdAndCreatesOneTransfer() {
        simulator.injectFault(SimulatedFault.malformedBody().on(Operation.CREATE_TRANSFER));

        ResponseDecodeException cut = catchThrowableOfType(ResponseDecodeException.class,
                () -> client.createTransfer(CUSTOMER, legacy(LoadSeed.subscription(0, 4))));
        Evidence.caught(cut);
        // The client does not retry a 2xx it cannot read; the exception names the id to send again with.
        Response<TransferEntity> again = client.createTransferWithResponse(CUSTOMER,
                legacy(LoadSeed.subscription(0, 4)), RequestOptions.builder().requestId(cut.requestId()).build());

        List<TransferEntity> all = client.listTransfers(CUSTOMER);
        List<Exchange> creates = EXCHANGES.stream().filter(e -> e.operation() == Operation.CREATE_TRANSFER)
                .collect(Collectors.toList());
        REPORT.add("| createTransfer, body cut short, sent again by the caller | 1 + 1 | 1 | "
                + creates.stream().filter(e -> !e.replayed()).count() + " | "
                + creates.stream().filter(Exchange::replayed).count() + " | " + all.size() + " transfer |");
        assertThat(creates).hasSize(2);
        assertThat(creates.get(1).replayed()).isTrue();
        assertThat(all).extracting(TransferEntity::getId).containsExactly(again.value().getId());
    }
}
