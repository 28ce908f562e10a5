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
 * @param erratumId  the erratum that excuses this finding, or null
 * @param tolerance  the tolerance the spec declares for the service ({@code x-tolerated-by-service}) that covers
 *                   this finding, e.g. {@code propertyNameCase: insensitive}, or null. A tolerated finding is
 *                   reported but does not fail the gate, unless the run is strict (then it is made without one)
 */
public record Finding(String caseName, Check check, String messageKey, String pointer, String expected,
        String found, String message, String erratumId, String tolerance) {

    /** The key prefix of every finding the service tolerates, e.g. {@code conformance.tolerated.propertyNameCase}. */
    public static final String TOLERATED_KEY_PREFIX = "conformance.tolerated.";

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
     * @param tolerance the tolerance
     */
    public Finding {
        Objects.requireNonNull(caseName, "caseName");
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(messageKey, "messageKey");
        Objects.requireNonNull(message, "message");
    }

    /**
     * A finding no tolerance covers (excused by {@code erratumId} when not null).
     *
     * @param caseName the case name
     * @param check the check
     * @param messageKey the message key
     * @param pointer the pointer
     * @param expected the expected
     * @param found the found
     * @param message the message
     * @param erratumId the erratum id
     */
    public Finding(String caseName, Check check, String messageKey, String pointer, String expected, String found,
            String message, String erratumId) {
        this(caseName, check, messageKey, pointer, expected, found, message, erratumId, null);
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
     * @param message the message
     * @return A finding that stands (no erratum yet)
     */
    public static Finding of(String caseName, Check check, String messageKey, String pointer, String expected,
            String found, String message) {
        return new Finding(caseName, check, messageKey, pointer, expected, found, message, null);
    }

    /**
     * A finding the service tolerates, as the spec declares: reported as "tolerated by the service", never a
     * reason to fail a run that is not strict.
     *
     * @param tolerance the declared tolerance that covers it, e.g. {@code propertyNameCase: insensitive}
     * @param caseName the case name
     * @param check the check
     * @param messageKey the message key
     * @param pointer the pointer
     * @param expected the expected
     * @param found the found
     * @param message the message
     * @return A finding the service tolerates, as the spec declares: reported as "tolerated by the service", never a reason to fail a run that is not strict
     */
    public static Finding tolerated(String caseName, Check check, String messageKey, String pointer,
            String expected, String found, String message, String tolerance) {
        return new Finding(caseName, check, messageKey, pointer, expected, found, message, null,
                Objects.requireNonNull(tolerance, "tolerance"));
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
     * Whether the service tolerates this finding (as the spec declares), so it does not fail the run.
     *
     * @return whether the service tolerates this finding (as the spec declares), so it does not fail the run
     */
    public boolean tolerated() {
        return tolerance != null;
    }

    /**
     * Whether this finding fails the run: neither excused by an erratum nor tolerated by the service.
     *
     * @return whether this finding fails the run: neither excused by an erratum nor tolerated by the service
     */
    public boolean stands() {
        return erratumId == null && tolerance == null;
    }

    /**
     * This finding, excused by an erratum.
     *
     * @param id the id
     * @return this finding, excused by an erratum
     */
    public Finding excusedBy(String id) {
        return new Finding(caseName, check, messageKey, pointer, expected, found, message,
                Objects.requireNonNull(id, "id"), tolerance);
    }

    @Override
    public String toString() {
        String text = describe(messageKey, pointer, message, expected, found);
        if (erratumId != null) {
            return text + " - excused by erratum " + erratumId;
        }
        return tolerance == null ? text : text + " - tolerated by the service (" + tolerance + ")";
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
