package io.github.pctransfers.simulator;

import static io.github.pctransfers.simulator.BuiltInSeed.CUSTOMER;
import static io.github.pctransfers.simulator.BuiltInSeed.ELIGIBLE_1;
import static io.github.pctransfers.simulator.BuiltInSeed.NCE_PREMIUM;
import static io.github.pctransfers.simulator.BuiltInSeed.NCE_SLOW;
import static io.github.pctransfers.simulator.BuiltInSeed.NEW_COMMERCE_CUSTOMER;
import static io.github.pctransfers.simulator.BuiltInSeed.PLAIN;
import static io.github.pctransfers.simulator.BuiltInSeed.SLOW;
import static io.github.pctransfers.simulator.BuiltInSeed.legacy;
import static io.github.pctransfers.simulator.BuiltInSeed.nce;
import static io.github.pctransfers.simulator.BuiltInSeed.newCommerce;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import io.github.pctransfers.client.RequestOptions;
import io.github.pctransfers.client.Response;
import io.github.pctransfers.client.TransfersClient;
import io.github.pctransfers.client.errors.BadRequestException;
import io.github.pctransfers.client.errors.ConflictException;
import io.github.pctransfers.client.errors.NotFoundException;
import io.github.pctransfers.client.errors.TransfersApiException;
import io.github.pctransfers.client.model.TransferAcceptance;
import io.github.pctransfers.client.model.TransferEntity;
import io.github.pctransfers.client.model.TransferSubmitResult;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every listed error through the simulator: wrong transitions (900102, 900101, 900104), unknown ids (404 900100),
 * malformed ids (400), missing or non-Bearer authorization (401), invalid bodies, and idempotent replay by
 * MS-RequestId. Time-dependent rules run on a clock the tests move, so nothing waits on the wall clock.
 */
@Timeout(30)
class SimulatorErrorsTest {
    private static final SimulatorClock CLOCK = SimulatorClock.frozenAt(Instant.parse("2024-05-01T10:00:00Z"));

    @RegisterExtension
    static final SpecCheckedSimulator SIM = SpecCheckedSimulator.withClock(CLOCK);

    private static final ExecutorService POOL = Executors.newCachedThreadPool();
    private static final String SOME_TRANSFER = "43fb1d3a-79fe-45a9-863e-9a4acf17b630";

    private final TransfersClient client = SIM.client();

    @AfterAll
    static void stopPool() {
        POOL.shutdownNow();
    }

    // ---- wrong transitions -----------------------------------------------------------------------------------

    @Test
    void acceptingRejectingOrWithdrawingACompletedTransferAnswers400With900102() {
        TransferEntity t = client.createTransfer(CUSTOMER, legacy(PLAIN));
        client.acceptTransfer(CUSTOMER, t.getId());

        String expected = "Can't process the transfer request for Complete transfer " + t.getId();
        assertError(() -> client.acceptTransfer(CUSTOMER, t.getId()), 400, "900102", expected);
        assertError(() -> client.rejectTransfer(CUSTOMER, t.getId()), 400, "900102", expected);
        assertError(() -> client.withdrawTransfer(CUSTOMER, t.getId()), 400, "900102", expected);
    }

    @Test
    void acceptingARejectedTransferNamesItsStatusIn900102() {
        TransferEntity t = client.createTransfer(CUSTOMER, legacy(PLAIN));
        client.rejectTransfer(CUSTOMER, t.getId());

        assertError(() -> client.acceptTransfer(CUSTOMER, t.getId()), 400, "900102",
                "Can't process the transfer request for Reject transfer " + t.getId());
    }

