package io.github.pctransfers.conformance.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One header line of an HTTP example, name as written and value without surrounding whitespace.
 *
 * @param name  the header name as written (compare case-insensitively)
 * @param value the value, trimmed
 */
public record HttpHeader(String name, String value) {
    /**
     * Checks and copies the components.
     *
     * @param name the header name as written (compare case-insensitively)
     * @param value the value, trimmed
     */
    public HttpHeader {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }

    /**
     * Whether this header has the given name, compared case-insensitively as HTTP requires.
     *
     * @param headerName the header name
     * @return whether this header has the given name, compared case-insensitively as HTTP requires
     */
    public boolean is(String headerName) {
        return name.equalsIgnoreCase(headerName);
    }

    /**
     * The first value of a header among {@code headers}, the name compared case-insensitively.
     *
     * @param headers the headers to look in
     * @param headerName the header name
     * @return the first value of a header among {@code headers}, the name compared case-insensitively
     */
    public static Optional<String> first(List<HttpHeader> headers, String headerName) {
        for (HttpHeader h : headers) {
            if (h.is(headerName)) {
                return Optional.of(h.value());
            }
        }
        return Optional.empty();
    }

    /**
     * Every value of a header among {@code headers}, in order.
     *
     * @param headers the headers to look in
     * @param headerName the header name
     * @return every value of a header among {@code headers}, in order
     */
    public static List<String> values(List<HttpHeader> headers, String headerName) {
        List<String> values = new ArrayList<>();
        for (HttpHeader h : headers) {
            if (h.is(headerName)) {
                values.add(h.value());
            }
        }
        return values;
    }

    @Override
    public String toString() {
        return name + ": " + value;
    }
}
