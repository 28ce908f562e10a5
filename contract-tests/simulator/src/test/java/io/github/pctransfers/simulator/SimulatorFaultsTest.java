package io.github.pctransfers.simulator;

import static io.github.pctransfers.simulator.BuiltInSeed.CUSTOMER;
import static io.github.pctransfers.simulator.BuiltInSeed.SEEDED_TRANSFER;
import static io.github.pctransfers.simulator.BuiltInSeed.PLAIN;
import static io.github.pctransfers.simulator.BuiltInSeed.legacy;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pctransfers.client.RequestOptions;
import io.github.pctransfers.client.Response;
import io.github.pctransfers.client.TransfersClient;
import io.github.pctransfers.client.errors.RateLimitException;
import io.github.pctransfers.client.errors.ResponseDecodeException;
import io.github.pctransfers.client.errors.ServerException;
import io.github.pctransfers.client.errors.TransportException;
import io.github.pctransfers.client.http.RetryPolicy;
import io.github.pctransfers.client.model.TransferEntity;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Faults on demand, injected through the API and asked for by header, seen through the real client: latency, 429
 * with Retry-After, 503, a reset connection, a malformed body. Bounded in time: no fault waits longer than the
 * client's short timeouts, and Retry-After is honoured only up to 50 ms.
 */
@Timeout(20)
class SimulatorFaultsTest {
    @RegisterExtension
    static final SpecCheckedSimulator SIM = SpecCheckedSimulator.withDefaults();

    private static final String TRANSFERS = "/v1/customers/" + CUSTOMER + "/transfers";

    private final TransfersClient retrying = SIM.client();

    @Test
    void latencyDelaysTheAnswerPastTheClientsReadTimeout() {
        SIM.simulator().injectFault(SimulatedFault.latency(Duration.ofMillis(1500)).on(Operation.LIST_TRANSFERS));
        try (TransfersClient impatient = TransfersClient.builder().baseUrl(SIM.baseUrl()).accessToken(() -> "t")
                .retryPolicy(RetryPolicy.none()).readTimeout(Duration.ofMillis(200)).build()) {

            assertThatThrownBy(() -> impatient.listTransfers(CUSTOMER))
                    .isInstanceOf(TransportException.class).hasMessageContaining("timed out");
            assertThat(impatient.listTransfers(CUSTOMER)).as("the fault hit one request only").extracting(TransferEntity::getId).containsExactly(SEEDED_TRANSFER);
        }
    }

    @Test
    void aThrottleAnswers429WithRetryAfterAndTheDocumentedThrottlingBody() {
        SIM.simulator().injectFault(SimulatedFault.throttle(Duration.ofSeconds(2)));
        try (TransfersClient once = SIM.client(RetryPolicy.none())) {

            assertThatThrownBy(() -> once.listTransfers(CUSTOMER))
                    .isInstanceOfSatisfying(RateLimitException.class, e -> {
                        assertThat(e.retryAfter()).contains(Duration.ofSeconds(2));
                        assertThat(e.rawBody()).isEqualTo(
                                "{\"statusCode\":429,\"message\":\"Rate limit is exceeded. Try again in 2 seconds.\"}");
                    });
        }
        Exchange throttled = SIM.exchanges().get(0);
        assertThat(throttled.responseHeader("Content-Type")).contains("application/json");
        assertThat(JsonShapes.of(throttled.responseBody()))
                .isEqualTo(JsonShapes.of(JsonShapes.documentedBody("_shared-error-examples/error-429-throttling")));
    }

    @Test
    void theClientRetriesA429WithTheSameRequestIdAndTheCreateActsOnce() {
        SIM.simulator().injectFault(SimulatedFault.throttle(Duration.ofSeconds(1)).on(Operation.CREATE_TRANSFER));

        Response<TransferEntity> created = retrying.createTransferWithResponse(CUSTOMER, legacy(PLAIN),
                RequestOptions.none());

        assertThat(created.attempts()).isEqualTo(2);
        assertThat(SIM.exchangesWithRequestId(created.requestId())).extracting(Exchange::status)
                .containsExactly(429, 201);
        assertThat(retrying.listTransfers(CUSTOMER)).extracting(TransferEntity::getId)
                .containsExactly(SEEDED_TRANSFER, created.value().getId());
    }

