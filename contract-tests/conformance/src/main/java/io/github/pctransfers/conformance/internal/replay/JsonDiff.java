package io.github.pctransfers.conformance.internal.replay;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.pctransfers.conformance.internal.Text;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Semantic comparison of two JSON documents: property order and whitespace do not matter, numbers compare by value
 * ({@code 1} equals {@code 1.0}), and two strings that are both RFC 3339 date-times compare as instants
 * ({@code 2020-03-25T22:24:23.183+00:00} equals {@code 2020-03-25T22:24:23.183Z}). Everything else must be equal:
 * nothing missing, nothing extra, array order kept.
 */
public final class JsonDiff {

    private JsonDiff() {
    }

    /**
     * One difference.
     *
     * @param pointer  where, as a JSON pointer ({@code ""} for the root)
     * @param kind     missing from the actual document, unexpected in it, or different
     * @param expected the expected value (JSON), or null when unexpected
     * @param actual   the actual value (JSON), or null when missing
     */
    public record Difference(String pointer, Kind kind, String expected, String actual) {
        /** How two documents differ at a pointer. */
        public enum Kind {
            /** In the expected document, not in the actual one. */
            MISSING,
            /** In the actual document, not in the expected one. */
            UNEXPECTED,
            /** In both, with different values. */
            DIFFERENT
        }

        @Override
        public String toString() {
            String where = pointer.isEmpty() ? "(root)" : pointer;
            switch (kind) {
                case MISSING:
                    return where + " missing (expected " + expected + ")";
                case UNEXPECTED:
                    return where + " unexpected (found " + actual + ")";
                default:
                    return where + " differs (expected " + expected + ", found " + actual + ")";
            }
        }
    }

    /**
     * Every difference between {@code expected} and {@code actual}, in document order.
     *
     * @param expected the expected
     * @param actual the actual
     * @return every difference between {@code expected} and {@code actual}, in document order
     */
    public static List<Difference> compare(JsonNode expected, JsonNode actual) {
        List<Difference> out = new ArrayList<>();
        compare("", expected, actual, out);
        return out;
    }

    /**
     * Whether two documents are semantically equal.
     *
     * @param expected the expected
     * @param actual the actual
     * @return whether two documents are semantically equal
     */
    public static boolean equivalent(JsonNode expected, JsonNode actual) {
        return compare(expected, actual).isEmpty();
    }

    private static void compare(String pointer, JsonNode expected, JsonNode actual, List<Difference> out) {
        if (expected.isObject() && actual.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = expected.properties().iterator(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String p = pointer + "/" + Text.pointerSegment(e.getKey());
                JsonNode a = actual.get(e.getKey());
                if (a == null) {
                    out.add(new Difference(p, Difference.Kind.MISSING, abbreviate(e.getValue()), null));
                } else {
                    compare(p, e.getValue(), a, out);
                }
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = actual.properties().iterator(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> a = it.next();
                if (!expected.has(a.getKey())) {
                    out.add(new Difference(pointer + "/" + Text.pointerSegment(a.getKey()),
                            Difference.Kind.UNEXPECTED, null, abbreviate(a.getValue())));
                }
            }
            return;
        }
        if (expected.isArray() && actual.isArray()) {
            int common = Math.min(expected.size(), actual.size());
            for (int i = 0; i < common; i++) {
                compare(pointer + "/" + i, expected.get(i), actual.get(i), out);
            }
            for (int i = common; i < expected.size(); i++) {
                out.add(new Difference(pointer + "/" + i, Difference.Kind.MISSING, abbreviate(expected.get(i)), null));
            }
            for (int i = common; i < actual.size(); i++) {
                out.add(new Difference(pointer + "/" + i, Difference.Kind.UNEXPECTED, null, abbreviate(actual.get(i))));
            }
            return;
        }
        if (!sameValue(expected, actual)) {
            out.add(new Difference(pointer, Difference.Kind.DIFFERENT, abbreviate(expected), abbreviate(actual)));
        }
    }

    private static boolean sameValue(JsonNode expected, JsonNode actual) {
        if (expected.isNumber() && actual.isNumber()) {
            return expected.decimalValue().compareTo(actual.decimalValue()) == 0;
        }
        if (expected.isTextual() && actual.isTextual()) {
            if (expected.textValue().equals(actual.textValue())) {
                return true;
            }
            Optional<OffsetDateTime> e = instant(expected.textValue());
            Optional<OffsetDateTime> a = instant(actual.textValue());
            return e.isPresent() && a.isPresent() && e.get().toInstant().equals(a.get().toInstant());
        }
        return Objects.equals(expected, actual);
    }

    /** An RFC 3339 date-time (offset required, 0 to 9 fractional digits). */
    static Optional<OffsetDateTime> instant(String text) {
        try {
            return Optional.of(OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        } catch (DateTimeParseException notADateTime) {
            return Optional.empty();
        }
    }

    private static String abbreviate(JsonNode node) {
        return Text.abbreviate(node.toString(), 80);
    }
}
