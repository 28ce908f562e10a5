package io.github.pctransfers.conformance.http;

import java.util.Objects;

/**
 * One header line of an HTTP example, name as written and value without surrounding whitespace.
 *
 * @param name  the header name as written (compare case-insensitively)
 * @param value the value, trimmed
 */
public record HttpHeader(String name, String value) {
    public HttpHeader {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }

    /** Whether this header has the given name, compared case-insensitively as HTTP requires. */
    public boolean is(String headerName) {
        return name.equalsIgnoreCase(headerName);
    }

    @Override
    public String toString() {
        return name + ": " + value;
    }
}