    @Test
    void a503AnswersAPartnerCenterErrorAndARetrySucceeds() {
        SIM.simulator().injectFault(SimulatedFault.serviceUnavailable());
        try (TransfersClient once = SIM.client(RetryPolicy.none())) {
            assertThatThrownBy(() -> once.getTransferEligibility(CUSTOMER, "directtoindirect"))
                    .isInstanceOfSatisfying(ServerException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(503);
                        // No documented code comes with 503: the status is the code.
                        assertThat(e.errorCode()).contains("503");
                    });
        }

        SIM.simulator().injectFault(SimulatedFault.serviceUnavailable());
        Response<?> retried = retrying.getTransferEligibilityWithResponse(CUSTOMER, "directtoindirect",
                RequestOptions.none());
        assertThat(retried.attempts()).isEqualTo(2);
    }

    @Test
    void aResetConnectionFailsTheAttemptBeforeTheOperationRuns() {
        SIM.simulator().injectFault(SimulatedFault.connectionReset().on(Operation.CREATE_TRANSFER));
        try (TransfersClient once = SIM.client(RetryPolicy.none())) {
            assertThatThrownBy(() -> once.createTransfer(CUSTOMER, legacy(PLAIN)))
                    .isInstanceOf(TransportException.class);
        }
        assertThat(retrying.listTransfers(CUSTOMER)).as("nothing was created").extracting(TransferEntity::getId).containsExactly(SEEDED_TRANSFER);

        SIM.simulator().injectFault(SimulatedFault.connectionReset().on(Operation.CREATE_TRANSFER));
        Response<TransferEntity> created = retrying.createTransferWithResponse(CUSTOMER, legacy(PLAIN),
                RequestOptions.none());
        assertThat(created.attempts()).isEqualTo(2);
        assertThat(retrying.listTransfers(CUSTOMER)).hasSize(2); // the seeded transfer and the created one
    }

    @Test
    void aMalformedBodyFailsDecodingThoughTheCreateRanAndARepeatGetsTheWholeAnswer() {
        SIM.simulator().injectFault(SimulatedFault.malformedBody().on(Operation.CREATE_TRANSFER));
        RequestOptions sameId = RequestOptions.builder().requestId(UUID.randomUUID().toString()).build();
        try (TransfersClient once = SIM.client(RetryPolicy.none())) {
            assertThatThrownBy(() -> once.createTransfer(CUSTOMER, legacy(PLAIN), sameId))
                    .isInstanceOf(ResponseDecodeException.class);
        }
        List<TransferEntity> afterFault = retrying.listTransfers(CUSTOMER);
        assertThat(afterFault).hasSize(2); // the seeded transfer, and the one the create made

        TransferEntity repeated = retrying.createTransfer(CUSTOMER, legacy(PLAIN), sameId);

        assertThat(repeated.getId()).isEqualTo(afterFault.get(1).getId());
    }

    @Test
    void injectedFaultsHitOnlyTheirOperationsAndRunOut() {
        TransferEntity t = retrying.createTransfer(CUSTOMER, legacy(PLAIN));
        SIM.simulator().injectFault(SimulatedFault.status(500).times(2).on(Operation.ACCEPT_TRANSFER));
        try (TransfersClient once = SIM.client(RetryPolicy.none())) {
            assertThat(once.getTransfer(CUSTOMER, t.getId()).getId()).isEqualTo(t.getId());
            assertThatThrownBy(() -> once.acceptTransfer(CUSTOMER, t.getId())).isInstanceOf(ServerException.class);
            assertThatThrownBy(() -> once.acceptTransfer(CUSTOMER, t.getId())).isInstanceOf(ServerException.class);
            assertThat(once.acceptTransfer(CUSTOMER, t.getId()).orders()).hasSize(1);
        }
    }

    @Test
    void clearedFaultsAreNotPlayed() {
        SIM.simulator().injectFault(SimulatedFault.serviceUnavailable().times(5));
        SIM.simulator().clearFaults();
        try (TransfersClient once = SIM.client(RetryPolicy.none())) {
            assertThat(once.listTransfers(CUSTOMER)).extracting(TransferEntity::getId).containsExactly(SEEDED_TRANSFER);
        }
    }

    // ---- by header -------------------------------------------------------------------------------------------

    @Test
    void theFaultHeaderAsksForAStatus() {
        io.restassured.response.Response unavailable = authorized().header(FaultSyntax.HEADER, "status=503")
                .get(TRANSFERS);
        io.restassured.response.Response throttled = authorized()
                .header(FaultSyntax.HEADER, "status=429;retry-after=3").get(TRANSFERS);

        assertThat(unavailable.statusCode()).isEqualTo(503);
        assertThat(unavailable.jsonPath().getInt("code")).isEqualTo(503);
        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.header("Retry-After")).isEqualTo("3");
        assertThat(throttled.jsonPath().getString("message")).isEqualTo(
                "Rate limit is exceeded. Try again in 3 seconds.");
    }

    @Test
    void theFaultHeaderWithTimesHitsOnlyTheFirstAttemptsOfARequestId() {
        String requestId = UUID.randomUUID().toString();
        RequestSpecification sameRequest = authorized().header("MS-RequestId", requestId)
                .header(FaultSyntax.HEADER, "status=429;retry-after=1;times=1");

        assertThat(sameRequest.get(TRANSFERS).statusCode()).isEqualTo(429);
        assertThat(sameRequest.get(TRANSFERS).statusCode()).isEqualTo(200);
        assertThat(authorized().header("MS-RequestId", UUID.randomUUID().toString())
                .header(FaultSyntax.HEADER, "status=429;retry-after=1;times=1").get(TRANSFERS).statusCode())
                .as("another request id is hit again").isEqualTo(429);
    }

    @Test
    void theFaultHeaderAsksForAResetAMalformedBodyOrLatency() {
        assertThatThrownBy(() -> authorized().header(FaultSyntax.HEADER, "reset").get(TRANSFERS))
                .isInstanceOf(java.io.IOException.class);

        io.restassured.response.Response cut = authorized().header(FaultSyntax.HEADER, "malformed-body")
                .get("/v1/customers/" + CUSTOMER + "/transferseligibility?transferType=directtoindirect");
        assertThat(cut.statusCode()).isEqualTo(200);
        assertThat(cut.asString()).startsWith("[{\"id\"").doesNotEndWith("]");

        io.restassured.response.Response slow = authorized().header(FaultSyntax.HEADER, "latency=100ms")
                .get(TRANSFERS);
        assertThat(slow.statusCode()).isEqualTo(200);
        // REST Assured's HTTP client retries a reset GET on its own, so the reset may be seen several times.
        assertThat(SIM.exchanges()).extracting(Exchange::fault).doesNotContainNull().containsSubsequence(
                SimulatedFault.Kind.CONNECTION_RESET, SimulatedFault.Kind.MALFORMED_BODY, SimulatedFault.Kind.LATENCY);
    }

    @Test
    void anUnreadableFaultHeaderAnswers400SayingWhy() {
        io.restassured.response.Response r = authorized().header(FaultSyntax.HEADER, "status=429;explode")
                .get(TRANSFERS);

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.jsonPath().getString("description")).isEqualTo("Invalid request input");
        assertThat(r.jsonPath().getList("data", String.class)).singleElement(
                org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .startsWith("X-Simulator-Fault: unknown fault item \"explode\"");
    }

    private static RequestSpecification authorized() {
        return given().baseUri(SIM.baseUrl()).header("Authorization", "Bearer test-token");
    }
}
