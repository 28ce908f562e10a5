package io.github.pctransfers.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The shape of a JSON body: every property path with the JSON type found there, to compare with the docs. */
final class JsonShapes {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonShapes() {
    }

    /** Paths such as {@code lineItems[].addonItems[].quantity} mapped to {@code number}, {@code string}, ... */
    static Map<String, String> of(String json) {
        try {
            Map<String, String> shape = new TreeMap<>();
            walk("", MAPPER.readTree(json), shape);
            return shape;
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + json, e);
        }
    }

    /** The JSON body of a documented response, {@code pctransfers/openapi/examples/<example>/response.http}. */
    static String documentedBody(String example) {
        String resource = "pctransfers/openapi/examples/" + example + "/response.http";
        try (InputStream in = JsonShapes.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the test classpath");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            // Not every example has a blank line before its body: the body starts at the first line opening JSON.
            for (String line : text.split("\n", -1)) {
                if (line.startsWith("{") || line.startsWith("[")) {
                    return text.substring(text.indexOf(line));
                }
            }
            throw new IllegalStateException(resource + " has no JSON body");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void walk(String path, JsonNode node, Map<String, String> shape) {
        if (node.isObject()) {
            if (!path.isEmpty()) {
                shape.put(path, "object");
            }
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                walk(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), shape);
            }
        } else if (node.isArray()) {
            shape.put(path.isEmpty() ? "(root)" : path, "array");
            for (JsonNode item : node) {
                walk(path + "[]", item, shape);
            }
        } else {
            shape.put(path, node.getNodeType().name().toLowerCase(Locale.ROOT));
        }
    }
}
