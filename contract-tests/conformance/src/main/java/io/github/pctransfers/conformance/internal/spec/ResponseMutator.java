package io.github.pctransfers.conformance.internal.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.pctransfers.conformance.internal.Text;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Breaks a valid body in the two ways the spec check must catch, to show that the check is alive: a property of
 * the wrong JSON type, and a missing required property.
 *
 * <p>The body is walked breadth-first alongside its schema (into the first element of arrays), so the property
 * chosen is the shallowest one that fits, first in document order: deterministic, and as close to the top of the
 * body as possible. Properties whose schema is a {@code oneOf}/{@code anyOf}/{@code allOf} are never chosen for a
 * type change, since another branch might accept the new value.
 */
public final class ResponseMutator {
    /** The validator key for a response value of the wrong JSON type. */
    public static final String WRONG_TYPE_KEY = "validation.response.body.schema.type";
    /** The validator key for a response object without a required property. */
    public static final String MISSING_REQUIRED_KEY = "validation.response.body.schema.required";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final OpenAPI api;

    /** @param api the parsed spec, used to follow any {@code $ref} left in a schema */
    public ResponseMutator(OpenAPI api) {
        this.api = api;
    }

    /**
     * A copy of {@code body} with the shallowest typed property given a value of another type; for a body that is
     * an array of plainly typed values (a bare array of strings), its first element.
     *
     * @param body the body bytes
     * @param schema the schema
     * @return A copy of {@code body} with the shallowest typed property given a value of another type; for a body that is an array of plainly typed values (a bare array of strings), its first element
     */
    public Optional<Mutation> wrongType(JsonNode body, Schema<?> schema) {
        Optional<Mutation> property = wrongTypeProperty(body, schema);
        return property.isPresent() ? property : wrongTypeFirstElement(body, resolve(schema));
    }

    /**
     * Whether {@code schema} (its properties and items, followed through {@code $ref}s) requires any property, so
     * that {@link #missingRequired} can find something to remove in a body that has it. A bare array of strings
     * requires nothing.
     *
     * @param schema the schema
     * @return whether {@code schema} (its properties and items, followed through {@code $ref}s) requires any property, so that {@link #missingRequired} can find something to remove in a body that has it
     */
    public boolean declaresRequired(Schema<?> schema) {
        return declaresRequired(resolve(schema), 0);
    }

