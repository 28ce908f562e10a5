package io.github.pctransfers.conformance.internal.replay;

import static io.github.pctransfers.client.http.PartnerCenterHeaders.ACCEPT;
import static io.github.pctransfers.client.http.PartnerCenterHeaders.AUTHORIZATION;
import static io.github.pctransfers.client.http.PartnerCenterHeaders.MS_CORRELATION_ID;
import static io.github.pctransfers.client.http.PartnerCenterHeaders.MS_REQUEST_ID;
import static io.github.pctransfers.client.http.PartnerCenterHeaders.X_LOCALE;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.pctransfers.conformance.Check;
import io.github.pctransfers.conformance.Finding;
import io.github.pctransfers.conformance.http.HttpExample;
import io.github.pctransfers.conformance.internal.Json;
import io.github.pctransfers.conformance.internal.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Compares a request the client sent with the documented one.
 *
 * <p>Compared: method; path; query parameters (decoded, order-insensitive); the JSON body, semantically (nothing
 * extra, nothing missing; no body when none is documented); {@code Accept}; {@code Authorization}, which must be
 * {@code Bearer} with the token the client was given (the documented token is a placeholder, but its scheme must
 * be {@code Bearer}); {@code MS-RequestId} and {@code MS-CorrelationId}, equal to the documented values;
 * {@code X-Locale}, equal where documented and absent where not (the client was given no locale of its own).
 * Not compared: transport headers ({@code Host}, {@code Content-Length}, {@code Connection}, {@code Expect}) and
 * headers the documentation does not fix ({@code Content-Type}, {@code User-Agent}, {@code Accept-Encoding}).
 */
public final class RequestComparison {
    /** The prefix of this check's message keys, {@code conformance.request.}. */
    public static final String KEY_PREFIX = "conformance.request.";

    private RequestComparison() {
    }

    /**
     * The differences between a received request and the documented one.
     *
     * @param caseName the case name
     * @param check the check
     * @param documented     the documented request
     * @param documentedBody the body to expect (the documented one, or its corrected copy)
     * @param received the received
     * @param accessToken    the token the client was given
     * @return the differences between a received request and the documented one
     */
    public static List<Finding> compare(String caseName, Check check, HttpExample documented, String documentedBody,
            ReceivedRequest received, String accessToken) {
        List<Finding> out = new ArrayList<>();
        if (!documented.method().equals(received.method())) {
            out.add(finding(caseName, check, "method", "method", documented.method(), received.method(),
                    "the client used another method"));
        }
        if (!documented.path().equals(received.path())) {
            out.add(finding(caseName, check, "path", "path", documented.path(), received.path(),
                    "the client called another path"));
        }
        if (!documented.queryParameters().equals(received.queryParameters())) {
            out.add(finding(caseName, check, "query", "query", documented.rawQuery(), received.rawQuery(),
                    "the client sent other query parameters"));
        }
        compareBody(caseName, check, documentedBody, received.body(), out);
        compareHeader(caseName, check, ACCEPT, documented.header(ACCEPT), received, out);
        compareAuthorization(caseName, check, documented, received, accessToken, out);
        compareHeader(caseName, check, MS_REQUEST_ID, documented.header(MS_REQUEST_ID), received, out);
        compareHeader(caseName, check, MS_CORRELATION_ID, documented.header(MS_CORRELATION_ID), received, out);
        Optional<String> locale = documented.header(X_LOCALE);
        if (locale.isPresent()) {
            compareHeader(caseName, check, X_LOCALE, locale, received, out);
        } else if (received.header(X_LOCALE).isPresent()) {
            out.add(finding(caseName, check, "header", "header:" + X_LOCALE, null, received.header(X_LOCALE).get(),
                    "the client sent X-Locale, which the documented request does not have"));
        }
        return out;
    }

    private static void compareBody(String caseName, Check check, String documentedBody, String receivedBody,
            List<Finding> out) {
        boolean expectBody = documentedBody != null && !documentedBody.isBlank();
        if (!expectBody) {
            if (!receivedBody.isBlank()) {
                out.add(finding(caseName, check, "body.unexpected", "", null, Text.abbreviate(receivedBody, 80),
                        "the client sent a body; the documented request has none"));
            }
            return;
        }
        if (receivedBody.isBlank()) {
            out.add(finding(caseName, check, "body.missing", "", Text.abbreviate(documentedBody, 80), null,
                    "the client sent no body"));
            return;
        }
        JsonNode expected;
        JsonNode actual;
        try {
            expected = Json.readTree(documentedBody);
        } catch (JsonProcessingException e) {
            out.add(finding(caseName, check, "body.documentedNotJson", "", null, null,
                    "the documented request body is not JSON: " + e.getOriginalMessage()));
            return;
        }
        try {
            actual = Json.readTree(receivedBody);
        } catch (JsonProcessingException e) {
            out.add(finding(caseName, check, "body.notJson", "", null, Text.abbreviate(receivedBody, 80),
                    "the client sent a body that is not JSON"));
            return;
        }
        for (JsonDiff.Difference d : JsonDiff.compare(expected, actual)) {
            out.add(finding(caseName, check, "body." + d.kind().name().toLowerCase(Locale.ROOT), d.pointer(),
                    d.expected(), d.actual(), "the body the client sent differs from the documented one: " + d));
        }
    }

    private static void compareHeader(String caseName, Check check, String name, Optional<String> documented,
            ReceivedRequest received, List<Finding> out) {
        if (documented.isEmpty()) {
            return;
        }
        List<String> values = received.headerValues(name);
        if (values.isEmpty()) {
            out.add(finding(caseName, check, "header", "header:" + name, documented.get(), null,
                    "the client did not send " + name));
        } else if (values.size() > 1 || !values.get(0).equals(documented.get())) {
            out.add(finding(caseName, check, "header", "header:" + name, documented.get(), String.join(", ", values),
                    "the client sent another " + name));
        }
    }

    private static void compareAuthorization(String caseName, Check check, HttpExample documented,
            ReceivedRequest received, String accessToken, List<Finding> out) {
        Optional<String> doc = documented.header(AUTHORIZATION);
        if (doc.isPresent() && !doc.get().regionMatches(true, 0, "Bearer ", 0, 7)) {
            // Only the scheme is reported: a captured Authorization carries a real credential.
            out.add(finding(caseName, check, "header.documentedAuthorization", "header:" + AUTHORIZATION, "Bearer ...",
                    doc.get().strip().split("\\s+", 2)[0] + " <credential>",
                    "the documented Authorization is not a Bearer token"));
        }
        String expected = "Bearer " + accessToken;
        List<String> values = received.headerValues(AUTHORIZATION);
        if (values.size() != 1 || !values.get(0).equals(expected)) {
            out.add(finding(caseName, check, "header", "header:" + AUTHORIZATION, "Bearer <the client's token>",
                    values.isEmpty() ? null : values.size() + " value(s), first "
                            + values.get(0).replaceAll("(?i)^(bearer)\\s+.*$", "$1 <other token>"),
                    "the client did not send its token as one Bearer Authorization header"));
        }
    }

    private static Finding finding(String caseName, Check check, String key, String pointer, String expected,
            String found, String message) {
        return Finding.of(caseName, check, KEY_PREFIX + key, pointer, expected, found, message);
    }
}
