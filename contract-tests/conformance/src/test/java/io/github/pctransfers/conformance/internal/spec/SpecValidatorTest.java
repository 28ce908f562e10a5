package io.github.pctransfers.conformance.internal.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.pctransfers.conformance.Check;
import io.github.pctransfers.conformance.Finding;
import io.github.pctransfers.conformance.Fixtures;
import io.github.pctransfers.conformance.TestSpec;
import io.github.pctransfers.conformance.http.HttpExample;
import io.github.pctransfers.conformance.internal.http.HttpExampleParser;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpecValidatorTest {
    private static final HttpExample GET_TRANSFER = request("get-transfer-with-request-id-not-a-guid.http");

    private final SpecValidator validator = TestSpec.validator();

    @Test
    void requestWithoutBearerTokenIsReportedDespiteTheValidatorIgnoringDocumentSecurity() {
        List<Finding> withoutAuthorization = validateRequest("get-transfer-without-authorization.http");
        List<Finding> withBasic = validateRequest("get-transfer-with-basic-authorization.http");

        assertThat(withoutAuthorization).extracting(Finding::messageKey)
                .containsExactly("validation.request.security.missing");
        assertThat(withoutAuthorization.get(0).message()).contains("bearerAuth (Authorization: bearer ...)");
        assertThat(withBasic).extracting(Finding::messageKey).containsExactly("validation.request.security.missing");
    }

    @Test
    void bodyWithoutContentTypeIsReportedAndStillValidated() {
        List<Finding> findings = validateRequest("reject-without-content-type-id-not-a-string.http");

        assertThat(findings).extracting(Finding::messageKey, Finding::pointer).containsExactly(
                tuple(SpecValidator.MISSING_REQUEST_CONTENT_TYPE, "header:Content-Type"),
                tuple("validation.request.body.schema.type", "/id"));
        assertThat(findings.get(1).found()).isEqualTo("123");
    }

    @Test
    void headerParameterIsCheckedAgainstItsSchema() {
        List<Finding> findings = validateRequest("get-transfer-with-request-id-not-a-guid.http");

        assertThat(findings).extracting(Finding::messageKey, Finding::pointer).containsExactly(
                tuple("validation.request.parameter.schema.pattern", "header:MS-RequestId"));
    }

    @Test
    void requestToAPathOutsideTheSpecIsReported() {
        assertThat(validateRequest("get-unknown-path.http")).extracting(Finding::messageKey)
                .contains(SpecValidator.UNKNOWN_OPERATION, "validation.request.path.missing");
    }

    @Test
    void dotNetDateTimesWithSevenFractionalDigitsAndOffsetsAreValid() {
        assertThat(validateResponse("transfer-with-dotnet-date-times.http")).isEmpty();
    }

    @Test
    void dateTimeWithoutOffsetIsNotRfc3339() {
        List<Finding> findings = validateResponse("transfer-with-date-time-without-offset.http");

        assertThat(findings).extracting(Finding::messageKey, Finding::pointer).containsExactly(
                tuple("validation.response.body.schema.format.date-time",
                        "/createdTime"));
    }

    @Test
    void responseBodyWithoutContentTypeIsReportedAndStillValidated() {
        List<Finding> findings = validateResponse("transfer-without-content-type-status-not-a-string.http");

        assertThat(findings).extracting(Finding::messageKey).containsExactly(
                SpecValidator.MISSING_RESPONSE_CONTENT_TYPE, "validation.response.body.schema.type");
    }

    @Test
    void errorCodeMayBeANumberOrAStringButNothingElse() {
        assertThat(validateResponse("error-with-string-code.http")).isEmpty();
        assertThat(validateResponse("error-with-boolean-code.http")).extracting(Finding::messageKey, Finding::pointer)
                .containsExactly(tuple("validation.response.body.schema.oneOf", "/code"));
    }

    @Test
    void aCreateMustBeCompleteForExactlyOneOfItsTwoShapes() {
        assertThat(validateRequest("create-new-commerce-complete.http")).isEmpty();
        assertThat(validateRequest("create-legacy-without-line-items.http")).extracting(Finding::messageKey)
                .containsExactly("validation.request.body.schema.oneOf");
        assertThat(validateRequest("create-complete-for-both-shapes.http")).extracting(Finding::messageKey)
                .containsExactly("validation.request.body.schema.oneOf");
    }

    @Test
    void retryAfterIsDelaySecondsOrAnHttpDate() {
        assertThat(validateResponse("throttled-with-http-date.http")).isEmpty();
        assertThat(validateResponse("throttled-with-retry-after-neither-seconds-nor-a-date.http"))
                .extracting(Finding::messageKey).containsExactly("validation.response.header.schema.oneOf");
    }

    @Test
    void anIdThatIsPassedBackMustBeAGuid() {
        assertThat(validateResponse("transfer-with-subscription-id-not-a-guid.http"))
                .extracting(Finding::messageKey, Finding::pointer)
                .contains(tuple("validation.response.body.schema.format.uuid", "/lineItems/0/subscriptionId"));
    }

    @Test
    void undocumentedStatusIsReported() {
        assertThat(validateResponse("undocumented-status.http")).extracting(Finding::messageKey)
                .containsExactly("validation.response.status.unknown");
    }

    private List<Finding> validateRequest(String fixture) {
        return validator.validateRequest("fixture", Check.REQUEST_MATCHES_SPEC, request(fixture));
    }

    private List<Finding> validateResponse(String fixture) {
        HttpExample response = HttpExampleParser.parseResponse(Fixtures.read("spec-validator/" + fixture));
        return validator.validateResponse("fixture", Check.RESPONSE_MATCHES_SPEC, GET_TRANSFER, response.status(),
                response.headers(), response.body());
    }

    private static HttpExample request(String fixture) {
        return HttpExampleParser.parseRequest(Fixtures.read("spec-validator/" + fixture));
    }
}
