package io.github.pctransfers.client.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every delivery case of {@code fixtures/webhook-deliveries/<case>/} through a receiver with Partner Center's pin and
 * organisation and the test root CA: accepted with the expected event, or rejected with the expected reason, and
 * exactly the expected number of certificate requests (0 for anything wrong that needs no certificate to see:
 * proof that no request is made for a URL outside the pin or for a malformed delivery).
 */
class WebhookDeliveriesTest {

    static Stream<String> cases() {
        return WebhookFixtures.caseNames().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void deliveryIsAcceptedOrRejectedAsExpected(String name) {
        WebhookFixtures.Delivery delivery = new WebhookFixtures.Delivery(name);
        WebhookFixtures.FileCertificates certificates = new WebhookFixtures.FileCertificates();
        WebhookReceiver.Builder builder = WebhookReceiver.builder().trust(WebhookFixtures.testTrust())
                .certificateFetcher(certificates);
        if (delivery.receiver.getProperty("maxBodyBytes") != null) {
            builder.maxBodyBytes(Integer.parseInt(delivery.receiver.getProperty("maxBodyBytes")));
        }

        WebhookReceipt receipt = builder.build().receive(delivery.headers, delivery.body);

        Properties expected = delivery.expected;
        assertThat(certificates.requested).as("certificate requests")
                .hasSize(Integer.parseInt(expected.getProperty("fetches")));
        if (expected.getProperty("outcome").equals("rejected")) {
            assertThat(receipt.isAccepted()).as(receipt.toString()).isFalse();
            assertThat(receipt.rejection().reason()).as(receipt.rejection().message())
                    .isEqualTo(WebhookRejection.Reason.valueOf(expected.getProperty("reason")));
            assertThat(receipt.rejection().message()).isNotBlank();
            return;
        }
        assertThat(receipt.isAccepted()).as(receipt.toString()).isTrue();
        ResourceChangeEvent event = receipt.event();
        assertThat(event.eventName()).isEqualTo(expected.getProperty("eventName"));
        assertThat(event.isTransferEvent()).isEqualTo(Boolean.parseBoolean(expected.getProperty("transferEvent")));
        assertThat(event.customerId().orElse("none")).isEqualTo(expected.getProperty("customerId"));
        assertThat(event.transferId().orElse("none")).isEqualTo(expected.getProperty("transferId"));
        assertThat(event.changedAt().toInstant()).isEqualTo(Instant.parse(expected.getProperty("changedAt")));
        assertThat(receipt.suggestedStatusCode()).isEqualTo(200);
    }
}