    private boolean declaresRequired(Schema<?> schema, int depth) {
        if (schema == null || depth > 16) {
            return false;
        }
        if (schema.getRequired() != null && !schema.getRequired().isEmpty()) {
            return true;
        }
        if (schema.getItems() != null && declaresRequired(resolve(schema.getItems()), depth + 1)) {
            return true;
        }
        if (schema.getProperties() != null) {
            for (Schema<?> property : schema.getProperties().values()) {
                if (declaresRequired(resolve(property), depth + 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    private Optional<Mutation> wrongTypeFirstElement(JsonNode body, Schema<?> schema) {
        if (schema == null || !body.isArray() || body.isEmpty() || body.get(0).isNull() || body.get(0).isContainerNode()
                || schema.getItems() == null) {
            return Optional.empty();
        }
        Schema<?> items = resolve(schema.getItems());
        if (items == null || !isPlainlyTyped(items)) {
            return Optional.empty();
        }
        JsonNode replacement = valueOfAnotherType(items.getType());
        if (replacement == null) {
            return Optional.empty();
        }
        JsonNode copy = body.deepCopy();
        ((com.fasterxml.jackson.databind.node.ArrayNode) copy).set(0, replacement);
        String description = "/0: " + items.getType() + " " + Text.abbreviate(body.get(0).toString(), 40)
                + " replaced by " + replacement.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + " "
                + replacement;
        return Optional.of(new Mutation(Mutation.Kind.WRONG_TYPE, "/0", description, WRONG_TYPE_KEY, "/0", copy));
    }

    private Optional<Mutation> wrongTypeProperty(JsonNode body, Schema<?> schema) {
        return firstMutation(body, schema, object -> {
            @SuppressWarnings("rawtypes") // swagger-models types its properties as raw Schema
            Map<String, Schema> properties = object.schema.getProperties();
            if (properties == null) {
                return Optional.empty();
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = object.node.properties().iterator(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                Schema<?> propertySchema = resolve(properties.get(field.getKey()));
                if (propertySchema == null || field.getValue().isNull() || !isPlainlyTyped(propertySchema)) {
                    continue;
                }
                JsonNode replacement = valueOfAnotherType(propertySchema.getType());
                if (replacement == null) {
                    continue;
                }
                JsonNode copy = body.deepCopy();
                ((ObjectNode) copy.at(object.pointer)).set(field.getKey(), replacement);
                String pointer = object.pointer + "/" + Text.pointerSegment(field.getKey());
                String description = pointer + ": " + propertySchema.getType() + " "
                        + Text.abbreviate(field.getValue().toString(), 40) + " replaced by "
                        + replacement.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + " " + replacement;
                return Optional.of(new Mutation(Mutation.Kind.WRONG_TYPE, pointer, description, WRONG_TYPE_KEY,
                        pointer, copy));
            }
            return Optional.empty();
        });
    }

    /**
     * A copy of {@code body} without the shallowest required property it has.
     *
     * @param body the body
     * @param schema the schema
     * @return a copy of {@code body} without the shallowest required property it has
     */
    public Optional<Mutation> missingRequired(JsonNode body, Schema<?> schema) {
        return firstMutation(body, schema, object -> {
            List<String> required = object.schema.getRequired();
            if (required == null) {
                return Optional.empty();
            }
            for (String name : required) {
                if (object.node.has(name)) {
                    JsonNode copy = body.deepCopy();
                    ((ObjectNode) copy.at(object.pointer)).remove(name);
                    String pointer = object.pointer + "/" + Text.pointerSegment(name);
                    return Optional.of(new Mutation(Mutation.Kind.MISSING_REQUIRED, pointer,
                            pointer + ": required property removed", MISSING_REQUIRED_KEY, object.pointer, copy));
                }
            }
            return Optional.empty();
        });
    }

    /**
     * Walks {@code body} breadth-first alongside its schema (into the first element of arrays, and into every
     * property the schema describes) and returns the first mutation {@code mutationAt} finds at an object.
     */
    private Optional<Mutation> firstMutation(JsonNode body, Schema<?> schema,
            Function<Visit, Optional<Mutation>> mutationAt) {
        Deque<Visit> queue = new ArrayDeque<>();
        queue.add(new Visit(body, resolve(schema), ""));
        while (!queue.isEmpty()) {
            Visit v = queue.poll();
            if (v.schema == null) {
                continue;
            }
            if (v.node.isArray()) {
                if (!v.node.isEmpty() && v.schema.getItems() != null) {
                    queue.add(new Visit(v.node.get(0), resolve(v.schema.getItems()), v.pointer + "/0"));
                }
                continue;
            }
            if (!v.node.isObject()) {
                continue;
            }
            Optional<Mutation> mutation = mutationAt.apply(v);
            if (mutation.isPresent()) {
                return mutation;
            }
            if (v.schema.getProperties() == null) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = v.node.properties().iterator(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                Schema<?> propertySchema = resolve(v.schema.getProperties().get(field.getKey()));
                if (propertySchema != null) {
                    queue.add(new Visit(field.getValue(), propertySchema,
                            v.pointer + "/" + Text.pointerSegment(field.getKey())));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isPlainlyTyped(Schema<?> s) {
        return s.getType() != null && s.getOneOf() == null && s.getAnyOf() == null && s.getAllOf() == null;
    }

    /** A value no schema of {@code type} accepts. */
    private static JsonNode valueOfAnotherType(String type) {
        switch (type) {
            case "string":
                return NODES.numberNode(12345);
            case "integer":
            case "number":
                return NODES.textNode("not-a-number");
            case "boolean":
                return NODES.textNode("not-a-boolean");
            case "array":
                return NODES.textNode("not-an-array");
            case "object":
                return NODES.textNode("not-an-object");
            default:
                return null;
        }
    }

    private Schema<?> resolve(Schema<?> schema) {
        Schema<?> s = schema;
        int hops = 0;
        while (s != null && s.get$ref() != null && hops++ < 16) {
            String ref = s.get$ref();
            String name = ref.substring(ref.lastIndexOf('/') + 1);
            s = api.getComponents() == null || api.getComponents().getSchemas() == null ? null
                    : api.getComponents().getSchemas().get(name);
        }
        return s;
    }

    private record Visit(JsonNode node, Schema<?> schema, String pointer) {
    }
}
