package io.github.pctransfers.micrometer;

import static io.micrometer.observation.tck.TestObservationRegistryAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pctransfers.client.RequestOptions;
import io.github.pctransfers.client.Response;
import io.github.pctransfers.client.TransfersClient;
import io.github.pctransfers.client.auth.AccessToken;
import io.github.pctransfers.client.errors.NotFoundException;
import io.github.pctransfers.client.observability.WebhookDelivery;
import io.github.pctransfers.simulator.SimulatedFault;
import io.github.pctransfers.simulator.TransfersSimulator;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The observer against the simulator: the observation of each call with its tags ({@link TestObservationRegistry}),
 * and the meters a {@link DefaultMeterObservationHandler} makes of it ({@link SimpleMeterRegistry}).
 */
class MicrometerTransfersObserverTest {
    /** A transfer of the simulator's documented world (contract-tests/simulator/README.md). */
    static final String CUSTOMER_ID = "b67f0b00-f9e8-4c57-bcb5-0b8b95c6ccf0";
    static final String TRANSFER_ID = "46e8ed67-8adf-4f65-b3d8-d31318080556";
    static final String UNKNOWN_TRANSFER_ID = "00000000-0000-4000-8000-000000000001";
    static final String TEMPLATE = "/v1/customers/{customer-id}/transfers/{transfer-id}";

    static final TransfersSimulator simulator = SharedSimulator.SIMULATOR;

    private final TestObservationRegistry observations = TestObservationRegistry.create();
    private final MeterRegistry meters = new SimpleMeterRegistry();

    /** The calls' contexts as they started, and the contextual names of each one's events, in order. */
    private final List<Observation.Context> started = new CopyOnWriteArrayList<>();
    private final Map<Observation.Context, List<String>> events = new ConcurrentHashMap<>();

    @BeforeEach
    void meterHandler() {
        simulator.reset();
        simulator.clearFaults();
        observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
        observations.observationConfig().observationHandler(new ObservationHandler<TransfersCallContext>() {
            @Override
            public boolean supportsContext(Observation.Context context) {
                return context instanceof TransfersCallContext;
            }

            @Override
            public void onStart(TransfersCallContext context) {
                started.add(context);
            }

            @Override
            public void onEvent(Observation.Event event, TransfersCallContext context) {
                events.computeIfAbsent(context, c -> new CopyOnWriteArrayList<>()).add(event.getContextualName());
            }
        });
    }

    static TransfersClient.Builder client(ObservationRegistry registry, MicrometerTransfersObserver.Builder observer) {
        return TransfersClient.builder().baseUrl(simulator.baseUrl()).accessToken(() -> "any")
                .retryPolicy(io.github.pctransfers.client.http.RetryPolicy.builder().initialBackoff(Duration.ofMillis(1))
                        .maxRetryAfter(Duration.ofMillis(5)).jitter(0).build())
                .observer(observer.build());
    }

    @Test
    void aSuccessfulCallIsOneObservationWithItsTagsItsIdsAndATimer() {
        Response<?> response;
        try (TransfersClient client = client(observations, MicrometerTransfersObserver.builder(observations)).build()) {
            response = client.getTransferWithResponse(CUSTOMER_ID, TRANSFER_ID, RequestOptions.none());
        }

        assertThat(observations).hasNumberOfObservationsEqualTo(1)
                .hasObservationWithNameEqualTo(DefaultTransfersObservationConvention.NAME).that()
                .hasBeenStarted().hasBeenStopped()
                .hasContextualNameEqualTo("GET " + TEMPLATE)
                .hasLowCardinalityKeyValue("partnercenter.operation", "getTransfer")
                .hasLowCardinalityKeyValue("http.request.method", "GET")
                .hasLowCardinalityKeyValue("url.template", TEMPLATE)
                .hasLowCardinalityKeyValue("server.address", "127.0.0.1")
                .hasLowCardinalityKeyValue("outcome", "SUCCESS")
                .hasLowCardinalityKeyValue("http.response.status_code", "200")
                .hasLowCardinalityKeyValue("partnercenter.error_code", "none")
                .hasLowCardinalityKeyValue("error.type", "none")
                .hasHighCardinalityKeyValue("partnercenter.request_id", response.requestId())
                .hasHighCardinalityKeyValue("partnercenter.correlation_id", response.correlationId())
                .doesNotHaveHighCardinalityKeyValueWithKey("partnercenter.customer_id")
                .doesNotHaveError();
        assertThat(meters.get(DefaultTransfersObservationConvention.NAME)
                .tags("partnercenter.operation", "getTransfer", "outcome", "SUCCESS", "http.response.status_code", "200")
                .timer().count()).isEqualTo(1);
        assertNoIdInAnyMeter(response.requestId(), response.correlationId());
    }

