package io.github.pctransfers.conformance.cases;

import io.github.pctransfers.conformance.http.HttpExample;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * One example case: a folder under {@code examples/} with {@code request.http}, an optional {@code response.http}
 * (a page that shows no response gives a request-only case) and {@code SOURCE.txt}.
 *
 * @param name       the folder name, which is also the test name
 * @param folder     the folder
 * @param origin     documented or authored, as SOURCE.txt declares
 * @param sourceText the text of SOURCE.txt
 * @param request    the request example
 * @param response   the response example, or null when the case has none
 */
public record ExampleCase(String name, Path folder, Origin origin, String sourceText, HttpExample request,
        HttpExample response) {

    public ExampleCase {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(sourceText, "sourceText");
        Objects.requireNonNull(request, "request");
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