    @Test
    void changesWhileItsLineItemsAreProcessedAnswer409With900101ThenAfterwards400With900102() {
        TransferEntity t = client.createTransfer(NEW_COMMERCE_CUSTOMER, newCommerce());
        TransferEntity submitted = client.submitTransfer(NEW_COMMERCE_CUSTOMER, t.getId(),
                List.of(nce(NCE_SLOW), nce(NCE_PREMIUM)));
        assertThat(submitted.getStatus().value()).isEqualTo("InProgress");
        assertThat(SIM.simulator().isProcessing(NEW_COMMERCE_CUSTOMER, t.getId())).isTrue();

        assertError(() -> client.cancelTransfer(NEW_COMMERCE_CUSTOMER, t.getId(), null), 409, "900101",
                "is already in progress");
        assertError(() -> client.submitTransfer(NEW_COMMERCE_CUSTOMER, t.getId(), List.of(nce(NCE_PREMIUM))), 409,
                "900101", "is already in progress");

        CLOCK.advance(Duration.ofMinutes(5));
        TransferEntity done = client.getTransfer(NEW_COMMERCE_CUSTOMER, t.getId());
        assertThat(done.getStatus().value()).isEqualTo("Complete");
        assertThat(done.getCompletedTime().toInstant()).isEqualTo(CLOCK.instant());
        assertError(() -> client.cancelTransfer(NEW_COMMERCE_CUSTOMER, t.getId(), null), 400, "900102",
                "for Complete transfer");
    }

    @Test
    void changesWhileAnAcceptRunsAnswer409With900104() throws Exception {
        TransferEntity t = client.createTransfer(CUSTOMER, legacy(SLOW, PLAIN));
        Future<TransferAcceptance> running = POOL.submit(() -> client.acceptTransfer(CUSTOMER, t.getId()));
        awaitProcessing(CUSTOMER, t.getId());

        String expected = "Transfer " + t.getId() + " is being processed by another request.";
        assertError(() -> client.acceptTransfer(CUSTOMER, t.getId()), 409, "900104", expected);
        assertError(() -> client.rejectTransfer(CUSTOMER, t.getId()), 409, "900104", expected);
        assertError(() -> client.withdrawTransfer(CUSTOMER, t.getId()), 409, "900104", expected);

        CLOCK.advance(Duration.ofSeconds(2));
        assertThat(running.get(20, TimeUnit.SECONDS).orders()).hasSize(2);
        assertThat(client.getTransfer(CUSTOMER, t.getId()).getStatus().value()).isEqualTo("Complete");
    }

    @Test
    void aRequestUnansweredFor30DaysExpires() {
        TransferEntity legacyTransfer = client.createTransfer(CUSTOMER, legacy(PLAIN));
        TransferEntity newCommerceTransfer = client.createTransfer(NEW_COMMERCE_CUSTOMER, newCommerce());

        CLOCK.advance(Duration.ofDays(30));

        assertThat(client.getTransfer(CUSTOMER, legacyTransfer.getId()).getStatus().value()).isEqualTo("Expired");
        assertThat(client.getTransfer(NEW_COMMERCE_CUSTOMER, newCommerceTransfer.getId()).getStatus().value())
                .isEqualTo("Expired");
        assertError(() -> client.acceptTransfer(CUSTOMER, legacyTransfer.getId()), 400, "900102",
                "for Expired transfer");
        assertThat(client.createTransfer(CUSTOMER, legacy(PLAIN)).getStatus().value())
                .as("the subscription is free again").isEqualTo("Active");
    }

    @Test
    void operationsOfTheOtherKindOfTransferAnswer400With800002() {
        TransferEntity legacyTransfer = client.createTransfer(CUSTOMER, legacy(PLAIN));
        TransferEntity newCommerceTransfer = client.createTransfer(NEW_COMMERCE_CUSTOMER, newCommerce());

        assertError(() -> client.acceptTransfer(NEW_COMMERCE_CUSTOMER, newCommerceTransfer.getId()), 400, "800002",
                "Accept applies to legacy transfers");
        assertError(() -> client.rejectTransfer(NEW_COMMERCE_CUSTOMER, newCommerceTransfer.getId()), 400,
                "800002", "Reject applies to legacy transfers");
        assertError(() -> client.withdrawTransfer(NEW_COMMERCE_CUSTOMER, newCommerceTransfer.getId()), 400,
                "800002", "Withdraw applies to legacy transfers");
        assertError(() -> client.cancelTransfer(CUSTOMER, legacyTransfer.getId(), null), 400, "800002",
                "Cancel applies to new-commerce transfers");
        assertError(() -> client.submitTransfer(CUSTOMER, legacyTransfer.getId(), List.of(nce(NCE_PREMIUM))), 400,
                "800002", "set when it is created");
    }

