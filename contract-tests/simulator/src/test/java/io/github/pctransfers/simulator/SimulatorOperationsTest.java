package io.github.pctransfers.simulator;

import static io.github.pctransfers.simulator.BuiltInSeed.ADD_ON;
import static io.github.pctransfers.simulator.BuiltInSeed.AZURE_PLAN;
import static io.github.pctransfers.simulator.BuiltInSeed.CALLER;
import static io.github.pctransfers.simulator.BuiltInSeed.CUSTOMER;
import static io.github.pctransfers.simulator.BuiltInSeed.DELETED;
import static io.github.pctransfers.simulator.BuiltInSeed.ELIGIBLE_1;
import static io.github.pctransfers.simulator.BuiltInSeed.ELIGIBLE_2;
import static io.github.pctransfers.simulator.BuiltInSeed.NCE_E3;
import static io.github.pctransfers.simulator.BuiltInSeed.NCE_PREMIUM;
import static io.github.pctransfers.simulator.BuiltInSeed.NEW_COMMERCE_CUSTOMER;
import static io.github.pctransfers.simulator.BuiltInSeed.NEW_COMMERCE_SOURCE_PARTNER;
import static io.github.pctransfers.simulator.BuiltInSeed.NOT_SYNCED;
import static io.github.pctransfers.simulator.BuiltInSeed.PLAIN;
import static io.github.pctransfers.simulator.BuiltInSeed.SEEDED_TRANSFER;
import static io.github.pctransfers.simulator.BuiltInSeed.SUSPENDED;
import static io.github.pctransfers.simulator.BuiltInSeed.TARGET_PARTNER;
import static io.github.pctransfers.simulator.BuiltInSeed.UNKNOWN_CUSTOMER;
import static io.github.pctransfers.simulator.BuiltInSeed.WITH_ADD_ON;
import static io.github.pctransfers.simulator.BuiltInSeed.legacy;
import static io.github.pctransfers.simulator.BuiltInSeed.nce;
import static io.github.pctransfers.simulator.BuiltInSeed.newCommerce;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.pctransfers.client.RequestOptions;
import io.github.pctransfers.client.Response;
import io.github.pctransfers.client.TransfersClient;
import io.github.pctransfers.client.errors.BadRequestException;
import io.github.pctransfers.client.errors.NotFoundException;
import io.github.pctransfers.client.model.ProductType;
import io.github.pctransfers.client.model.TransferAcceptance;
import io.github.pctransfers.client.model.TransferCreateRequests;
import io.github.pctransfers.client.model.TransferDirection;
import io.github.pctransfers.client.model.TransferEligibility;
import io.github.pctransfers.client.model.TransferEntity;
import io.github.pctransfers.client.model.TransferLineItem;
import io.github.pctransfers.client.model.TransferSubmitResult;
import io.github.pctransfers.client.model.TransferUpdateRequest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every documented operation through the real client against the simulator, with the documented body shapes.
 * Every exchange is checked against the spec after each test.
 */
class SimulatorOperationsTest {
    @RegisterExtension
    static final SpecCheckedSimulator SIM = SpecCheckedSimulator.withDefaults();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SEVEN_DIGIT_TIME = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{7}Z";
    private static final String WHOLE_SECOND_TIME = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ";

    private final TransfersClient client = SIM.client();

    @Test
    void legacyCreateAnswers201WithTheDocumentedEntity() throws Exception {
        String requestId = UUID.randomUUID().toString();
        String correlationId = UUID.randomUUID().toString();
        Response<TransferEntity> response = client.createTransferWithResponse(CUSTOMER,
                legacy(WITH_ADD_ON, PLAIN),
                RequestOptions.builder().requestId(requestId).correlationId(correlationId).build());

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.header("MS-RequestId")).contains(requestId);
        assertThat(response.header("MS-CorrelationId")).contains(correlationId);
        assertThat(response.header("Content-Type")).contains("application/json; charset=utf-8");
        TransferEntity t = response.value();
        assertThat(t.getStatus().value()).isEqualTo("Active");
        assertThat(t.getLineItems()).extracting(TransferLineItem::getSubscriptionId).containsExactly(WITH_ADD_ON, PLAIN);
        assertThat(t.getLineItems().get(0).getAddonItems()).extracting(TransferLineItem::getSubscriptionId)
                .containsExactly(ADD_ON);

