package io.github.pctransfers.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.pctransfers.client.errors.DocumentedErrorCode;
import java.util.Map;

/**
 * What an operation answers, before the common headers are added: a status, a JSON body (or none) and any extra
 * headers.
 */
final class Reply {
    static final String JSON_UTF8 = "application/json; charset=utf-8";

    private final int status;
    private final JsonNode body;
    private final Map<String, String> headers;

    Reply(int status, JsonNode body, Map<String, String> headers) {
        this.status = status;
        this.body = body;
        this.headers = headers;
    }

    public int status() {
        return status;
    }

    public JsonNode body() {
        return body;
    }

    public Map<String, String> headers() {
        return headers;
    }

    @Override
    public String toString() {
        return "Reply[status=" + status
                + ", body=" + body
                + ", headers=" + headers + "]";
    }


    static Reply of(int status, JsonNode body) {
        return new Reply(status, body, Map.of());
    }

    static Reply noContent() {
        return new Reply(204, null, Map.of());
    }

    /**
     * A Partner Center error body ({@code {"code", "description", "data", "source": "PartnerFD"}}) of a code of the
     * catalogue: its status, its wording with {@code values} filled in, and {@code data}.
     */
    static Reply error(DocumentedErrorCode code, Map<String, ?> values, String... data) {
        return new Reply(code.httpStatus(), SimulatorJson.error(code.numericCode(), code.fill(values), data), Map.of());
    }

    /**
     * An error answer for which the catalogue has no code (no route, a method not allowed, a media type refused, a
     * fault status no code is documented with): the status itself is the code.
     */
    static Reply statusError(int status, String description) {
        if (DocumentedErrorCode.of(status).isPresent()) {
            throw new IllegalArgumentException(status + " is a documented code: answer it with its wording");
        }
        return new Reply(status, SimulatorJson.error(status, description), Map.of());
    }
}
