package io.github.pctransfers.conformance.internal.spec;

import static io.github.pctransfers.client.http.PartnerCenterHeaders.CONTENT_TYPE;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.pctransfers.conformance.Check;
import io.github.pctransfers.conformance.Finding;
import io.github.pctransfers.conformance.http.HttpExample;
import io.github.pctransfers.conformance.http.HttpHeader;
import io.github.pctransfers.conformance.internal.Json;
import io.github.pctransfers.conformance.internal.Text;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Validates documented requests and responses against the spec with swagger-request-validator, and turns every
 * error of its report into a {@link Finding}.
 *
 * <p>The underlying {@link OpenApiInteractionValidator} is built once, here, and is safe to share: build one
 * {@code SpecValidator} per spec and reuse it for every case.
 *
 * <p>Two limitations of swagger-request-validator 2.46.1 are worked around here, so that they cannot hide a problem:
 * <ul>
 *   <li>It checks only an operation's own {@code security}, ignoring the document-level {@code security} that
 *       OpenAPI applies to every operation without one. {@link DocumentLevelSecurity} checks those operations, so
 *       a request without {@code Authorization: Bearer ...} is reported
 *       ({@code validation.request.security.missing}).</li>
 *   <li>It skips the body of a message that has no {@code Content-Type}. Such a message gets a
 *       {@value #MISSING_REQUEST_CONTENT_TYPE} (or {@value #MISSING_RESPONSE_CONTENT_TYPE}) finding, and its body is
 *       then validated as {@code application/json}, the only media type of the spec.</li>
 * </ul>
 * Date-times need no help: the validator accepts 0 to 12 fractional digits and {@code Z} or {@code +00:00}, so the
 * 7-digit .NET timestamps of the examples pass, and it rejects a date-time without an offset as RFC 3339 requires.
 *
 * <p>Finding pointers are the validator's JSON pointers into the body, except that the root of a body, which the
 * validator writes {@code /}, becomes {@code ""} (the RFC 6901 pointer to the whole document), and a finding about
 * a parameter points at it as {@code <in>:<name>}, e.g. {@code header:MS-RequestId}.
 */
public final class SpecValidator {
    /** A request with a body and no Content-Type (the validator would skip the body). */
    public static final String MISSING_REQUEST_CONTENT_TYPE = "conformance.request.contentType.missing";
    /** A response with a body and no Content-Type (the validator would skip the body). */
    public static final String MISSING_RESPONSE_CONTENT_TYPE = "conformance.response.contentType.missing";
    /** A request that fits no operation of the spec. */
    public static final String UNKNOWN_OPERATION = "conformance.operation.unknown";
    private static final String ASSUMED_CONTENT_TYPE = "application/json";

    /** The schema a webhook delivery's body is checked against. */
    public static final String WEBHOOK_EVENT_SCHEMA = "WebhookEvent";
    /** The key prefix of the findings about a webhook delivery's body, e.g. {@code validation.webhook.schema.required}. */
    public static final String WEBHOOK_KEY_PREFIX = "validation.webhook";
    /** A webhook delivery checked against a spec without a {@value #WEBHOOK_EVENT_SCHEMA} schema. */
    public static final String NO_WEBHOOK_SCHEMA = "conformance.webhook.noSchema";
    /** A webhook delivery whose body is not a JSON object. */
    public static final String WEBHOOK_BODY_NOT_JSON = "conformance.webhook.bodyNotJson";

    private final TransfersSpec spec;
    private final OpenApiInteractionValidator validator;
    private final SchemaValidator schemaValidator;

    /**
     * Creates a {@code SpecValidator}.
     *
     * @param spec the spec
     */
    public SpecValidator(TransfersSpec spec) {
        this.spec = Objects.requireNonNull(spec, "spec");
        this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(spec.text())
                .withLevelResolver(LevelResolver.create().withDefaultLevel(ValidationReport.Level.ERROR).build())
                .withCustomRequestValidation(new DocumentLevelSecurity(spec.openApi()))
                .build();
        this.schemaValidator = new SchemaValidator(spec.openApi(),
                new MessageResolver(LevelResolver.create().withDefaultLevel(ValidationReport.Level.ERROR).build()));
    }

    /**
     * The spec's {@value #WEBHOOK_EVENT_SCHEMA} schema, if it has one.
     *
     * @return the spec's {@value #WEBHOOK_EVENT_SCHEMA} schema, if it has one
     */
    public Optional<Schema<?>> webhookEventSchema() {
        if (spec.openApi().getComponents() == null || spec.openApi().getComponents().getSchemas() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(spec.openApi().getComponents().getSchemas().get(WEBHOOK_EVENT_SCHEMA));
    }

    /**
     * Validates the body of a webhook delivery against {@code #/components/schemas/WebhookEvent}: every error of
     * the schema check becomes a finding keyed {@value #WEBHOOK_KEY_PREFIX}{@code .schema.*}. The body must already
     * be bound under the schema's tolerance ({@link ServiceTolerance}), if any.
     *
     * @param caseName the case name
     * @param check the check
     * @param body the body bytes
     * @return validates the body of a webhook delivery against {@code #/components/schemas/WebhookEvent}: every error of the schema check becomes a finding keyed {@value #WEBHOOK_KEY_PREFIX}{@code .schema.*}
     */
    public List<Finding> validateWebhookEvent(String caseName, Check check, String body) {
        Optional<Schema<?>> schema = webhookEventSchema();
        if (schema.isEmpty()) {
            return List.of(Finding.of(caseName, check, NO_WEBHOOK_SCHEMA, null, "#/components/schemas/"
                    + WEBHOOK_EVENT_SCHEMA, null, "the request is a webhook delivery, and the spec has no "
                    + WEBHOOK_EVENT_SCHEMA + " schema to check it against"));
        }
        JsonNode tree = Json.parseQuietly(body);
        if (tree == null || !tree.isObject()) {
            return List.of(Finding.of(caseName, check, WEBHOOK_BODY_NOT_JSON, "", "a JSON object",
                    Text.abbreviate(body == null ? "" : body, 80), "the webhook delivery's body is not a JSON object"));
        }
        // The schema validator prefixes its keys with "validation.": "webhook" gives validation.webhook.schema.*.
        return toFindings(caseName, check, schemaValidator.validate(body, schema.get(), "webhook"), body);
    }

    /** {@return the spec} */
    public TransfersSpec spec() {
        return spec;
    }

    /**
     * Validates a request: path and method, parameters, headers, security, content type and body. A request that
     * fits no operation of the spec gives a {@code conformance.operation.unknown} finding.
     *
     * @param caseName the case name
     * @param check the check
     * @param request the request
     * @return the list
     */
    public List<Finding> validateRequest(String caseName, Check check, HttpExample request) {
        List<Finding> findings = new ArrayList<>();
        if (!isHttpMethod(request.method())) {
            findings.add(Finding.of(caseName, check, UNKNOWN_OPERATION, "method", "an HTTP method",
                    request.method(), "the request's method is not an HTTP method the spec can describe"));
            return findings;
        }
        if (spec.findOperation(request.method(), request.path()).isEmpty()) {
            findings.add(Finding.of(caseName, check, UNKNOWN_OPERATION, null,
                    "an operation of the spec", request.method() + " " + request.path(),
                    "no operation of the spec has this method and a path template this path fits"));
        }
        SimpleRequest.Builder b = new SimpleRequest.Builder(request.method(), request.path());
        for (HttpHeader h : request.headers()) {
            b.withHeader(h.name(), h.value());
        }
        if (request.hasBody() && request.header(CONTENT_TYPE).isEmpty()) {
            findings.add(Finding.of(caseName, check, MISSING_REQUEST_CONTENT_TYPE, "header:" + CONTENT_TYPE,
                    ASSUMED_CONTENT_TYPE, null, "the request has a body but no Content-Type; the body was validated"
                            + " as " + ASSUMED_CONTENT_TYPE));
            b.withContentType(ASSUMED_CONTENT_TYPE);
        }
        for (Map.Entry<String, List<String>> q : request.queryParameters().entrySet()) {
            b.withQueryParam(q.getKey(), q.getValue());
        }
        if (request.hasBody()) {
            b.withBody(request.body());
        }
        findings.addAll(toFindings(caseName, check, validator.validateRequest(b.build()), request.body()));
        return findings;
    }

    /**
     * Validates a response to a request: status, headers, content type and body.
     *
     * @param caseName the case name
     * @param check the check
     * @param request the request
     * @param status the status
     * @param headers the response headers
     * @param body the body to validate (the documented one, a corrected one, or a mutated copy)
     * @return the list
     */
    public List<Finding> validateResponse(String caseName, Check check, HttpExample request, int status,
            List<HttpHeader> headers, String body) {
        List<Finding> findings = new ArrayList<>();
        SimpleResponse.Builder b = new SimpleResponse.Builder(status);
        boolean hasContentType = false;
        for (HttpHeader h : headers) {
            b.withHeader(h.name(), h.value());
            hasContentType |= h.is(CONTENT_TYPE);
        }
        if (body != null && !body.isEmpty()) {
            b.withBody(body);
            if (!hasContentType) {
                findings.add(Finding.of(caseName, check, MISSING_RESPONSE_CONTENT_TYPE, "header:" + CONTENT_TYPE,
                        ASSUMED_CONTENT_TYPE, null, "the response has a body but no Content-Type; the body was"
                                + " validated as " + ASSUMED_CONTENT_TYPE));
                b.withContentType(ASSUMED_CONTENT_TYPE);
            }
        }
        Request.Method method = Request.Method.valueOf(request.method().toUpperCase(Locale.ROOT));
        findings.addAll(toFindings(caseName, check, validator.validateResponse(request.path(), method, b.build()),
                body));
        return findings;
    }

    private static boolean isHttpMethod(String method) {
        for (Request.Method m : Request.Method.values()) {
            if (m.name().equals(method)) {
                return true;
            }
        }
        return false;
    }

    private static List<Finding> toFindings(String caseName, Check check, ValidationReport report, String body) {
        // The body's tree only serves to quote values at finding pointers: parsed once, and only if needed.
        JsonNode tree = null;
        boolean parsed = false;
        List<Finding> findings = new ArrayList<>();
        for (ValidationReport.Message m : report.getMessages()) {
            if (m.getLevel() != ValidationReport.Level.ERROR) {
                continue;
            }
            String pointer = m.getContext()
                    .flatMap(ValidationReport.MessageContext::getPointers)
                    .map(ValidationReport.MessageContext.Pointers::getInstance)
                    .orElse(null);
            String schemaPointer = m.getContext()
                    .flatMap(ValidationReport.MessageContext::getPointers)
                    .map(ValidationReport.MessageContext.Pointers::getSchema)
                    .orElse(null);
            if ("/".equals(pointer) && (m.getKey().contains(".body.") || m.getKey().startsWith(WEBHOOK_KEY_PREFIX))) {
                pointer = "";
            }
            Optional<Parameter> parameter = m.getContext().flatMap(ValidationReport.MessageContext::getParameter);
            if (parameter.isPresent()) {
                // A parameter's value is not a body: say which parameter, as "header:MS-RequestId".
                pointer = parameter.get().getIn() + ":" + parameter.get().getName();
            }
            // The value at the pointer, except for the whole body (the report would repeat it).
            if (!parsed && pointer != null && !pointer.isEmpty()) {
                tree = Json.parseQuietly(body);
                parsed = true;
            }
            String found = pointer == null || pointer.isEmpty() || tree == null ? null : valueAt(tree, pointer);
            StringBuilder text = new StringBuilder(Text.oneLine(m.getMessage()));
            for (String info : m.getAdditionalInfo()) {
                text.append(" (").append(info).append(')');
            }
            for (ValidationReport.Message nested : m.getNestedMessages()) {
                text.append(" [").append(nested.getMessage()).append(']');
            }
            findings.add(Finding.of(caseName, check, m.getKey(), pointer, schemaPointer == null ? null
                    : "schema " + (schemaPointer.isEmpty() ? "(root)" : schemaPointer), found, text.toString()));
        }
        return findings;
    }

    private static String valueAt(JsonNode tree, String pointer) {
        try {
            JsonNode node = tree.at(JsonPointer.compile(pointer));
            return node.isMissingNode() ? null : node.toString();
        } catch (IllegalArgumentException badPointer) {
            return null;
        }
    }
}
