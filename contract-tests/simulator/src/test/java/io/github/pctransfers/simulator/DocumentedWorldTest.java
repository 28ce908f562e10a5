package io.github.pctransfers.simulator;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The built-in seed's documented world and the rules the current pages add: seeded transfers in their documented
 * state, which exist from their createdTime on and expire only at their expirationTime; the new-commerce
 * lifecycle (create by the target, submit by the source, cancel by the target, expiry); the new error codes where
 * the seed holds their conditions; 415 for a body of another media type; WWW-Authenticate on every 401.
 */
class DocumentedWorldTest {
    /** The get-by-id page's moment; each test starts there. */
    private static final Instant GET_BY_ID_PAGE = Instant.parse("2020-03-27T18:25:25Z");
    private static final SimulatorClock CLOCK = SimulatorClock.frozenAt(GET_BY_ID_PAGE);

    @RegisterExtension
    static final SpecCheckedSimulator SIM = SpecCheckedSimulator.withClock(CLOCK);

    /** The customer of the list, get-by-id and reject pages. */
    private static final String LISTED = "b67f0b00-f9e8-4c57-bcb5-0b8b95c6ccf0";
    private static final String GOT_BY_ID = "46e8ed67-8adf-4f65-b3d8-d31318080556";
    /** The customer of the authored new-commerce cases; the caller is its target partner. */
    private static final String FABRIKAM = "3e1a9b42-f5fb-49f0-ad1b-05d97491bc66";
    private static final String NC_TRANSFER = "43fb1d3a-79fe-45a9-863e-9a4acf17b630";
    private static final String SOURCE = "429ad289-d8da-4265-aaa5-12aa40cc5f8d";
    private static final String SOURCE_USER = "19a4485b-ebd2-4a73-99eb-ccadda346ef8";
    private static final String TARGET = "676e8273-3c93-4205-910f-614bb4396a55";
    private static final String TARGET_USER = "30bb0794-6ac6-4f3f-8bb8-03a49c20486a";
    private static final String OAUTH_REALM = "OAuth realm=urn:cpsvc:cpid:";

    @BeforeEach
    void atTheGetByIdPagesMoment() {
        CLOCK.set(GET_BY_ID_PAGE);
    }

    @Test
    void aSeededTransferAnswersInTheStateItsPageShows() {
        JsonPath t = ok(authorized().get(transfer(LISTED, GOT_BY_ID)));

        assertThat(t.getString("status")).isEqualTo("Active");
        assertThat(t.getString("createdTime")).isEqualTo("2020-03-27T18:22:33.2875302Z");
        assertThat(t.getList("lineItems.id", Integer.class)).containsExactly(0, 1, 2);
        assertThat(t.getString("lineItems[0].partnerIdOnRecord")).isEqualTo("5139005");
    }

    @Test
    void aSeededTransferDoesNotExistBeforeItsCreatedTime() {
        CLOCK.set(Instant.parse("2020-03-27T17:50:34Z")); // the list page's answer, before 46e8ed67 was created

        Response got = authorized().get(transfer(LISTED, GOT_BY_ID));
        JsonPath list = ok(authorized().get("/v1/customers/" + LISTED + "/transfers"));

        assertThat(got.statusCode()).isEqualTo(404);
        assertThat(got.jsonPath().getInt("code")).isEqualTo(900100);
        assertThat(list.getList("id")).hasSize(9).doesNotContain(GOT_BY_ID);
    }

    @Test
    void aSeededLegacyTransferWithoutExpirationTimeNeverExpires() {
        CLOCK.set(Instant.parse("2030-01-01T00:00:00Z"));

        assertThat(ok(authorized().get(transfer(LISTED, GOT_BY_ID))).getString("status")).isEqualTo("Active");
    }

    @Test
    void aPendingNewCommerceTransferExpiresAtItsExpirationTimeOnTheSimulatorClock() {
        CLOCK.set(Instant.parse("2024-05-30T18:31:41Z"));
        assertThat(ok(authorized().get(transfer(FABRIKAM, NC_TRANSFER))).getString("status"))
                .isEqualTo("InProgress");

        CLOCK.set(Instant.parse("2024-05-30T18:31:42Z"));
        JsonPath expired = ok(authorized().get(transfer(FABRIKAM, NC_TRANSFER)));

        assertThat(expired.getString("status")).isEqualTo("Expired");
        assertThat(expired.getString("expirationTime")).isEqualTo("2024-05-30T18:31:41.5133355Z");
        Response cancel = authorized().contentType("application/json")
                .body("{\"id\":\"" + NC_TRANSFER + "\",\"status\":\"Cancel\"}").patch(transfer(FABRIKAM, NC_TRANSFER));
        assertThat(cancel.statusCode()).isEqualTo(400);
        assertThat(cancel.jsonPath().getString("description")).isEqualTo(
                "Can't process the transfer request for Expired transfer " + NC_TRANSFER);
    }

