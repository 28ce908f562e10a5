package io.github.pctransfers.spring.boot;

import static io.micrometer.observation.tck.TestObservationRegistryAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.pctransfers.client.TransfersClient;
import io.github.pctransfers.client.auth.AccessToken;
import io.github.pctransfers.client.auth.ClientSecretCredential;
import io.github.pctransfers.client.auth.TokenCredential;
import io.github.pctransfers.client.observability.CallEnd;
import io.github.pctransfers.client.observability.TransfersObserver;
import io.github.pctransfers.micrometer.DefaultTransfersObservationConvention;
import io.github.pctransfers.micrometer.MicrometerTransfersObserver;
import io.github.pctransfers.simulator.TransfersSimulator;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.web.servlet.function.RouterFunction;

/** The auto-configuration in small contexts, no server: which beans exist for which properties and beans. */
class TransfersAutoConfigurationTest {
    static final String CUSTOMER_ID = "b67f0b00-f9e8-4c57-bcb5-0b8b95c6ccf0";
    static final String TRANSFER_ID = "46e8ed67-8adf-4f65-b3d8-d31318080556";
    static final TokenCredential ANY_TOKEN = forceRefresh -> new AccessToken("any", Instant.MAX);

    static TransfersSimulator simulator;

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(TransfersAutoConfiguration.class,
                    TransfersWebhookAutoConfiguration.class));

    @BeforeAll
    static void startSimulator() {
        simulator = TransfersSimulator.builder().start();
    }

    @AfterAll
    static void stopSimulator() {
        simulator.close();
    }

    private ApplicationContextRunner onSimulator() {
        return runner.withPropertyValues("partnercenter.transfers.base-url=" + simulator.baseUrl())
                .withBean(TokenCredential.class, () -> ANY_TOKEN);
    }

    @Test
    void theCredentialPropertiesMakeAClientSecretCredentialAndAClientWithThePropertiesApplied() {
        runner.withPropertyValues("partnercenter.transfers.tenant-id=contoso.onmicrosoft.com",
                        "partnercenter.transfers.client-id=7b0d1f3e-8c2a-4e5b-9f61-0a2b3c4d5e6f",
                        "partnercenter.transfers.client-secret=not-a-real-secret",
                        "partnercenter.transfers.retry.max-attempts=2",
                        "partnercenter.transfers.retry.total-budget=30s",
                        "partnercenter.transfers.retry.only-idempotent-methods=true",
                        "partnercenter.transfers.read-timeout=5s")
                .run(context -> {
                    assertThat(context).hasSingleBean(ClientSecretCredential.class).hasSingleBean(TransfersClient.class)
                            .doesNotHaveBean(TransfersObserver.class);
                    TransfersClient client = context.getBean(TransfersClient.class);
                    assertThat(client.baseUrl()).isEqualTo(TransfersClient.GLOBAL_BASE_URL);
                    assertThat(client.retryPolicy().maxAttempts()).isEqualTo(2);
                    assertThat(client.retryPolicy().totalBudget()).isEqualTo(Duration.ofSeconds(30));
                    assertThat(client.retryPolicy().allowsMethod("POST")).isFalse();
                    assertThat(client.toString()).contains("readTimeout=PT5S").doesNotContain("not-a-real-secret");
                });
    }

    @Test
    void withoutACredentialThereIsNoClient() {
        runner.run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(TransfersClient.class));
    }

    @Test
    void theApplicationsOwnClientAndCredentialWin() {
        TransfersClient own = TransfersClient.builder().accessToken(() -> "own").build();
        runner.withPropertyValues("partnercenter.transfers.tenant-id=t", "partnercenter.transfers.client-id=c",
                        "partnercenter.transfers.client-secret=s")
                .withBean(TokenCredential.class, () -> ANY_TOKEN)
                .withBean(TransfersClient.class, () -> own)
                .run(context -> {
                    assertThat(context).doesNotHaveBean(ClientSecretCredential.class);
                    assertThat(context.getBean(TransfersClient.class)).isSameAs(own);
                });
    }

    @Test
    void theClientIsClosedWithTheContext() {
        List<TransfersClient> clients = new ArrayList<>();
        onSimulator().run(context -> clients.add(context.getBean(TransfersClient.class)));
        assertThatThrownBy(() -> clients.get(0).getTransfer(CUSTOMER_ID, TRANSFER_ID))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }

    @Test
    void anObservationRegistryBeanObservesEveryCall() {
        TestObservationRegistry observations = TestObservationRegistry.create();
        onSimulator().withBean(TestObservationRegistry.class, () -> observations).run(context -> {
            assertThat(context).hasSingleBean(MicrometerTransfersObserver.class);
            context.getBean(TransfersClient.class).getTransfer(CUSTOMER_ID, TRANSFER_ID);
        });
        assertThat(observations).hasSingleObservationThat()
                .hasNameEqualTo(DefaultTransfersObservationConvention.NAME)
                .hasLowCardinalityKeyValue("partnercenter.operation", "getTransfer")
                .hasLowCardinalityKeyValue("outcome", "SUCCESS")
                .doesNotHaveHighCardinalityKeyValueWithKey("partnercenter.customer_id");
    }

    @Test
    void aMeterRegistryAloneIsEnoughForTimers() {
        MeterRegistry meters = new SimpleMeterRegistry();
        onSimulator().withBean(MeterRegistry.class, () -> meters)
                .run(context -> context.getBean(TransfersClient.class).getTransfer(CUSTOMER_ID, TRANSFER_ID));
        assertThat(meters.get(DefaultTransfersObservationConvention.NAME)
                .tags("partnercenter.operation", "getTransfer", "outcome", "SUCCESS").timer().count()).isEqualTo(1);
    }

    @Test
    void observabilityCanBeTurnedOffAndAnApplicationsObserverWins() {
        onSimulator().withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                .withPropertyValues("partnercenter.transfers.observability.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(TransfersObserver.class));

        List<CallEnd> ends = new CopyOnWriteArrayList<>();
        TransfersObserver<Void> own = new TransfersObserver<>() {
            @Override
            public void callEnded(Void call, CallEnd end) {
                ends.add(end);
            }
        };
        onSimulator().withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                .withBean("ownObserver", TransfersObserver.class, () -> own)
                .run(context -> {
                    assertThat(context).doesNotHaveBean(MicrometerTransfersObserver.class);
                    context.getBean(TransfersClient.class).getTransfer(CUSTOMER_ID, TRANSFER_ID);
                });
        assertThat(ends).singleElement().satisfies(e -> assertThat(e.operation()).isEqualTo("getTransfer"));
    }

    @Test
    void theWebhookEndpointIsThereOnlyWhenEnabledInAServletApplication() {
        WebApplicationContextRunner web = new WebApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(TransfersAutoConfiguration.class,
                        TransfersWebhookAutoConfiguration.class));
        web.run(context -> assertThat(context).doesNotHaveBean(RouterFunction.class));
        web.withPropertyValues("partnercenter.transfers.webhooks.enabled=true")
                .run(context -> assertThat(context).hasSingleBean(RouterFunction.class)
                        .hasBean("transfersWebhookReceiver"));
        runner.withPropertyValues("partnercenter.transfers.webhooks.enabled=true")
                .run(context -> assertThat(context).doesNotHaveBean(RouterFunction.class));
    }

    @Test
    void everyPropertyHasMetadataWithADescriptionForIdes() throws Exception {
        JsonNode metadata;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            assertThat(in).as("spring-configuration-metadata.json").isNotNull();
            metadata = new ObjectMapper().readTree(in);
        }
        List<String> names = new ArrayList<>();
        for (JsonNode property : metadata.get("properties")) {
            names.add(property.get("name").asText());
            assertThat(property.path("description").asText()).as(property.get("name").asText()).isNotBlank();
        }
        assertThat(names).contains("partnercenter.transfers.tenant-id", "partnercenter.transfers.client-id",
                "partnercenter.transfers.client-secret", "partnercenter.transfers.base-url",
                "partnercenter.transfers.connect-timeout", "partnercenter.transfers.read-timeout",
                "partnercenter.transfers.retry.max-attempts", "partnercenter.transfers.recording.har-file",
                "partnercenter.transfers.observability.record-resource-ids",
                "partnercenter.transfers.webhooks.enabled", "partnercenter.transfers.webhooks.path");
    }
}
