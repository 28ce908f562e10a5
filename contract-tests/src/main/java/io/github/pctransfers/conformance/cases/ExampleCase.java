package io.github.pctransfers.conformance.cases;

import io.github.pctransfers.conformance.http.HttpExample;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * One example case: a folder under {@code examples/} with {@code request.http}, an optional {@code response.http}
 * (a page that shows no response gives a request-only case) and {@code SOURCE.txt}; or one captured exchange (see
 * {@link #captured}).
 *
 * @param name       the folder name, which is also the test name
 * @param folder     the folder; null for a captured exchange
 * @param origin     documented or authored, as SOURCE.txt declares, or captured
 * @param sourceText the text of SOURCE.txt, or where a captured exchange comes from
 * @param request    the request example
 * @param response   the response example, or null when the case has none
 */
public record ExampleCase(String name, Path folder, Origin origin, String sourceText, HttpExample request,
        HttpExample response) {

    public ExampleCase {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(origin, "origin");
        if (folder == null && origin != Origin.CAPTURED) {
            throw new NullPointerException("folder (only a captured exchange has none)");
        }
        Objects.requireNonNull(sourceText, "sourceText");
        Objects.requireNonNull(request, "request");
    }

    /**
     * A captured exchange (e.g. an entry of an HTTP Archive).
     *
     * @param name     a name unique within the capture, e.g. {@code entry-17}
     * @param source   where it comes from, e.g. {@code traffic.har, entry 17}
     * @param request  the request as captured
     * @param response the response as captured, or null when the capture holds none
     */
    public static ExampleCase captured(String name, String source, HttpExample request, HttpExample response) {
        return new ExampleCase(name, null, Origin.CAPTURED, source, request, response);
    }

    public Optional<HttpExample> responseExample() {
        return Optional.ofNullable(response);
    }

    public boolean hasResponse() {
        return response != null;
    }

    /** Whether the case has a response with a body. */
    public boolean hasResponseBody() {
        return response != null && response.hasBody();
    }

    /** The name and origin as reports show them, e.g. {@code get-transfer-by-id [documented]}. */
    public String displayName() {
        return name + " [" + origin.label() + "]";
    }

    @Override
    public String toString() {
        return displayName();
    }
}
