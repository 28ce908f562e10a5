package io.github.pctransfers.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.pctransfers.client.model.LineItemStatus;
import io.github.pctransfers.client.model.OrderStatus;
import io.github.pctransfers.client.model.TransferCreateRequest;
import io.github.pctransfers.client.model.TransferCreateRequests;
import io.github.pctransfers.client.model.TransferEntity;
import io.github.pctransfers.client.model.TransferStatus;
import io.github.pctransfers.client.model.TransferSubmitResult;
import io.github.pctransfers.client.model.TransferType;
import io.github.pctransfers.client.model.TransferUpdateRequest;
import io.github.pctransfers.client.model.TransfersJson;
import io.github.pctransfers.client.model.TransferEntity;
import io.github.pctransfers.client.model.TransferSubmitResult;
import io.github.pctransfers.client.model.TransferUpdateRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Transfer status, line-item status, transfer type and order status read case-insensitively, keep unknown
 * values as spelled, and write back what was read; requests send the documented literals.
 */
class OpenVocabularyTest extends WireMockTestBase {
    private final ObjectMapper mapper = TransfersJson.newObjectMapper();

    @BeforeEach
    void partnerCenterAnswersWithTheFixture() {
        SERVER.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(Fixtures.text("fixtures/vocabularies/transfer-with-odd-spellings.json"))));
    }

    @Test
    void spellingsThatDifferOnlyInCaseAreOneValue() {
        assertThat(TransferStatus.fromString("reject")).isEqualTo(TransferStatus.REJECT)
                .hasSameHashCodeAs(TransferStatus.REJECT);
        assertThat(TransferStatus.fromString("REJECT").is("Reject")).isTrue();
        assertThat(LineItemStatus.fromString("failed")).isEqualTo(LineItemStatus.FAILED);
        assertThat(OrderStatus.fromString("Completed")).isEqualTo(OrderStatus.COMPLETED);
        assertThat(TransferType.fromJson("NewCommerce")).isEqualTo(TransferType.fromJson("newcommerce"));
        assertThat(TransferType.fromJson(3)).isEqualTo(TransferType.fromJson("3"));
        assertThat(TransferStatus.fromString("reject").value()).isEqualTo("reject");
    }

    @Test
    void unknownValuesAreKeptWithTheirSpellingAndNeverThrow() {
        TransferStatus onHold = TransferStatus.fromString("OnHold");
        assertThat(onHold.isKnown()).isFalse();
        assertThat(onHold.value()).isEqualTo("OnHold");
        assertThat(onHold).isNotEqualTo(TransferStatus.ACTIVE);
        assertThat(TransferStatus.fromString("active").isKnown()).isTrue();
    }

    @Test
    void aResponseWithOddAndUnknownSpellingsIsReadAndKept() {
        TransferEntity entity;
        try (TransfersClient client = clientBuilder().build()) {
            entity = client.getTransfer(CUSTOMER_ID, TRANSFER_ID);
        }
        assertThat(entity.getStatus()).isEqualTo(TransferStatus.REJECT);
        assertThat(entity.getStatus().value()).isEqualTo("rEjEcT");
        assertThat(entity.getTransferType().isNumber()).isTrue();
        assertThat(entity.getTransferType().asLong()).hasValue(3);
        assertThat(entity.getLineItems()).extracting(i -> i.getStatus().value())
                .containsExactly("complete", "Failed", "RollingBack");
        assertThat(entity.getLineItems().get(0).getStatus()).isEqualTo(LineItemStatus.COMPLETE);
        assertThat(entity.getLineItems().get(2).getStatus().isKnown()).isFalse();
    }

    @Test
    void valuesAreWrittenBackExactlyAsReceived() throws Exception {
        String json = Fixtures.text("fixtures/vocabularies/transfer-with-odd-spellings.json");
        JsonNode original = mapper.readTree(json);
        JsonNode rewritten = mapper.readTree(mapper.writeValueAsString(mapper.readValue(json, TransferEntity.class)));

        assertThat(rewritten.get("status")).isEqualTo(original.get("status"));
        assertThat(rewritten.get("transferType")).isEqualTo(original.get("transferType"));
        for (int i = 0; i < 3; i++) {
            assertThat(rewritten.at("/lineItems/" + i + "/status")).isEqualTo(original.at("/lineItems/" + i + "/status"));
        }

        String orders = "{\"orders\":[{\"status\":\"COMPLETED\"},{\"status\":\"pendingSomething\"}]}";
        JsonNode writtenOrders = mapper.readTree(mapper.writeValueAsString(
                mapper.readValue(orders, TransferSubmitResult.class)));
        assertThat(writtenOrders.at("/orders/0/status").asText()).isEqualTo("COMPLETED");
        assertThat(writtenOrders.at("/orders/1/status").asText()).isEqualTo("pendingSomething");
    }

    @Test
    void aTransferTypeSentAsAStringIsWrittenBackAsAString() throws Exception {
        TransferEntity entity = mapper.readValue("{\"transferType\":\"3\"}", TransferEntity.class);
        assertThat(entity.getTransferType().isNumber()).isFalse();
        assertThat(mapper.writeValueAsString(entity)).isEqualTo("{\"transferType\":\"3\"}");
    }

    @Test
    void rejectAndCancelSendTheDocumentedLiterals() {
        try (TransfersClient client = clientBuilder().build()) {
            client.rejectTransfer(CUSTOMER_ID, TRANSFER_ID);
            client.cancelTransfer(CUSTOMER_ID, TRANSFER_ID, TransferUpdateRequest.builder().customerName("ipdbtrans2").build());
        }
        SERVER.verify(patchRequestedFor(urlEqualTo(TRANSFER_PATH)).withRequestBody(
                equalToJson("{\"id\":\"" + TRANSFER_ID + "\",\"status\":\"reject\"}")));
        SERVER.verify(patchRequestedFor(urlEqualTo(TRANSFER_PATH)).withRequestBody(
                equalToJson("{\"id\":\"" + TRANSFER_ID + "\",\"status\":\"Cancel\",\"customerName\":\"ipdbtrans2\"}")));
    }

    @Test
    void aNewCommerceCreateSendsTheTransferTypeAsTheNumberThree() {
        try (TransfersClient client = clientBuilder().build()) {
            client.createTransfer(CUSTOMER_ID, TransferCreateRequests.newCommerce(
                    "7c8db11f-1e5e-4472-8386-f0b627d1f3e1", "Contoso", "customer@contoso.com", TransferType.of(3)));
        }
        SERVER.verify(postRequestedFor(urlEqualTo(TRANSFERS_PATH)).withRequestBody(
                equalToJson("{\"sourcePartnerTenantId\":\"7c8db11f-1e5e-4472-8386-f0b627d1f3e1\","
                        + "\"sourcePartnerName\":\"Contoso\",\"transferType\":3,"
                        + "\"customerEmailId\":\"customer@contoso.com\"}")));
    }
}
