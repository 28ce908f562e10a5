package io.github.pctransfers.conformance.internal.har;

import io.github.pctransfers.conformance.cases.ExampleCase;
import io.github.pctransfers.conformance.http.HttpExample;
import java.util.List;
import java.util.Locale;

/**
 * Turns HAR entries into captured {@link ExampleCase}s, so they go through the same checks as the examples.
 *
 * <p>The request target is the URL without scheme, host and any base path before {@code /v1/} or
 * {@code /webhooks/v1/} (a capture made
 * through a gateway at {@code https://gw.example/partner/v1/...} gives {@code /v1/...}); the query stays as
 * captured. Headers, ids and bodies are kept as captured: the client is driven with the captured MS-RequestId,
 * MS-CorrelationId and X-Locale, and what it sends is compared with the captured request.
 */
public final class HarExchanges {
    /** The segment the API's paths start with; anything before it is a base path. */
    static final String API_ROOT = "/v1/";
    /** The webhook registration API's root, which holds {@link #API_ROOT} and must not be cut inside. */
    static final String WEBHOOKS_API_ROOT = "/webhooks/v1/";

    private HarExchanges() {
    }

    /**
     * The case name of the entry at a 1-based index, e.g. {@code entry-17}.
     *
     * @param index the index
     * @return the case name of the entry at a 1-based index, e.g. {@code entry-17}
     */
    public static String caseName(int index) {
        return "entry-" + index;
    }

    /**
     * The captured case of an entry.
     *
     * @param entry the entry
     * @param archiveName the file name of the archive, for the case's source text
     * @return the captured case of an entry
     */
    public static ExampleCase toCase(HarEntry entry, String archiveName) {
        HarEntry.Request r = entry.request();
        String target = target(r.url());
        String version = httpVersion(r.httpVersion());
        HttpExample request = new HttpExample(HttpExample.Kind.REQUEST, r.method() + " " + target + " " + version,
                r.method(), target, 0, null, version, r.headers(), r.body(), List.of());
        HttpExample response = entry.responseIfAny().map(s -> {
            String v = httpVersion(s.httpVersion());
            String startLine = (v + " " + s.status() + " " + s.statusText()).strip();
            return new HttpExample(HttpExample.Kind.RESPONSE, startLine, null, null, s.status(), s.statusText(), v,
                    s.headers(), s.body(), List.of());
        }).orElse(null);
        String source = archiveName + ", entry " + entry.index()
                + (entry.startedDateTime().isEmpty() ? "" : " (started " + entry.startedDateTime() + ")");
        return ExampleCase.captured(caseName(entry.index()), source, request, response);
    }

    /**
     * The host of a URL, lower case, without port; empty when the URL has none.
     *
     * @param url the url
     * @return the host of a URL, lower case, without port; empty when the URL has none
     */
    public static String host(String url) {
        int scheme = url.indexOf("://");
        if (scheme < 0) {
            return "";
        }
        String authority = url.substring(scheme + 3, authorityEnd(url, scheme + 3));
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            authority = authority.substring(at + 1);
        }
        if (authority.startsWith("[")) {
            int close = authority.indexOf(']');
            return (close < 0 ? authority : authority.substring(0, close + 1)).toLowerCase(Locale.ROOT);
        }
        int colon = authority.indexOf(':');
        return (colon < 0 ? authority : authority.substring(0, colon)).toLowerCase(Locale.ROOT);
    }

    /**
     * The request target of a captured URL: path and query, without scheme, host, fragment and any base path
     * before {@code /v1/}. Done on the text (not with {@link java.net.URI}), because captured URLs are not always
     * valid URIs and must be checked as they were sent.
     *
     * @param url the url
     * @return the request target of a captured URL: path and query, without scheme, host, fragment and any base path
     *     before {@code /v1/}
     */
    public static String target(String url) {
        String rest = url;
        int scheme = rest.indexOf("://");
        if (scheme >= 0) {
            rest = rest.substring(authorityEnd(rest, scheme + 3));
        }
        int hash = rest.indexOf('#');
        if (hash >= 0) {
            rest = rest.substring(0, hash);
        }
        int q = rest.indexOf('?');
        String path = q < 0 ? rest : rest.substring(0, q);
        String query = q < 0 ? "" : rest.substring(q);
        if (path.isEmpty()) {
            path = "/";
        } else if (!path.startsWith("/")) {
            path = "/" + path;
        }
        int webhooks = path.indexOf(WEBHOOKS_API_ROOT);
        int api = webhooks >= 0 ? webhooks : path.indexOf(API_ROOT);
        if (api > 0) {
            path = path.substring(api);
        }
        return path + query;
    }

    /** Where the authority starting at {@code start} ends: the first {@code /}, {@code ?} or {@code #}, or the end. */
    private static int authorityEnd(String url, int start) {
        int end = start;
        while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
            end++;
        }
        return end;
    }

    /** The version for the start line: {@code HTTP/2} for {@code h2}, {@code HTTP/1.1} when the capture says none. */
    static String httpVersion(String captured) {
        String v = captured == null ? "" : captured.strip().toUpperCase(Locale.ROOT);
        if (v.isEmpty() || v.equals("UNKNOWN")) {
            return "HTTP/1.1";
        }
        if (v.equals("H2") || v.equals("HTTP/2.0")) {
            return "HTTP/2";
        }
        if (v.equals("H3") || v.equals("HTTP/3.0")) {
            return "HTTP/3";
        }
        return v.startsWith("HTTP/") ? v : "HTTP/1.1";
    }
}
