package io.github.pctransfers.conformance.internal.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * A deliberately broken copy of a body, and the validator finding it must give.
 *
 * @param kind               what was broken
 * @param pointer            the JSON pointer of the changed or removed property
 * @param description        what was done, e.g. {@code /id: string "67c5…" replaced by the number 12345}
 * @param expectedMessageKey the validator key the copy must be reported with
 * @param expectedPointer    where the validator must report it ({@code ""} for the root)
 * @param body               the broken copy
 */
public record Mutation(Kind kind, String pointer, String description, String expectedMessageKey,
        String expectedPointer, JsonNode body) {

    /** The two kinds of breakage. */
    public enum Kind {
        /** A property given a value of another JSON type than its schema's. */
        WRONG_TYPE,
        /** A property the schema requires, removed. */
        MISSING_REQUIRED
    }

    /**
     * Checks and copies the components.
     *
     * @param body the broken copy
     * @param description what was done, e.g. {@code /id: string "67c5…" replaced by the number 12345}
     * @param expectedMessageKey the validator key the copy must be reported with
     * @param expectedPointer where the validator must report it ({@code ""} for the root)
     * @param kind what was broken
     * @param pointer the JSON pointer of the changed or removed property
     */
    public Mutation {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(expectedMessageKey, "expectedMessageKey");
        Objects.requireNonNull(expectedPointer, "expectedPointer");
        Objects.requireNonNull(body, "body");
    }
}
