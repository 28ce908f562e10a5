package io.github.pctransfers.conformance.live;

import java.util.Objects;

/**
 * The access token a live run sends as {@code Authorization: Bearer <token>}. It is never printed: {@link #toString()}
 * hides it, and {@link #scrub(String)} removes it from any text that goes into a finding, a note or a report (a
 * server could echo it back in a body).
 */
public final class BearerToken {
    /** What a live run sends when no token is given: the documented requests show a placeholder too. */
    public static final BearerToken PLACEHOLDER = new BearerToken("placeholder-token", true);

    private static final String HIDDEN = "<token>";

    private final String value;
    private final boolean placeholder;

    private BearerToken(String value, boolean placeholder) {
        this.value = value;
        this.placeholder = placeholder;
    }

    /**
     * A real token.
     *
     * @param value the value
     * @return a real token
     * @throws IllegalArgumentException when the token is blank or holds a character a header value cannot carry
     */
    public static BearerToken of(String value) {
        Objects.requireNonNull(value, "value");
        String v = value.strip();
        if (v.isEmpty()) {
            throw new IllegalArgumentException("the access token is empty");
        }
        if (!v.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            throw new IllegalArgumentException("the access token holds a character a header value cannot carry"
                    + " (only visible ASCII, no spaces)");
        }
        return new BearerToken(v, false);
    }

    /**
     * The {@code Authorization} header value, {@code Bearer <token>}: for the HTTP client that sends a live run's
     * requests only (never print it).
     *
     * @return the {@code Authorization} header value, {@code Bearer <token>}: for the HTTP client that sends a live run's requests only (never print it)
     */
    public String headerValue() {
        return "Bearer " + value;
    }

    /**
     * Whether this is the placeholder, not a real token.
     *
     * @return whether this is the placeholder, not a real token
     */
    public boolean placeholder() {
        return placeholder;
    }

    /**
     * The text with every occurrence of the token replaced by {@code <token>}.
     *
     * @param text the text
     * @return the text with every occurrence of the token replaced by {@code <token>}
     */
    public String scrub(String text) {
        return text == null || placeholder ? text : text.replace(value, HIDDEN);
    }

    /** Says which kind of token it is, never the token. */
    @Override
    public String toString() {
        return placeholder ? "the placeholder token" : "an access token (not shown)";
    }
}
