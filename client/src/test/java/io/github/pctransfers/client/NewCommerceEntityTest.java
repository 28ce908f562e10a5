package io.github.pctransfers.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.github.pctransfers.client.model.LineItemStatus;
import io.github.pctransfers.client.model.ProductType;
import io.github.pctransfers.client.model.TransferDirection;
import io.github.pctransfers.client.model.TransferIds;
import io.github.pctransfers.client.model.TransferStatus;
import io.github.pctransfers.client.model.TransfersJson;
import io.github.pctransfers.client.model.TransferEntity;
import io.github.pctransfers.client.model.TransferLineItem;
import io.github.pctransfers.client.model.TransferUpdateRequest;
import org.junit.jupiter.api.Test;

/**
 * A new-commerce transfer as the current (2024-2026) pages show it, read through the client from the authored
 * cases built to them: numeric product types, the new entity properties, InProgress and Cancel.
 */
class NewCommerceEntityTest extends WireMockTestBase {
    private static final String IN_PROGRESS = "authored-get-transfer-new-commerce-in-progress-200";
    private static final String CANCELED = "authored-cancel-transfer-new-commerce-200";

    private static Fixtures.HttpResponseFixture answerWith(String exampleCase) {
        Fixtures.HttpResponseFixture fixture = Fixtures.response(Fixtures.DOCUMENTED + exampleCase + "/response.http");
        ResponseDefinitionBuilder response = aResponse().withStatus(fixture.status).withBody(fixture.body);
        fixture.headers.forEach(response::withHeader);
        SERVER.stubFor(any(anyUrl()).willReturn(response));
        return fixture;
    }

    @Test
    void aTransferInProgressKeepsItsNumericProductTypesAndNewProperties() throws Exception {
        Fixtures.HttpResponseFixture fixture = answerWith(IN_PROGRESS);

        TransferEntity transfer;
        try (TransfersClient client = clientBuilder().build()) {
            transfer = client.getTransfer(CUSTOMER_ID, TRANSFER_ID);
        }

        assertThat(transfer.getStatus()).isEqualTo(TransferStatus.IN_PROGRESS);
        assertThat(transfer.getTransferDirection()).isEqualTo(TransferDirection.OUTGOING);
        assertThat(transfer.getTransferDirection().isOutgoing()).as("the caller is the source partner").isTrue();
        assertThat(transfer.getIgnoreEligibilityCheck()).isFalse();
        assertThat(transfer.getExpirationTime()).isAfter(transfer.getCreatedTime());
        assertThat(transfer.getCustomerEmailId()).isEmpty();
        assertThat(TransferIds.isGuid(transfer.getTargetPartnerEmailId())).as("targetPartnerEmailId holds a GUID")
                .isTrue();
        assertThat(TransferIds.isGuid(transfer.getLastModifiedUser())).isTrue();
        assertThat(transfer.getLineItems()).extracting(TransferLineItem::getProductType)
                .containsExactly(ProductType.of(0), ProductType.of(5));
        assertThat(transfer.getLineItems()).allSatisfy(item -> {
            assertThat(item.getProductType().isNumber()).isTrue();
            assertThat(item.getProductType().isKnown()).as("no page names the numbers").isFalse();
            assertThat(item.getStatus()).isEqualTo(LineItemStatus.IN_PROGRESS);
            assertThat(item.getQuantity()).isZero();
            assertThat(item.getBillingCycle()).isEqualTo("unknown");
        });

        ObjectMapper mapper = TransfersJson.newObjectMapper();
        JsonNode written = mapper.readTree(mapper.writeValueAsString(transfer));
        JsonNode documented = mapper.readTree(fixture.body);
        assertThat(written.at("/lineItems/0/productType")).isEqualTo(documented.at("/lineItems/0/productType"));
        assertThat(written.at("/lineItems/1/productType").isNumber()).as("written back as a number").isTrue();
        assertThat(written.get("transferDirection")).as("written back as the number").isEqualTo(
                documented.get("transferDirection"));
    }

    @Test
    void transferDirectionNamesOneAndTwoAndKeepsOtherNumbers() throws Exception {
        ObjectMapper mapper = TransfersJson.newObjectMapper();
        assertThat(mapper.readValue("1", TransferDirection.class)).isSameAs(TransferDirection.INCOMING);
        assertThat(mapper.readValue("2", TransferDirection.class)).isSameAs(TransferDirection.OUTGOING);
        TransferDirection zero = mapper.readValue("0", TransferDirection.class);
        assertThat(zero.isKnown()).isFalse();
        assertThat(zero.value()).isZero();
        assertThat(mapper.writeValueAsString(TransferDirection.of(7))).isEqualTo("7");
    }

    @Test
    void productTypeNamesCompareIgnoringCaseAndNumbersAsNumbers() {
        assertThat(ProductType.fromJson("onlineservicesnce")).isEqualTo(ProductType.ONLINE_SERVICES_NCE)
                .hasSameHashCodeAs(ProductType.ONLINE_SERVICES_NCE);
        assertThat(ProductType.fromJson("onlineservicesnce").isKnown()).isTrue();
        assertThat(ProductType.fromJson(5)).isEqualTo(ProductType.of(5)).isEqualTo(ProductType.fromJson("5"));
        assertThat(ProductType.fromJson("Perpetual").isKnown()).isFalse();
        assertThat(ProductType.fromJson("Perpetual").asString()).isEqualTo("Perpetual");
    }

    @Test
    void theCancelResponseHasStatusCancelAndNoAttributes() {
        answerWith(CANCELED);

        TransferEntity canceled;
        try (TransfersClient client = clientBuilder().build()) {
            canceled = client.cancelTransfer(CUSTOMER_ID, TRANSFER_ID, TransferUpdateRequest.builder().build());
        }

        assertThat(canceled.getStatus()).isEqualTo(TransferStatus.CANCEL);
        assertThat(canceled.getAttributes()).isNull();
        assertThat(canceled.getLinks().getSelf().getUri()).endsWith(canceled.getId());
        assertThat(canceled.getTransferDirection()).isEqualTo(TransferDirection.INCOMING);
        assertThat(canceled.getExpirationTime()).isNotNull();
    }
}
