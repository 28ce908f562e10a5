package io.github.pctransfers.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.pctransfers.client.model.ProductType;
import io.github.pctransfers.client.model.RequestShapeException;
import io.github.pctransfers.client.model.TransferSubmitLineItems;
import io.github.pctransfers.client.model.TransferSubmitLineItem;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A new-commerce submit sends line items as the update-a-transfer table types them: {@code subscriptionId} and
 * {@code productType} required, {@code id} an optional string. An incomplete item never reaches the wire.
 */
class SubmitLineItemsTest extends WireMockTestBase {
    private static final String SUBSCRIPTION = "67078855-91AC-43CD-B165-0F0767CD0CA5";

    private TransfersClient client;

    @BeforeEach
    void openClient() {
        client = clientBuilder().build();
        SERVER.stubFor(patch(urlEqualTo(TRANSFER_PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"id\":\"" + TRANSFER_ID + "\",\"status\":\"InProgress\"}")));
    }

    @AfterEach
    void closeClient() {
        client.close();
    }

    @Test
    void theRequiredPropertiesAreTheSpecs() {
        List<String> required = new ArrayList<>();
        Fixtures.spec().at("/components/schemas/TransferSubmitLineItem/required")
                .forEach(p -> required.add(p.asText()));
        assertThat(required).containsExactly("subscriptionId", "productType");
        JsonNode id = Fixtures.spec().at("/components/schemas/TransferSubmitLineItem/properties/id/type");
        assertThat(id.asText()).as("a submitted id is typed as the update-a-transfer table types it").isEqualTo(
                "string");
    }

    @Test
    void anItemWithoutSubscriptionIdOrProductTypeIsRefusedBeforeSending() {
        List<TransferSubmitLineItem> items = List.of(
                TransferSubmitLineItem.builder().subscriptionId(SUBSCRIPTION).build(),
                TransferSubmitLineItem.builder().productType(ProductType.ONLINE_SERVICES_NCE).build());

        RequestShapeException e = catchThrowableOfType(RequestShapeException.class,
                () -> client.submitTransfer(CUSTOMER_ID, TRANSFER_ID, items));

        assertThat(e.missing()).containsExactly("lineItems[0].productType", "lineItems[1].subscriptionId");
        assertThat(e.getMessage()).contains("lineItems[0].productType").contains("lineItems[1].subscriptionId")
                .endsWith("nothing was sent");
        assertThat(requests()).isEmpty();
    }

    @Test
    void noLineItemsAtAllIsRefusedBeforeSending() {
        RequestShapeException e = catchThrowableOfType(RequestShapeException.class,
                () -> client.submitTransfer(CUSTOMER_ID, TRANSFER_ID, List.of()));

        assertThat(e.missing()).containsExactly("lineItems");
        assertThat(requests()).isEmpty();
    }

    @Test
    void aCompleteItemIsSentWithItsIdAsAString() {
        client.submitTransfer(CUSTOMER_ID, TRANSFER_ID, List.of(
                TransferSubmitLineItems.onlineServicesNce(SUBSCRIPTION).toBuilder().id("0").quantity(5).build()));

        SERVER.verify(patchRequestedFor(urlEqualTo(TRANSFER_PATH)).withRequestBody(equalToJson("{\"id\":\""
                + TRANSFER_ID + "\",\"lineItems\":[{\"id\":\"0\",\"subscriptionId\":\"" + SUBSCRIPTION
                + "\",\"productType\":\"OnlineServicesNCE\",\"quantity\":5}]}")));
    }
}
