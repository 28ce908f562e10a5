package io.github.pctransfers.conformance.internal.spectools;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The house rules that openapi-style-validator (run by the build in the validate phase) has no rule for:
 * documented error responses on every operation, a description on every parameter, header and schema property,
 * declared and described tags and no unused components. The operation rules (operationId, summary,
 * description, tags) are checked here too, so this class alone states the whole ruleset. A repeated operationId
 * needs no rule: {@link SpecDocument} already rejects it as an invalid document.
 * The same rules are written for Redocly in {@code openapi/lint/redocly.yaml}.
 */
public final class SpecRules {

    /** A rule broken at one place of the document. */
    public record Finding(String rule, String location, String message) {
        @Override
        public String toString() {
            return "[" + rule + "] " + location + ": " + message;
        }
    }

    /** The rule {@code operation-metadata}. */
    public static final String OPERATION_METADATA = "operation-metadata";
    /** The rule {@code tag-declared}. */
    public static final String TAG_DECLARED = "tag-declared";
    /** The rule {@code error-responses}. */
    public static final String ERROR_RESPONSES = "error-responses";
    /** The rule {@code parameter-description}. */
    public static final String PARAMETER_DESCRIPTION = "parameter-description";
    /** The rule {@code header-description}. */
    public static final String HEADER_DESCRIPTION = "header-description";
    /** The rule {@code property-description}. */
    public static final String PROPERTY_DESCRIPTION = "property-description";
    /** The rule {@code no-unused-components}. */
    public static final String NO_UNUSED_COMPONENTS = "no-unused-components";

    /** Every operation documents these statuses, each with a description and an error body schema. */
    public static final List<String> REQUIRED_ERROR_STATUSES = List.of("400", "401", "403", "404", "409", "429", "5XX");

    private final SpecDocument spec;
    private final List<Finding> findings = new ArrayList<>();

    private SpecRules(SpecDocument spec) {
        this.spec = spec;
    }

    /**
     * All findings for the document, in a stable order; empty when it follows every rule.
     *
     * @param spec the spec
     * @return all findings for the document, in a stable order; empty when it follows every rule
     */
    public static List<Finding> check(SpecDocument spec) {
        SpecRules rules = new SpecRules(spec);
        rules.checkOperations();
        rules.checkComponentDescriptions();
        rules.checkUnusedComponents();
        return List.copyOf(rules.findings);
    }

    private void checkOperations() {
        Map<String, String> declaredTags = new LinkedHashMap<>();
        if (spec.model().getTags() != null) {
            for (Tag tag : spec.model().getTags()) {
                declaredTags.put(tag.getName(), tag.getDescription());
                if (isBlank(tag.getDescription())) {
                    report(TAG_DECLARED, "tags." + tag.getName(), "tag has no description");
                }
            }
        }
        for (SpecDocument.OperationEntry entry : spec.operations()) {
            Operation operation = entry.operation();
            String at = entry.label();
            requireText(OPERATION_METADATA, at, "operationId", operation.getOperationId());
            requireText(OPERATION_METADATA, at, "summary", operation.getSummary());
            requireText(OPERATION_METADATA, at, "description", operation.getDescription());
            if (operation.getTags() == null || operation.getTags().isEmpty()) {
                report(OPERATION_METADATA, at, "no tags");
            } else {
                for (String tag : operation.getTags()) {
                    if (!declaredTags.containsKey(tag)) {
                        report(TAG_DECLARED, at, "tag " + tag + " is not declared in the top-level tags");
                    }
                }
            }
            // Referenced parameters, responses and headers are checked once, under components.
            for (List<Parameter> parameters : Arrays.asList(entry.pathItem().getParameters(), operation.getParameters())) {
                for (Parameter parameter : nullToEmpty(parameters)) {
                    if (parameter.get$ref() == null) {
                        checkParameter(at + " parameter " + parameter.getName() + " (" + parameter.getIn() + ")",
                                parameter);
                    }
                }
            }
            if (operation.getRequestBody() != null && operation.getRequestBody().get$ref() == null) {
                checkContent(at + " request body", operation.getRequestBody().getContent());
            }
            checkResponses(entry);
        }
    }

    private void checkResponses(SpecDocument.OperationEntry entry) {
        Map<String, ApiResponse> responses = entry.operation().getResponses() == null
                ? Map.of() : entry.operation().getResponses();
        for (String status : REQUIRED_ERROR_STATUSES) {
            ApiResponse response = responses.get(status);
            if (response == null) {
                report(ERROR_RESPONSES, entry.label(), "no documented " + status + " response");
                continue;
            }
            if (!hasSchema(spec.resolve(response).getContent())) {
                report(ERROR_RESPONSES, entry.label() + " response " + status, "no error body schema");
            }
        }
        responses.forEach((status, response) -> {
            String at = entry.label() + " response " + status;
            if (response.get$ref() == null) {
                requireText(ERROR_RESPONSES, at, "description", response.getDescription());
                checkHeaders(at, response.getHeaders());
                checkContent(at, response.getContent());
            }
        });
    }

