package io.github.pctransfers.conformance.internal.spec;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One operation of the spec: its id, method and path template, and the parsed (fully resolved) definition.
 */
public final class SpecOperation {
    private static final Pattern TEMPLATE_PARAM = Pattern.compile("\\{([^}/]+)}");

    private final String operationId;
    private final String method;
    private final String pathTemplate;
    private final Operation operation;
    private final Pattern pathPattern;
    private final List<String> pathParameterNames;
    private final int literalSegments;
    private final ServiceTolerance requestTolerance;

    SpecOperation(String operationId, String method, String pathTemplate, Operation operation) {
        this.operationId = Objects.requireNonNull(operationId, "operationId");
        this.method = method.toUpperCase(Locale.ROOT);
        this.pathTemplate = pathTemplate;
        this.operation = operation;
        List<String> names = new ArrayList<>();
        StringBuilder regex = new StringBuilder("^");
        Matcher m = TEMPLATE_PARAM.matcher(pathTemplate);
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(pathTemplate.substring(last, m.start()))).append("([^/]+)");
            names.add(m.group(1));
            last = m.end();
        }
        regex.append(Pattern.quote(pathTemplate.substring(last))).append('$');
        this.pathPattern = Pattern.compile(regex.toString());
        this.pathParameterNames = List.copyOf(names);
        int literal = 0;
        for (String segment : pathTemplate.split("/")) {
            if (!segment.isEmpty() && !segment.contains("{")) {
                literal++;
            }
        }
        this.literalSegments = literal;
        this.requestTolerance = ServiceTolerance.of(this);
    }

    /**
     * What the service tolerates in this operation's request body, as the spec declares it
     * ({@value ServiceTolerance#EXTENSION}); {@link ServiceTolerance#NONE} when it declares nothing.
     *
     * @return what the service tolerates in this operation's request body, as the spec declares it ({@value ServiceTolerance#EXTENSION}); {@link ServiceTolerance#NONE} when it declares nothing
     */
    public ServiceTolerance requestTolerance() {
        return requestTolerance;
    }

    /** {@return the operation id} */
    public String operationId() {
        return operationId;
    }

    /**
     * The method, upper case.
     *
     * @return the method, upper case
     */
    public String method() {
        return method;
    }

    /**
     * The path template as the spec writes it, e.g. {@code /v1/customers/{customer-id}/transfers}.
     *
     * @return the path template as the spec writes it, e.g. {@code /v1/customers/{customer-id}/transfers}
     */
    public String pathTemplate() {
        return pathTemplate;
    }

    /**
     * The parsed operation, with every {@code $ref} resolved.
     *
     * @return the parsed operation, with every {@code $ref} resolved
     */
    public Operation operation() {
        return operation;
    }

    /**
     * Whether a request path (no query) fits the template.
     *
     * @param path the file
     * @return whether a request path (no query) fits the template
     */
    public boolean matchesPath(String path) {
        return pathPattern.matcher(path).matches();
    }

    /** Number of literal path segments; the more, the more specific the template. */
    int literalSegments() {
        return literalSegments;
    }

    /**
     * The path parameters of a request path, by template name ({@code customer-id} → value as written).
     *
     * @param path the file
     * @return the path parameters of a request path, by template name ({@code customer-id} → value as written)
     * @throws IllegalArgumentException when the path does not fit the template
     */
    public Map<String, String> pathParameters(String path) {
        Matcher m = pathPattern.matcher(path);
        if (!m.matches()) {
            throw new IllegalArgumentException(path + " does not fit " + pathTemplate);
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < pathParameterNames.size(); i++) {
            values.put(pathParameterNames.get(i), m.group(i + 1));
        }
        return Collections.unmodifiableMap(values);
    }

    /**
     * The JSON schema of the request body, when the operation takes one.
     *
     * @return the JSON schema of the request body, when the operation takes one
     */
    public Optional<Schema<?>> requestBodySchema() {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
            return Optional.empty();
        }
        return jsonSchema(operation.getRequestBody().getContent());
    }

    /**
     * The JSON schema of the response body for a status: the exact status, else its range ({@code 5XX}), else
     * {@code default}.
     *
     * @param status the status
     * @return the JSON schema of the response body for a status: the exact status, else its range ({@code 5XX}), else
     *     {@code default}
     */
    public Optional<Schema<?>> responseSchema(int status) {
        ApiResponse response = response(status);
        return response == null || response.getContent() == null ? Optional.empty() : jsonSchema(response.getContent());
    }

    /**
     * The response headers the spec declares for a status (looked up as {@link #responseSchema}), as written.
     *
     * @param status the status
     * @return the response headers the spec declares for a status (looked up as {@link #responseSchema}), as written
     */
    public List<String> responseHeaderNames(int status) {
        ApiResponse response = response(status);
        return response == null || response.getHeaders() == null ? List.of()
                : List.copyOf(response.getHeaders().keySet());
    }

    /** The response of a status: the exact status, else its range, else {@code default}; null when none. */
    private ApiResponse response(int status) {
        if (operation.getResponses() == null) {
            return null;
        }
        ApiResponse response = operation.getResponses().get(String.valueOf(status));
        if (response == null) {
            response = operation.getResponses().get((status / 100) + "XX");
        }
        if (response == null) {
            response = operation.getResponses().get((status / 100) + "xx");
        }
        if (response == null) {
            response = operation.getResponses().get("default");
        }
        return response;
    }

    private static Optional<Schema<?>> jsonSchema(io.swagger.v3.oas.models.media.Content content) {
        for (Map.Entry<String, MediaType> e : content.entrySet()) {
            if (e.getKey().toLowerCase(Locale.ROOT).startsWith("application/json") && e.getValue().getSchema() != null) {
                return Optional.of(e.getValue().getSchema());
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return operationId + " (" + method + " " + pathTemplate + ")";
    }
}
