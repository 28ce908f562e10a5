package io.github.pctransfers.spring.boot;

import static io.micrometer.observation.tck.TestObservationRegistryAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.pctransfers.client.TransfersClient;
import io.github.pctransfers.client.auth.AccessToken;
import io.github.pctransfers.client.auth.TokenCredential;
import io.github.pctransfers.client.model.TransferCreateRequest;
import io.github.pctransfers.client.model.TransferEntity;
import io.github.pctransfers.client.model.TransferSubmitLineItems;
import io.github.pctransfers.client.model.TransferType;
import io.github.pctransfers.client.model.WebhookRegistrationRequests;
import io.github.pctransfers.client.observability.TransfersObserver;
import io.github.pctransfers.client.webhooks.ResourceChangeEvent;
import io.github.pctransfers.client.webhooks.WebhookReceiver;
import io.github.pctransfers.micrometer.DefaultTransfersObservationConvention;
import io.github.pctransfers.micrometer.MicrometerTransfersObserver;
import io.github.pctransfers.simulator.TransfersSimulator;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The starter in a running application, against the simulator: a transfer driven to completion through the
 * auto-configured client, the simulator's signed {@code complete-transfer} delivery received at the starter's
 * endpoint and published, forged deliveries refused and published to no one, and the meters and observations of it
 * all.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        classes = TransferLifecycleSpringBootTest.Application.class,
        properties = {"partnercenter.transfers.webhooks.enabled=true",
                "partnercenter.transfers.webhooks.path=" + TransferLifecycleSpringBootTest.PATH})
class TransferLifecycleSpringBootTest {
    static final String PATH = "/hooks/partner-center";
    /** A new-commerce customer of the simulator's built-in seed, and its subscription that takes 5 minutes to move. */
    static final String CUSTOMER = "a624f7f8-408b-49b0-9320-df79e56bed55";
    static final String FIVE_MINUTES = "5D7C3B1A-9E2F-4C6B-8A4D-1F0E3C2B6D59";
    /** A frozen clock: it moves only when the test advances it. */
    static final TransfersSimulator SIMULATOR = TransfersSimulator.builder().clockRate(0).start();

    @LocalServerPort
    int port;
    @Autowired
    TransfersClient client;
    @Autowired
    ReceivedEvents received;
    @Autowired
    MeterRegistry meters;
    @Autowired
    TestObservationRegistry observations;

    @DynamicPropertySource
    static void simulatorBaseUrl(DynamicPropertyRegistry registry) {
        registry.add("partnercenter.transfers.base-url", SIMULATOR::baseUrl);
    }

    @AfterAll
    static void stopSimulator() {
        SIMULATOR.close();
    }

    /** The application: the starter's auto-configuration, plus what a test of the simulator needs. */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class Application {
        @Bean
        TokenCredential simulatorToken() {
            return forceRefresh -> new AccessToken("simulator", Instant.MAX);
        }

        @Bean
        SimpleMeterRegistry meterRegistry() {
            return new SimpleMeterRegistry();
        }

        @Bean
        TestObservationRegistry observationRegistry(MeterRegistry meters) {
            TestObservationRegistry registry = TestObservationRegistry.create();
            registry.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
            return registry;
        }

        /** The simulator signs with its own test certificate, not Partner Center's: trust that instead. */
        @Bean
        WebhookReceiver simulatorWebhookReceiver(ObjectProvider<TransfersObserver<?>> observer) {
            WebhookReceiver.Builder builder = WebhookReceiver.builder().trust(SIMULATOR.webhookTrust());
            observer.ifUnique(builder::observer);
            return builder.build();
        }

        @Bean
        ReceivedEvents receivedEvents() {
            return new ReceivedEvents();
        }
    }

    /** What the application's listener got. */
    static final class ReceivedEvents {
        final BlockingQueue<ResourceChangeEvent> events = new LinkedBlockingQueue<>();

        @EventListener
        void on(ResourceChangeEvent event) {
            events.add(event);
        }

