package io.github.pctransfers.conformance.internal.spectools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * One OpenAPI document, parsed twice: as the swagger-parser model with {@code $ref}s left unresolved (so the
 * tools can tell which component an operation uses) and as a plain YAML tree (for walking every {@code $ref}).
 */
public final class SpecDocument {

    /** An operation with the path and method it is declared under. */
    public record OperationEntry(String path, PathItem.HttpMethod method, PathItem pathItem, Operation operation) {
        /**
         * For messages: {@code GET /v1/customers/{customer-id}/transfers}.
         *
         * @return for messages: {@code GET /v1/customers/{customer-id}/transfers}
         */
        public String label() {
            return method + " " + path;
        }
    }

    private static final String COMPONENT_PREFIX = "#/components/";

    private final String name;
    private final String text;
    private final OpenAPI model;
    private final JsonNode tree;

    private SpecDocument(String name, String text) {
        this.name = name;
        this.text = text;
        ParseOptions options = new ParseOptions();
        options.setResolve(false);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(text, null, options);
        if (result.getOpenAPI() == null || (result.getMessages() != null && !result.getMessages().isEmpty())) {
            throw new IllegalArgumentException(name + " is not a valid OpenAPI document: " + result.getMessages());
        }
        this.model = result.getOpenAPI();
        try {
            this.tree = new YAMLMapper().readTree(text);
        } catch (IOException e) {
            throw new IllegalArgumentException(name + " is not valid YAML: " + e.getMessage(), e);
        }
    }

    /**
     * Parses YAML or JSON text; {@code name} only labels error messages.
     *
     * @param name the name
     * @param text the text
     * @return the spec document
     */
    public static SpecDocument parse(String name, String text) {
        return new SpecDocument(name, text);
    }

    /**
     * Read.
     *
     * @param file the file
     * @return the spec document
     */
    public static SpecDocument read(Path file) {
        try {
            return new SpecDocument(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /** {@return the name} */
    public String name() {
        return name;
    }

    /** {@return the text} */
    public String text() {
        return text;
    }

    /** {@return the model} */
    public OpenAPI model() {
        return model;
    }

    /** {@return the tree} */
    public JsonNode tree() {
        return tree;
    }

    /** {@return the version} */
    public String version() {
        return model.getInfo() == null ? null : model.getInfo().getVersion();
    }

    /**
     * Every operation, in document order (paths, then the methods in swagger-parser's fixed order).
     *
     * @return every operation, in document order (paths, then the methods in swagger-parser's fixed order)
     */
    public List<OperationEntry> operations() {
        List<OperationEntry> operations = new ArrayList<>();
        if (model.getPaths() == null) {
            return operations;
        }
        model.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, operation) -> operations.add(new OperationEntry(path, method, item, operation))));
        return operations;
    }

    /**
     * The path-level parameters followed by the operation's own, each resolved if it is a {@code $ref}.
     *
     * @param entry the entry
     * @return the path-level parameters followed by the operation's own, each resolved if it is a {@code $ref}
     */
    public List<Parameter> parameters(OperationEntry entry) {
        List<Parameter> parameters = new ArrayList<>();
        for (List<Parameter> list : List.of(nullToEmpty(entry.pathItem().getParameters()),
                nullToEmpty(entry.operation().getParameters()))) {
            for (Parameter parameter : list) {
                parameters.add(resolve(parameter));
            }
        }
        return parameters;
    }

    /**
     * Follows a {@code $ref} to what it names; a value with none is returned as it is.
     *
     * @param parameter the parameter
     * @return the parameter
     */
    public Parameter resolve(Parameter parameter) {
        return parameter.get$ref() == null ? parameter
                : component(componentsMap(model.getComponents() == null ? null
                        : model.getComponents().getParameters()), parameter.get$ref(), "parameters");
    }

    /**
     * Follows a {@code $ref} to what it names; a value with none is returned as it is.
     *
     * @param response the response
     * @return the api response
     */
    public ApiResponse resolve(ApiResponse response) {
        return response.get$ref() == null ? response
                : component(componentsMap(model.getComponents() == null ? null
                        : model.getComponents().getResponses()), response.get$ref(), "responses");
    }

    /**
     * Follows a {@code $ref} to what it names; a value with none is returned as it is.
     *
     * @param header the header
     * @return the header
     */
    public Header resolve(Header header) {
        return header.get$ref() == null ? header
                : component(componentsMap(model.getComponents() == null ? null
                        : model.getComponents().getHeaders()), header.get$ref(), "headers");
    }

    /**
     * The component schema a {@code $ref} names, or the schema itself when it is not a reference.
     *
     * @param schema the schema
     * @return the component schema a {@code $ref} names, or the schema itself when it is not a reference
     */
    public Schema<?> resolve(Schema<?> schema) {
        return schema.get$ref() == null ? schema
                : component(componentsMap(model.getComponents() == null ? null
                        : model.getComponents().getSchemas()), schema.get$ref(), "schemas");
    }

    /**
     * The component schemas, by name, in document order.
     *
     * @return the component schemas, by name, in document order
     */
    public Map<String, Schema<?>> componentSchemas() {
        return model.getComponents() == null ? Map.of() : wildcard(model.getComponents().getSchemas());
    }

    /**
     * A schema's properties, by name, in document order.
     *
     * @param schema the schema
     * @return a schema's properties, by name, in document order
     */
    public static Map<String, Schema<?>> properties(Schema<?> schema) {
        return wildcard(schema.getProperties());
    }

    /**
     * The {@code allOf}, {@code oneOf} and {@code anyOf} branches of a schema, in that order.
     *
     * @param schema the schema
     * @return the {@code allOf}, {@code oneOf} and {@code anyOf} branches of a schema, in that order
     */
    public static List<Schema<?>> compositionBranches(Schema<?> schema) {
        List<Schema<?>> branches = new ArrayList<>();
        for (List<?> list : Arrays.asList(schema.getAllOf(), schema.getOneOf(), schema.getAnyOf())) {
            if (list != null) {
                list.forEach(branch -> branches.add((Schema<?>) branch));
            }
        }
        return branches;
    }

    /** swagger-models types schema maps with the raw {@code Schema}; this gives them a wildcard once. */
    @SuppressWarnings("unchecked")
    private static Map<String, Schema<?>> wildcard(Map<String, ?> map) {
        return map == null ? Map.of() : Collections.unmodifiableMap((Map<String, Schema<?>>) map);
    }

    /**
     * {@code #/components/schemas/TransferEntity} gives {@code TransferEntity}.
     *
     * @param ref the ref
     * @return {@code #/components/schemas/TransferEntity} gives {@code TransferEntity}
     */
    public static String componentName(String ref) {
        return ref.substring(ref.lastIndexOf('/') + 1);
    }

    private <T> T component(Map<String, T> components, String ref, String kind) {
        String prefix = COMPONENT_PREFIX + kind + "/";
        if (!ref.startsWith(prefix)) {
            throw new IllegalArgumentException(name + ": only local component references are supported, got " + ref);
        }
        T component = components.get(ref.substring(prefix.length()));
        if (component == null) {
            throw new IllegalArgumentException(name + ": unresolved reference " + ref);
        }
        return component;
    }

    private static <T> Map<String, T> componentsMap(Map<String, T> map) {
        return map == null ? Collections.emptyMap() : map;
    }

    private static <T> List<T> nullToEmpty(List<T> list) {
        return list == null ? Collections.emptyList() : list;
    }
}