    @Test
    void aFailedCallIsTaggedWithItsOutcomeStatusErrorCodeAndExceptionType() {
        try (TransfersClient client = client(observations, MicrometerTransfersObserver.builder(observations)).build()) {
            assertThatThrownBy(() -> client.getTransfer(CUSTOMER_ID, UNKNOWN_TRANSFER_ID))
                    .isInstanceOf(NotFoundException.class);
        }

        assertThat(observations).hasSingleObservationThat()
                .hasLowCardinalityKeyValue("outcome", "CLIENT_ERROR")
                .hasLowCardinalityKeyValue("http.response.status_code", "404")
                .hasLowCardinalityKeyValue("partnercenter.error_code", "900100")
                .hasLowCardinalityKeyValue("error.type", "NotFoundException")
                .assertThatError().hasMessageContaining("900100").hasMessageNotContaining(UNKNOWN_TRANSFER_ID);
        assertThat(meters.get(DefaultTransfersObservationConvention.NAME)
                .tags("outcome", "CLIENT_ERROR", "partnercenter.error_code", "900100", "error.type",
                        "NotFoundException")
                .timer().count()).isEqualTo(1);
        assertNoIdInAnyMeter(UNKNOWN_TRANSFER_ID);
    }

    @Test
    void aThrottledCallThatIsRetriedCountsTheThrottleAndTheRetryAsEventsOfItsObservation() {
        simulator.injectFault(SimulatedFault.throttle(Duration.ofSeconds(1)).times(1));
        try (TransfersClient client = client(observations, MicrometerTransfersObserver.builder(observations)).build()) {
            Response<?> response = client.getTransferWithResponse(CUSTOMER_ID, TRANSFER_ID, RequestOptions.none());
            assertThat(response.attempts()).isEqualTo(2);
        }

        assertThat(observations).hasSingleObservationThat()
                .hasLowCardinalityKeyValue("outcome", "SUCCESS")
                .hasHighCardinalityKeyValue("http.request.resend_count", "1")
                .hasEvent("throttle")
                .hasEvent("retry");
        assertThat(meters.get(DefaultTransfersObservationConvention.NAME + ".throttle")
                .tags("partnercenter.operation", "getTransfer").counter().count()).isEqualTo(1);
        assertThat(meters.get(DefaultTransfersObservationConvention.NAME + ".retry")
                .tags("partnercenter.operation", "getTransfer").counter().count()).isEqualTo(1);
    }