    // ---- unknown and malformed -------------------------------------------------------------------------------

    @Test
    void unknownTransfersAnswer404With900100() {
        String expected = "Transfer " + SOME_TRANSFER + " was not found";
        assertError(() -> client.getTransfer(CUSTOMER, SOME_TRANSFER), 404, "900100", expected);
        assertError(() -> client.acceptTransfer(CUSTOMER, SOME_TRANSFER), 404, "900100", expected);
        assertError(() -> client.rejectTransfer(CUSTOMER, SOME_TRANSFER), 404, "900100", expected);
        assertError(() -> client.withdrawTransfer(CUSTOMER, SOME_TRANSFER), 404, "900100", expected);
        assertError(() -> client.cancelTransfer(CUSTOMER, SOME_TRANSFER, null), 404, "900100", expected);
    }

    @Test
    void aTransferIsNotFoundUnderAnotherCustomer() {
        TransferEntity t = client.createTransfer(CUSTOMER, legacy(PLAIN));

        assertError(() -> client.getTransfer(NEW_COMMERCE_CUSTOMER, t.getId()), 404, "900100", "was not found");
        assertThat(client.getTransfer(CUSTOMER.toUpperCase(), t.getId().toUpperCase()).getId())
                .as("ids compare in any case").isEqualTo(t.getId());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/v1/customers/not-a-guid/transfers",
        "/v1/customers/823c6c3f-9259-4d51-bae2-5dd06743177f/transfers/1234",
        "/v1/customers/823c6c3f-9259-4d51-bae2-5dd06743177f/transfers/67c5b05b09b547ba90475056fe2afa4f",
        "/v1/customers/823c6c3f-9259-4d51-bae2-5dd06743177g/transferseligibility"})
    void malformedIdsAnswer400With800002(String path) {
        SIM.allowInvalidRequests();
        io.restassured.response.Response r = authorized().get(path);

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.jsonPath().getInt("code")).isEqualTo(800002);
        assertThat(r.jsonPath().getString("description")).contains("must be a GUID");
        assertThat(r.jsonPath().getString("source")).isEqualTo("PartnerFD");
        assertThat(r.jsonPath().getList("data")).isEmpty();
        assertThat(r.contentType()).isEqualTo("application/json; charset=utf-8");
    }

    @Test
    void aMalformedRequestIdHeaderAnswers400() {
        SIM.allowInvalidRequests();
        io.restassured.response.Response r = authorized().header("MS-RequestId", "12345")
                .get("/v1/customers/" + CUSTOMER + "/transfers");

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.jsonPath().getString("description")).isEqualTo("MS-RequestId must be a GUID, got \"12345\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Basic dXNlcjpwYXNz", "Bearer", "Bearer ", "token-without-scheme"})
    void aMissingOrNonBearerAuthorizationAnswers401With800001(String authorization) {
        SIM.allowInvalidRequests();
        String requestId = UUID.randomUUID().toString();
        String correlationId = UUID.randomUUID().toString();
        RequestSpecification request = given().baseUri(SIM.baseUrl()).header("MS-RequestId", requestId)
                .header("MS-CorrelationId", correlationId);
        if (!authorization.isEmpty()) {
            request.header("Authorization", authorization);
        }

        io.restassured.response.Response r = request.get("/v1/customers/" + CUSTOMER + "/transfers");

        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.jsonPath().getInt("code")).isEqualTo(800001);
        assertThat(r.header("MS-RequestId")).isEqualTo(requestId);
        assertThat(r.header("MS-CorrelationId")).isEqualTo(correlationId);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not json", "[]", "{\"sourcePartnerTenantId\": 5}",
        "{\"sourcePartnerTenantId\":\"da6c51b5-1246-4a42-b4ab-cbf38df54537\","
                + "\"targetPartnerTenantId\":\"656218b1-80c9-40b2-83ae-3a2703b55271\"}",
        "{\"sourcePartnerTenantId\":\"da6c51b5-1246-4a42-b4ab-cbf38df54537\","
                + "\"targetPartnerTenantId\":\"656218b1-80c9-40b2-83ae-3a2703b55271\",\"lineItems\":[{}]}"})
    void anInvalidCreateBodyAnswers400With800002(String body) {
        SIM.allowInvalidRequests();
        io.restassured.response.Response r = authorized().contentType("application/json").body(body)
                .post("/v1/customers/" + CUSTOMER + "/transfers");

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.jsonPath().getInt("code")).isEqualTo(800002);
    }

    @Test
    void unknownSubscriptionsAnswer400With800078NamingEachSubscription() {
        String unknown = "11111111-2222-3333-4444-555555555555";
        assertThatThrownBy(() -> client.createTransfer(CUSTOMER, legacy(unknown, BuiltInSeed.ADD_ON,
                BuiltInSeed.SUSPENDED)))
                .isInstanceOfSatisfying(BadRequestException.class, e -> {
                    assertThat(e.errorCode()).contains("800078");
                    // As the error examples: the subscriptions in the description (lowercase), data empty.
                    assertThat(e.error().orElseThrow().description()).isEqualTo("Transfer can't be created with an "
                            + "invalid subscription. Subscription: " + unknown + ", "
                            + BuiltInSeed.ADD_ON.toLowerCase() + ", " + BuiltInSeed.SUSPENDED.toLowerCase());
                    assertThat(e.error().orElseThrow().data()).isEmpty();
                });
    }

    // ---- idempotency -----------------------------------------------------------------------------------------

    @Test
    void aRepeatedCreateWithTheSameRequestIdCreatesOnce() {
        RequestOptions sameId = RequestOptions.builder().requestId(UUID.randomUUID().toString()).build();

        Response<TransferEntity> first = client.createTransferWithResponse(CUSTOMER, legacy(PLAIN), sameId);
        Response<TransferEntity> second = client.createTransferWithResponse(CUSTOMER, legacy(PLAIN), sameId);

        assertThat(second.statusCode()).isEqualTo(201);
        assertThat(second.value().getId()).isEqualTo(first.value().getId());
        assertThat(second.header("X-Simulator-Replayed")).contains("true");
        assertThat(client.listTransfers(CUSTOMER)).hasSize(2); // the seeded transfer and the created one
    }

    @Test
    void aRepeatedAcceptWithTheSameRequestIdAcceptsOnce() {
        TransferEntity t = client.createTransfer(CUSTOMER, legacy(PLAIN, ELIGIBLE_1));
        RequestOptions sameId = RequestOptions.builder().requestId(UUID.randomUUID().toString()).build();

        TransferSubmitResult first = client.acceptTransferWithResponse(CUSTOMER, t.getId(), sameId).value();
        TransferSubmitResult second = client.acceptTransferWithResponse(CUSTOMER, t.getId(), sameId).value();

        assertThat(second.getOrders()).extracting(o -> o.getId())
                .containsExactlyElementsOf(first.getOrders().stream().map(o -> o.getId()).toList());
        assertError(() -> client.acceptTransfer(CUSTOMER, t.getId()), 400, "900102", "for Complete transfer");
    }

    @Test
    void aRepeatedPatchWithTheSameRequestIdAnswersTheFirstResult() {
        TransferEntity t = client.createTransfer(CUSTOMER, legacy(PLAIN));
        RequestOptions sameId = RequestOptions.builder().requestId(UUID.randomUUID().toString()).build();

        TransferEntity first = client.rejectTransfer(CUSTOMER, t.getId(), sameId);
        TransferEntity second = client.rejectTransfer(CUSTOMER, t.getId(), sameId);

        assertThat(second.getStatus().value()).isEqualTo("Reject");
        assertThat(second.getLastModifiedTime()).isEqualTo(first.getLastModifiedTime());
        assertError(() -> client.rejectTransfer(CUSTOMER, t.getId()), 400, "900102", "for Reject transfer");
    }

    @Test
    void aRepeatedWithdrawWithTheSameRequestIdAnswers204Again() {
        TransferEntity t = client.createTransfer(CUSTOMER, legacy(PLAIN));
        RequestOptions sameId = RequestOptions.builder().requestId(UUID.randomUUID().toString()).build();

        client.withdrawTransfer(CUSTOMER, t.getId(), sameId);
        Response<Void> again = client.withdrawTransferWithResponse(CUSTOMER, t.getId(), sameId);

        assertThat(again.statusCode()).isEqualTo(204);
        assertError(() -> client.withdrawTransfer(CUSTOMER, t.getId()), 404, "900100", "was not found");
    }

    @Test
    void theSameRequestIdOnAnotherResourceIsAnotherRequest() {
        RequestOptions sameId = RequestOptions.builder().requestId(UUID.randomUUID().toString()).build();

        TransferEntity a = client.createTransfer(CUSTOMER, legacy(PLAIN), sameId);
        TransferEntity b = client.createTransfer(NEW_COMMERCE_CUSTOMER, newCommerce(), sameId);

        assertThat(b.getId()).isNotEqualTo(a.getId());
    }

    @Test
    void aRepeatWhileTheFirstIsStillRunningGetsItsResultAndDoesNotActTwice() throws Exception {
        TransferEntity t = client.createTransfer(CUSTOMER, legacy(SLOW));
        RequestOptions sameId = RequestOptions.builder().requestId(UUID.randomUUID().toString()).build();
        Future<Response<TransferSubmitResult>> first = POOL.submit(() ->
                client.acceptTransferWithResponse(CUSTOMER, t.getId(), sameId));
        awaitProcessing(CUSTOMER, t.getId());
        Future<Response<TransferSubmitResult>> repeat = POOL.submit(() ->
                client.acceptTransferWithResponse(CUSTOMER, t.getId(), sameId));

        CLOCK.advance(Duration.ofSeconds(2));

        String firstOrder = first.get(20, TimeUnit.SECONDS).value().getOrders().get(0).getId();
        Response<TransferSubmitResult> repeated = repeat.get(20, TimeUnit.SECONDS);
        assertThat(repeated.statusCode()).as("not 409 900104: the same request").isEqualTo(200);
        assertThat(repeated.value().getOrders().get(0).getId()).isEqualTo(firstOrder);
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    private static RequestSpecification authorized() {
        return given().baseUri(SIM.baseUrl()).header("Authorization", "Bearer test-token");
    }

    private static void assertError(ThrowingCallable call, int status, String code, String descriptionPart) {
        assertThatThrownBy(call).isInstanceOfSatisfying(TransfersApiException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(status);
            assertThat(e.errorCode()).contains(code);
            assertThat(e.error().orElseThrow().description()).contains(descriptionPart);
            assertThat(e.error().orElseThrow().source()).isEqualTo("PartnerFD");
            if (status == 404) {
                assertThat(e).isInstanceOf(NotFoundException.class);
            } else if (status == 409) {
                assertThat(e).isInstanceOf(ConflictException.class);
            } else if (status == 400) {
                assertThat(e).isInstanceOf(BadRequestException.class);
            }
        });
    }

    /** Waits (at most 10 s) until the simulator reports the transfer as being processed. */
    private static void awaitProcessing(String customerId, String transferId) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!SIM.simulator().isProcessing(customerId, transferId)) {
            if (System.nanoTime() > deadline) {
                fail("the transfer was never reported as being processed");
            }
            Thread.sleep(5);
        }
    }
}
