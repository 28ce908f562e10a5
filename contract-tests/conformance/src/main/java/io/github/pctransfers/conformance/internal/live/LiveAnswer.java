package io.github.pctransfers.conformance.internal.live;

import io.github.pctransfers.conformance.http.HttpHeader;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a live server answered.
 *
 * @param status  the status
 * @param headers the headers, as received
 * @param body    the body, decoded (the charset of Content-Type, else UTF-8), or empty
 * @param elapsed how long the answer took
 */
public record LiveAnswer(int status, List<HttpHeader> headers, String body, Duration elapsed) {
    /**
     * Checks and copies the components.
     *
     * @param body the body, decoded (the charset of Content-Type, else UTF-8), or empty
     * @param elapsed how long the answer took
     * @param headers the headers, as received
     * @param status the status
     */
    public LiveAnswer {
        headers = List.copyOf(headers);
        body = body == null ? "" : body;
        Objects.requireNonNull(elapsed, "elapsed");
    }

    /**
     * Header.
     *
     * @param name the name
     * @return the optional
     */
    public Optional<String> header(String name) {
        return HttpHeader.first(headers, name);
    }
}
