package io.github.pctransfers.conformance.internal.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pctransfers.conformance.TestSpec;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TransfersSpecTest {
    private static final String CUSTOMER = "/v1/customers/d6bf25b7-e0a8-4f2d-a31b-97b55cfc774d";
    private static final String TRANSFER = CUSTOMER + "/transfers/aa2bddb6-9cc8-4949-80fe-a37d5e0a13ba";

    private final TransfersSpec spec = TestSpec.spec();

    @Test
    void everyDocumentedOperationIsFoundByMethodAndPath() {
        assertThat(spec.findOperation("POST", CUSTOMER + "/transfers")).map(SpecOperation::operationId)
                .contains("createTransfer");
        assertThat(spec.findOperation("GET", CUSTOMER + "/transfers")).map(SpecOperation::operationId)
                .contains("listTransfers");
        assertThat(spec.findOperation("GET", TRANSFER)).map(SpecOperation::operationId).contains("getTransfer");
        assertThat(spec.findOperation("PATCH", TRANSFER)).map(SpecOperation::operationId).contains("updateTransfer");
        assertThat(spec.findOperation("delete", TRANSFER)).map(SpecOperation::operationId)
                .contains("withdrawTransfer");
        assertThat(spec.findOperation("POST", TRANSFER + "/accept")).map(SpecOperation::operationId)
                .contains("acceptTransfer");
        assertThat(spec.findOperation("GET", CUSTOMER + "/transferseligibility")).map(SpecOperation::operationId)
                .contains("getTransferEligibility");
        assertThat(spec.findOperation("GET", "/webhooks/v1/registration/events")).map(SpecOperation::operationId)
                .contains("listWebhookEvents");
        assertThat(spec.findOperation("POST", "/webhooks/v1/registration")).map(SpecOperation::operationId)
                .contains("createWebhookRegistration");
        assertThat(spec.findOperation("GET", "/webhooks/v1/registration")).map(SpecOperation::operationId)
                .contains("getWebhookRegistration");
        assertThat(spec.findOperation("PUT", "/webhooks/v1/registration")).map(SpecOperation::operationId)
                .contains("updateWebhookRegistration");
        assertThat(spec.findOperation("POST", "/webhooks/v1/registration/validationEvents"))
                .map(SpecOperation::operationId).contains("createWebhookValidationEvent");
        assertThat(spec.findOperation("GET",
                "/webhooks/v1/registration/validationEvents/2d8c1a4e-7b3f-4e9a-a6d1-5c0f9e8b7a61"))
                .map(SpecOperation::operationId).contains("getWebhookValidationEvent");
        assertThat(spec.operations()).hasSize(13);
    }

    @Test
    void aRequestThatFitsNoTemplateFindsNothing() {
        assertThat(spec.findOperation("PUT", TRANSFER)).isEmpty();
        assertThat(spec.findOperation("GET", CUSTOMER + "/transfer/aa2bddb6-9cc8-4949-80fe-a37d5e0a13ba")).isEmpty();
        assertThat(spec.findOperation("GET", TRANSFER + "/")).isEmpty();
        assertThat(spec.findOperation("GET", "/customers/x/transfers")).isEmpty();
    }

    @Test
    void pathParametersAreReadByTemplateName() {
        SpecOperation accept = spec.operation("acceptTransfer").orElseThrow();

        assertThat(accept.pathParameters(TRANSFER + "/accept")).isEqualTo(Map.of(
                "customer-id", "d6bf25b7-e0a8-4f2d-a31b-97b55cfc774d",
                "transfer-id", "aa2bddb6-9cc8-4949-80fe-a37d5e0a13ba"));
        assertThatThrownBy(() -> accept.pathParameters(TRANSFER)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void responseSchemasAreFoundByStatusThenRange() {
        SpecOperation get = spec.operation("getTransfer").orElseThrow();

        assertThat(get.responseSchema(200)).get().satisfies(s -> assertThat(s.getRequired()).contains("id"));
        assertThat(get.responseSchema(503)).get()
                .satisfies(s -> assertThat(s.getProperties()).containsKeys("code", "description"));
        assertThat(get.responseSchema(429)).get()
                .satisfies(s -> assertThat(s.getProperties()).containsKeys("statusCode", "message"));
        assertThat(get.responseSchema(418)).isEmpty();
        assertThat(spec.operation("withdrawTransfer").orElseThrow().responseSchema(204)).isEmpty();
    }
}
