package io.github.pctransfers.conformance.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** How the kit reads JSON bodies as trees (no data binding). Internal to the kit: not an API. */
public final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    /**
     * The tree of {@code text}.
     *
     * @param text the text
     * @return the tree of {@code text}
     * @throws com.fasterxml.jackson.core.JsonProcessingException when it fails
     */
    public static JsonNode readTree(String text) throws JsonProcessingException {
        return MAPPER.readTree(text);
    }

    /**
     * The tree of {@code text}, or null when it is null, blank or not JSON.
     *
     * @param text the text
     * @return the tree of {@code text}, or null when it is null, blank or not JSON
     */
    public static JsonNode parseQuietly(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException notJson) {
            return null;
        }
    }
}
