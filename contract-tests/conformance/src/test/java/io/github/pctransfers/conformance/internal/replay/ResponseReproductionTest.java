package io.github.pctransfers.conformance.internal.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.pctransfers.client.errors.ConflictException;
import io.github.pctransfers.client.errors.NotFoundException;
import io.github.pctransfers.client.errors.PartnerCenterErrorBody;
import io.github.pctransfers.client.model.TransferEntity;
import io.github.pctransfers.client.model.TransfersJson;
import io.github.pctransfers.conformance.Check;
import io.github.pctransfers.conformance.Finding;
import io.github.pctransfers.conformance.cases.ExampleCase;
import io.github.pctransfers.conformance.internal.cases.ExampleCaseLoader;
import io.github.pctransfers.conformance.cases.ExampleCases;
import io.github.pctransfers.conformance.cases.OpenApiBundle;
import io.github.pctransfers.conformance.http.HttpExample;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The comparison behind "client reproduces the documented response", shown to catch what a client gets wrong. */
class ResponseReproductionTest {
    private static final ObjectMapper CLIENT_MAPPER = TransfersJson.newObjectMapper();
    private static ExampleCase getById;
    private static ExampleCase notFound;

    @BeforeAll
    static void loadCases() {
        try (OpenApiBundle bundle = OpenApiBundle.fromClasspath()) {
            ExampleCases cases = ExampleCaseLoader.load(bundle);
            getById = cases.byName("get-transfer-by-id").orElseThrow();
            notFound = cases.byName("authored-get-transfer-404-transfer-not-found").orElseThrow();
        }
    }

    @Test
    void theDocumentedEntityReadBackReproducesTheBody() throws Exception {
        TransferEntity value = CLIENT_MAPPER.readValue(getById.response().body(), TransferEntity.class);

        assertThat(compareSuccess(getById.response().body(), value)).isEmpty();
    }

    @Test
    void aPropertyTheClientDropsIsReported() throws Exception {
        // A client that lost two properties on the way in: the models are read-only, so the loss is made in the
        // JSON they are read from.
        ObjectNode lossy = (ObjectNode) CLIENT_MAPPER.readTree(getById.response().body());
        ((ObjectNode) lossy.get("lineItems").get(1)).remove("friendlyName");
        lossy.remove("status");
        TransferEntity value = CLIENT_MAPPER.treeToValue(lossy, TransferEntity.class);

        assertThat(compareSuccess(getById.response().body(), value)).extracting(Finding::messageKey, Finding::pointer)
                .containsExactly(
                        // the client never writes an unset property, required or not
                        tuple("conformance.response.notReproduced.missing", "/status"),
                        tuple("conformance.response.notReproduced.missing", "/lineItems/1/friendlyName"));
    }

    @Test
    void everyPropertyWithoutATypedModelPropertyIsReported() throws Exception {
        String body = getById.response().body().replaceFirst("\\{", "{\"surprise\": 1, ")
                .replace("\"quantity\": 1,", "\"quantity\": 1, \"seats\": 3,");
        TransferEntity value = CLIENT_MAPPER.readValue(body, TransferEntity.class);

        List<Finding> findings = compareSuccess(body, value);

        assertThat(findings).filteredOn(f -> f.messageKey().equals("conformance.response.untypedProperty"))
                .extracting(Finding::pointer)
                .containsExactly("/surprise", "/lineItems/0/seats", "/lineItems/1/seats", "/lineItems/2/seats");
        assertThat(findings).filteredOn(f -> f.messageKey().startsWith("conformance.response.notReproduced"))
                .as("the tolerant client drops them, so they are not reproduced either").hasSize(4);
    }

    @Test
    void theTypedExceptionWithTheDocumentedDetailsReproducesAnError() {
        HttpExample response = notFound.response();

        assertThat(compareError(response, notFoundAsThrown(response, response.body()))).isEmpty();
    }

    @Test
    void aWrongExceptionTypeOrLostRawBodyIsReported() {
        HttpExample response = notFound.response();
        NotFoundException lostBody = notFoundAsThrown(response, "");
        ConflictException wrongType = new ConflictException(Map.of(), response.header("MS-RequestId").get(),
                response.header("MS-CorrelationId").get(), errorBody(response), response.body());

        assertThat(compareError(response, lostBody)).extracting(Finding::messageKey)
                .containsExactly("conformance.response.error.rawBody");
        assertThat(compareError(response, wrongType)).extracting(Finding::messageKey)
                .containsExactly("conformance.response.error.type", "conformance.response.error.status");
    }

    private static List<Finding> compareSuccess(String body, Object value) {
        ReplayOutcome outcome = new ReplayOutcome("getTransfer", null, List.of(), value, null,
                new StubReply(200, getById.response().headers(), body));
        return ResponseReproduction.compare("case", Check.CLIENT_REPRODUCES_DOCUMENTED_RESPONSE, getById.response(),
                body, FacadeCalls.resultType("getTransfer"), outcome, CLIENT_MAPPER);
    }

    private static List<Finding> compareError(HttpExample response, RuntimeException thrown) {
        ReplayOutcome outcome = new ReplayOutcome("getTransfer", null, List.of(), null, thrown,
                new StubReply(response.status(), response.headers(), response.body()));
        return ResponseReproduction.compare("case", Check.CLIENT_REPRODUCES_DOCUMENTED_RESPONSE, response,
                response.body(), FacadeCalls.resultType("getTransfer"), outcome, CLIENT_MAPPER);
    }

    private static NotFoundException notFoundAsThrown(HttpExample response, String rawBody) {
        return new NotFoundException(Map.of(), response.header("MS-RequestId").get(),
                response.header("MS-CorrelationId").get(), errorBody(response), rawBody);
    }

    private static PartnerCenterErrorBody errorBody(HttpExample response) {
        try {
            var node = CLIENT_MAPPER.readTree(response.body());
            return new PartnerCenterErrorBody(node.get("code").asText(), node.get("description").asText(), List.of(),
                    node.get("source").asText());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
