package io.github.pctransfers.simulator;

import static io.github.pctransfers.simulator.BuiltInSeed.NEW_COMMERCE_SOURCE_PARTNER;
import static io.github.pctransfers.simulator.BuiltInSeed.PLAIN;
import static io.github.pctransfers.simulator.BuiltInSeed.SOURCE_PARTNER;
import static io.github.pctransfers.simulator.BuiltInSeed.TARGET_PARTNER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.pctransfers.simulator.TransferCommands.LegacyCreate;
import io.github.pctransfers.simulator.TransferCommands.NewCommerceCreate;
import io.github.pctransfers.simulator.TransferCommands.Update;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Request bodies into typed commands, and the 400 800002 that names what is wrong with a body. */
class TransferRequestsTest {
    private static final String TRANSFER = "43fb1d3a-79fe-45a9-863e-9a4acf17b630";
    private static final String PARTNERS = "\"sourcePartnerTenantId\":\"" + SOURCE_PARTNER
            + "\",\"targetPartnerTenantId\":\"" + TARGET_PARTNER + "\"";

    @Test
    void anEmptyOrUnparsableBodyIsRefused() {
        assertInvalid(TransferRequests.json(" "), "The request body is empty: a JSON object is required");
        assertInvalid(TransferRequests.json("{\"a\":"), "The request body is not valid JSON: ");
        assertThat(TransferRequests.json("{}").value().isObject()).isTrue();
    }

    @Test
    void aLegacyCreateIsReadIntoItsCommand() {
        TransferCommands.Create create = TransferRequests.create(json("{" + PARTNERS + ",\"sourcePartnerName\":\"S\","
                + "\"lineItems\":[{\"subscriptionId\":\"" + PLAIN + "\",\"partnerIdOnRecord\":\"517285\"}]}"),
                TARGET_PARTNER).value();

        assertThat(create).isInstanceOf(LegacyCreate.class);
        LegacyCreate legacy = (LegacyCreate) create;
        assertThat(legacy.sourcePartnerTenantId).isEqualTo(SOURCE_PARTNER);
        assertThat(legacy.sourcePartnerName).isEqualTo("S");
        assertThat(legacy.targetPartnerName).isNull();
        assertThat(legacy.lineItems).singleElement().satisfies(li -> {
            assertThat(li.index).isZero();
            assertThat(li.subscriptionId).isEqualTo(PLAIN);
            assertThat(li.partnerIdOnRecord).isEqualTo("517285");
        });
    }

