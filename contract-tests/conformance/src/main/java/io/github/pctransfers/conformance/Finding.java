package io.github.pctransfers.conformance;

import java.util.Objects;

/**
 * One thing a check found wrong.
 *
 * @param caseName   the example case (its folder name)
 * @param check      the check that found it
 * @param messageKey what kind of problem: a swagger-request-validator key such as
 *                   {@code validation.request.body.schema.pattern}, or a {@code conformance.*} key of this kit
 * @param pointer    where: a JSON pointer into the body ({@code /lineItems/0/id}), {@code ""} for the whole body,
 *                   or a header or path position such as {@code header:MS-RequestId}; null when not applicable
 * @param expected   what was expected (documented value, schema rule), or null
 * @param found      what was found, or null
 * @param message    a sentence saying what is wrong
 * @param erratumId  the erratum that excuses this finding, or null when it stands
 */
public record Finding(String caseName, Check check, String messageKey, String pointer, String expected,
        String found, String message, String erratumId) {

    /**
     * Checks and copies the components.
     *
     * @param caseName the example case (its folder name)
     * @param check the check that found it
     * @param erratumId the erratum that excuses this finding, or null when it stands
     * @param expected what was expected (documented value, schema rule), or null
     * @param found what was found, or null
     * @param message a sentence saying what is wrong
     * @param messageKey what kind of problem: a swagger-request-validator key such as {@code validation.request.body.schema.pattern}, or a {@code conformance.*} key of this kit
     * @param pointer where: a JSON pointer into the body ({@code /lineItems/0/id}), {@code ""} for the whole body, or a header or path position such as {@code header:MS-RequestId}; null when not applicable
     */
    public Finding {
        Objects.requireNonNull(caseName, "caseName");
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(messageKey, "messageKey");
        Objects.requireNonNull(message, "message");
    }

    /**
     * A finding that stands (no erratum yet).
     *
     * @param caseName the case name
     * @param check the check
     * @param messageKey the message key
     * @param pointer the pointer
     * @param expected the expected
     * @param found the found
     * @param message what went wrong
     * @return a finding that stands (no erratum yet)
     */
    public static Finding of(String caseName, Check check, String messageKey, String pointer, String expected,
            String found, String message) {
        return new Finding(caseName, check, messageKey, pointer, expected, found, message, null);
    }

    /**
     * Whether an erratum excuses this finding.
     *
     * @return whether an erratum excuses this finding
     */
    public boolean excused() {
        return erratumId != null;
    }

    /**
     * This finding, excused by an erratum.
     *
     * @param id the id
     * @return this finding, excused by an erratum
     */
    public Finding excusedBy(String id) {
        return new Finding(caseName, check, messageKey, pointer, expected, found, message,
                Objects.requireNonNull(id, "id"));
    }

    @Override
    public String toString() {
        String text = describe(messageKey, pointer, message, expected, found);
        return erratumId == null ? text : text + " - excused by erratum " + erratumId;
    }

    /**
     * The one wording of a finding, shared by findings and gate problems:
     * {@code [key] at /pointer: message (expected E, found F)}.
     *
     * @param key the key
     * @param pointer the pointer
     * @param message what went wrong
     * @param expected the expected
     * @param found the found
     * @return the one wording of a finding, shared by findings and gate problems: {@code [key] at /pointer: message
     *     (expected E, found F)}
     */
    public static String describe(String key, String pointer, String message, String expected, String found) {
        StringBuilder b = new StringBuilder();
        b.append('[').append(key).append(']');
        if (pointer != null) {
            b.append(" at ").append(pointer.isEmpty() ? "(whole body)" : pointer);
        }
        b.append(": ").append(message);
        if (expected != null || found != null) {
            b.append(" (expected ").append(expected).append(", found ").append(found).append(')');
        }
        return b.toString();
    }
}
