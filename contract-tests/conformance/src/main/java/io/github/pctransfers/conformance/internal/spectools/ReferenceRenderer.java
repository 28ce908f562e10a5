package io.github.pctransfers.conformance.internal.spectools;

import io.github.pctransfers.conformance.cases.ExampleCase;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders the spec as one self-contained HTML page for reviewers: inline CSS, no script, nothing loaded from
 * elsewhere. Each operation shows its method, path, summary, description, parameters, request body, responses
 * and the example cases whose request has its method and path, marked documented or authored. Every text
 * taken from the spec or an example is escaped; descriptions are CommonMark rendered with raw HTML escaped.
 */
public final class ReferenceRenderer {

    /** An error response example documented on another Partner Center page. */
    public record SharedErrorExample(String name, String response) {
    }

    private static final String UNTAGGED = "Other operations";

    private final SpecDocument spec;
    private final List<ExampleCase> cases;
    private final List<SharedErrorExample> sharedErrors;
    private final Parser markdownParser = Parser.builder().build();
    private final HtmlRenderer markdownRenderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private final StringBuilder html = new StringBuilder(256 * 1024);

    private ReferenceRenderer(SpecDocument spec, List<ExampleCase> cases,
                              List<SharedErrorExample> sharedErrors) {
        this.spec = spec;
        this.cases = cases;
        this.sharedErrors = sharedErrors;
    }

    /**
     * {@code _shared-error-examples/<name>/response.http}, by name.
     *
     * @param examplesDir the examples dir
     * @return {@code _shared-error-examples/<name>/response.http}, by name
     */
    public static List<SharedErrorExample> sharedErrorExamples(java.nio.file.Path examplesDir) {
        return io.github.pctransfers.conformance.internal.cases.ExampleCaseLoader.sharedErrorResponses(examplesDir)
                .stream().map(r -> new SharedErrorExample(r.name(), r.text())).toList();
    }

    /**
     * The whole page.
     *
     * @param spec the spec
     * @param cases the cases
     * @param sharedErrors the shared errors
     * @return the whole page
     */
    public static String render(SpecDocument spec, List<ExampleCase> cases,
                                List<SharedErrorExample> sharedErrors) {
        return new ReferenceRenderer(spec, cases, sharedErrors).page();
    }

    /**
     * Example cases that fit no operation of the spec (shown at the end of the page, so none is hidden).
     *
     * @param spec the spec
     * @param cases the cases
     * @return example cases that fit no operation of the spec (shown at the end of the page, so none is hidden)
     */
    public static List<ExampleCase> unmatched(SpecDocument spec, List<ExampleCase> cases) {
        return cases.stream()
                .filter(c -> spec.operations().stream().noneMatch(op -> c.matches(op.method().name(), op.path())))
                .toList();
    }

    private String page() {
        OpenAPI api = spec.model();
        String title = api.getInfo().getTitle();
        Map<String, List<SpecDocument.OperationEntry>> byTag = operationsByTag();

        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(title)).append(" ").append(esc(spec.version())).append("</title>\n")
                .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        tableOfContents(byTag);
        html.append("<main>\n<header id=\"top\">\n<h1>").append(esc(title)).append("</h1>\n")
                .append("<p class=\"meta\">Version <strong>").append(esc(spec.version()))
                .append("</strong> &middot; OpenAPI ").append(esc(api.getOpenapi()))
                .append(" &middot; generated from <code>openapi/transfers.yaml</code></p>\n");
        markdown(api.getInfo().getDescription());
        serversAndSecurity(api);
        html.append("</header>\n");

