package io.github.pctransfers.client.internal.transport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import feign.MethodMetadata;
import feign.Request;
import feign.Util;
import feign.codec.EncodeException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The request of one generated-interface method, worked out once from the metadata Feign's contract parsed: the
 * URL's literal parts and which argument fills each gap, the fixed headers, which argument fills each templated
 * header, and a JSON writer for the body. A call fills the gaps ({@link #request(Object[])}); Feign would copy and
 * expand the method's request template on every call, which was half of what a {@code getTransfer} allocated.
 *
 * <p>The plan builds the same request Feign would (the same URL, headers, body and charset; {@code
 * RequestPlanTest} compares them over generated arguments), for the arguments it can be sure of: non-null path and
 * query values made only of URI-unreserved characters, header values of visible ASCII without braces or commas, and
 * a non-null body. For any other argument it declines ({@code null}) and the caller lets Feign build the
 * request. A method whose metadata uses anything else of Feign's (query or header maps, expanders, form parameters, a
 * URL argument, a template shape other than whole {@code {name}} expressions) gets no plan at all.
 */
final class RequestPlan {
    private final Request.HttpMethod method;
    /** Literal URL text and argument gaps, alternating: literals[0] gap[0] literals[1] ... gap[n-1] literals[n]. */
    private final String[] literals;
    private final int[] urlArguments;
    /** Per gap: null for a path gap; for a query gap, the text before its value ({@code ?name=} or {@code &name=}). */
    private final String[] queryNames;
    private final Header[] headers;
    private final int bodyArgument;
    private final ObjectWriter bodyWriter;

    private RequestPlan(Request.HttpMethod method, String[] literals, int[] urlArguments, String[] queryNames,
            Header[] headers, int bodyArgument, ObjectWriter bodyWriter) {
        this.method = method;
        this.literals = literals;
        this.urlArguments = urlArguments;
        this.queryNames = queryNames;
        this.headers = headers;
        this.bodyArgument = bodyArgument;
        this.bodyWriter = bodyWriter;
    }

    /**
     * The plan of one method, or null when its metadata uses something the plan does not reproduce.
     *
     * @param baseUrl      the target's URL, which Feign puts before the method's path
     * @param fixedHeaders headers the request interceptors set on every request (name to value)
     */
    static RequestPlan of(MethodMetadata md, String baseUrl, Map<String, String> fixedHeaders, ObjectMapper mapper) {
        if (md.queryMapIndex() != null || md.headerMapIndex() != null || md.urlIndex() != null
                || !md.formParams().isEmpty() || !md.indexToExpanderClass().isEmpty()
                || md.indexToExpander() != null && !md.indexToExpander().isEmpty()
                || !md.indexToEncoded().isEmpty() || md.template().bodyTemplate() != null
                || !md.template().decodeSlash()) {
            return null;
        }
        if (!isPlainBaseUrl(baseUrl)) {
            return null;
        }
        Map<String, Integer> argumentByName = new TreeMap<>();
        for (Map.Entry<Integer, Collection<String>> e : md.indexToName().entrySet()) {
            if (e.getValue().size() != 1) {
                return null;
            }
            argumentByName.put(e.getValue().iterator().next(), e.getKey());
        }
        List<String> literals = new ArrayList<>();
        List<Integer> arguments = new ArrayList<>();
        List<String> queryNames = new ArrayList<>();
        StringBuilder literal = new StringBuilder(baseUrl);
        if (!appendPath(md.template().path(), argumentByName, literal, literals, arguments, queryNames)) {
            return null;
        }
        char separator = '?';
        for (Map.Entry<String, Collection<String>> query : md.template().queries().entrySet()) {
            if (query.getValue().size() != 1 || !isUnreserved(query.getKey())) {
                return null;
            }
            Integer argument = expressionArgument(query.getValue().iterator().next(), argumentByName);
            if (argument == null) {
                return null;
            }
            literals.add(literal.toString());
            literal.setLength(0);
            arguments.add(argument);
            queryNames.add(separator + query.getKey() + "=");
            separator = '&';
        }
        literals.add(literal.toString());
        List<Header> headers = new ArrayList<>();
        for (Map.Entry<String, Collection<String>> header : md.template().headers().entrySet()) {
            if (fixedHeaders.containsKey(header.getKey()) || header.getValue().size() != 1) {
                continue;
            }
            String value = header.getValue().iterator().next();
            if (value.indexOf('{') < 0) {
                if (!isPlainHeaderValue(value)) {
                    return null;
                }
                headers.add(new Header(header.getKey(), value, -1));
                continue;
            }
            Integer argument = expressionArgument(value, argumentByName);
            if (argument == null) {
                return null;
            }
            headers.add(new Header(header.getKey(), null, argument));
        }
        fixedHeaders.forEach((name, value) -> headers.add(new Header(name, value, -1)));
        int bodyArgument = md.bodyIndex() == null ? -1 : md.bodyIndex();
        ObjectWriter writer = bodyArgument < 0 ? null : mapper.writerFor(mapper.constructType(md.bodyType()));
        return new RequestPlan(Request.HttpMethod.valueOf(md.template().method()),
                literals.toArray(new String[0]), arguments.stream().mapToInt(Integer::intValue).toArray(),
                queryNames.toArray(new String[0]), headers.toArray(new Header[0]), bodyArgument, writer);
    }

    /**
     * The request for these arguments (the method's, plus any extra Feign ignores), or null when one of them is
     * beyond what the plan is sure to expand as Feign does.
     *
     * @throws EncodeException when the body cannot be written as JSON (as Feign's Jackson encoder throws it)
     */
    Request request(Object[] argv) {
        StringBuilder url = new StringBuilder(128);
        for (int i = 0; i < urlArguments.length; i++) {
            url.append(literals[i]);
            Object value = argv[urlArguments[i]];
            String query = queryNames[i];
            // A null query value (Feign leaves the parameter out) is declined too: Feign then decides the separators.
            if (!(value instanceof String) || !isUnreserved((String) value)) {
                return null;
            }
            if (query != null) {
                url.append(query);
            }
            url.append((String) value);
        }
        url.append(literals[urlArguments.length]);
        Map<String, Collection<String>> headerMap = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Header header : headers) {
            String value = header.value;
            if (value == null) {
                Object argument = argv[header.argument];
                if (argument == null) {
                    continue;
                }
                if (!(argument instanceof String) || !isPlainHeaderValue((String) argument)) {
                    return null;
                }
                value = (String) argument;
            }
            headerMap.put(header.name, List.of(value));
        }
        byte[] body = null;
        if (bodyArgument >= 0) {
            Object value = argv[bodyArgument];
            if (value == null) {
                return null;
            }
            try {
                body = bodyWriter.writeValueAsBytes(value);
            } catch (JsonProcessingException e) {
                throw new EncodeException(e.getMessage(), e);
            }
            headerMap.put("Content-Length", List.of(Integer.toString(body.length)));
        }
        return Request.create(method, url.toString(), Collections.unmodifiableMap(headerMap), body,
                body == null ? null : Util.UTF_8, null);
    }

    /** Splits the path template into literals and whole-segment {@code {name}} gaps; false for any other shape. */
    private static boolean appendPath(String path, Map<String, Integer> argumentByName, StringBuilder literal,
            List<String> literals, List<Integer> arguments, List<String> queryNames) {
        int i = 0;
        while (i < path.length()) {
            int open = path.indexOf('{', i);
            String text = open < 0 ? path.substring(i) : path.substring(i, open);
            if (!isPlainPath(text)) {
                return false;
            }
            literal.append(text);
            if (open < 0) {
                return true;
            }
            int close = path.indexOf('}', open);
            if (close < 0) {
                return false;
            }
            Integer argument = expressionArgument(path.substring(open, close + 1), argumentByName);
            if (argument == null) {
                return false;
            }
            literals.add(literal.toString());
            literal.setLength(0);
            arguments.add(argument);
            queryNames.add(null);
            i = close + 1;
        }
        return true;
    }

    /** The argument index of a whole {@code {name}} expression, or null for any other text. */
    private static Integer expressionArgument(String template, Map<String, Integer> argumentByName) {
        if (template.length() < 3 || template.charAt(0) != '{' || template.charAt(template.length() - 1) != '}') {
            return null;
        }
        String name = template.substring(1, template.length() - 1);
        return isUnreserved(name) ? argumentByName.get(name) : null;
    }

    private static boolean isPlainBaseUrl(String url) {
        if (!(url.startsWith("http://") || url.startsWith("https://")) || url.endsWith("/")) {
            return false;
        }
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (!(isUnreservedChar(c) || c == ':' || c == '/')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPlainPath(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(isUnreservedChar(c) || c == '/')) {
                return false;
            }
        }
        return true;
    }

    /** Non-empty, and only RFC 3986 unreserved characters: what every encoding leaves as it is. */
    static boolean isUnreserved(String value) {
        if (value.isEmpty()) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            if (!isUnreservedChar(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isUnreservedChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.'
                || c == '_' || c == '~';
    }

    /**
     * Non-empty visible ASCII and inner spaces, without the characters Feign's header templates treat specially
     * (braces start an expression, a comma separates values).
     */
    static boolean isPlainHeaderValue(String value) {
        if (value.isEmpty() || value.charAt(0) == ' ' || value.charAt(value.length() - 1) == ' ') {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < ' ' || c > '~' || c == '{' || c == '}' || c == ',') {
                return false;
            }
        }
        return true;
    }

    /** A fixed header ({@code value} set) or one filled by an argument. */
    private static final class Header {
        final String name;
        final String value;
        final int argument;

        Header(String name, String value, int argument) {
            this.name = name;
            this.value = value;
            this.argument = argument;
        }
    }
}