    @Test
    void aLegacyTransferInProgressAnswers409With900101() {
        CLOCK.set(Instant.parse("2024-05-16T08:00:03Z"));
        String inProgress = "2373335e-6e51-4ba1-a729-948dca1221c7";

        Response accept = authorized().post(transfer(LISTED, inProgress) + "/accept");

        assertThat(accept.statusCode()).isEqualTo(409);
        assertThat(accept.jsonPath().getInt("code")).isEqualTo(900101);
        assertThat(accept.jsonPath().getString("description"))
                .isEqualTo("Transfer " + inProgress + " is already in progress.");
    }

    @Test
    void aCancelByTheTargetAnswersTheCurrentPagesCancelResponse() {
        CLOCK.set(Instant.parse("2024-05-01T07:45:12Z"));

        JsonPath canceled = ok(authorized().contentType("application/json").body("{\"id\":\"" + NC_TRANSFER
                + "\",\"status\":\"Cancel\",\"customerName\":\"Fabrikam Ltd\"}").patch(transfer(FABRIKAM, NC_TRANSFER)));

        assertThat(canceled.getString("status")).isEqualTo("Cancel");
        assertThat(canceled.getString("customerName")).as("as the cancel sends it").isEqualTo("Fabrikam Ltd");
        assertThat(canceled.getInt("transferDirection")).isEqualTo(1);
        assertThat(canceled.getString("targetPartnerEmailId")).isEqualTo(TARGET);
        assertThat(canceled.getBoolean("ignoreEligibilityCheck")).isFalse();
        assertThat(canceled.getString("expirationTime")).isEqualTo("2024-05-30T18:31:41.5133355Z");
        assertThat(canceled.getString("partnertenantid")).as("the target cancels").isEqualTo(TARGET);
        assertThat(canceled.getString("lastModifiedUser")).isEqualTo(TARGET_USER);
        assertThat(canceled.getString("links.self.uri")).isEqualTo("/customers/" + FABRIKAM + "/transfers/"
                + NC_TRANSFER);
        assertThat(canceled.getMap("$")).doesNotContainKey("attributes");
    }

    @Test
    void aSubmitByTheSourceCarriesProductTypesAndNamesTheSourceAsTheLastModifier() {
        CLOCK.set(Instant.parse("2024-05-02T09:12:07Z"));

        JsonPath submitted = ok(authorized().contentType("application/json").body("{\"id\":\"" + NC_TRANSFER
                + "\",\"lineItems\":[{\"subscriptionId\":\"67078855-91AC-43CD-B165-0F0767CD0CA5\","
                + "\"productType\":\"OnlineServicesNCE\"}]}").patch(transfer(FABRIKAM, NC_TRANSFER)));

        assertThat(submitted.getString("status")).as("processed for 30 minutes").isEqualTo("InProgress");
        assertThat(submitted.getInt("lineItems[0].productType")).isEqualTo(5);
        assertThat(submitted.getString("partnertenantid")).isEqualTo(SOURCE);
        assertThat(submitted.getString("lastModifiedUser")).isEqualTo(SOURCE_USER);
    }

