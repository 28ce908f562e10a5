package io.github.pctransfers.conformance.internal.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.pctransfers.conformance.internal.Json;
import io.github.pctransfers.conformance.internal.Text;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What the service accepts in a request body beyond the letter of its schema, as the spec declares it with the
 * extension {@value #EXTENSION} on an operation's {@code requestBody} (or on the operation, or on the body's schema;
 * on the {@code WebhookEvent} schema for webhook deliveries):
 *
 * <pre>
 * x-tolerated-by-service:
 *   propertyNameCase: insensitive   # SourcePartnerTenantId binds to sourcePartnerTenantId
 *   nullForOptional: ignored        # "customerName": null is as if the property were absent
 * </pre>
 *
 * <p>Production .NET clients of Partner Center send PascalCase names and explicit nulls, and the service binds them.
 * {@link #bind} rewrites such a body into the one the schema describes, and says what it rewrote, so that a gate can
 * report each deviation as tolerated by the service instead of as an error and still validate the body against the
 * schema. A property that matches no declared name under any letter case is kept as sent, so that the schema
 * check reports it ({@code additionalProperties}); one named twice (in two casings) is reported as
 * {@link Deviation.Kind#DUPLICATE_PROPERTY}, an error. Without the extension, nothing is rewritten.
 *
 * <p>Pure and immutable; the schema must be fully resolved (as {@link TransfersSpec#parse} resolves it).
 */
public final class ServiceTolerance {
    /** The spec extension that declares the tolerance. */
    public static final String EXTENSION = "x-tolerated-by-service";
    /** The tolerance of letter case in property names: value {@value #INSENSITIVE}. */
    public static final String PROPERTY_NAME_CASE = "propertyNameCase";
    /** The tolerance of explicit nulls for optional properties: value {@value #IGNORED}. */
    public static final String NULL_FOR_OPTIONAL = "nullForOptional";
    /** The value of {@value ServiceTolerance#PROPERTY_NAME_CASE} that makes names bind case-insensitively. */
    public static final String INSENSITIVE = "insensitive";
    /** The value of {@value ServiceTolerance#NULL_FOR_OPTIONAL} that makes nulls of optional properties count as absent. */
    public static final String IGNORED = "ignored";

    /** No tolerance: bodies are validated as they are. */
    public static final ServiceTolerance NONE = new ServiceTolerance(false, false);

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final boolean caseInsensitiveNames;
    private final boolean ignoresNullForOptional;

    private ServiceTolerance(boolean caseInsensitiveNames, boolean ignoresNullForOptional) {
        this.caseInsensitiveNames = caseInsensitiveNames;
        this.ignoresNullForOptional = ignoresNullForOptional;
    }

    /**
     * The tolerance an operation's spec declares for its request body: the extension on the {@code requestBody},
     * else on the operation, else on the body's schema (e.g. {@code WebhookRegistrationRequest}); {@link #NONE}
     * when none has it.
     *
     * @throws IllegalArgumentException when the extension is not a map, or names a tolerance or value this kit
     *                                  does not know (a spec the gate would misread)
     * @param operation the operation
     * @return the tolerance declared for the operation's request body
     */
    public static ServiceTolerance of(SpecOperation operation) {
        Objects.requireNonNull(operation, "operation");
        Operation op = operation.operation();
        Object declared = null;
        if (op.getRequestBody() != null && op.getRequestBody().getExtensions() != null) {
            declared = op.getRequestBody().getExtensions().get(EXTENSION);
        }
        if (declared == null && op.getExtensions() != null) {
            declared = op.getExtensions().get(EXTENSION);
        }
        if (declared == null) {
            Schema<?> body = operation.requestBodySchema().orElse(null);
            declared = body == null || body.getExtensions() == null ? null : body.getExtensions().get(EXTENSION);
        }
        return declared == null ? NONE : parse(declared, operation.operationId());
    }

    /**
     * The tolerance a schema declares for itself ({@value #EXTENSION} on the schema, e.g. on
     * {@code WebhookEvent}, whose deliveries arrive in PascalCase); {@link #NONE} when it declares nothing.
     *
     * @param name the schema's name, for the error message
     * @throws IllegalArgumentException as {@link #of(SpecOperation)}
     * @param schema the schema
     * @return the tolerance a schema declares for itself ({@value #EXTENSION} on the schema)
     */
    public static ServiceTolerance of(Schema<?> schema, String name) {
        Object declared = schema == null || schema.getExtensions() == null ? null
                : schema.getExtensions().get(EXTENSION);
        return declared == null ? NONE : parse(declared, "schema " + name);
    }

    /**
     * The tolerance a parsed extension value declares.
     *
     * @param where names the operation, for the error message
     * @throws IllegalArgumentException as {@link #of}
     */
    static ServiceTolerance parse(Object declared, String where) {
        if (!(declared instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException(EXTENSION + " of " + where + " must be a map, e.g. {"
                    + PROPERTY_NAME_CASE + ": " + INSENSITIVE + ", " + NULL_FOR_OPTIONAL + ": " + IGNORED + "}");
        }
        boolean names = false;
        boolean nulls = false;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String key = String.valueOf(e.getKey());
            String value = String.valueOf(e.getValue());
            if (PROPERTY_NAME_CASE.equals(key) && (INSENSITIVE.equals(value) || "sensitive".equals(value))) {
                names = INSENSITIVE.equals(value);
            } else if (NULL_FOR_OPTIONAL.equals(key) && (IGNORED.equals(value) || "refused".equals(value))) {
                nulls = IGNORED.equals(value);
            } else {
                throw new IllegalArgumentException(EXTENSION + " of " + where + ": unknown tolerance " + key + ": "
                        + value + " (known: " + PROPERTY_NAME_CASE + ": " + INSENSITIVE + "|sensitive, "
                        + NULL_FOR_OPTIONAL + ": " + IGNORED + "|refused)");
            }
        }
        return new ServiceTolerance(names, nulls);
    }

    /**
     * Whether property names bind whatever their letter case.
     *
     * @return whether property names bind whatever their letter case
     */
    public boolean caseInsensitiveNames() {
        return caseInsensitiveNames;
    }

    /**
     * Whether an explicit null of an optional property counts as the property being absent.
     *
     * @return whether an explicit null of an optional property counts as the property being absent
     */
    public boolean ignoresNullForOptional() {
        return ignoresNullForOptional;
    }

    /**
     * Whether anything is tolerated.
     *
     * @return whether anything is tolerated
     */
    public boolean isNone() {
        return !caseInsensitiveNames && !ignoresNullForOptional;
    }

    /**
     * A body bound as the service binds it, and every deviation from the schema's letter found on the way.
     *
     * @param body       the body to validate and replay: the input text itself when nothing was rewritten
     * @param deviations in document order
     */
    public record Bound(String body, List<Deviation> deviations) {
        /**
         * Checks the parts and copies the list.
         *
         * @param body the body bytes
         * @param deviations the deviations
         */
        public Bound {
            Objects.requireNonNull(body, "body");
            deviations = List.copyOf(deviations);
        }
    }

    /**
     * One way a body departs from the schema's letter.
     *
     * @param kind     what kind of departure
     * @param pointer  where, as sent: a JSON pointer to the property under its sent name
     * @param expected the declared name
     * @param found    what was sent: the name, or {@code null}
     */
    public record Deviation(Kind kind, String pointer, String expected, String found) {
        /** The kinds of departure. */
        public enum Kind {
            /** A declared property under another letter case; tolerated under {@value ServiceTolerance#PROPERTY_NAME_CASE}. */
            PROPERTY_NAME_CASE(true),
            /** An explicit null of an optional property; tolerated under {@value ServiceTolerance#NULL_FOR_OPTIONAL}. */
            NULL_FOR_OPTIONAL(true),
            /** A property named twice, in two letter cases: an error (the body says two things at once). */
            DUPLICATE_PROPERTY(false);

            private final boolean tolerated;

            Kind(boolean tolerated) {
                this.tolerated = tolerated;
            }

            /**
             * Whether the service tolerates it (when the spec declares the tolerance).
             *
             * @return whether the service tolerates it (when the spec declares the tolerance)
             */
            public boolean tolerated() {
                return tolerated;
            }
        }

        /**
         * Checks that the kind and the pointer are given.
         *
         * @param kind the kind
         * @param pointer the pointer
         * @param expected the expected
         * @param found the found
         */
        public Deviation {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(pointer, "pointer");
        }

        /**
         * The tolerance that covers it, as the extension names it ({@code propertyNameCase: insensitive}), or null.
         *
         * @return the tolerance that covers it, as the extension names it ({@code propertyNameCase: insensitive}), or null
         */
        public String tolerance() {
            switch (kind) {
                case PROPERTY_NAME_CASE:
                    return ServiceTolerance.PROPERTY_NAME_CASE + ": " + INSENSITIVE;
                case NULL_FOR_OPTIONAL:
                    return ServiceTolerance.NULL_FOR_OPTIONAL + ": " + IGNORED;
                default:
                    return null;
            }
        }

        /**
         * A sentence saying what was sent and how the service takes it.
         *
         * @return A sentence saying what was sent and how the service takes it
         */
        public String describe() {
            switch (kind) {
                case PROPERTY_NAME_CASE:
                    return "property " + found + " is " + expected + " in another letter case; names bind"
                            + " case-insensitively (" + EXTENSION + " " + tolerance() + ")";
                case NULL_FOR_OPTIONAL:
                    return "optional property " + expected + " is sent as null, which counts as absent ("
                            + EXTENSION + " " + tolerance() + ")";
                default:
                    return "property " + expected + " is sent twice, as " + found + " too";
            }
        }
    }

    /**
     * Binds {@code body} as the service would: renames each property sent in another letter case to its declared
     * name and drops the explicit nulls of optional properties, as far as this tolerance allows, into nested objects
     * and array items that the schema describes. A body that is not a JSON object, or a tolerance of
     * {@link #NONE}, comes back unchanged and without deviations.
     *
     * @param body the body bytes
     * @param schema the schema
     * @return binds {@code body} as the service would: renames each property sent in another letter case to its declared name and drops the explicit nulls of optional properties, as far as this tolerance allows, into nested objects and array items that the schema describes
     */
    public Bound bind(String body, Schema<?> schema) {
        if (isNone() || body == null || body.isBlank() || schema == null) {
            return new Bound(body == null ? "" : body, List.of());
        }
        JsonNode tree = Json.parseQuietly(body);
        if (tree == null || !tree.isObject()) {
            return new Bound(body, List.of());
        }
        List<Deviation> deviations = new ArrayList<>();
        JsonNode bound = bindNode(tree, schema, "", deviations);
        boolean rewritten = deviations.stream().anyMatch(d -> d.kind().tolerated());
        return new Bound(rewritten ? bound.toString() : body, deviations);
    }

    private JsonNode bindNode(JsonNode node, Schema<?> schema, String pointer, List<Deviation> out) {
        if (schema == null) {
            return node;
        }
        if (node.isArray() && schema.getItems() != null) {
            ArrayNode items = NODES.arrayNode();
            for (int i = 0; i < node.size(); i++) {
                items.add(bindNode(node.get(i), schema.getItems(), pointer + "/" + i, out));
            }
            return items;
        }
        if (!node.isObject()) {
            return node;
        }
        Map<String, Schema<?>> properties = properties(schema);
        if (properties.isEmpty()) {
            return node;
        }
        Map<String, String> byFoldedName = new LinkedHashMap<>();
        properties.keySet().forEach(name -> byFoldedName.putIfAbsent(name.toLowerCase(Locale.ROOT), name));
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        ObjectNode result = NODES.objectNode();
        Map<String, String> sentAs = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String sent = field.getKey();
            String at = pointer + "/" + Text.pointerSegment(sent);
            String declared = properties.containsKey(sent) ? sent : byFoldedName.get(sent.toLowerCase(Locale.ROOT));
            if (declared == null) {
                // Unknown under any casing: kept as sent, for the schema check to report.
                result.set(sent, field.getValue());
                continue;
            }
            String name = sent;
            if (!declared.equals(sent)) {
                if (!caseInsensitiveNames) {
                    // Without the tolerance, the name is the schema's business (an unknown property to it).
                    result.set(sent, field.getValue());
                    continue;
                }
                out.add(new Deviation(Deviation.Kind.PROPERTY_NAME_CASE, at, declared, sent));
                name = declared;
            }
            if (sentAs.containsKey(name)) {
                out.add(new Deviation(Deviation.Kind.DUPLICATE_PROPERTY, at, sentAs.get(name), sent));
                continue;
            }
            sentAs.put(name, sent);
            JsonNode value = field.getValue();
            if (value.isNull() && ignoresNullForOptional && !required.contains(name)) {
                out.add(new Deviation(Deviation.Kind.NULL_FOR_OPTIONAL, at, name, "null"));
                continue;
            }
            result.set(name, bindNode(value, properties.get(name), at, out));
        }
        return result;
    }

    /** The properties a schema declares, with those of its allOf, oneOf and anyOf branches. */
    private static Map<String, Schema<?>> properties(Schema<?> schema) {
        Map<String, Schema<?>> out = new LinkedHashMap<>();
        collect(schema, out, 0);
        return out;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void collect(Schema<?> schema, Map<String, Schema<?>> out, int depth) {
        if (schema == null || depth > 8) {
            return;
        }
        if (schema.getProperties() != null) {
            for (Map.Entry<String, Schema> e : schema.getProperties().entrySet()) {
                out.putIfAbsent(e.getKey(), e.getValue());
            }
        }
        for (List<Schema> branches : new List[] {schema.getAllOf(), schema.getOneOf(), schema.getAnyOf()}) {
            if (branches != null) {
                for (Schema branch : branches) {
                    collect(branch, out, depth + 1);
                }
            }
        }
    }
}