    @Test
    void eachTokenRefreshTheCredentialsOwnAndAfterA401IsAnEventOfItsCallAndCounted() {
        AtomicReference<String> token = new AtomicReference<>("token-1");
        Instant expiry = Instant.now().plus(Duration.ofHours(1));
        try (TransfersClient client = client(observations, MicrometerTransfersObserver.builder(observations))
                .credential(forceRefresh -> {
                    if (forceRefresh) {
                        token.set("token-3");
                    }
                    return new AccessToken(token.get(), expiry);
                })
                .build()) {
            client.getTransfer(CUSTOMER_ID, TRANSFER_ID); // the first token: no refresh
            token.set("token-2"); // the credential refreshed on its own, as ahead of expiry
            client.getTransfer(CUSTOMER_ID, TRANSFER_ID);
            simulator.injectFault(SimulatedFault.error(800001)); // one 401, then the refresh and the re-send
            assertThat(client.getTransferWithResponse(CUSTOMER_ID, TRANSFER_ID, RequestOptions.none()).attempts())
                    .isEqualTo(2);
        }

        assertThat(started).hasSize(3);
        assertThat(events.get(started.get(0))).isNull();
        assertThat(events.get(started.get(1))).containsExactly("token refresh by the credential: REFRESHED");
        assertThat(events.get(started.get(2))).containsExactly("token refresh after 401: REFRESHED");
        assertThat(meters.get(DefaultTransfersObservationConvention.NAME + ".token.refresh")
                .tags("partnercenter.operation", "getTransfer").counter().count()).isEqualTo(2);
        assertNoIdInAnyMeter("token-1", "token-2", "token-3");
    }

    @Test
    void customerAndTransferIdsAreRecordedOnlyWhenAskedForAndNeverAsMeterTags() {
        try (TransfersClient client = client(observations,
                MicrometerTransfersObserver.builder(observations).recordResourceIds(true)).build()) {
            client.getTransfer(CUSTOMER_ID, TRANSFER_ID);
        }

        assertThat(observations).hasSingleObservationThat()
                .hasHighCardinalityKeyValue("partnercenter.customer_id", CUSTOMER_ID)
                .hasHighCardinalityKeyValue("partnercenter.transfer_id", TRANSFER_ID);
        assertNoIdInAnyMeter(CUSTOMER_ID, TRANSFER_ID);
    }

    @Test
    void webhookDeliveriesAreTimedByOutcomeReasonAndEventName() {
        MicrometerTransfersObserver observer = MicrometerTransfersObserver.builder(observations).build();
        observer.webhookReceived(new WebhookDelivery(true, "complete-transfer", null, 420, Duration.ofMillis(3)));
        observer.webhookReceived(new WebhookDelivery(false, null, "SIGNATURE_MISMATCH", 420, Duration.ofMillis(1)));

        assertThat(meters.get(MicrometerTransfersObserver.WEBHOOKS)
                .tags("outcome", "accepted", "event.name", "complete-transfer", "reason", "none").timer().count())
                .isEqualTo(1);
        assertThat(meters.get(MicrometerTransfersObserver.WEBHOOKS)
                .tags("outcome", "rejected", "reason", "SIGNATURE_MISMATCH", "event.name", "none").timer().count())
                .isEqualTo(1);
    }

    @Test
    void aTraceIdIsWrittenAsAGuidAndAnythingElseIsRefused() {
        assertThat(MicrometerTransfersObserver.guidOfTraceId("4BF92F3577B34DA6A3CE929D0E0E4736"))
                .isEqualTo("4bf92f35-77b3-4da6-a3ce-929d0e0e4736");
        assertThat(MicrometerTransfersObserver.guidOfTraceId("00000000000000000000000000000000")).isNull();
        assertThat(MicrometerTransfersObserver.guidOfTraceId("4bf92f3577b34da6")).isNull();
        assertThat(MicrometerTransfersObserver.guidOfTraceId(null)).isNull();
    }

    /** No id of a call is in any meter's name or tags. */
    private void assertNoIdInAnyMeter(String... ids) {
        String all = meters.getMeters().stream().map(Meter::getId)
                .map(id -> id.getName() + id.getTags().stream().map(Tag::getValue).collect(Collectors.joining(",")))
                .collect(Collectors.joining("\n"));
        assertThat(all).isNotEmpty();
        for (String id : ids) {
            assertThat(all).doesNotContain(id);
        }
    }
}
