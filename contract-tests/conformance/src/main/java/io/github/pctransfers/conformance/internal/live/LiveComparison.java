package io.github.pctransfers.conformance.internal.live;

import static io.github.pctransfers.client.http.PartnerCenterHeaders.CONTENT_TYPE;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.pctransfers.conformance.Check;
import io.github.pctransfers.conformance.Finding;
import io.github.pctransfers.conformance.http.HttpExample;
import io.github.pctransfers.conformance.internal.Json;
import io.github.pctransfers.conformance.internal.Text;
import io.github.pctransfers.conformance.internal.replay.JsonDiff;
import io.github.pctransfers.conformance.internal.spec.SpecOperation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Compares a live answer with the documented response. Pure.
 *
 * <ul>
 *   <li>The status must be the documented one. When it is not, that is the one finding: the bodies of two
 *       different statuses are not compared.</li>
 *   <li>{@code Content-Type}, when documented, must have the documented media type (parameters such as
 *       {@code charset} are not compared).</li>
 *   <li>A header the spec declares for the response and the documented response shows must be present, with the
 *       documented value unless {@link ServerAssignedValues} lists it. Headers the spec does not declare
 *       ({@code Date}, {@code Content-Length}, {@code X-Locale}) are not part of the contract and are not
 *       compared.</li>
 *   <li>The body must be semantically equal to the documented one ({@link JsonDiff}: property order, whitespace
 *       and the spelling of numbers and date-times do not matter), except where {@link ServerAssignedValues}
 *       relaxes it. No documented body means no body. A documented body that is not JSON is compared as text.</li>
 * </ul>
 */
public final class LiveComparison {
    /** The prefix of every message key of this comparison. */
    public static final String KEY_PREFIX = "conformance.live.";
    private static final Check CHECK = Check.LIVE_SERVER_ANSWERS_AS_DOCUMENTED;
    private static final int SHOWN = 80;

    private LiveComparison() {
    }

    /**
     * What the comparison found.
     *
     * @param findings the differences that are not server-assigned
     * @param notes    what was not compared and why
     */
    public record Result(List<Finding> findings, List<String> notes) {
        /**
         * Checks and copies the components.
         *
         * @param findings the differences that are not server-assigned
         * @param notes what was not compared and why
         */
        public Result {
            findings = List.copyOf(findings);
            notes = List.copyOf(notes);
        }

        /**
         * Whether the statuses matched, so the rest of the answer was compared.
         *
         * @return whether the statuses matched, so the rest of the answer was compared
         */
        public boolean statusMatched() {
            return findings.stream().noneMatch(f -> f.messageKey().equals(KEY_PREFIX + "status"));
        }
    }

    /**
     * Compares.
     *
     * @param caseName the case name
     * @param operation      the spec operation of the case, or null when the request fits none (then only the
     *                       entries for every operation apply)
     * @param documented     the documented response
     * @param documentedBody the body to expect: the documented one, or the corrected one of an erratum
     * @param answer the answer
     * @return the result
     */
    public static Result compare(String caseName, SpecOperation operation, HttpExample documented,
            String documentedBody, LiveAnswer answer) {
        List<Finding> findings = new ArrayList<>();
        Set<String> notes = new LinkedHashSet<>();
        int status = documented.status();
        if (answer.status() != status) {
            findings.add(finding(caseName, "status", null, String.valueOf(status), String.valueOf(answer.status()),
                    "the server answered another status than documented"
                            + (answer.body().isBlank() ? "" : "; its body: " + Text.abbreviate(
                                    Text.oneLine(answer.body()), 200))));
            return new Result(findings, List.copyOf(notes));
        }
        String operationId = operation == null ? null : operation.operationId();
        headers(caseName, operation, operationId, documented, answer, findings, notes);
        body(caseName, operationId, status, documentedBody, answer.body(), findings, notes);
        return new Result(findings, List.copyOf(notes));
    }