    @Test
    void aNewCommerceCreateWithoutATargetTargetsTheCaller() {
        TransferCommands.Create create = TransferRequests.create(json("{\"sourcePartnerTenantId\":\""
                + NEW_COMMERCE_SOURCE_PARTNER + "\",\"transferType\":\"3\",\"targetProductTypes\":[\"Azure\"]}"),
                TARGET_PARTNER).value();

        assertThat(create).isInstanceOf(NewCommerceCreate.class);
        NewCommerceCreate newCommerce = (NewCommerceCreate) create;
        assertThat(newCommerce.targetPartnerTenantId).isEqualTo(TARGET_PARTNER);
        assertThat(newCommerce.transferType.asText()).isEqualTo("3");
        assertThat(newCommerce.targetProductTypes).containsExactly("Azure");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "[] | The request body must be a JSON object",
        "{\"sourcePartnerTenantId\":5} | sourcePartnerTenantId must be a string",
        "{\"sourcePartnerTenantId\":\"x\"} | sourcePartnerTenantId must be a GUID, got \"x\"",
        "{\"sourcePartnerTenantId\":\"" + SOURCE_PARTNER + "\"} | targetPartnerTenantId is required",
        "{\"sourcePartnerTenantId\":\"" + SOURCE_PARTNER + "\",\"targetPartnerTenantId\":\"" + SOURCE_PARTNER
                + "\"} | must name different partners",
        "{" + PARTNERS + "} | lineItems must list at least one",
        "{" + PARTNERS + ",\"lineItems\":[5]} | lineItems[0] must be an object",
        "{" + PARTNERS + ",\"lineItems\":[{}]} | lineItems[0].subscriptionId is required",
        "{" + PARTNERS + ",\"lineItems\":[{\"subscriptionId\":\"a\"},{\"subscriptionId\":\"A\"}]}"
                + " | lineItems[1].subscriptionId A is listed twice",
        "{" + PARTNERS + ",\"lineItems\":[{\"subscriptionId\":\"a\",\"partnerIdOnRecord\":1}]}"
                + " | lineItems[0].partnerIdOnRecord must be a string",
        "{" + PARTNERS + ",\"lineItems\":[{\"subscriptionId\":\"a\"}],\"targetPartnerName\":[]}"
                + " | targetPartnerName must be a string",
        "{" + PARTNERS + ",\"transferType\":true} | transferType must be a number or a string",
        "{" + PARTNERS + ",\"transferType\":3,\"lineItems\":[{}]} | a new-commerce create takes no lineItems",
        "{" + PARTNERS + ",\"transferType\":3,\"targetProductTypes\":[1]} | targetProductTypes must be an array of",
        "{\"sourcePartnerTenantId\":\"da6c51b5-1246-4a42-b4ab-cbf38df54537\",\"targetPartnerTenantId\":"
                + "\"da6c51b5-1246-4a42-b4ab-cbf38df54537\",\"transferType\":3} | the target partner must be different",
    })
    void aMalformedCreateIsRefusedWith800002NamingTheProblem(String body, String description) {
        assertInvalid(TransferRequests.create(json(body), TARGET_PARTNER), description);
    }

    @Test
    void anUpdateNamingAnotherTransferIsRefusedBeforeAnythingElse() {
        assertInvalid(TransferRequests.update(json("{\"id\":\"" + PLAIN + "\",\"status\":\"reject\"}"), TRANSFER),
                "does not match the transfer id in the path");
        assertInvalid(TransferRequests.update(json("[]"), TRANSFER), "The request body must be a JSON object");
        assertThat(TransferRequests.update(json("{\"id\":\"" + TRANSFER.toUpperCase() + "\",\"status\":\"Reject\"}"),
                TRANSFER).value().change).isEqualTo(Update.Change.REJECT);
    }

    @Test
    void anUpdateIsARejectACancelOrASubmit() {
        assertThat(update("{\"status\":\"reject\"}").change).isEqualTo(Update.Change.REJECT);
        assertThat(update("{\"status\":\"Cancel\",\"lineItems\":5}").change).isEqualTo(Update.Change.CANCEL);

        Update submit = update("{\"status\":\"Submit\",\"lineItems\":[{\"subscriptionId\":\"a\","
                + "\"productType\":\"OnlineServicesNCE\"}]}");
        assertThat(submit.change).isEqualTo(Update.Change.SUBMIT);
        assertThat(submit.problem).isNull();
        assertThat(submit.lineItems).singleElement().satisfies(li ->
                assertThat(li.productType).isEqualTo("OnlineServicesNCE"));
    }

    @Test
    void theProblemsOfAnUpdateBodyTravelInTheCommandForTheRulesToAnswerAfterTheTransfersOwnChecks() {
        assertProblem(update("{\"lineItems\":[]}"), Update.Change.SUBMIT, "lineItems must list at least one");
        assertProblem(update("{\"lineItems\":[{\"subscriptionId\":\"a\"}]}"), Update.Change.SUBMIT,
                "lineItems[0].productType is required, e.g. OnlineServicesNCE");
        assertProblem(update("{\"status\":5}"), Update.Change.NONE, "status must be a string");
        assertProblem(update("{\"status\":\"approve\"}"), Update.Change.NONE,
                "status \"approve\" is not a change this API makes");
        assertProblem(update("{}"), Update.Change.NONE, "Nothing to change");
    }

    @Test
    void anEligibilityCheckNeedsATransferType() {
        assertInvalid(TransferRequests.eligibilityType(null), "The transferType query parameter is required");
        assertInvalid(TransferRequests.eligibilityType(" "), "The transferType query parameter is required");
        assertThat(TransferRequests.eligibilityType("directtoindirect").value()).isEqualTo("directtoindirect");
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    private static JsonNode json(String text) {
        return TransferRequests.json(text).value();
    }

    private static Update update(String body) {
        return TransferRequests.update(json(body), TRANSFER).value();
    }

    private static void assertInvalid(Outcome<?> outcome, String descriptionPart) {
        assertThat(outcome.isRejected()).as("rejected: %s", outcome).isTrue();
        assertThat(outcome.rejection().status()).isEqualTo(400);
        assertThat(outcome.rejection().code()).isEqualTo(800002);
        assertThat(outcome.rejection().description()).isEqualTo("Invalid request input");
        assertThat(outcome.rejection().data()).singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .contains(descriptionPart);
    }

    private static void assertProblem(Update update, Update.Change change, String descriptionPart) {
        assertThat(update.change).isEqualTo(change);
        assertThat(update.lineItems).isNull();
        assertThat(update.problem.code()).isEqualTo(800002);
        assertThat(update.problem.description()).isEqualTo("Invalid request input");
        assertThat(update.problem.data()).singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .contains(descriptionPart);
    }
}