        JsonNode body = JSON.readTree(onlyExchange().responseBody());
        assertThat(body.get("id").asText()).isEqualTo(t.getId()).matches("[0-9a-f-]{36}");
        assertThat(body.get("createdTime").asText()).matches(SEVEN_DIGIT_TIME);
        assertThat(body.get("lastModifiedTime").asText()).matches(WHOLE_SECOND_TIME);
        assertThat(body.has("partnertenantid")).isTrue();
        assertThat(body.get("lineItems").get(1).get("id").isInt()).isTrue();
        assertThat(body.get("lineItems").get(1).get("id").asInt()).as("0 for each, as documented").isEqualTo(0);
        assertThat(body.at("/links/self/uri").asText()).isEqualTo("/customers/" + CUSTOMER + "/transfers/" + t.getId());
        assertThat(body.at("/links/self/method").asText()).isEqualTo("GET");
        assertThat(body.at("/attributes/objectType").asText()).isEqualTo("TransferEntity");
        assertHasDocumentedShape(onlyExchange().responseBody(), "create-a-transfer-legacy");
    }

    @Test
    void getAnswersTheTransferInTheShapeOfTheDocumentedExample() {
        TransferEntity created = client.createTransfer(CUSTOMER, legacy(WITH_ADD_ON, PLAIN, ELIGIBLE_1));

        TransferEntity got = client.getTransfer(CUSTOMER, created.getId());

        assertThat(got.getId()).isEqualTo(created.getId());
        assertThat(got.getCreatedTime()).isEqualTo(created.getCreatedTime());
        assertThat(got.getLineItems()).extracting(TransferLineItem::getId).containsExactly(0, 0, 0);
        assertHasDocumentedShape(last().responseBody(), "get-transfer-by-id");
    }

    @Test
    void listAnswersABareArrayOfTheCustomersTransfersOnly() {
        TransferEntity first = client.createTransfer(CUSTOMER, legacy(PLAIN));
        TransferEntity second = client.createTransfer(CUSTOMER, legacy(ELIGIBLE_1));
        client.createTransfer(NEW_COMMERCE_CUSTOMER, newCommerce());

        List<TransferEntity> listed = client.listTransfers(CUSTOMER);

        assertThat(listed).extracting(TransferEntity::getId).as("the seeded one first: creation order")
                .containsExactly(SEEDED_TRANSFER, first.getId(), second.getId());
        assertThat(last().responseBody()).startsWith("[");
        assertThat(client.listTransfers(UNKNOWN_CUSTOMER)).isEmpty();
    }

    @Test
    void acceptReportsTheNotSyncedSubscriptionAsAPartialFailureInsideA200() {
        TransferEntity created = client.createTransfer(CUSTOMER, legacy(WITH_ADD_ON, NOT_SYNCED, PLAIN));

        Response<TransferSubmitResult> response = client.acceptTransferWithResponse(CUSTOMER, created.getId(),
                RequestOptions.none());

        assertThat(response.statusCode()).isEqualTo(200);
        TransferAcceptance acceptance = new TransferAcceptance(response.value());
        assertThat(acceptance.orders()).hasSize(2);
        assertThat(acceptance.orders().get(0).getLineItems()).hasSize(2); // the subscription and its add-on
        assertThat(acceptance.failures()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(900103);
            assertThat(f.subscriptionId()).isEqualTo(NOT_SYNCED);
            assertThat(f.description()).isEqualTo("Subscription SyncState must be SyncComplete for the Subscription "
                    + "to be a source in a Subscription Ownership Transfer. Subscription: "
                    + NOT_SYNCED.toLowerCase() + ", current state: None");
        });
        assertHasDocumentedShape(last().responseBody(), "accept-a-transfer");

        TransferEntity after = client.getTransfer(CUSTOMER, created.getId());
        assertThat(after.getStatus().value()).isEqualTo("PartiallyComplete");
        assertThat(after.getLineItems()).extracting(li -> li.getStatus().value())
                .containsExactly("Complete", "Failed", "Complete");
        assertThat(after.getLineItems().get(0).getOrderId()).isNotBlank();
        assertThat(after.getLineItems().get(1).getTransferError()).contains("SyncState must be SyncComplete");
        assertThat(after.getLineItems()).extracting(TransferLineItem::getTransferGroupId).containsExactly("0", "1", "2");
        client.listTransfers(CUSTOMER);
        assertHasDocumentedShape(last().responseBody(), "get-all-of-a-customer-s-transfers");
    }

    @Test
    void acceptOfSyncedSubscriptionsCompletesTheTransferWithoutErrors() {
        TransferEntity created = client.createTransfer(CUSTOMER, legacy(PLAIN, ELIGIBLE_1));

        TransferAcceptance acceptance = client.acceptTransfer(CUSTOMER, created.getId());

        assertThat(acceptance.hasFailures()).isFalse();
        assertThat(acceptance.orders()).hasSize(2);
        assertThat(client.getTransfer(CUSTOMER, created.getId()).getStatus().value()).isEqualTo("Complete");
    }

    @Test
    void rejectSendsTheDocumentedBodyAndAnswersReject() throws Exception {
        TransferEntity created = client.createTransfer(CUSTOMER, legacy(PLAIN));

        TransferEntity rejected = client.rejectTransfer(CUSTOMER, created.getId());

        assertThat(rejected.getStatus().value()).isEqualTo("Reject");
        assertThat(JSON.readTree(last().requestBody()))
                .isEqualTo(JSON.readTree("{\"id\":\"" + created.getId() + "\",\"status\":\"reject\"}"));
        assertHasDocumentedShape(last().responseBody(), "reject-a-transfer");
    }

    @Test
    void withdrawAnswers204AndTheTransferIsThenNotFoundWith900100() {
        TransferEntity created = client.createTransfer(CUSTOMER, legacy(PLAIN));

        Response<Void> withdrawn = client.withdrawTransferWithResponse(CUSTOMER, created.getId(),
                RequestOptions.none());

        assertThat(withdrawn.statusCode()).isEqualTo(204);
        assertThat(last().responseBody()).isEmpty();
        assertThatThrownBy(() -> client.getTransfer(CUSTOMER, created.getId()))
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.errorCode()).contains("900100"));
        assertThatThrownBy(() -> client.withdrawTransfer(CUSTOMER, created.getId()))
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.errorCode()).contains("900100"));
        assertThat(client.listTransfers(CUSTOMER)).extracting(TransferEntity::getId).containsExactly(SEEDED_TRANSFER);
    }

    @Test
    void newCommerceCreateIsInProgressWithTheTargetTakenFromTheCaller() throws Exception {
        Response<TransferEntity> response = client.createTransferWithResponse(NEW_COMMERCE_CUSTOMER, newCommerce(),
                RequestOptions.none());

        assertThat(response.statusCode()).isEqualTo(201);
        TransferEntity t = response.value();
        assertThat(t.getStatus().value()).isEqualTo("InProgress");
        assertThat(t.getTargetPartnerTenantId()).isEqualTo(CALLER);
        assertThat(t.getSourcePartnerTenantId()).isEqualTo(NEW_COMMERCE_SOURCE_PARTNER);
        assertThat(t.getCustomerEmailId()).isEqualTo("it@northwind.example");
        JsonNode body = JSON.readTree(last().responseBody());
        assertThat(body.has("lineItems")).as("none until the source submits some, as the current pages show").isFalse();
        assertThat(body.get("transferDirection").asInt()).isEqualTo(1);
        assertThat(body.get("targetPartnerEmailId").asText()).as("the target's tenant GUID").isEqualTo(CALLER);
        assertThat(body.get("ignoreEligibilityCheck").asBoolean()).isFalse();
        assertThat(body.get("transferType").isInt()).as("transferType stays the number sent").isTrue();
        assertThat(body.get("createdTime").asText()).matches(SEVEN_DIGIT_TIME);
        assertThat(t.getExpirationTime()).isEqualTo(t.getCreatedTime().plusDays(30));
    }

    @Test
    void productionClientCreateBindsNamesIgnoringCaseAndKeepsParticipantsAndTheFreeTextEmailId() throws Exception {
        SIM.allowInvalidRequests(); // PascalCase and nulls: what the service tolerates, not what the spec's letter says

        io.restassured.response.Response r = given().baseUri(SIM.baseUrl())
                .header("Authorization", "Bearer test-token").contentType("application/json")
                .body(createRequest("production-client")).post("/v1/customers/" + NEW_COMMERCE_CUSTOMER + "/transfers");

        assertThat(r.statusCode()).as(r.asString()).isEqualTo(201);
        JsonNode body = JSON.readTree(r.asString());
        assertThat(body.get("sourcePartnerTenantId").asText()).isEqualTo(NEW_COMMERCE_SOURCE_PARTNER);
        assertThat(body.get("targetPartnerTenantId").asText()).as("null is ignored: the caller").isEqualTo(CALLER);
        assertThat(body.get("targetPartnerEmailId").asText()).as("free text, kept as sent")
                .isEqualTo("northwind-transfers-emea");
        assertThat(body.get("transferType").asText()).isEqualTo("3");
        assertThat(body.has("customerName")).as("sent as null: ignored").isFalse();
        assertThat(body.get("participants")).isEqualTo(JSON.readTree(
                "[{\"key\":\"TransactionReseller\",\"value\":\"5139005\"}]"));

        TransferEntity read = client.getTransfer(NEW_COMMERCE_CUSTOMER, body.get("id").asText());
        assertThat(read.getTransferDirection()).isEqualTo(TransferDirection.INCOMING);
        assertThat(TransferCreateRequests.participantValue(read.getParticipants(),
                TransferCreateRequests.TRANSACTION_RESELLER)).isEqualTo("5139005");
        assertThat(read.getTargetPartnerEmailId()).isEqualTo("northwind-transfers-emea");
    }

    @Test
    void aCreateNamingAPropertyTwiceUnderTwoCasingsIsRefused() throws Exception {
        SIM.allowInvalidRequests();

        io.restassured.response.Response r = given().baseUri(SIM.baseUrl())
                .header("Authorization", "Bearer test-token").contentType("application/json")
                .body(createRequest("name-sent-twice")).post("/v1/customers/" + NEW_COMMERCE_CUSTOMER + "/transfers");

        assertThat(r.statusCode()).isEqualTo(400);
        JsonNode error = JSON.readTree(r.asString());
        assertThat(error.get("code").asInt()).isEqualTo(800002);
        assertThat(error.get("description").asText()).isEqualTo("Invalid request input");
        assertThat(error.get("data").toString()).contains("sourcePartnerTenantId twice");
        assertThat(client.listTransfers(NEW_COMMERCE_CUSTOMER)).as("nothing was created")
                .noneMatch(t -> t.getSourcePartnerTenantId().equalsIgnoreCase(NEW_COMMERCE_SOURCE_PARTNER)
                        && "InProgress".equals(t.getStatus().value()));
    }

    private static String createRequest(String folder) throws Exception {
        return new String(SimulatorOperationsTest.class.getClassLoader()
                .getResourceAsStream("simulator/create-requests/" + folder + "/request.json").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void submitByTheSourceCompletesANewCommerceTransfer() {
        TransferEntity created = client.createTransfer(NEW_COMMERCE_CUSTOMER, newCommerce());

        TransferEntity submitted = client.submitTransfer(NEW_COMMERCE_CUSTOMER, created.getId(),
                List.of(nce(NCE_PREMIUM), nce(NCE_E3)));

        assertThat(submitted.getStatus().value()).isEqualTo("Complete");
        assertThat(submitted.getCompletedTime()).isNotNull();
        assertThat(submitted.getLineItems()).extracting(TransferLineItem::getSubscriptionId)
                .containsExactly(NCE_PREMIUM, NCE_E3);
        assertThat(submitted.getLineItems()).allSatisfy(li -> {
            assertThat(li.getStatus().value()).isEqualTo("Complete");
            assertThat(li.getProductType()).as("the number the current pages show").isEqualTo(ProductType.of(5));
            assertThat(li.getOrderId()).isNotBlank();
        });
    }

    @Test
    void submitRefusesASubscriptionOfTheWrongProductTypeWith800078() {
        TransferEntity created = client.createTransfer(NEW_COMMERCE_CUSTOMER, newCommerce());

        assertThatThrownBy(() -> client.submitTransfer(NEW_COMMERCE_CUSTOMER, created.getId(), List.of(
                nce(AZURE_PLAN))))
                .isInstanceOfSatisfying(BadRequestException.class, e -> {
                    assertThat(e.errorCode()).contains("800078");
                    assertThat(e.error().orElseThrow().data()).containsExactly(AZURE_PLAN.toLowerCase());
                });
        assertThat(client.getTransfer(NEW_COMMERCE_CUSTOMER, created.getId()).getStatus().value())
                .isEqualTo("InProgress");
    }

    @Test
    void cancelWhilePendingAnswersCancel() throws Exception {
        TransferEntity created = client.createTransfer(NEW_COMMERCE_CUSTOMER, newCommerce());

        TransferEntity canceled = client.cancelTransfer(NEW_COMMERCE_CUSTOMER, created.getId(),
                TransferUpdateRequest.builder().targetPartnerTenantId(TARGET_PARTNER)
                        .sourcePartnerTenantId(NEW_COMMERCE_SOURCE_PARTNER).customerName("Northwind Traders").build());

        assertThat(canceled.getStatus().value()).isEqualTo("Cancel");
        JsonNode sent = JSON.readTree(last().requestBody());
        assertThat(sent.get("status").asText()).isEqualTo("Cancel");
        assertThat(sent.get("customerName").asText()).isEqualTo("Northwind Traders");
    }

    @Test
    void eligibilityTellsEligibleFromIneligibleSubscriptionsWithReasons() {
        Map<String, TransferEligibility> before = eligibility();

        // The direct-bill subscriptions only, as on the documented page.
        assertThat(before).hasSize(5).doesNotContainKey(WITH_ADD_ON);
        assertThat(before.get(ELIGIBLE_1).getIsEligible()).isTrue();
        assertThat(before.get(ELIGIBLE_1).getReason()).isNull();
        assertThat(before.get(DELETED).getIsEligible()).isFalse();
        assertThat(before.get(DELETED).getReason()).isEqualTo("Subscription: " + DELETED + " is in state: Deleted");
        assertThat(before.get(SUSPENDED).getReason()).endsWith("is in state: Suspended");
        assertThat(last().responseBody()).doesNotContain("\"reason\":null");

        TransferEntity open = client.createTransfer(CUSTOMER, legacy(ELIGIBLE_1));
        TransferEntity done = client.createTransfer(CUSTOMER, legacy(ELIGIBLE_2));
        client.acceptTransfer(CUSTOMER, done.getId());
        Map<String, TransferEligibility> after = eligibility();

        assertThat(after.get(ELIGIBLE_1).getReason())
                .isEqualTo("subscription is already part of another transfer request id : " + open.getId());
        assertThat(after.get(ELIGIBLE_2).getReason()).contains("already transferred").contains(done.getId());
        assertThat(client.getTransferEligibility(UNKNOWN_CUSTOMER, "directtoindirect")).isEmpty();
    }

    @Test
    void aSubscriptionHeldByAnOpenTransferCannotJoinAnotherOne() {
        TransferEntity first = client.createTransfer(CUSTOMER, legacy(PLAIN));

        assertThatThrownBy(() -> client.createTransfer(CUSTOMER, legacy(ELIGIBLE_1, PLAIN)))
                .isInstanceOfSatisfying(BadRequestException.class, e -> {
                    assertThat(e.errorCode()).contains("800078");
                    assertThat(e.error().orElseThrow().data()).containsExactly(PLAIN.toLowerCase());
                });
        assertThat(client.listTransfers(CUSTOMER)).extracting(TransferEntity::getId)
                .containsExactly(SEEDED_TRANSFER, first.getId());
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    private Map<String, TransferEligibility> eligibility() {
        return client.getTransferEligibility(CUSTOMER, "directtoindirect").stream()
                .collect(Collectors.toMap(TransferEligibility::getId, e -> e));
    }

    private static Exchange onlyExchange() {
        assertThat(SIM.exchanges()).hasSize(1);
        return SIM.exchanges().get(0);
    }

    private static Exchange last() {
        List<Exchange> all = SIM.exchanges();
        return all.get(all.size() - 1);
    }

    /** Every property path of the documented example exists in {@code json}, with the same JSON type. */
    private static void assertHasDocumentedShape(String json, String example) {
        Map<String, String> documented = JsonShapes.of(JsonShapes.documentedBody(example));
        Map<String, String> simulated = JsonShapes.of(json);
        assertThat(simulated).as("property paths and JSON types of the simulator's answer vs. the documented "
                + example + " example").containsAllEntriesOf(documented);
    }
}
