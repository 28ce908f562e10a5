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

    public Finding {
        Objects.requireNonNull(caseName, "caseName");
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(messageKey, "messageKey");
        Objects.requireNonNull(message, "message");
    }

    /** A finding that stands (no erratum yet). */
    public static Finding of(String caseName, Check check, String messageKey, String pointer, String expected,
            String found, String message) {
        return new Finding(caseName, check, messageKey, pointer, expected, found, message, null);
    }

    /** Whether an erratum excuses this finding. */
    public boolean excused() {
        return erratumId != null;
    }

    /** This finding, excused by an erratum. */
    public Finding excusedBy(String id) {
        return new Finding(caseName, check, messageKey, pointer, expected, found, message,
                Objects.requireNonNull(id, "id"));
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        b.append('[').append(messageKey).append(']');
        if (pointer != null) {
            b.append(" at ").append(pointer.isEmpty() ? "(whole body)" : pointer);
        }
        b.append(": ").append(message);
        if (expected != null || found != null) {
            b.append(" (expected ").append(expected).append(", found ").append(found).append(')');
        }
        if (erratumId != null) {
            b.append(" - excused by erratum ").append(erratumId);
        }
        return b.toString();
    }
}
