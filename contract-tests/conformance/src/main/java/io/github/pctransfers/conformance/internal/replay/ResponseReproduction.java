package io.github.pctransfers.conformance.internal.replay;

import static io.github.pctransfers.client.http.PartnerCenterHeaders.MS_CORRELATION_ID;
import static io.github.pctransfers.client.http.PartnerCenterHeaders.MS_REQUEST_ID;
import static io.github.pctransfers.client.http.PartnerCenterHeaders.RETRY_AFTER;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.pctransfers.client.errors.AuthenticationException;
import io.github.pctransfers.client.errors.BadRequestException;
import io.github.pctransfers.client.errors.ConflictException;
import io.github.pctransfers.client.errors.NotFoundException;
import io.github.pctransfers.client.errors.PermissionDeniedException;
import io.github.pctransfers.client.errors.PreconditionFailedException;
import io.github.pctransfers.client.errors.RateLimitException;
import io.github.pctransfers.client.errors.ServerException;
import io.github.pctransfers.client.errors.TransfersApiException;
import io.github.pctransfers.conformance.Check;
import io.github.pctransfers.conformance.Finding;
import io.github.pctransfers.conformance.http.HttpExample;
import io.github.pctransfers.conformance.internal.Json;
import io.github.pctransfers.conformance.internal.Text;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks that what the client returned, or threw, reproduces the documented response.
 *
 * <p>A 2xx response: every documented property must land in a typed model property (read with the strict mapper),
 * and the value the client returned, written back with the client's own mapper, must be semantically equal to the
 * documented body ({@link JsonDiff}: timestamps compared as instants). A withdraw returns nothing, and the
 * documented 204 has no body.
 *
 * <p>An error response: the client must throw the typed exception for the status (400 {@link BadRequestException},
 * 401 {@link AuthenticationException}, 403 {@link PermissionDeniedException}, 404 {@link NotFoundException},
 * 409 {@link ConflictException}, 412 {@link PreconditionFailedException}, 429 {@link RateLimitException}, 5xx
 * {@link ServerException}) carrying the status, the error code and description of the body, the MS-RequestId and
 * MS-CorrelationId the response echoes, the raw body unchanged, and for 429 the Retry-After wait; the body must
 * also read strictly into the error model.
 */
public final class ResponseReproduction {
    /** The prefix of this check's message keys, {@code conformance.response.}. */
    public static final String KEY_PREFIX = "conformance.response.";

    private ResponseReproduction() {
    }

    /**
     * The exception type the client must throw for an error status.
     *
     * @param status the status
     * @return the exception type the client must throw for an error status
     */
    public static Class<? extends TransfersApiException> expectedErrorType(int status) {
        switch (status) {
            case 400:
                return BadRequestException.class;
            case 401:
                return AuthenticationException.class;
            case 403:
                return PermissionDeniedException.class;
            case 404:
                return NotFoundException.class;
            case 409:
                return ConflictException.class;
            case 412:
                return PreconditionFailedException.class;
            case 429:
                return RateLimitException.class;
            default:
                return status >= 500 && status <= 599 ? ServerException.class : TransfersApiException.class;
        }
    }

    /**
     * Compares the outcome of a replay with the documented response.
     *
     * @param caseName the case name
     * @param check the check
     * @param response the response
     * @param documentedBody the body to expect (the documented one, or its corrected copy)
     * @param resultType     the model of a 2xx body, empty when the operation returns nothing
     * @param outcome the outcome
     * @param clientMapper   the client's own mapper, used to write back what it returned
     * @return the list
     */
    public static List<Finding> compare(String caseName, Check check, HttpExample response, String documentedBody,
            Optional<JavaType> resultType, ReplayOutcome outcome, ObjectMapper clientMapper) {
        List<Finding> out = new ArrayList<>();
        if (!outcome.called()) {
            out.add(finding(caseName, check, "notCalled", null, null, null,
                    "no facade method could be called: " + outcome.planProblem()));
            return out;
        }
        if (response.status() >= 200 && response.status() <= 299) {
            success(caseName, check, documentedBody, resultType, outcome, clientMapper, out);
        } else {
            error(caseName, check, response, documentedBody, outcome, out);
        }
        return out;
    }

    private static void success(String caseName, Check check, String documentedBody, Optional<JavaType> resultType,
            ReplayOutcome outcome, ObjectMapper clientMapper, List<Finding> out) {
        boolean documentedHasBody = documentedBody != null && !documentedBody.isBlank();
        if (resultType.isPresent() && documentedHasBody) {
            strictRead(caseName, check, documentedBody, resultType.get(), out);
        }
        if (outcome.thrown() != null) {
            out.add(finding(caseName, check, "clientFailed", null, "a value", describe(outcome.thrown()),
                    "the client threw on a documented success response"));
            return;
        }
        if (resultType.isEmpty()) {
            if (documentedHasBody) {
                out.add(finding(caseName, check, "bodyIgnored", "", null, null,
                        "the response has a body but the facade method returns nothing"));
            }
            return;
        }
        if (!documentedHasBody) {
            out.add(finding(caseName, check, "bodyMissing", "", null, null,
                    "the facade method returns a value but the documented response has no body"));
            return;
        }
        JsonNode expected;
        try {
            expected = Json.readTree(documentedBody);
        } catch (JsonProcessingException e) {
            out.add(finding(caseName, check, "documentedNotJson", "", null, null,
                    "the documented body is not JSON: " + e.getOriginalMessage()));
            return;
        }
        JsonNode actual = clientMapper.valueToTree(outcome.value());
        for (JsonDiff.Difference d : JsonDiff.compare(expected, actual)) {
            out.add(finding(caseName, check, "notReproduced." + d.kind().name().toLowerCase(Locale.ROOT),
                    d.pointer(), d.expected(), d.actual(),
                    "the value the client returned, written back, differs from the documented body: " + d));
        }
    }