        byTag.forEach((tag, operations) -> {
            html.append("<section class=\"tag\" id=\"tag-").append(anchor(tag)).append("\">\n<h2>")
                    .append(esc(tag)).append("</h2>\n");
            markdown(tagDescription(tag));
            operations.forEach(this::operation);
            html.append("</section>\n");
        });
        schemas();
        sharedErrorExamples();
        unmatchedCases();
        html.append("<footer><p>Generated by the build from <code>openapi/transfers.yaml</code> and the cases in ")
                .append("<code>openapi/examples/</code>. Documented examples are byte-for-byte copies of the ")
                .append("Partner Center documentation; authored examples were written for this project.</p>")
                .append("</footer>\n</main>\n</body>\n</html>\n");
        return html.toString();
    }

    private Map<String, List<SpecDocument.OperationEntry>> operationsByTag() {
        Map<String, List<SpecDocument.OperationEntry>> byTag = new LinkedHashMap<>();
        if (spec.model().getTags() != null) {
            spec.model().getTags().forEach(tag -> byTag.put(tag.getName(), new ArrayList<>()));
        }
        for (SpecDocument.OperationEntry entry : spec.operations()) {
            List<String> tags = entry.operation().getTags();
            String tag = tags == null || tags.isEmpty() ? UNTAGGED : tags.get(0);
            byTag.computeIfAbsent(tag, t -> new ArrayList<>()).add(entry);
        }
        byTag.values().removeIf(List::isEmpty);
        return byTag;
    }

    private String tagDescription(String name) {
        if (spec.model().getTags() == null) {
            return null;
        }
        return spec.model().getTags().stream().filter(t -> t.getName().equals(name)).map(Tag::getDescription)
                .findFirst().orElse(null);
    }

    private void tableOfContents(Map<String, List<SpecDocument.OperationEntry>> byTag) {
        html.append("<nav class=\"toc\">\n<p class=\"toc-title\"><a href=\"#top\">")
                .append(esc(spec.model().getInfo().getTitle())).append("</a></p>\n");
        byTag.forEach((tag, operations) -> {
            html.append("<h2>").append(esc(tag)).append("</h2>\n<ul>\n");
            for (SpecDocument.OperationEntry entry : operations) {
                html.append("<li><a href=\"#op-").append(anchor(operationKey(entry))).append("\">")
                        .append(methodBadge(entry.method().name())).append(" ")
                        .append(esc(orElse(entry.operation().getSummary(), entry.label()))).append("</a></li>\n");
            }
            html.append("</ul>\n");
        });
        Map<String, Schema<?>> schemas = spec.componentSchemas();
        if (!schemas.isEmpty()) {
            html.append("<h2>Schemas</h2>\n<ul>\n");
            schemas.keySet().forEach(name -> html.append("<li><a href=\"#schema-").append(anchor(name)).append("\">")
                    .append(esc(name)).append("</a></li>\n"));
            html.append("</ul>\n");
        }
        if (!sharedErrors.isEmpty()) {
            html.append("<h2><a href=\"#shared-errors\">Error examples</a></h2>\n");
        }
        html.append("</nav>\n");
    }

    private void serversAndSecurity(OpenAPI api) {
        if (api.getServers() != null && !api.getServers().isEmpty()) {
            html.append("<h2 class=\"small\">Servers</h2>\n<ul>\n");
            for (Server server : api.getServers()) {
                html.append("<li><code>").append(esc(server.getUrl())).append("</code>");
                if (server.getDescription() != null) {
                    html.append(" &ndash; ").append(esc(server.getDescription()));
                }
                html.append("</li>\n");
            }
            html.append("</ul>\n");
        }
        if (api.getComponents() != null && api.getComponents().getSecuritySchemes() != null) {
            html.append("<h2 class=\"small\">Authentication</h2>\n<ul>\n");
            for (Map.Entry<String, SecurityScheme> scheme : api.getComponents().getSecuritySchemes().entrySet()) {
                SecurityScheme value = scheme.getValue();
                html.append("<li><code>").append(esc(scheme.getKey())).append("</code>: ")
                        .append(esc(String.valueOf(value.getType())))
                        .append(value.getScheme() == null ? "" : " " + esc(value.getScheme()));
                if (value.getDescription() != null) {
                    html.append(" &ndash; ").append(esc(value.getDescription()));
                }
                html.append("</li>\n");
            }
            html.append("</ul>\n");
        }
    }

    private void operation(SpecDocument.OperationEntry entry) {
        Operation operation = entry.operation();
        html.append("<section class=\"operation\" id=\"op-").append(anchor(operationKey(entry))).append("\">\n")
                .append("<h3>").append(methodBadge(entry.method().name())).append(" <code class=\"path\">")
                .append(esc(entry.path())).append("</code></h3>\n")
                .append("<p class=\"summary\">").append(esc(operation.getSummary())).append("</p>\n");
        if (operation.getOperationId() != null) {
            html.append("<p class=\"opid\">operationId <code>").append(esc(operation.getOperationId()))
                    .append("</code></p>\n");
        }
        markdown(operation.getDescription());
        parameters(spec.parameters(entry));
        requestBody(operation.getRequestBody());
        responses(operation);
        examples(entry);
        html.append("</section>\n");
    }

    private void parameters(List<Parameter> parameters) {
        if (parameters.isEmpty()) {
            return;
        }
        html.append("<h4>Parameters</h4>\n<table>\n<thead><tr><th>Name</th><th>In</th><th>Type</th>")
                .append("<th>Required</th><th>Description</th></tr></thead>\n<tbody>\n");
        for (Parameter parameter : parameters) {
            html.append("<tr><td><code>").append(esc(parameter.getName())).append("</code></td><td>")
                    .append(esc(parameter.getIn())).append("</td><td>").append(type(parameter.getSchema()))
                    .append("</td><td>").append(Boolean.TRUE.equals(parameter.getRequired()) ? "yes" : "no")
                    .append("</td><td>");
            markdown(parameter.getDescription());
            html.append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    private void requestBody(RequestBody body) {
        if (body == null) {
            return;
        }
        html.append("<h4>Request body</h4>\n<p>")
                .append(Boolean.TRUE.equals(body.getRequired()) ? "Required. " : "Optional. ")
                .append(content(body.getContent())).append("</p>\n");
        markdown(body.getDescription());
    }

    private void responses(Operation operation) {
        if (operation.getResponses() == null) {
            return;
        }
        html.append("<h4>Responses</h4>\n<table>\n<thead><tr><th>Status</th><th>Description</th><th>Body</th>")
                .append("<th>Headers</th></tr></thead>\n<tbody>\n");
        operation.getResponses().forEach((status, declared) -> {
            ApiResponse response = spec.resolve(declared);
            html.append("<tr><td class=\"status s").append(esc(status.substring(0, 1))).append("\">")
                    .append(esc(status)).append("</td><td>");
            markdown(response.getDescription());
            if (declared.get$ref() != null) {
                html.append("<p class=\"shared\">shared response <code>")
                        .append(esc(SpecDocument.componentName(declared.get$ref()))).append("</code></p>");
            }
            html.append("</td><td>").append(content(response.getContent())).append("</td><td>")
                    .append(headers(response.getHeaders())).append("</td></tr>\n");
        });
        html.append("</tbody>\n</table>\n");
    }

    private void examples(SpecDocument.OperationEntry entry) {
        List<ExampleCase> matching = cases.stream()
                .filter(c -> c.matches(entry.method().name(), entry.path())).toList();
        html.append("<h4>Examples</h4>\n");
        if (matching.isEmpty()) {
            html.append("<p class=\"none\">No example case for this operation.</p>\n");
        }
        matching.forEach(this::exampleCase);
    }

    private void exampleCase(ExampleCase example) {
        String kind = example.authored() ? "authored" : "documented";
        html.append("<article class=\"example\" id=\"case-").append(anchor(example.name())).append("\">\n")
                .append("<h5><code>").append(esc(example.name())).append("</code> <span class=\"badge ")
                .append(kind).append("\">").append(kind).append("</span></h5>\n");
        example.documentedPage().ifPresent(page -> html.append("<p class=\"source\">Copied from <a href=\"")
                .append(esc(page)).append("\">").append(esc(page)).append("</a></p>\n"));
        html.append("<p class=\"label\">Request (<code>request.http</code>)</p>\n<pre>").append(esc(example.requestText()))
                .append("</pre>\n");
        if (example.responseText() != null) {
            html.append("<p class=\"label\">Response (<code>response.http</code>)</p>\n<pre>")
                    .append(esc(example.responseText())).append("</pre>\n");
        } else {
            html.append("<p class=\"none\">No response example was published for this case.</p>\n");
        }
        html.append("</article>\n");
    }

    private void schemas() {
        Map<String, Schema<?>> schemas = spec.componentSchemas();
        if (schemas.isEmpty()) {
            return;
        }
        html.append("<section class=\"schemas\" id=\"schemas\">\n<h2>Schemas</h2>\n");
        schemas.forEach((name, schema) -> {
            html.append("<section class=\"schema\" id=\"schema-").append(anchor(name)).append("\">\n<h3>")
                    .append(esc(name)).append("</h3>\n");
            markdown(schema.getDescription());
            Map<String, Schema<?>> properties = SpecDocument.properties(schema);
            if (properties.isEmpty()) {
                html.append("<p>Type: ").append(type(schema)).append("</p>\n");
            } else {
                Set<String> required = schema.getRequired() == null ? Set.of() : Set.copyOf(schema.getRequired());
                html.append("<table>\n<thead><tr><th>Property</th><th>Type</th><th>Required</th>")
                        .append("<th>Description</th></tr></thead>\n<tbody>\n");
                properties.forEach((propertyName, property) -> {
                    html.append("<tr><td><code>").append(esc(propertyName)).append("</code></td><td>")
                            .append(type(property)).append("</td><td>")
                            .append(requiredCell(schema, required, propertyName)).append("</td><td>");
                    markdown(property.get$ref() == null || property.getDescription() != null
                            ? property.getDescription() : spec.resolve(property).getDescription());
                    html.append("</td></tr>\n");
                });
                html.append("</tbody>\n</table>\n");
            }
            html.append("</section>\n");
        });
        html.append("</section>\n");
    }

    private void sharedErrorExamples() {
        if (sharedErrors.isEmpty()) {
            return;
        }
        html.append("<section id=\"shared-errors\">\n<h2>Error examples</h2>\n")
                .append("<p>No transfer page documents an error response; these documented responses of other ")
                .append("Partner Center pages show the shared error bodies.</p>\n");
        for (SharedErrorExample example : sharedErrors) {
            html.append("<article class=\"example\">\n<h5><code>").append(esc(example.name()))
                    .append("</code> <span class=\"badge documented\">documented</span></h5>\n<pre>")
                    .append(esc(example.response())).append("</pre>\n</article>\n");
        }
        html.append("</section>\n");
    }

    private void unmatchedCases() {
        List<ExampleCase> unmatched = unmatched(spec, cases);
        if (unmatched.isEmpty()) {
            return;
        }
        html.append("<section id=\"unmatched\">\n<h2>Examples that match no operation</h2>\n");
        unmatched.forEach(this::exampleCase);
        html.append("</section>\n");
    }

    private String content(Content content) {
        if (content == null || content.isEmpty()) {
            return "<span class=\"none\">no body</span>";
        }
        return content.entrySet().stream()
                .map(media -> "<code>" + esc(media.getKey()) + "</code>: " + type(media.getValue().getSchema()))
                .collect(Collectors.joining("<br>"));
    }

    private String headers(Map<String, Header> headers) {
        if (headers == null || headers.isEmpty()) {
            return "";
        }
        return headers.entrySet().stream()
                .map(header -> "<code>" + esc(header.getKey()) + "</code>: "
                        + esc(orElse(spec.resolve(header.getValue()).getDescription(), "")))
                .collect(Collectors.joining("<br>"));
    }

    /**
     * The Required cell of a property: {@code yes}, {@code no}, or, for a schema whose {@code oneOf} / {@code anyOf}
     * branches hold only required lists (the two shapes of a create), the titles of the branches that require it.
     */
    private static String requiredCell(Schema<?> schema, Set<String> required, String propertyName) {
        if (required.contains(propertyName)) {
            return "yes";
        }
        @SuppressWarnings("rawtypes") // swagger-models types its branches as raw Schema
        List<Schema> branches = schema.getOneOf() != null ? schema.getOneOf()
                : schema.getAnyOf() != null ? schema.getAnyOf() : List.of();
        List<String> shapes = new ArrayList<>();
        for (Schema<?> branch : branches) {
            if (branch.getRequired() != null && branch.getRequired().contains(propertyName)) {
                shapes.add(branch.getTitle() != null ? branch.getTitle() : "one alternative");
            }
        }
        return shapes.isEmpty() ? "no" : "in " + esc(String.join(", ", shapes));
    }

    /** A schema's type as HTML: a link for a component, {@code array of X}, {@code one of A | B}, or the type. */
    private String type(Schema<?> schema) {
        if (schema == null) {
            return "any";
        }
        if (schema.get$ref() != null) {
            String name = SpecDocument.componentName(schema.get$ref());
            return "<a href=\"#schema-" + anchor(name) + "\">" + esc(name) + "</a>";
        }
        List<Schema<?>> branches = SpecDocument.compositionBranches(schema);
        if (!branches.isEmpty()) {
            String word = schema.getAllOf() != null ? "all of " : schema.getOneOf() != null ? "one of " : "any of ";
            return word + branches.stream().map(this::type).collect(Collectors.joining(" | "));
        }
        String type = schema.getType();
        if ("array".equals(type)) {
            return "array of " + type(schema.getItems());
        }
        StringBuilder text = new StringBuilder(type == null ? "any" : esc(type));
        if (schema.getFormat() != null) {
            text.append(" (").append(esc(schema.getFormat())).append(")");
        }
        if (schema.getPattern() != null) {
            text.append("<br><span class=\"values\">pattern <code>").append(esc(schema.getPattern()))
                    .append("</code></span>");
        }
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            text.append("<br><span class=\"values\">one of: ").append(values(schema.getEnum())).append("</span>");
        }
        Object open = schema.getExtensions() == null ? null : schema.getExtensions().get("x-extensible-enum");
        if (open instanceof List<?> known) {
            text.append("<br><span class=\"values\">open vocabulary, known values: ").append(values(known))
                    .append("</span>");
        }
        return text.toString();
    }

    private static String values(List<?> values) {
        return values.stream().map(v -> "<code>" + esc(String.valueOf(v)) + "</code>").collect(Collectors.joining(", "));
    }

    private void markdown(String text) {
        if (text != null && !text.isBlank()) {
            html.append(markdownRenderer.render(markdownParser.parse(text)));
        }
    }

    private static String methodBadge(String method) {
        String upper = method.toUpperCase(Locale.ROOT);
        return "<span class=\"method m-" + esc(upper.toLowerCase(Locale.ROOT)) + "\">" + esc(upper) + "</span>";
    }

    private static String operationKey(SpecDocument.OperationEntry entry) {
        return entry.operation().getOperationId() != null ? entry.operation().getOperationId()
                : entry.method() + "-" + entry.path();
    }

    /** A fragment id: letters, digits, {@code -} and {@code _}; anything else becomes {@code -}. */
    static String anchor(String text) {
        return text.replaceAll("[^A-Za-z0-9_-]", "-");
    }

    /** HTML-escapes text for element content and double-quoted attribute values. */
    static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String orElse(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    private static final String CSS = """
            :root { --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --code-bg: #f6f8fa; --accent: #0969da; }
            * { box-sizing: border-box; }
            body { margin: 0; font: 15px/1.5 -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: var(--fg); }
            a { color: var(--accent); text-decoration: none; }
            a:hover { text-decoration: underline; }
            code, pre { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 13px; }
            nav.toc { position: fixed; top: 0; bottom: 0; left: 0; width: 290px; overflow-y: auto; padding: 16px;
              border-right: 1px solid var(--line); background: #fbfcfd; font-size: 13.5px; }
            nav.toc .toc-title { font-weight: 600; font-size: 15px; margin: 0 0 8px; }
            nav.toc h2 { font-size: 12px; text-transform: uppercase; letter-spacing: .05em; color: var(--muted);
              margin: 18px 0 6px; }
            nav.toc ul { list-style: none; margin: 0; padding: 0; }
            nav.toc li { margin: 3px 0; }
            main { margin-left: 290px; padding: 24px 40px 60px; max-width: 1180px; }
            h1 { margin-top: 0; }
            h2 { border-bottom: 1px solid var(--line); padding-bottom: 4px; margin-top: 40px; }
            h2.small { font-size: 17px; border: 0; margin-top: 20px; }
            .meta { color: var(--muted); }
            section.operation, section.schema { border: 1px solid var(--line); border-radius: 8px; padding: 4px 20px 16px;
              margin: 24px 0; }
            section.operation h3 { font-size: 18px; margin: 14px 0 4px; }
            .path { font-size: 15px; }
            .summary { font-size: 16px; font-weight: 600; margin: 4px 0; }
            .opid { color: var(--muted); margin: 0 0 8px; }
            .method { display: inline-block; min-width: 58px; text-align: center; border-radius: 4px; padding: 1px 6px;
              color: #fff; font: 600 12px/1.6 ui-monospace, Menlo, Consolas, monospace; }
            .m-get { background: #1f7f4c; } .m-post { background: #0969da; } .m-patch { background: #9a6700; }
            .m-put { background: #8250df; } .m-delete { background: #cf222e; }
            .m-head, .m-options, .m-trace { background: #59636e; }
            table { border-collapse: collapse; width: 100%; margin: 8px 0 12px; font-size: 14px; }
            th, td { border: 1px solid var(--line); padding: 5px 8px; text-align: left; vertical-align: top; }
            th { background: var(--code-bg); }
            td p { margin: 0 0 4px; }
            td p:last-child { margin-bottom: 0; }
            td.status { font-weight: 600; white-space: nowrap; }
            td.s2 { color: #1f7f4c; } td.s4 { color: #9a6700; } td.s5 { color: #cf222e; }
            .shared, .values, .source, .none { color: var(--muted); font-size: 13px; }
            article.example { border-left: 3px solid var(--line); padding-left: 14px; margin: 12px 0 20px; }
            article.example h5 { font-size: 14px; margin: 8px 0 4px; }
            .label { font-weight: 600; font-size: 13px; margin: 8px 0 2px; }
            pre { background: var(--code-bg); border: 1px solid var(--line); border-radius: 6px; padding: 10px 12px;
              max-height: 30em; overflow: auto; white-space: pre; margin: 0; }
            .badge { font: 600 11px/1.6 -apple-system, "Segoe UI", sans-serif; border-radius: 10px; padding: 1px 8px;
              vertical-align: middle; }
            .badge.documented { background: #dafbe1; color: #116329; }
            .badge.authored { background: #fff1c2; color: #7d4e00; }
            footer { margin-top: 48px; color: var(--muted); font-size: 13px; border-top: 1px solid var(--line); }
            @media (max-width: 900px) { nav.toc { position: static; width: auto; border-right: 0; }
              main { margin-left: 0; padding: 16px; } }
            """;
}
