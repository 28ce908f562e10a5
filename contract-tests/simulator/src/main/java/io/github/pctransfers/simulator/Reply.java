package io.github.pctransfers.simulator;

import com.fasterxml.jackson.databind.JsonNode;
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

    /** A Partner Center error body: {@code {"code", "description", "data", "source": "PartnerFD"}}. */
    static Reply error(int status, int code, String description, String... data) {
        return new Reply(status, SimulatorJson.error(code, description, data), Map.of());
    }
}
