package io.github.pctransfers.conformance.internal.live;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The one list of values a live server assigns anew, so a live answer may differ from the documented one there:
 * ids of the things a request creates, the server's clock, request ids and waits. Everything else in a live
 * answer must equal the documented response (see {@link LiveComparison}).
 *
 * <p>An entry relaxes the comparison only where it applies (operation, status, place). A body value it names must
 * still be present, since the server has to assign it; only its value is not compared, and neither is anything
 * below it. A header it names must still be present; only its value is not compared. The spec check of the live
 * answer still applies to these values (an id must still be a GUID, a time a date-time).
 */
public final class ServerAssignedValues {

    /** Where a server-assigned value sits. */
    public enum Place {
        /** In the JSON body, at a JSON pointer; {@code *} stands for any one segment (an array index). */
        BODY,
        /** A response header, by name (compared case-insensitively). */
        HEADER
    }

    /**
     * One server-assigned value.
     *
     * @param place       body or header
     * @param operationId the operation whose answers it appears in, or {@code *} for every operation
     * @param status      the answer status it appears in: a status ({@code 429}), a range ({@code 2XX}) or {@code *}
     * @param location    a JSON pointer pattern for the body (a {@code *} segment matches any one segment, e.g. an
     *                    array index), a header name for a header
     * @param reason      why the server assigns it anew
     */
    public record Entry(Place place, String operationId, String status, String location, String reason) {
        /**
         * Checks and copies the components.
         *
         * @param location a JSON pointer pattern for the body (a {@code *} segment matches any one segment, e.g. an array index), a header name for a header
         * @param operationId the operation whose answers it appears in, or {@code *} for every operation
         * @param place body or header
         * @param reason why the server assigns it anew
         * @param status the answer status it appears in: a status ({@code 429}), a range ({@code 2XX}) or {@code *}
         */
        public Entry {
            Objects.requireNonNull(place, "place");
            Objects.requireNonNull(operationId, "operationId");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(location, "location");
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("a server-assigned value needs a reason: " + location);
            }
        }

        /**
         * Whether the entry applies to an answer of this operation (null when unknown) with this status.
         *
         * @param operation the operation
         * @param answerStatus the answer status
         * @return whether the entry applies to an answer of this operation (null when unknown) with this status
         */
        public boolean appliesTo(String operation, int answerStatus) {
            boolean op = operationId.equals("*") || operationId.equals(operation);
            String s = String.valueOf(answerStatus);
            boolean st = status.equals("*") || status.equals(s)
                    || (status.length() == 3 && status.endsWith("XX") && status.charAt(0) == s.charAt(0));
            return op && st;
        }

        /**
         * For a body entry: whether a JSON pointer is the value this entry names.
         *
         * @param pointer the pointer
         * @return for a body entry: whether a JSON pointer is the value this entry names
         */
        public boolean names(String pointer) {
            return place == Place.BODY && matchedSegments(pointer) == segments(location).length
                    && segments(pointer).length == segments(location).length;
        }

        /**
         * For a body entry: whether a JSON pointer is the value this entry names or lies below it.
         *
         * @param pointer the pointer
         * @return for a body entry: whether a JSON pointer is the value this entry names or lies below it
         */
        public boolean covers(String pointer) {
            return place == Place.BODY && matchedSegments(pointer) == segments(location).length;
        }

        /**
         * For a header entry: whether it names this header.
         *
         * @param name the name
         * @return for a header entry: whether it names this header
         */
        public boolean namesHeader(String name) {
            return place == Place.HEADER && location.equalsIgnoreCase(name);
        }

        /** How many leading segments of the pattern the pointer matches (all of them when it names or is below). */
        private int matchedSegments(String pointer) {
            String[] pattern = segments(location);
            String[] actual = segments(pointer);
            if (actual.length < pattern.length) {
                return -1;
            }
            for (int i = 0; i < pattern.length; i++) {
                if (!pattern[i].equals("*") && !pattern[i].equals(actual[i])) {
                    return -1;
                }
            }
            return pattern.length;
        }

        private static String[] segments(String pointer) {
            return pointer.isEmpty() ? new String[0] : pointer.substring(1).split("/", -1);
        }

