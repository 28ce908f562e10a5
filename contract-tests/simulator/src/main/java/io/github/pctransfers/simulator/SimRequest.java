package io.github.pctransfers.simulator;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A request as the engine sees it, free of the HTTP server's types. */
final class SimRequest {
    private final String method;
    private final String path;
    private final String query;
    private final Map<String, List<String>> headers;
    private final byte[] body;

    SimRequest(String method, String path, String query, Map<String, List<String>> headers, byte[] body) {
        this.method = method;
        this.path = path;
        this.query = query == null ? "" : query;
        this.headers = Exchange.caseInsensitiveCopy(headers);
        this.body = body == null ? new byte[0] : body;
    }

    public String method() {
        return method;
    }

    public String path() {
        return path;
    }

    public String query() {
        return query;
    }

    public Map<String, List<String>> headers() {
        return headers;
    }

    public byte[] body() {
        return body;
    }

    @Override
    public String toString() {
        return "SimRequest[method=" + method
                + ", path=" + path
                + ", query=" + query
                + ", headers=" + headers
                + ", body=" + body + "]";
    }

    /** Splits {@code url} (path and optional query) into its parts. */
    static SimRequest of(String method, String url, Map<String, List<String>> headers, byte[] body) {
        int q = url.indexOf('?');
        String path = q < 0 ? url : url.substring(0, q);
        String query = q < 0 ? "" : url.substring(q + 1);
        return new SimRequest(method, path, query, headers, body);
    }

    /** The first value of a header, or null. */
    String header(String name) {
        return Exchange.first(headers, name).orElse(null);
    }

    /** The first value of each query parameter, decoded. */
    Map<String, String> queryParameters() {
        Map<String, String> params = new LinkedHashMap<>();
        if (query.isEmpty()) {
            return params;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            params.putIfAbsent(name, value);
        }
        return params;
    }

    String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }
}
