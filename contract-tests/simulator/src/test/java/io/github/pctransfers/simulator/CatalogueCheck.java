package io.github.pctransfers.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.pctransfers.client.errors.DocumentedErrorCode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Holds a simulator error answer to the error catalogue ({@link DocumentedErrorCode}): an answer that carries a
 * catalogue code has the code's status and its wording, each placeholder filled with some text; an answer with no
 * catalogue code carries its own status as the code (no route, method not allowed, a fault status no code comes
 * with). Throttling bodies (429) have no code and are not error bodies.
 */
final class CatalogueCheck {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[A-Za-z]+}");

    private CatalogueCheck() {
    }

    /** What is wrong with this error answer; empty when it holds (or is no error answer). */
    static List<String> problems(int status, String body) {
        List<String> problems = new ArrayList<>();
        if (status < 400 || status == 429 || body == null || body.isBlank()) {
            return problems;
        }
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (IOException e) {
            return problems; // a body cut in half by a malformed-body fault
        }
        String code = json.path("code").asText();
        String description = json.path("description").asText();
        Optional<DocumentedErrorCode> documented = DocumentedErrorCode.of(code);
        if (documented.isEmpty()) {
            if (!code.equals(String.valueOf(status))) {
                problems.add(status + " " + code + ": neither a catalogue code nor the status as the code");
            }
            return problems;
        }
        DocumentedErrorCode entry = documented.get();
        if (entry.httpStatus() != status) {
            problems.add(code + " answered with " + status + ", the catalogue says " + entry.httpStatus());
        }
        if (!wordingPattern(entry).matcher(description).matches()) {
            problems.add(code + " described as \"" + description + "\", the catalogue says \"" + entry.wording()
                    + "\"");
        }
        return problems;
    }

    /** The wording as a pattern: the text as it is, each placeholder any non-empty text. */
    static Pattern wordingPattern(DocumentedErrorCode entry) {
        StringBuilder regex = new StringBuilder();
        Matcher m = PLACEHOLDER.matcher(entry.wording());
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(entry.wording().substring(last, m.start()))).append(".+");
            last = m.end();
        }
        return Pattern.compile(regex.append(Pattern.quote(entry.wording().substring(last))).toString());
    }
}