        @Override
        public String toString() {
            return (place == Place.BODY ? location : "header " + location) + " of " + operationId + " " + status
                    + ": " + reason;
        }
    }

    private static final String CLOCK = "the server's clock when it answers";
    private static final String SUBSCRIBER = "the registration's id, which the server assigns (the calling partner's"
            + " tenant id in the authored examples; a test server has its own caller)";

    /** Every server-assigned value, with the reason. */
    public static final List<Entry> ALL = List.of(
            // A create makes a new transfer: the server names it and stamps it.
            new Entry(Place.BODY, "createTransfer", "2XX", "/id",
                    "the id of the created transfer: the server assigns it"),
            new Entry(Place.BODY, "createTransfer", "2XX", "/createdTime", CLOCK + " (the transfer is created now)"),
            new Entry(Place.BODY, "createTransfer", "2XX", "/lastModifiedTime", CLOCK + " (the transfer is created"
                    + " now)"),
            new Entry(Place.BODY, "createTransfer", "2XX", "/expirationTime", "the server's clock at creation plus"
                    + " the transfer's lifetime (30 days on the pages), to the server's precision"),
            new Entry(Place.BODY, "createTransfer", "2XX", "/links/self/uri",
                    "the address of the created transfer, which embeds its new id"),
            // An update stamps the transfer it changes.
            new Entry(Place.BODY, "updateTransfer", "2XX", "/lastModifiedTime", CLOCK + " (the transfer changes now)"),
            // An accept creates orders: new ids, addresses and version tags, stamped now.
            new Entry(Place.BODY, "acceptTransfer", "2XX", "/orders/*/id",
                    "the id of an order the accept creates: the server assigns it"),
            new Entry(Place.BODY, "acceptTransfer", "2XX", "/orders/*/alternateId",
                    "the alternate id of a created order, which repeats its new id"),
            new Entry(Place.BODY, "acceptTransfer", "2XX", "/orders/*/creationDate", CLOCK + " (the order is created"
                    + " now)"),
            new Entry(Place.BODY, "acceptTransfer", "2XX", "/orders/*/links/*/uri",
                    "an address of a created order, which embeds its new id"),
            new Entry(Place.BODY, "acceptTransfer", "2XX", "/orders/*/attributes/etag",
                    "the version tag of a created order, derived from its new id"),
            // The webhook registration and its test events: named by the server.
            new Entry(Place.BODY, "createWebhookRegistration", "2XX", "/subscriberId", SUBSCRIBER),
            new Entry(Place.BODY, "getWebhookRegistration", "2XX", "/subscriberId", SUBSCRIBER),
            new Entry(Place.BODY, "updateWebhookRegistration", "2XX", "/subscriberId", SUBSCRIBER),
            new Entry(Place.BODY, "createWebhookValidationEvent", "2XX", "/correlationId",
                    "the id of the test event the request sends: the server assigns it"),
            // Request ids: Partner Center echoes the caller's, but a gateway in front of a service may assign its own.
            new Entry(Place.HEADER, "*", "*", "MS-RequestId",
                    "the request id: echoed by Partner Center, but a gateway or service may assign its own"),
            new Entry(Place.HEADER, "*", "*", "MS-CorrelationId",
                    "the correlation id: echoed by Partner Center, but a gateway or service may assign its own"),
            // The challenge of a 401 names the service instance that issued it.
            new Entry(Place.HEADER, "*", "401", "WWW-Authenticate", "the challenge's realm names the answering"
                    + " service's own id (urn:cpsvc:cpid:...), which each deployment has its own"),
            // Throttling: how long to wait is the server's choice at the time.
            new Entry(Place.HEADER, "*", "429", "Retry-After", "the wait the server chooses when it throttles"),
            new Entry(Place.BODY, "*", "429", "/message",
                    "the throttling message, which names the wait the server chooses"));

    private ServerAssignedValues() {
    }

    /**
     * The body entry that covers a JSON pointer of an answer of this operation and status, if any.
     *
     * @param operationId the operation id
     * @param status the status
     * @param pointer the pointer
     * @return the body entry that covers a JSON pointer of an answer of this operation and status, if any
     */
    public static Optional<Entry> forBody(String operationId, int status, String pointer) {
        return ALL.stream().filter(e -> e.appliesTo(operationId, status) && e.covers(pointer)).findFirst();
    }

    /**
     * The header entry for a header of an answer of this operation and status, if any.
     *
     * @param operationId the operation id
     * @param status the status
     * @param header the header
     * @return the header entry for a header of an answer of this operation and status, if any
     */
    public static Optional<Entry> forHeader(String operationId, int status, String header) {
        return ALL.stream().filter(e -> e.appliesTo(operationId, status) && e.namesHeader(header)).findFirst();
    }
}
