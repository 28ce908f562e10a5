package io.github.pctransfers.micrometer;

import io.github.pctransfers.client.observability.CallEnd;
import io.github.pctransfers.client.observability.CallStart;
import io.github.pctransfers.client.observability.Retry;
import io.github.pctransfers.client.observability.Throttle;
import io.github.pctransfers.client.observability.TokenRefresh;
import io.github.pctransfers.client.observability.TransfersObserver;
import io.github.pctransfers.client.observability.WebhookDelivery;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Turns what a {@code TransfersClient} does into Micrometer observations: one per call, which Micrometer's handlers
 * make into a timer (with {@code DefaultMeterObservationHandler}) and a span (with the tracing handler, e.g. on the
 * OpenTelemetry bridge). Retries, throttles and token refreshes (after a 401, or the credential's own ahead of
 * expiry) are events of the call's observation (span events, and counters
 * {@code partnercenter.transfers.calls.retry}, {@code .throttle}, {@code .token.refresh}); webhook
 * deliveries are observations of their own, {@value #WEBHOOKS}. Names and tags: see
 * {@link DefaultTransfersObservationConvention}. No token, secret, body or customer or transfer id is ever a tag.
 *
 * <pre>{@code
 * TransfersClient client = TransfersClient.builder()
 *         .credential(credential)
 *         .observer(MicrometerTransfersObserver.builder(observationRegistry).build())
 *         .build();
 * }</pre>
 *
 * <p>The call's observation is opened in scope on the calling thread while the call runs, so that what runs under
 * it (logs with the trace id in their MDC, other instrumentation) sees it as current. Thread-safe and immutable.
 */
public final class MicrometerTransfersObserver implements TransfersObserver<Observation> {
    /** The name of the webhook deliveries' observation (a timer and, with tracing, a span per delivery). */
    public static final String WEBHOOKS = "partnercenter.transfers.webhooks";
    private static final Pattern TRACE_ID = Pattern.compile("[0-9a-f]{32}");
    private static final Pattern EVENT_NAME = Pattern.compile("[A-Za-z0-9_.-]{1,64}");
    private static final Observation.Event RETRY = Observation.Event.of("retry");
    private static final Observation.Event THROTTLE = Observation.Event.of("throttle");
    private static final Observation.Event TOKEN_REFRESH = Observation.Event.of("token.refresh");
    /** The token refresh events, per reason and outcome: few and fixed, so a refresh builds no string. */
    private static final Observation.Event[][] TOKEN_REFRESHES = tokenRefreshEvents();
    private static final TransfersObservationConvention DEFAULT_CONVENTION =
            new DefaultTransfersObservationConvention();

    private final ObservationRegistry registry;
    private final TransfersObservationConvention convention;
    private final boolean recordResourceIds;
    private final Supplier<String> traceIds;

    private MicrometerTransfersObserver(Builder b) {
        this.registry = b.registry;
        this.convention = b.convention;
        this.recordResourceIds = b.recordResourceIds;
        this.traceIds = b.traceIds;
    }

    /**
     * An observer reporting to {@code registry}.
     *
     * @param registry where the calls' observations go (meters and spans, by the registry's handlers)
     * @return a builder of that observer
     */
    public static Builder builder(ObservationRegistry registry) {
        return new Builder(registry);
    }

    /**
     * The current trace id written as a GUID, when {@link Builder#correlationIdFromTraceId} was given and a trace
     * is current; else null, and the client makes a random MS-CorrelationId.
     */
    @Override
    public String correlationId() {
        if (traceIds == null) {
            return null;
        }
        return guidOfTraceId(traceIds.get());
    }

    /** A 32-digit hexadecimal trace id written as a GUID (8-4-4-4-12); null for anything else or all zeros. */
    static String guidOfTraceId(String traceId) {
        if (traceId == null) {
            return null;
        }
        String hex = traceId.toLowerCase(Locale.ROOT);
        if (!TRACE_ID.matcher(hex).matches() || hex.chars().allMatch(c -> c == '0')) {
            return null;
        }
        return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
                + hex.substring(16, 20) + "-" + hex.substring(20);
    }

    @Override
    public Observation callStarted(CallStart call) {
        Observation observation = Observation.createNotStarted(convention, DEFAULT_CONVENTION,
                () -> new TransfersCallContext(call, recordResourceIds), registry).start();
        observation.openScope();
        return observation;
    }

    @Override
    public void retryScheduled(Observation call, Retry retry) {
        call.event(Observation.Event.of(RETRY.getName(), "retry after attempt " + retry.failedAttempt() + ": "
                + retry.reason() + (retry.statusCode() == 0 ? "" : " (" + retry.statusCode() + ")") + ", waiting "
                + retry.backoff().toMillis() + " ms"));
    }

    @Override
    public void throttled(Observation call, Throttle throttle) {
        call.event(Observation.Event.of(THROTTLE.getName(), "throttled (429) on attempt " + throttle.attempt()
                + throttle.retryAfter().map(d -> ", Retry-After " + d.toMillis() + " ms").orElse("")));
    }

    @Override
    public void tokenRefreshed(Observation call, TokenRefresh refresh) {
        call.event(TOKEN_REFRESHES[refresh.reason().ordinal()][refresh.outcome().ordinal()]);
    }

    private static Observation.Event[][] tokenRefreshEvents() {
        TokenRefresh.Reason[] reasons = TokenRefresh.Reason.values();
        TokenRefresh.Outcome[] outcomes = TokenRefresh.Outcome.values();
        Observation.Event[][] events = new Observation.Event[reasons.length][outcomes.length];
        for (TokenRefresh.Reason reason : reasons) {
            for (TokenRefresh.Outcome outcome : outcomes) {
                events[reason.ordinal()][outcome.ordinal()] = Observation.Event.of(TOKEN_REFRESH.getName(),
                        (reason == TokenRefresh.Reason.UNAUTHORIZED ? "token refresh after 401: "
                                : "token refresh by the credential: ") + outcome);
            }
        }
        return events;
    }

    @Override
    public void callEnded(Observation call, CallEnd end) {
        Observation.Context context = call.getContext();
        if (context instanceof TransfersCallContext) {
            ((TransfersCallContext) context).ended(end);
        }
        if (!end.succeeded()) {
            call.error(new CallFailed(end));
        }
        Observation.Scope scope = registry.getCurrentObservationScope();
        if (scope != null && scope.getCurrentObservation() == call) {
            scope.close();
        }
        call.stop();
    }

    @Override
    public void webhookReceived(WebhookDelivery delivery) {
        Observation observation = Observation.createNotStarted(WEBHOOKS, registry)
                .contextualName("partnercenter webhook delivery")
                .lowCardinalityKeyValue("outcome", delivery.accepted() ? "accepted" : "rejected")
                .lowCardinalityKeyValue("reason", delivery.rejectionReason().orElse(
                        DefaultTransfersObservationConvention.NONE))
                .lowCardinalityKeyValue("event.name", delivery.eventName()
                        .map(n -> EVENT_NAME.matcher(n).matches() ? n : "other")
                        .orElse(DefaultTransfersObservationConvention.NONE));
        observation.start();
        observation.stop();
    }

    @Override
    public String toString() {
        return "MicrometerTransfersObserver{convention=" + convention.getClass().getSimpleName()
                + ", recordResourceIds=" + recordResourceIds + ", correlationIdFromTraceId=" + (traceIds != null)
                + "}";
    }

    /**
     * What a failed call's observation records as its error: the outcome, status, error code and exception type,
     * never the client's exception (its message may name ids). No stack trace.
     */
    static final class CallFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CallFailed(CallEnd end) {
            super(end.operation() + " failed: " + end.outcome() + (end.statusCode() == 0 ? "" : " " + end.statusCode())
                    + end.errorCode().map(c -> ", Partner Center error " + c).orElse("")
                    + end.exceptionType().map(t -> ", " + t).orElse(""), null, false, false);
        }
    }

    /** Builds a {@link MicrometerTransfersObserver}. */
    public static final class Builder {
        private final ObservationRegistry registry;
        private TransfersObservationConvention convention;
        private boolean recordResourceIds;
        private Supplier<String> traceIds;

        private Builder(ObservationRegistry registry) {
            this.registry = Objects.requireNonNull(registry, "registry");
        }

        /**
         * Names and tags of your own in place of {@link DefaultTransfersObservationConvention}.
         *
         * @param convention the convention naming and tagging each call's observation
         * @return this builder
         */
        public Builder convention(TransfersObservationConvention convention) {
            this.convention = Objects.requireNonNull(convention, "convention");
            return this;
        }

        /**
         * Whether spans record the customer and transfer ids ({@code partnercenter.customer_id},
         * {@code partnercenter.transfer_id}, high-cardinality: never meter tags). Off by default: they identify
         * your customers, and your trace store may not be the place for that.
         *
         * @param recordResourceIds true to put the ids on spans
         * @return this builder
         */
        public Builder recordResourceIds(boolean recordResourceIds) {
            this.recordResourceIds = recordResourceIds;
            return this;
        }

        /**
         * Use the current trace id, written as a GUID, as the MS-CorrelationId of calls that set none, so that a
         * Partner Center support case and your traces share one id. {@code currentTraceId} returns the current
         * 32-digit hexadecimal trace id, or null when no trace is current; e.g. with Micrometer Tracing
         * {@code () -> tracer.currentSpan() == null ? null : tracer.currentSpan().context().traceId()}, or with the
         * OpenTelemetry API {@code () -> Span.current().getSpanContext().getTraceId()}.
         *
         * @param currentTraceId the current trace id, or null when none
         * @return this builder
         */
        public Builder correlationIdFromTraceId(Supplier<String> currentTraceId) {
            this.traceIds = Objects.requireNonNull(currentTraceId, "currentTraceId");
            return this;
        }

        /**
         * The observer.
         *
         * @return an observer with this builder's settings
         */
        public MicrometerTransfersObserver build() {
            return new MicrometerTransfersObserver(this);
        }
    }
}
