package io.github.pctransfers.conformance.gate;

import io.github.pctransfers.conformance.Finding;
import java.util.Objects;

/**
 * One reason the gate fails, whatever found it: a finding of a check on a case, a stale erratum, a coverage gap or
 * a stale coverage policy entry. This is the flat shape every report lists.
 *
 * @param subject  what it is about: a case name, an erratum id, or an operation and status
 * @param check    the check id ({@code request-matches-spec}, ...), or {@code errata} or {@code coverage}
 * @param key      what kind of problem, e.g. {@code validation.response.body.schema.type},
 *                 {@code conformance.erratum.stale}, {@code conformance.coverage.gap}
 * @param pointer  where: a JSON pointer into a body ({@code /status}, {@code ""} for the whole body), a header or
 *                 parameter ({@code header:MS-RequestId}), a matrix cell ({@code /createTransfer/409}); or null
 * @param expected what was expected, or null
 * @param found    what was found, or null
 * @param message  a sentence saying what is wrong
 */
public record Problem(String subject, String check, String key, String pointer, String expected, String found,
        String message) {

    /**
     * Checks and copies the components.
     *
     * @param check the check id ({@code request-matches-spec}, ...), or {@code errata} or {@code coverage}
     * @param expected what was expected, or null
     * @param found what was found, or null
     * @param key what kind of problem, e.g. {@code validation.response.body.schema.type}, {@code conformance.erratum.stale}, {@code conformance.coverage.gap}
     * @param message a sentence saying what is wrong
     * @param pointer where: a JSON pointer into a body ({@code /status}, {@code ""} for the whole body), a header or parameter ({@code header:MS-RequestId}), a matrix cell ({@code /createTransfer/409}); or null
     * @param subject what it is about: a case name, an erratum id, or an operation and status
     */
    public Problem {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(message, "message");
    }

    /**
     * The problem a standing finding is.
     *
     * @param finding the finding
     * @return the problem a standing finding is
     */
    public static Problem of(Finding finding) {
        return new Problem(finding.caseName(), finding.check().id(), finding.messageKey(), finding.pointer(),
                finding.expected(), finding.found(), finding.message());
    }

    /**
     * One line (line breaks in messages become spaces) for a console or a log, e.g. {@code get-x /
     *     response-matches-spec [key] at /status: message}.
     *
     * @return one line (line breaks in messages become spaces) for a console or a log, e.g. {@code get-x /
     *     response-matches-spec [key] at /status: message}
     */
    public String describe() {
        return (subject + " / " + check + " " + Finding.describe(key, pointer, message, expected, found))
                .replaceAll("\\s*\\R\\s*", " ");
    }
}
