package io.github.pctransfers.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pctransfers.client.TransfersClient;
import io.github.pctransfers.client.auth.AccessToken;
import io.github.pctransfers.client.auth.TokenCredential;
import io.github.pctransfers.micrometer.DefaultTransfersObservationConvention;
import io.github.pctransfers.micrometer.MicrometerTransfersObserver;
import io.github.pctransfers.simulator.TransfersSimulator;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.metrics.MetricsAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.metrics.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.observation.ObservationAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * Spring Boot 3.5's own: its actuator names its auto-configurations differently from 4.0, so only this line can show
 * that the starter's {@code afterName} list orders it after them. Without that order the starter's conditions would
 * be evaluated before the actuator defines its registries, and the client would not be observed.
 */
class TransfersAutoConfigurationAfterActuatorTest {
    static final String CUSTOMER_ID = "b67f0b00-f9e8-4c57-bcb5-0b8b95c6ccf0";
    static final String TRANSFER_ID = "46e8ed67-8adf-4f65-b3d8-d31318080556";

    static TransfersSimulator simulator;

    @BeforeAll
    static void startSimulator() {
        simulator = TransfersSimulator.builder().start();
    }

    @AfterAll
    static void stopSimulator() {
        simulator.close();
    }

    @Test
    void theActuatorsRegistriesObserveTheClient() {
        // The starter listed first: with no ordering of its own it would come first ("io." before "org.").
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(TransfersAutoConfiguration.class,
                        ObservationAutoConfiguration.class, MetricsAutoConfiguration.class,
                        CompositeMeterRegistryAutoConfiguration.class, SimpleMetricsExportAutoConfiguration.class))
                .withPropertyValues("partnercenter.transfers.base-url=" + simulator.baseUrl())
                .withBean(TokenCredential.class, () -> forceRefresh -> new AccessToken("any", Instant.MAX))
                .run(context -> {
                    assertThat(context).hasSingleBean(MicrometerTransfersObserver.class);
                    context.getBean(TransfersClient.class).getTransfer(CUSTOMER_ID, TRANSFER_ID);
                    assertThat(context.getBean(MeterRegistry.class).get(DefaultTransfersObservationConvention.NAME)
                            .tags("partnercenter.operation", "getTransfer", "outcome", "SUCCESS").timer().count())
                            .isEqualTo(1);
                });
    }
}