    private void checkComponentDescriptions() {
        Components components = spec.model().getComponents();
        if (components == null) {
            return;
        }
        spec.componentSchemas().forEach((name, schema) -> checkSchema("components.schemas." + name, schema));
        if (components.getParameters() != null) {
            components.getParameters().forEach((name, parameter) ->
                    checkParameter("components.parameters." + name, parameter));
        }
        if (components.getHeaders() != null) {
            components.getHeaders().forEach((name, header) -> requireText(HEADER_DESCRIPTION,
                    "components.headers." + name, "description", header.getDescription()));
        }
        if (components.getResponses() != null) {
            components.getResponses().forEach((name, response) -> {
                String at = "components.responses." + name;
                requireText(ERROR_RESPONSES, at, "description", response.getDescription());
                checkHeaders(at, response.getHeaders());
                checkContent(at, response.getContent());
            });
        }
    }

    private void checkParameter(String at, Parameter parameter) {
        requireText(PARAMETER_DESCRIPTION, at, "description", parameter.getDescription());
        checkSchema(at, parameter.getSchema());
    }

    private void checkHeaders(String at, Map<String, Header> headers) {
        if (headers == null) {
            return;
        }
        headers.forEach((name, header) -> {
            if (header.get$ref() == null) {
                requireText(HEADER_DESCRIPTION, at + " header " + name, "description", header.getDescription());
            }
        });
    }

    private void checkContent(String at, Content content) {
        if (content == null) {
            return;
        }
        content.forEach((mediaType, media) -> checkSchema(at + " " + mediaType, media.getSchema()));
    }

    /** Every property of an inline schema is described, directly or by the component schema it references. */
    private void checkSchema(String at, Schema<?> schema) {
        if (schema == null || schema.get$ref() != null) {
            return; // component schemas are checked once, under their own name
        }
        SpecDocument.properties(schema).forEach((name, property) -> {
            String propertyAt = at + "." + name;
            String description = property.get$ref() == null
                    ? property.getDescription() : spec.resolve(property).getDescription();
            requireText(PROPERTY_DESCRIPTION, propertyAt, "description", description);
            checkSchema(propertyAt, property);
        });
        checkSchema(at + "[]", schema.getItems());
        if (schema.getAdditionalProperties() instanceof Schema<?> additional) {
            checkSchema(at + "{}", additional);
        }
        SpecDocument.compositionBranches(schema).forEach(branch -> checkSchema(at, branch));
    }

    /**
     * A component is used when a {@code $ref} reaches it from outside {@code components}, directly or through
     * other used components. Security schemes are used by name from a security requirement.
     */
    private void checkUnusedComponents() {
        JsonNode components = spec.tree().path("components");
        Set<String> reached = new HashSet<>();
        Deque<JsonNode> pending = new ArrayDeque<>();
        spec.tree().properties().forEach(field -> {
            if (!field.getKey().equals("components")) {
                pending.add(field.getValue());
            }
        });
        while (!pending.isEmpty()) {
            for (String ref : refsIn(pending.pop())) {
                if (ref.startsWith("#/components/") && reached.add(ref)) {
                    pending.add(spec.tree().at(ref.substring(1)));
                }
            }
        }
        Set<String> usedSchemes = new HashSet<>();
        List<SecurityRequirement> requirements = new ArrayList<>(nullToEmpty(spec.model().getSecurity()));
        spec.operations().forEach(entry -> requirements.addAll(nullToEmpty(entry.operation().getSecurity())));
        requirements.forEach(requirement -> usedSchemes.addAll(requirement.keySet()));

        components.properties().forEach(kind -> kind.getValue().fieldNames().forEachRemaining(name -> {
            boolean used = kind.getKey().equals("securitySchemes")
                    ? usedSchemes.contains(name)
                    : reached.contains("#/components/" + kind.getKey() + "/" + name);
            if (!used) {
                report(NO_UNUSED_COMPONENTS, "components." + kind.getKey() + "." + name, "never referenced");
            }
        }));
    }

    private static List<String> refsIn(JsonNode node) {
        List<String> refs = new ArrayList<>();
        Deque<JsonNode> pending = new ArrayDeque<>();
        pending.add(node);
        while (!pending.isEmpty()) {
            JsonNode current = pending.pop();
            if (current.isObject()) {
                JsonNode ref = current.get("$ref");
                if (ref != null && ref.isTextual()) {
                    refs.add(ref.asText());
                }
                for (Iterator<JsonNode> it = current.elements(); it.hasNext(); ) {
                    pending.add(it.next());
                }
            } else if (current.isArray()) {
                current.forEach(pending::add);
            }
        }
        return refs;
    }

    private static boolean hasSchema(Content content) {
        if (content == null || content.isEmpty()) {
            return false;
        }
        for (MediaType media : content.values()) {
            if (media.getSchema() == null) {
                return false;
            }
        }
        return true;
    }

    private void requireText(String rule, String at, String field, String value) {
        if (isBlank(value)) {
            report(rule, at, "no " + field);
        }
    }

    private void report(String rule, String location, String message) {
        findings.add(new Finding(rule, location, message));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static <T> List<T> nullToEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