    private static void error(String caseName, Check check, HttpExample response, String documentedBody,
            ReplayOutcome outcome, List<Finding> out) {
        int status = response.status();
        Class<? extends TransfersApiException> expectedType = expectedErrorType(status);
        if (!(outcome.thrown() instanceof TransfersApiException)) {
            out.add(finding(caseName, check, "error.type", null, expectedType.getSimpleName(),
                    outcome.thrown() == null ? "no exception (returned " + outcome.value() + ")"
                            : describe(outcome.thrown()),
                    "the client did not throw the typed exception for HTTP " + status));
            return;
        }
        TransfersApiException e = (TransfersApiException) outcome.thrown();
        if (e.getClass() != expectedType) {
            out.add(finding(caseName, check, "error.type", null, expectedType.getSimpleName(),
                    e.getClass().getSimpleName(), "the client threw another exception type for HTTP " + status));
        }
        expectEqual(caseName, check, "error.status", "statusCode()", String.valueOf(status),
                String.valueOf(e.statusCode()), out);
        JsonNode body = Json.parseQuietly(documentedBody);
        if (body != null && body.isObject()) {
            JsonNode code = body.has("code") ? body.get("code") : body.get("statusCode");
            JsonNode description = body.has("description") ? body.get("description") : body.get("message");
            expectEqual(caseName, check, "error.code", "errorCode()", code == null ? null : code.asText(),
                    e.errorCode().orElse(null), out);
            expectEqual(caseName, check, "error.description", "error().description()",
                    description == null ? null : description.asText(),
                    e.error().map(err -> err.description()).orElse(null), out);
            strictRead(caseName, check, documentedBody, FacadeCalls.errorType(status), out);
        }
        response.header(MS_REQUEST_ID).ifPresent(id ->
                expectEqual(caseName, check, "error.requestId", "requestId()", id, e.requestId(), out));
        response.header(MS_CORRELATION_ID).ifPresent(id ->
                expectEqual(caseName, check, "error.correlationId", "correlationId()", id, e.correlationId(), out));
        String sentBody = outcome.reply().body();
        if (!Objects.equals(sentBody, e.rawBody())) {
            out.add(finding(caseName, check, "error.rawBody", "rawBody()", Text.abbreviate(sentBody, 80),
                    Text.abbreviate(e.rawBody(), 80), "the exception does not keep the raw body as received"));
        }
        if (status == 429) {
            Optional<Duration> expectedWait = response.header(RETRY_AFTER).map(v -> Duration.ofSeconds(
                    Long.parseLong(v.strip())));
            Optional<Duration> wait = e instanceof RateLimitException ? ((RateLimitException) e).retryAfter()
                    : Optional.empty();
            if (!expectedWait.equals(wait)) {
                out.add(finding(caseName, check, "error.retryAfter", "retryAfter()",
                        expectedWait.map(Duration::toString).orElse("none"), wait.map(Duration::toString)
                                .orElse("none"), "the exception does not carry the Retry-After wait"));
            }
        }
    }

    private static void strictRead(String caseName, Check check, String body, JavaType type, List<Finding> out) {
        StrictMapping.Result strict = StrictMapping.read(body, type);
        for (String pointer : strict.unknownProperties()) {
            out.add(finding(caseName, check, "untypedProperty", pointer, "a property of "
                    + type.getRawClass().getSimpleName(), null,
                    "a documented property lands in no typed model property (the strict mapper rejects it)"));
        }
        if (strict.failure() != null) {
            out.add(finding(caseName, check, "strictReadFailed", strict.failurePointer(),
                    type.getRawClass().getSimpleName(), null, "the strict mapper cannot read the documented body: "
                            + strict.failure()));
        }
    }

    private static void expectEqual(String caseName, Check check, String key, String accessor, String expected,
            String actual, List<Finding> out) {
        if (!Objects.equals(expected, actual)) {
            out.add(finding(caseName, check, key, accessor, expected, actual,
                    "the exception's " + accessor + " differs from the documented response"));
        }
    }

    private static String describe(Throwable t) {
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }

    private static Finding finding(String caseName, Check check, String key, String pointer, String expected,
            String found, String message) {
        return Finding.of(caseName, check, KEY_PREFIX + key, pointer, expected, found, message);
    }
}
