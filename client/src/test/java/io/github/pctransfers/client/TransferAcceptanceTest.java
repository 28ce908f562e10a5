package io.github.pctransfers.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.pctransfers.client.errors.DocumentedErrorCode;
import io.github.pctransfers.client.model.OrderStatus;
import io.github.pctransfers.client.model.TransferAcceptance;
import io.github.pctransfers.client.model.TransferAcceptance.LineItemFailure;
import org.junit.jupiter.api.Test;

/** An accept answered 2xx can still carry failed line items; TransferAcceptance says so at a glance. */
class TransferAcceptanceTest extends WireMockTestBase {

    private TransferAcceptance acceptAnswering(String body) {
        SERVER.stubFor(post(urlEqualTo(ACCEPT_PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json; charset=utf-8").withBody(body)));
        try (TransfersClient client = clientBuilder().build()) {
            return client.acceptTransfer(CUSTOMER_ID, TRANSFER_ID);
        }
    }

    @Test
    void theDocumentedAcceptWithAFailedLineItemReportsThatItem() {
        String documented = Fixtures.response(Fixtures.DOCUMENTED + "accept-a-transfer/response.http").body;

        TransferAcceptance acceptance = acceptAnswering(documented);

        assertThat(acceptance.hasFailures()).isTrue();
        assertThat(acceptance.orders()).hasSize(2);
        assertThat(acceptance.orders()).allSatisfy(o -> assertThat(o.getStatus()).isEqualTo(OrderStatus.COMPLETED));
        assertThat(acceptance.failures()).hasSize(1);
        LineItemFailure failure = acceptance.failures().get(0);
        assertThat(failure.subscriptionId()).isEqualTo("637FF8F6-D842-4573-8DA8-89765356CD1A");
        assertThat(failure.code()).isEqualTo(900103);
        assertThat(failure.hasErrorCode(DocumentedErrorCode.TRANSFER_CREATE_ORDER_ERROR.code())).isTrue();
        assertThat(failure.description()).startsWith("Subscription SyncState must be SyncComplete");
        assertThat(failure.lineItem().getFriendlyName()).isEqualTo("Project Online Essentials");
        assertThat(acceptance.failedSubscriptionIds()).containsExactly("637FF8F6-D842-4573-8DA8-89765356CD1A");
        assertThat(acceptance.toString()).contains("637FF8F6-D842-4573-8DA8-89765356CD1A", "900103");
    }

    @Test
    void anAcceptWhereEverythingTransferredHasNoFailures() {
        TransferAcceptance acceptance = acceptAnswering(
                Fixtures.text("fixtures/accept-results/all-line-items-transferred.json"));

        assertThat(acceptance.hasFailures()).isFalse();
        assertThat(acceptance.failures()).isEmpty();
        assertThat(acceptance.failedSubscriptionIds()).isEmpty();
        assertThat(acceptance.orders()).hasSize(1);
    }

    @Test
    void everyFailedLineItemIsListedAndAGroupWithoutItemsStillCounts() {
        TransferAcceptance acceptance = acceptAnswering(Fixtures.text("fixtures/accept-results/two-groups-failed.json"));

        assertThat(acceptance.failures()).extracting(LineItemFailure::subscriptionId, LineItemFailure::code)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("637FF8F6-D842-4573-8DA8-89765356CD1A", 900103),
                        org.assertj.core.groups.Tuple.tuple("11111111-2222-3333-4444-555555555555", 900103),
                        org.assertj.core.groups.Tuple.tuple(null, 800003));
        assertThat(acceptance.failedSubscriptionIds()).hasSize(2);
    }

    @Test
    void theAcceptIsAPostWithAnEmptyBody() {
        acceptAnswering("{\"orders\":[]}");
        SERVER.verify(1, postRequestedFor(urlEqualTo(ACCEPT_PATH)));
        assertThat(requests().get(0).getBody()).isEmpty();
    }
}