    @Test
    void aNewCommerceCreateNamingTheCallerAsSourceAnswers400With900148() {
        Response r = authorized().contentType("application/json").body("{\"sourcePartnerTenantId\":\"" + TARGET
                + "\",\"sourcePartnerName\":\"Northwind Target Partner\",\"customerEmailId\":\"it@fabrikam.example\","
                + "\"transferType\":3}").post("/v1/customers/" + FABRIKAM + "/transfers");

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.jsonPath().getInt("code")).isEqualTo(900148);
        assertThat(r.jsonPath().getString("description")).isEqualTo(
                "Transfer creation failed due to source partner details matched with requesting partner");
    }

    @Test
    void aSubmitOfAnAzureSubscriptionAnswers403With900139UnlessTheTransferTakesThem() {
        CLOCK.set(Instant.parse("2025-01-09T14:02:11Z"));
        String azure = "{\"subscriptionId\":\"C41A9E2B-7D3F-4A8C-B6E1-0F9D2C5B7A48\",\"productType\":"
                + "\"AzureSubscription\"}";

        Response refused = authorized().contentType("application/json").body("{\"lineItems\":[" + azure + "]}")
                .patch(transfer(FABRIKAM, NC_TRANSFER));

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.jsonPath().getInt("code")).isEqualTo(900139);
        String created = ok(authorized().contentType("application/json").body("{\"sourcePartnerTenantId\":\""
                + BuiltInSeed.NEW_COMMERCE_SOURCE_PARTNER + "\",\"sourcePartnerName\":\"Woodgrove\","
                + "\"customerEmailId\":\"it@northwind.example\",\"transferType\":3,"
                + "\"targetProductTypes\":[\"AzureSubscription\"]}")
                .post("/v1/customers/" + BuiltInSeed.NEW_COMMERCE_CUSTOMER + "/transfers"), 201).getString("id");
        JsonPath taken = ok(authorized().contentType("application/json").body("{\"lineItems\":[" + azure + "]}")
                .patch(transfer(BuiltInSeed.NEW_COMMERCE_CUSTOMER, created)));
        assertThat(taken.getString("status")).isEqualTo("Complete");
        assertThat(taken.getInt("lineItems[0].productType")).isEqualTo(0);
    }

    @Test
    void aBodyOfAMediaTypeTheSpecDoesNotListAnswers415AndIsNotProcessed() {
        SIM.allowInvalidRequests();
        String body = "{\"sourcePartnerTenantId\":\"da6c51b5-1246-4a42-b4ab-cbf38df54537\",\"targetPartnerTenantId\":"
                + "\"656218b1-80c9-40b2-83ae-3a2703b55271\",\"lineItems\":[{\"subscriptionId\":"
                + "\"6C0B221B-8DF9-4F4A-A5BB-4C9CBB7B27B0\"}]}";

        Response r = authorized().contentType("text/plain").body(body)
                .post("/v1/customers/" + BuiltInSeed.CUSTOMER + "/transfers");

        assertThat(r.statusCode()).isEqualTo(415);
        assertThat(r.jsonPath().getInt("code")).isEqualTo(415);
        assertThat(r.jsonPath().getString("description")).contains("text/plain").contains("application/json");
        assertThat(r.jsonPath().getString("source")).isEqualTo("PartnerFD");
        assertThat(ok(authorized().get("/v1/customers/" + BuiltInSeed.CUSTOMER + "/transfers")).getList("id"))
                .as("nothing was created").containsExactly(BuiltInSeed.SEEDED_TRANSFER);
    }

    @Test
    void everyUnauthorizedAnswerCarriesWwwAuthenticate() {
        SIM.allowInvalidRequests();
        String correlationId = "2e9c7a15-b3f4-4d68-8a01-6c5e2d7f9b34";

        Response missing = given().baseUri(SIM.baseUrl()).header("MS-CorrelationId", correlationId)
                .get("/v1/customers/" + LISTED + "/transfers");
        Response fault = authorized().header(SimulatedFault.HEADER, "status=401")
                .get("/v1/customers/" + LISTED + "/transfers");

        assertThat(missing.statusCode()).isEqualTo(401);
        assertThat(missing.header("WWW-Authenticate")).isEqualTo(OAUTH_REALM + correlationId);
        assertThat(fault.statusCode()).isEqualTo(401);
        assertThat(fault.header("WWW-Authenticate")).startsWith(OAUTH_REALM);
        assertThat(fault.jsonPath().getInt("code")).isEqualTo(800001);
        assertThat(fault.jsonPath().getString("description")).isEqualTo("Partner Token missing in request context");
    }

    @Test
    void aDocumentedErrorFaultAnswersTheCodesStatusAndWordingAndNothingIsDone() {
        CLOCK.set(Instant.parse("2025-01-06T09:15:03Z"));
        Response r = authorized().header(SimulatedFault.HEADER, "error=900137").contentType("application/json")
                .body("{\"sourcePartnerTenantId\":\"" + SOURCE + "\",\"sourcePartnerName\":\"Contoso Source Partner\","
                        + "\"customerEmailId\":\"it-admin@fabrikam.example\",\"transferType\":3}")
                .post("/v1/customers/" + FABRIKAM + "/transfers");

        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.jsonPath().getInt("code")).isEqualTo(900137);
        assertThat(r.jsonPath().getString("description"))
                .isEqualTo("Transfer can't be created as partner: " + TARGET + " not enabled for this feature");
        assertThat(ok(authorized().get("/v1/customers/" + FABRIKAM + "/transfers")).getList("id"))
                .as("nothing was created: the seeded transfer only").containsExactly(NC_TRANSFER);
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    private static RequestSpecification authorized() {
        return given().baseUri(SIM.baseUrl()).header("Authorization", "Bearer test-token");
    }

    private static String transfer(String customer, String transfer) {
        return "/v1/customers/" + customer + "/transfers/" + transfer;
    }

    private static JsonPath ok(Response r) {
        return ok(r, 200);
    }

    private static JsonPath ok(Response r, int status) {
        assertThat(r.statusCode()).as(r.asString()).isEqualTo(status);
        return r.jsonPath();
    }
}
