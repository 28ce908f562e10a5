package io.github.pctransfers.conformance.cases;

import io.github.pctransfers.conformance.http.HttpExample;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * @param requestText  the request as written in {@code request.http} (for a captured exchange: as rebuilt)
 * @param responseText the response as written in {@code response.http}, or null when the case has none
 */
public record ExampleCase(String name, Path folder, Origin origin, String sourceText, HttpExample request,
        HttpExample response, String requestText, String responseText) {

    private static final Pattern DOCUMENTED_PAGE = Pattern.compile("(?m)^Documented page:\\s*(https://\\S+)");
    private static final Pattern TEMPLATE_VARIABLE = Pattern.compile("\\{[^}/]+}");

    public ExampleCase {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(origin, "origin");
        if (folder == null && origin != Origin.CAPTURED) {
            throw new NullPointerException("folder (only a captured exchange has none)");
        }
        Objects.requireNonNull(sourceText, "sourceText");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(requestText, "requestText");
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
        return new ExampleCase(name, null, Origin.CAPTURED, source, request, response, request.startLine(),
                response == null ? null : response.startLine());
    }

    /** The header Partner Center names its signature algorithm in, on every webhook delivery. */
    public static final String SIGNATURE_ALGORITHM_HEADER = "X-MS-Signature-Algorithm";

    /**
     * Whether the request is a webhook delivery: an event Partner Center POSTs to the partner's own URL, not a call
     * of the API. The one rule: a {@code POST} carrying {@value #SIGNATURE_ALGORITHM_HEADER}, or an
     * {@code Authorization} header with the {@code Signature} scheme (any letter case), which every delivery carries
     * and no API call does (API calls carry {@code Bearer}). The path does not count: it is whatever URL the partner
     * registered.
     */
    public boolean isWebhookDelivery() {
        if (!request.method().equals("POST")) {
            return false;
        }
        if (request.header(SIGNATURE_ALGORITHM_HEADER).isPresent()) {
            return true;
        }
        return request.headerValues("Authorization").stream()
                .anyMatch(v -> v.strip().regionMatches(true, 0, "Signature ", 0, "Signature ".length()));
    }

    /** Whether the case was written by the project rather than copied from the docs or captured. */
    public boolean authored() {
        return origin == Origin.AUTHORED;
    }

    /** The page a documented case was copied from ({@code Documented page: URL} in SOURCE.txt), if it says. */
    public Optional<String> documentedPage() {
        if (origin != Origin.DOCUMENTED) {
            return Optional.empty();
        }
        Matcher page = DOCUMENTED_PAGE.matcher(sourceText);
        return page.find() ? Optional.of(page.group(1)) : Optional.empty();
    }

    /** The response as written, if the case has one. */
    public Optional<String> responseTextIfAny() {
        return Optional.ofNullable(responseText);
    }

    /**
     * Whether the request fits the operation declared at {@code pathTemplate}: same method (any case), and the
     * path, without its query, matching the template with any single segment where a variable stands.
     */
    public boolean matches(String operationMethod, String pathTemplate) {
        return request.method().equalsIgnoreCase(operationMethod.toUpperCase(Locale.ROOT))
                && templatePattern(pathTemplate).matcher(request.path()).matches();
    }

    static Pattern templatePattern(String pathTemplate) {
        StringBuilder regex = new StringBuilder();
        Matcher variable = TEMPLATE_VARIABLE.matcher(pathTemplate);
        int last = 0;
        while (variable.find()) {
            regex.append(Pattern.quote(pathTemplate.substring(last, variable.start()))).append("[^/]+");
            last = variable.end();
        }
        regex.append(Pattern.quote(pathTemplate.substring(last)));
        return Pattern.compile(regex.toString());
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
