package io.github.pctransfers.micrometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pctransfers.client.Response;
import io.github.pctransfers.client.RequestOptions;
import io.github.pctransfers.client.TransfersClient;
import io.github.pctransfers.client.errors.NotFoundException;
import io.github.pctransfers.simulator.TransfersSimulator;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.handler.DefaultTracingObservationHandler;
import io.micrometer.tracing.otel.bridge.OtelBaggageManager;
import io.micrometer.tracing.otel.bridge.OtelCurrentTraceContext;
import io.micrometer.tracing.otel.bridge.OtelTracer;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The same observations as OpenTelemetry spans, through Micrometer Tracing's OpenTelemetry bridge: a call is a
 * child span of the caller's, carries MS-RequestId and MS-CorrelationId, and the trace id can be the
 * MS-CorrelationId.
 */
class OpenTelemetryBridgeTest {
    static final TransfersSimulator simulator = SharedSimulator.SIMULATOR;

    private final InMemorySpanExporter exporter = InMemorySpanExporter.create();
    private final SdkTracerProvider provider = SdkTracerProvider.builder()
            .addSpanProcessor(SimpleSpanProcessor.create(exporter)).build();
    private final OtelCurrentTraceContext context = new OtelCurrentTraceContext();
    private final OtelTracer tracer = new OtelTracer(provider.get("test"), context, event -> { },
            new OtelBaggageManager(context, Collections.emptyList(), Collections.emptyList()));
    private final ObservationRegistry registry = ObservationRegistry.create();

    @AfterEach
    void closeProvider() {
        provider.close();
    }

    private TransfersClient client(MicrometerTransfersObserver.Builder observer) {
        registry.observationConfig().observationHandler(new DefaultTracingObservationHandler(tracer));
        return TransfersClient.builder().baseUrl(simulator.baseUrl()).accessToken(() -> "any")
                .observer(observer.build()).build();
    }

    @Test
    void aCallIsAChildSpanOfTheCallersWithItsRequestIdsAndTheTraceIdAsItsCorrelationId() {
        AtomicReference<Response<?>> response = new AtomicReference<>();
        try (TransfersClient client = client(MicrometerTransfersObserver.builder(registry)
                .correlationIdFromTraceId(() -> {
                    Span current = tracer.currentSpan();
                    return current == null ? null : current.context().traceId();
                }))) {
            Observation.createNotStarted("handle-request", registry).observe(() -> response.set(
                    client.getTransferWithResponse(MicrometerTransfersObserverTest.CUSTOMER_ID,
                            MicrometerTransfersObserverTest.TRANSFER_ID, RequestOptions.none())));
        }

        List<SpanData> spans = exporter.getFinishedSpanItems();
        assertThat(spans).hasSize(2);
        SpanData call = spans.get(0);
        SpanData parent = spans.get(1);
        assertThat(call.getName()).isEqualTo("GET " + MicrometerTransfersObserverTest.TEMPLATE);
        assertThat(call.getParentSpanId()).isEqualTo(parent.getSpanId());
        assertThat(call.getTraceId()).isEqualTo(parent.getTraceId());
        assertThat(call.getAttributes().get(AttributeKey.stringKey("partnercenter.request_id")))
                .isEqualTo(response.get().requestId());
        assertThat(call.getAttributes().get(AttributeKey.stringKey("partnercenter.correlation_id")))
                .isEqualTo(response.get().correlationId());
        assertThat(response.get().correlationId().replace("-", "")).isEqualTo(call.getTraceId());
        assertThat(call.getAttributes().get(AttributeKey.stringKey("http.response.status_code"))).isEqualTo("200");
        assertThat(call.getStatus().getStatusCode()).isNotEqualTo(StatusCode.ERROR);
    }

    @Test
    void withoutACurrentTraceTheCorrelationIdIsRandomAndAFailedCallIsAnErrorSpan() {
        try (TransfersClient client = client(MicrometerTransfersObserver.builder(registry)
                .correlationIdFromTraceId(() -> null))) {
            assertThatThrownBy(() -> client.getTransfer(MicrometerTransfersObserverTest.CUSTOMER_ID,
                    MicrometerTransfersObserverTest.UNKNOWN_TRANSFER_ID)).isInstanceOf(NotFoundException.class);
        }

        SpanData call = exporter.getFinishedSpanItems().get(0);
        assertThat(call.getParentSpanId()).isEqualTo(io.opentelemetry.api.trace.SpanId.getInvalid());
        assertThat(call.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
        assertThat(call.getAttributes().get(AttributeKey.stringKey("partnercenter.error_code"))).isEqualTo("900100");
        assertThat(call.getAttributes().get(AttributeKey.stringKey("partnercenter.correlation_id")).replace("-", ""))
                .isNotEqualTo(call.getTraceId());
        assertThat(call.getAttributes().asMap().toString())
                .doesNotContain(MicrometerTransfersObserverTest.UNKNOWN_TRANSFER_ID);
    }
}
