package io.github.pctransfers.conformance.internal.spec;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The parsed spec: its operations, found by method and path template. Immutable after parsing. */
public final class TransfersSpec {
    private final String text;
    private final OpenAPI openApi;
    private final List<SpecOperation> operations;

    private TransfersSpec(String text, OpenAPI openApi, List<SpecOperation> operations) {
        this.text = text;
        this.openApi = openApi;
        this.operations = List.copyOf(operations);
    }

    /**
     * Parses the spec, resolving every {@code $ref}.
     *
     * @param specText the spec text
     * @return the transfers spec
     * @throws IllegalArgumentException when the text is not a usable OpenAPI 3 document (lists the parser's messages)
     */
    public static TransfersSpec parse(String specText) {
        Objects.requireNonNull(specText, "specText");
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(specText, null, options);
        OpenAPI api = result.getOpenAPI();
        if (api == null || api.getPaths() == null) {
            throw new IllegalArgumentException("not an OpenAPI 3 document: " + result.getMessages());
        }
        List<SpecOperation> ops = new ArrayList<>();
        for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> op : path.getValue().readOperationsMap().entrySet()) {
                String id = op.getValue().getOperationId();
                if (id == null) {
                    throw new IllegalArgumentException(op.getKey() + " " + path.getKey() + " has no operationId");
                }
                ops.add(new SpecOperation(id, op.getKey().name(), path.getKey(), op.getValue()));
            }
        }
        return new TransfersSpec(specText, api, ops);
    }

    /**
     * The spec text as read.
     *
     * @return the spec text as read
     */
    public String text() {
        return text;
    }

    /**
     * The parsed document, every {@code $ref} resolved. Do not modify it.
     *
     * @return the parsed document, every {@code $ref} resolved
     */
    public OpenAPI openApi() {
        return openApi;
    }

    /** {@return the operations} */
    public List<SpecOperation> operations() {
        return operations;
    }

    /**
     * The operation with this id.
     *
     * @param operationId the operation id
     * @return the operation with this id
     */
    public Optional<SpecOperation> operation(String operationId) {
        return operations.stream().filter(o -> o.operationId().equals(operationId)).findFirst();
    }

    /**
     * The operation a request addresses: same method, and a path template the path (without query) fits; where
     * several templates fit, the one with the most literal segments wins.
     *
     * @param method the method
     * @param path the file
     * @return the operation a request addresses: same method, and a path template the path (without query) fits; where
     *     several templates fit, the one with the most literal segments wins
     */
    public Optional<SpecOperation> findOperation(String method, String path) {
        String m = method.toUpperCase(Locale.ROOT);
        return operations.stream()
                .filter(o -> o.method().equals(m) && o.matchesPath(path))
                .max(Comparator.comparingInt(SpecOperation::literalSegments));
    }
}
