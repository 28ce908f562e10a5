package io.github.pctransfers.simulator;

import static io.github.pctransfers.simulator.BuiltInSeed.CALLER;
import static io.github.pctransfers.simulator.BuiltInSeed.CUSTOMER;
import static io.github.pctransfers.simulator.BuiltInSeed.SEEDED_TRANSFER;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pctransfers.client.errors.DocumentedErrorCode;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The simulator's error answers take status and wording from the error catalogue ({@link DocumentedErrorCode}):
 * each documented error a fault can ask for, each status fault, and the answers no route or operation gives a code
 * to. The answers of the transfer rules (900100 to 900148 through real requests) are held to the catalogue by
 * {@link SpecCheckedSimulator} after every test of {@link SimulatorErrorsTest}, {@link SimulatorOperationsTest},
 * {@link SimulatorFaultsTest} and {@link DocumentedWorldTest}, and here too.
 */
@Timeout(20)
class SimulatorErrorCatalogueTest {
    @RegisterExtension
    static final SpecCheckedSimulator SIM = SpecCheckedSimulator.withDefaults();

    private static final String TRANSFER = "/v1/customers/" + CUSTOMER + "/transfers/" + SEEDED_TRANSFER;

    @ParameterizedTest(name = "{0}")
    @EnumSource(DocumentedErrorCode.class)
    void eachErrorAFaultCanAskForAnswersTheCataloguesStatusAndFilledWording(DocumentedErrorCode code) {
        if (!SimulatedFault.ERROR_CODES.contains(code)) {
            // A code the transfer rules answer (or none does here): a fault may not ask for it.
            assertThatThrownBy(() -> SimulatedFault.error(code)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("is not a code a fault can answer");
            return;
        }
        Response r = authorized().header(FaultSyntax.HEADER, "error=" + code.code()).get(TRANSFER);

        assertThat(r.statusCode()).isEqualTo(code.httpStatus());
        assertThat(r.jsonPath().getString("code")).isEqualTo(code.code());
        assertThat(r.jsonPath().getString("description")).isEqualTo(code.fill(filled(code)));
        assertThat(CatalogueCheck.problems(r.statusCode(), r.asString())).isEmpty();
    }

    @ParameterizedTest(name = "status={0}")
    @ValueSource(ints = {400, 401, 500})
    void aStatusFaultOfADocumentedStatusAnswersItsCode(int status) {
        DocumentedErrorCode expected = status == 400 ? DocumentedErrorCode.INVALID_INPUT
                : status == 401 ? DocumentedErrorCode.PARTNER_TOKEN_MISSING : DocumentedErrorCode.SERVICE_EXCEPTION;

        Response r = authorized().header(FaultSyntax.HEADER, "status=" + status).get(TRANSFER);

        assertThat(r.statusCode()).isEqualTo(status);
        assertThat(r.jsonPath().getString("code")).isEqualTo(expected.code());
        assertThat(r.jsonPath().getString("description")).isEqualTo(expected.wording());
    }

    @ParameterizedTest(name = "status={0}")
    @ValueSource(ints = {403, 404, 409, 502, 503, 504})
    void aStatusFaultNoSingleCodeStandsForAnswersTheStatusAsTheCode(int status) {
        Response r = authorized().header(FaultSyntax.HEADER, "status=" + status).get(TRANSFER);

        assertThat(r.statusCode()).isEqualTo(status);
        assertThat(r.jsonPath().getString("code")).isEqualTo(String.valueOf(status));
        assertThat(CatalogueCheck.problems(r.statusCode(), r.asString())).isEmpty();
    }

    @Test
    void aRequestWithoutATokenAnswers800001WithTheCataloguesWordingAndSaysWhyInTheData() {
        SIM.allowInvalidRequests();
        Response r = given().baseUri(SIM.baseUrl()).get(TRANSFER);

        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.jsonPath().getString("description"))
                .isEqualTo(DocumentedErrorCode.PARTNER_TOKEN_MISSING.wording());
        assertThat(r.jsonPath().getList("data", String.class)).containsExactly("The request has no Authorization header");
    }

    @Test
    void anUnknownTransferAnswers900100WithTheCataloguesWording() {
        Response r = authorized().get("/v1/customers/" + CUSTOMER + "/transfers/43fb1d3a-79fe-45a9-863e-9a4acf17b630");

        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.jsonPath().getString("description"))
                .isEqualTo(DocumentedErrorCode.TRANSFER_ID_NOT_FOUND.wording());
    }

    @Test
    void noRouteAndAMethodNotAllowedAnswerTheStatusAsTheCode() {
        SIM.allowInvalidRequests();
        Response noRoute = authorized().get("/v1/nothing-here");
        Response notAllowed = authorized().put(TRANSFER);

        assertThat(noRoute.statusCode()).isEqualTo(404);
        assertThat(noRoute.jsonPath().getString("code")).isEqualTo("404");
        assertThat(notAllowed.statusCode()).isEqualTo(405);
        assertThat(notAllowed.jsonPath().getString("code")).isEqualTo("405");
    }

    /** What the simulator fills a fault's placeholders with: the path's transfer, the seed's caller, USGov. */
    private static Map<String, String> filled(DocumentedErrorCode code) {
        Map<String, String> all = Map.of("transferId", SEEDED_TRANSFER.toLowerCase(java.util.Locale.ROOT),
                "partnerTenantId", CALLER, "nationalCloud", "USGov");
        Map<String, String> values = new java.util.LinkedHashMap<>();
        code.placeholders().forEach(name -> values.put(name, all.get(name)));
        return values;
    }

    private static RequestSpecification authorized() {
        return given().baseUri(SIM.baseUrl()).header("Authorization", "Bearer test-token");
    }
}