        ResourceChangeEvent await(String eventName, Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (true) {
                ResourceChangeEvent event = events.poll(Math.max(0, deadline - System.nanoTime()),
                        TimeUnit.NANOSECONDS);
                if (event == null) {
                    throw new AssertionError("no " + eventName + " event within " + timeout);
                }
                if (event.eventName().equals(eventName)) {
                    return event;
                }
            }
        }
    }

    @Test
    void aTransferDrivenToCompletionIsDeliveredVerifiedPublishedAndObserved() throws Exception {
        assertThat(client.toString()).contains(SIMULATOR.baseUrl());
        client.webhooks().createRegistration(WebhookRegistrationRequests.builder()
                .webhookUrl("http://127.0.0.1:" + port + PATH)
                .event("create-transfer").event("update-transfer").event("complete-transfer").event("fail-transfer")
                .build());

        TransferEntity transfer = client.createTransfer(CUSTOMER, TransferCreateRequest.builder()
                .sourcePartnerTenantId("7c8db11f-1e5e-4472-8386-f0b627d1f3e1")
                .sourcePartnerName("Woodgrove Cloud Services")
                .customerEmailId("it@northwind.example")
                .transferType(TransferType.of(3)).build());
        client.submitTransfer(CUSTOMER, transfer.getId(),
                List.of(TransferSubmitLineItems.onlineServicesNce(FIVE_MINUTES)));
        SIMULATOR.clock().advance(Duration.ofMinutes(5)); // the line items are processed: the transfer completes

        ResourceChangeEvent completed = received.await("complete-transfer", Duration.ofSeconds(20));
        assertThat(completed.transferId()).contains(transfer.getId());
        assertThat(completed.customerId()).contains(CUSTOMER);

        // The calls' meters and observations: low-cardinality tags, the request ids on the observation.
        for (String operation : List.of("createWebhookRegistration", "createTransfer", "submitTransfer")) {
            assertThat(meters.get(DefaultTransfersObservationConvention.NAME)
                    .tags("partnercenter.operation", operation, "outcome", "SUCCESS").timer().count())
                    .as(operation).isEqualTo(1);
        }
        assertThat(observations).hasObservationWithNameEqualTo(DefaultTransfersObservationConvention.NAME).that()
                .hasHighCardinalityKeyValueWithKey("partnercenter.request_id")
                .hasHighCardinalityKeyValueWithKey("partnercenter.correlation_id");
        // The verified delivery, counted by the receiver's observer.
        assertThat(meters.get(MicrometerTransfersObserver.WEBHOOKS)
                .tags("outcome", "accepted", "event.name", "complete-transfer").timer().count())
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void forgedDeliveriesAreRefusedWithTheirStatusAndPublishedToNoOne() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        byte[] body = ("{\"EventName\":\"complete-transfer\",\"ResourceUri\":\"https://api.partnercenter.microsoft.com"
                + "/v1/customers/" + CUSTOMER + "/transfers/0b3c4d5e-6f70-4182-93a4-b5c6d7e8f901\",\"ResourceName\":"
                + "\"transfer\",\"ResourceChangeUtcDate\":\"2026-12-07T03:00:00Z\"}").getBytes(StandardCharsets.UTF_8);
        URI endpoint = URI.create("http://127.0.0.1:" + port + PATH);
        received.events.clear();

        HttpResponse<Void> unsigned = http.send(HttpRequest.newBuilder(endpoint)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.discarding());
        HttpResponse<Void> badlySigned = http.send(HttpRequest.newBuilder(endpoint)
                .header("Authorization", "Signature " + java.util.Base64.getEncoder().encodeToString(new byte[256]))
                .header("X-MS-Certificate-Url", "https://attacker.example/cert.cer")
                .header("X-MS-Signature-Algorithm", "rsa-sha256")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.discarding());

        assertThat(unsigned.statusCode()).isEqualTo(400);
        assertThat(badlySigned.statusCode()).isEqualTo(401);
        assertThat(received.events.poll(200, TimeUnit.MILLISECONDS)).isNull();
        assertThat(meters.get(MicrometerTransfersObserver.WEBHOOKS).tags("outcome", "rejected", "reason",
                "CERTIFICATE_URL_NOT_ALLOWED").timer().count()).isEqualTo(1);
    }
}
