package io.github.pctransfers.conformance.internal.replay;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import io.github.pctransfers.client.model.TransfersJson;
import io.github.pctransfers.conformance.internal.Text;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a body into the client's typed models with {@link TransfersJson#newStrictObjectMapper()}, which fails on
 * any property the models do not declare. Instead of stopping at the first such property, every one is collected
 * (by JSON pointer), so one run names every documented property that would not land in a typed model property.
 */
public final class StrictMapping {

    private StrictMapping() {
    }

    /**
     * The result of a strict read.
     *
     * @param value              the model read, or null when reading failed
     * @param unknownProperties  JSON pointers of properties no model declares
     * @param failure            why reading failed (a type that does not fit, invalid JSON), or null
     * @param failurePointer     where it failed, or null
     */
    public record Result(Object value, List<String> unknownProperties, String failure, String failurePointer) {
        /**
         * Checks and copies the components.
         *
         * @param failure why reading failed (a type that does not fit, invalid JSON), or null
         * @param failurePointer where it failed, or null
         * @param unknownProperties JSON pointers of properties no model declares
         * @param value the model read, or null when reading failed
         */
        public Result {
            unknownProperties = List.copyOf(unknownProperties);
        }

        /**
         * Whether every property landed in a typed model property.
         *
         * @return whether every property landed in a typed model property
         */
        public boolean clean() {
            return failure == null && unknownProperties.isEmpty();
        }
    }

    /**
     * One strict mapper for every read, so its deserializers are built once per type (a mapper per read cost about
     * 10 % of a large capture's run). The problem handler is per read, on the {@link ObjectReader}, so reads on
     * several threads do not mix their findings.
     */
    private static final ObjectMapper STRICT = TransfersJson.newStrictObjectMapper();

    /**
     * Reads {@code body} as {@code type}, collecting every unknown property.
     *
     * @param body the body
     * @param type the type
     * @return {@code body} as {@code type}, collecting every unknown property
     */
    public static Result read(String body, JavaType type) {
        List<String> unknown = new ArrayList<>();
        ObjectReader reader = STRICT.readerFor(type).withHandler(new DeserializationProblemHandler() {
            @Override
            public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p,
                    JsonDeserializer<?> deserializer, Object beanOrClass, String propertyName) throws IOException {
                unknown.add(p.getParsingContext().pathAsPointer().toString());
                p.skipChildren();
                return true;
            }
        });
        try {
            return new Result(reader.readValue(body), unknown, null, null);
        } catch (JsonMappingException e) {
            return new Result(null, unknown, e.getOriginalMessage(), pointer(e.getPath()));
        } catch (JsonProcessingException e) {
            return new Result(null, unknown, "not JSON: " + e.getOriginalMessage(), null);
        }
    }

    private static String pointer(List<JsonMappingException.Reference> path) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference r : path) {
            b.append('/');
            if (r.getFieldName() != null) {
                b.append(Text.pointerSegment(r.getFieldName()));
            } else if (r.getIndex() >= 0) {
                b.append(r.getIndex());
            }
        }
        return b.toString();
    }
}