    private static void headers(String caseName, SpecOperation operation, String operationId, HttpExample documented,
            LiveAnswer answer, List<Finding> findings, Set<String> notes) {
        Optional<String> documentedType = documented.header(CONTENT_TYPE);
        if (documentedType.isPresent()) {
            Optional<String> liveType = answer.header(CONTENT_TYPE);
            if (liveType.isEmpty() || !mediaType(liveType.get()).equals(mediaType(documentedType.get()))) {
                findings.add(finding(caseName, "contentType", "header:" + CONTENT_TYPE,
                        mediaType(documentedType.get()), liveType.map(LiveComparison::mediaType).orElse("none"),
                        "the answer has another media type than documented"));
            }
        }
        if (operation == null) {
            return;
        }
        for (String name : operation.responseHeaderNames(documented.status())) {
            Optional<String> expected = documented.header(name);
            if (expected.isEmpty()) {
                continue;
            }
            Optional<String> live = answer.header(name);
            if (live.isEmpty()) {
                findings.add(finding(caseName, "header.missing", "header:" + name, expected.get(), null,
                        "the answer lacks a header the spec declares and the documented response shows"));
                continue;
            }
            Optional<ServerAssignedValues.Entry> assigned = ServerAssignedValues.forHeader(operationId,
                    documented.status(), name);
            if (assigned.isPresent()) {
                notes.add("not compared (server-assigned): header " + name + ": " + assigned.get().reason());
            } else if (!live.get().strip().equals(expected.get().strip())) {
                findings.add(finding(caseName, "header.different", "header:" + name, expected.get(), live.get(),
                        "the header has another value than documented"));
            }
        }
    }

    private static void body(String caseName, String operationId, int status, String documentedBody, String liveBody,
            List<Finding> findings, Set<String> notes) {
        boolean documentedEmpty = documentedBody == null || documentedBody.isBlank();
        boolean liveEmpty = liveBody.isBlank();
        if (documentedEmpty || liveEmpty) {
            if (documentedEmpty && !liveEmpty) {
                findings.add(finding(caseName, "body.unexpected", "", "no body", shown(liveBody),
                        "the documented response has no body, the answer has one"));
            } else if (!documentedEmpty) {
                findings.add(finding(caseName, "body.missing", "", shown(documentedBody), "no body",
                        "the documented response has a body, the answer has none"));
            }
            return;
        }
        JsonNode expected;
        try {
            expected = Json.readTree(documentedBody);
        } catch (JsonProcessingException notJson) {
            // Not JSON as documented (and no erratum corrects it): the text is all there is to compare.
            if (!documentedBody.strip().equals(liveBody.strip())) {
                findings.add(finding(caseName, "body.different", "", shown(documentedBody), shown(liveBody),
                        "the documented body is not JSON, and the answer's text differs from it"));
            }
            return;
        }
        JsonNode actual;
        try {
            actual = Json.readTree(liveBody);
        } catch (JsonProcessingException e) {
            findings.add(finding(caseName, "body.notJson", "", "JSON", shown(liveBody),
                    "the answer's body is not JSON: " + Text.oneLine(e.getOriginalMessage())));
            return;
        }
        for (JsonDiff.Difference d : JsonDiff.compare(expected, actual)) {
            Optional<ServerAssignedValues.Entry> assigned = ServerAssignedValues.forBody(operationId, status,
                    d.pointer());
            if (assigned.isPresent() && !(d.kind() == JsonDiff.Difference.Kind.MISSING
                    && assigned.get().names(d.pointer()))) {
                notes.add("not compared (server-assigned): " + assigned.get().location() + ": "
                        + assigned.get().reason());
                continue;
            }
            String kind = d.kind().name().toLowerCase(Locale.ROOT);
            String message;
            if (assigned.isPresent()) {
                message = "the answer lacks a value the server must assign (" + assigned.get().reason() + ")";
            } else if (d.kind() == JsonDiff.Difference.Kind.MISSING) {
                message = "the answer lacks a value of the documented body";
            } else if (d.kind() == JsonDiff.Difference.Kind.UNEXPECTED) {
                message = "the answer has a value the documented body does not have";
            } else {
                message = "the answer has another value than the documented body";
            }
            findings.add(finding(caseName, "body." + kind, d.pointer(), d.expected(), d.actual(), message));
        }
    }

    /** The media type of a Content-Type value, lower case, without parameters. */
    static String mediaType(String contentType) {
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    private static String shown(String body) {
        return Text.abbreviate(Text.oneLine(body.strip()), SHOWN);
    }

    private static Finding finding(String caseName, String key, String pointer, String expected, String found,
            String message) {
        return Finding.of(caseName, CHECK, KEY_PREFIX + key, pointer, expected, found, message);
    }
}
