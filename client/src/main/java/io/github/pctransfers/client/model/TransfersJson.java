package io.github.pctransfers.client.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * The JSON mapping of the models, as the client reads and writes Partner Center bodies. API (see client/API.md):
 * the models are Jackson-annotated, but read correctly only with this configuration (lenient timestamps, unset
 * properties never written), so it is offered beside them, e.g. to store or replay what the client returned.
 */
public final class TransfersJson {
    private TransfersJson() {
    }

    /**
     * A mapper that reads tolerantly (unknown properties ignored, lenient timestamps) and writes only what is
     * set: a request never carries a null or a property the caller did not give.
     *
     * @return a mapper that reads tolerantly (unknown properties ignored, lenient timestamps) and writes only what is
     *     set: a request never carries a null or a property the caller did not give
     */
    public static ObjectMapper newObjectMapper() {
        return configure(JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)).build();
    }

    /**
     * A mapper that fails on any property the models do not declare: the conformance kit uses it to prove that
     * every documented property lands in a typed model property.
     *
     * @return a mapper that fails on any property the models do not declare: the conformance kit uses it to prove that
     *     every documented property lands in a typed model property
     */
    public static ObjectMapper newStrictObjectMapper() {
        return configure(JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)).build();
    }

    private static JsonMapper.Builder configure(JsonMapper.Builder builder) {
        SimpleModule timestamps = new SimpleModule("PartnerCenterTimestamps");
        timestamps.addDeserializer(OffsetDateTime.class, new LenientOffsetDateTimeDeserializer());
        return builder
                .annotationIntrospector(new NeverWriteNulls())
                .addModule(new JavaTimeModule())
                .addModule(timestamps)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .defaultPropertyInclusion(
                        JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL));
    }

    /**
     * The generated models mark required properties {@code @JsonInclude(ALWAYS)}, which would send
     * {@code "sourcePartnerTenantId": null} for a property the caller left unset. Here an unset property is
     * never written, whatever the annotation says.
     */
    static final class NeverWriteNulls extends JacksonAnnotationIntrospector {
        private static final long serialVersionUID = 1L;

        @Override
        public JsonInclude.Value findPropertyInclusion(Annotated a) {
            JsonInclude.Value inclusion = super.findPropertyInclusion(a);
            return inclusion.getValueInclusion() == JsonInclude.Include.ALWAYS
                    ? inclusion.withValueInclusion(JsonInclude.Include.NON_NULL) : inclusion;
        }
    }

    /** Reads {@link OffsetDateTime} with {@link Timestamps#parse}, keeping the offset as sent. */
    static final class LenientOffsetDateTimeDeserializer extends StdScalarDeserializer<OffsetDateTime> {
        private static final long serialVersionUID = 1L;

        LenientOffsetDateTimeDeserializer() {
            super(OffsetDateTime.class);
        }

        @Override
        public OffsetDateTime deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (OffsetDateTime) ctxt.handleUnexpectedToken(OffsetDateTime.class, p);
            }
            String text = p.getText();
            if (text.isBlank()) {
                return null;
            }
            try {
                return Timestamps.parse(text);
            } catch (DateTimeParseException e) {
                return (OffsetDateTime) ctxt.handleWeirdStringValue(OffsetDateTime.class, text,
                        "not an RFC 3339 date-time: %s", e.getMessage());
            }
        }
    }
}
