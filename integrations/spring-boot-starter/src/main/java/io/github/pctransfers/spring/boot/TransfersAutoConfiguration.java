package io.github.pctransfers.spring.boot;

import io.github.pctransfers.client.TransfersClient;
import io.github.pctransfers.client.auth.ClientSecretCredential;
import io.github.pctransfers.client.auth.TokenCredential;
import io.github.pctransfers.client.http.RetryPolicy;
import io.github.pctransfers.client.observability.TransfersObserver;
import io.github.pctransfers.micrometer.MicrometerTransfersObserver;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The auto-configured {@link TransfersClient}: built from {@link TransfersProperties}, closed with the context, and
 * not made at all when the application defines its own. Its credential is a {@link ClientSecretCredential} from
 * {@code tenant-id}, {@code client-id} and {@code client-secret}, unless the application defines a
 * {@link TokenCredential}. When the application has an {@link ObservationRegistry} (or only a {@link MeterRegistry})
 * bean, the client is observed by a {@link MicrometerTransfersObserver}, unless the application defines its own
 * {@link TransfersObserver}.
 */
// After the auto-configurations that make the registries and the tracer, so that the conditions on their beans see
// them: Spring Boot 4's names, then the same ones in Spring Boot 3.5's actuator (a name not on the class path is
// ignored, so one jar serves both lines).
@AutoConfiguration(afterName = {
        "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration",
        "org.springframework.boot.micrometer.tracing.autoconfigure.MicrometerTracingAutoConfiguration",
        "org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.OpenTelemetryTracingAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.observation.ObservationAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.metrics.export.simple.SimpleMetricsExportAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.tracing.MicrometerTracingAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.tracing.OpenTelemetryTracingAutoConfiguration"})
@ConditionalOnClass(TransfersClient.class)
@EnableConfigurationProperties(TransfersProperties.class)
public class TransfersAutoConfiguration {

    /**
     * The credential from the properties, when they name one and the application brings none.
     *
     * @param properties the bound {@code partnercenter.transfers.*} properties
     * @return a client-secret credential for the configured tenant, app and authority host
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean(TokenCredential.class)
    @ConditionalOnProperty(prefix = TransfersProperties.PREFIX, name = {"tenant-id", "client-id", "client-secret"})
    public ClientSecretCredential transfersCredential(TransfersProperties properties) {
        return ClientSecretCredential.builder()
                .tenantId(properties.getTenantId())
                .clientId(properties.getClientId())
                .clientSecret(properties.getClientSecret())
                .authorityHost(properties.getAuthorityHost())
                .build();
    }

    /**
     * The client; closed with the context.
     *
     * @param properties the bound {@code partnercenter.transfers.*} properties
     * @param credential the credential bean (the one above, or the application's own)
     * @param observer the application's {@link TransfersObserver}, or the Micrometer one, when there is exactly one
     * @param customizers applied in order after the properties
     * @return the configured client
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean(TransfersClient.class)
    @ConditionalOnBean(TokenCredential.class)
    public TransfersClient transfersClient(TransfersProperties properties, TokenCredential credential,
            ObjectProvider<TransfersObserver<?>> observer, ObjectProvider<TransfersClientCustomizer> customizers) {
        TransfersProperties.Retry retry = properties.getRetry();
        TransfersClient.Builder builder = TransfersClient.builder()
                .baseUrl(properties.getBaseUrl())
                .credential(credential)
                .connectTimeout(properties.getConnectTimeout())
                .readTimeout(properties.getReadTimeout())
                .retryPolicy(RetryPolicy.builder()
                        .maxAttempts(retry.getMaxAttempts())
                        .initialBackoff(retry.getInitialBackoff())
                        .maxBackoff(retry.getMaxBackoff())
                        .totalBudget(retry.getTotalBudget())
                        .maxRetryAfter(retry.getMaxRetryAfter())
                        .retryOnlyIdempotentMethods(retry.isOnlyIdempotentMethods())
                        .build());
        if (properties.getApplicationName() != null) {
            builder.applicationName(properties.getApplicationName());
        }
        if (properties.getLocale() != null) {
            builder.locale(properties.getLocale());
        }
        if (properties.getRecording().getHarFile() != null) {
            builder.recordTo(properties.getRecording().getHarFile());
        }
        observer.ifUnique(builder::observer);
        customizers.orderedStream().forEach(c -> c.customize(builder));
        return builder.build();
    }

    /** The Micrometer observer, when the application has Micrometer and no observer of its own. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(ObservationRegistry.class)
    @ConditionalOnProperty(prefix = TransfersProperties.PREFIX, name = "observability.enabled", matchIfMissing = true)
    static class MicrometerObserverConfiguration {

        @Bean
        @ConditionalOnMissingBean(TransfersObserver.class)
        @Conditional(ObservationOrMeterRegistry.class)
        MicrometerTransfersObserver transfersObserver(TransfersProperties properties,
                ObjectProvider<ObservationRegistry> observations, ObjectProvider<MeterRegistry> meters,
                ObjectProvider<CurrentTraceId> traceIds) {
            ObservationRegistry registry = observations.getIfAvailable(() -> {
                // Meters only: a registry of the client's own, turning its observations into meters.
                ObservationRegistry own = ObservationRegistry.create();
                own.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters.getObject()));
                return own;
            });
            MicrometerTransfersObserver.Builder builder = MicrometerTransfersObserver.builder(registry)
                    .recordResourceIds(properties.getObservability().isRecordResourceIds());
            CurrentTraceId traceId = traceIds.getIfAvailable();
            if (traceId != null && properties.getObservability().isCorrelationIdFromTrace()) {
                builder.correlationIdFromTraceId(traceId);
            }
            return builder.build();
        }
    }

    /** The current trace id, when the application traces with Micrometer Tracing. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(Tracer.class)
    static class TraceIdConfiguration {
        @Bean
        @ConditionalOnBean(Tracer.class)
        CurrentTraceId transfersCurrentTraceId(Tracer tracer) {
            return () -> {
                Span span = tracer.currentSpan();
                return span == null ? null : span.context().traceId();
            };
        }
    }

    /** The current trace id (32 hexadecimal digits), or null; a type of its own, so that no Tracer type leaks. */
    @FunctionalInterface
    interface CurrentTraceId extends Supplier<String> {
    }

    /** An ObservationRegistry bean, or a MeterRegistry bean. */
    static final class ObservationOrMeterRegistry extends AnyNestedCondition {
        ObservationOrMeterRegistry() {
            super(ConfigurationPhase.REGISTER_BEAN);
        }

        @ConditionalOnBean(ObservationRegistry.class)
        static final class Observations {
        }

        @ConditionalOnBean(MeterRegistry.class)
        static final class Meters {
        }
    }
}
