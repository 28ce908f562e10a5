package io.github.pctransfers.conformance.internal.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.pctransfers.conformance.TestSpec;
import io.swagger.v3.oas.models.media.Schema;
import org.junit.jupiter.api.Test;

class ResponseMutatorTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TransfersSpec spec = TestSpec.spec();
    private final ResponseMutator mutator = new ResponseMutator(spec.openApi());

    @Test
    void wrongTypeChangesTheFirstTypedTopLevelProperty() throws Exception {
        JsonNode body = JSON.readTree("{\"status\": \"Active\", \"id\": \"t1\", \"lineItems\": []}");

        Mutation m = mutator.wrongType(body, schema("getTransfer", 200)).orElseThrow();

        assertThat(m.kind()).isEqualTo(Mutation.Kind.WRONG_TYPE);
        assertThat(m.pointer()).isEqualTo("/status");
        assertThat(m.body().get("status").isNumber()).isTrue();
        assertThat(m.expectedMessageKey()).isEqualTo("validation.response.body.schema.type");
        assertThat(m.expectedPointer()).isEqualTo("/status");
        assertThat(body.get("status").asText()).as("the original is untouched").isEqualTo("Active");
    }

    @Test
    void wrongTypeSkipsPropertiesThatAcceptSeveralTypes() throws Exception {
        JsonNode body = JSON.readTree("{\"code\": 900100, \"description\": \"not found\"}");

        Mutation m = mutator.wrongType(body, schema("getTransfer", 404)).orElseThrow();

        assertThat(m.pointer()).as("code is a number or a string: a string would still be valid")
                .isEqualTo("/description");
    }

    @Test
    void bareArraysAreMutatedInTheirFirstElement() throws Exception {
        JsonNode body = JSON.readTree("[{\"id\": \"S1\", \"isEligible\": true}, {\"id\": \"S2\", \"isEligible\": false}]");
        Schema<?> schema = schema("getTransferEligibility", 200);

        Mutation wrongType = mutator.wrongType(body, schema).orElseThrow();
        Mutation missing = mutator.missingRequired(body, schema).orElseThrow();

        assertThat(wrongType.pointer()).isEqualTo("/0/id");
        assertThat(missing.pointer()).isEqualTo("/0/id");
        assertThat(missing.expectedPointer()).as("the validator reports the object that lacks it").isEqualTo("/0");
        assertThat(missing.body().get(0).has("id")).isFalse();
        assertThat(missing.body().get(1).has("id")).isTrue();
    }

    @Test
    void aBareArrayOfStringsIsMutatedInItsFirstElementAndRequiresNothing() throws Exception {
        JsonNode body = JSON.readTree("[\"create-transfer\", \"test-created\"]");
        Schema<?> schema = schema("listWebhookEvents", 200);

        Mutation wrongType = mutator.wrongType(body, schema).orElseThrow();

        assertThat(wrongType.pointer()).isEqualTo("/0");
        assertThat(wrongType.expectedPointer()).isEqualTo("/0");
        assertThat(wrongType.body().get(0).isNumber()).isTrue();
        assertThat(wrongType.body().get(1).asText()).isEqualTo("test-created");
        assertThat(mutator.missingRequired(body, schema)).isEmpty();
        assertThat(mutator.declaresRequired(schema)).isFalse();
        assertThat(mutator.declaresRequired(schema("getTransferEligibility", 200))).isTrue();
        assertThat(mutator.declaresRequired(schema("getWebhookRegistration", 200))).isTrue();
    }

    @Test
    void missingRequiredGoesDeeperWhenTheTopHasNoRequiredProperty() throws Exception {
        JsonNode body = JSON.readTree("{\"transferErrors\": [{\"code\": 900103, \"description\": \"failed\"}]}");

        Mutation m = mutator.missingRequired(body, schema("acceptTransfer", 200)).orElseThrow();

        assertThat(m.pointer()).isEqualTo("/transferErrors/0/code");
        assertThat(m.expectedPointer()).isEqualTo("/transferErrors/0");
        assertThat(m.expectedMessageKey()).isEqualTo("validation.response.body.schema.required");
    }

    @Test
    void noMutationWhenNothingFits() throws Exception {
        JsonNode body = JSON.readTree("{\"customerName\": null}");

        assertThat(mutator.missingRequired(body, schema("getTransfer", 200))).isEmpty();
        assertThat(mutator.wrongType(body, schema("getTransfer", 200))).isEmpty();
    }

    private Schema<?> schema(String operationId, int status) {
        return spec.operation(operationId).orElseThrow().responseSchema(status).orElseThrow();
    }
}
