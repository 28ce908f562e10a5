package io.github.pctransfers.conformance.cases;

import io.github.pctransfers.conformance.internal.cases.ExampleCaseLoader;
import java.util.regex.Pattern;

/** Where an example case comes from; reports always tell them apart. */
public enum Origin {
    /** Copied byte for byte from the Partner Center documentation; never edited. */
    DOCUMENTED("documented"),
    /** Written by this project where the documentation has no example, from the documented shapes. */
    AUTHORED("authored"),
    /**
     * Captured from real traffic (an entry of an HTTP Archive): no SOURCE.txt, ids and headers as they went over the
     * wire.
     */
    CAPTURED("captured");

    /**
     * The word that opens the first line of an authored case's SOURCE.txt (the project writes
     * {@code AUTHORED by the project, ...}). Anywhere else, for instance a documented case's note that a sibling
     * case is authored, it marks nothing.
     */
    public static final String AUTHORED_MARKER = "AUTHORED";
    private static final Pattern MARKER_WORD = Pattern.compile(AUTHORED_MARKER + "(?![A-Za-z0-9_-]).*", Pattern.DOTALL);

    private final String label;

    Origin(String label) {
        this.label = label;
    }

    /**
     * {@code documented}, {@code authored} or {@code captured}.
     *
     * @return {@code documented}, {@code authored} or {@code captured}
     */
    public String label() {
        return label;
    }

    /**
     * The origin a SOURCE.txt declares, the one rule of the example-folder format: authored when its first
     * non-blank line starts with the word {@value #AUTHORED_MARKER} (upper case, a whole word); documented
     * otherwise. (A folder without SOURCE.txt is {@link ExampleCaseLoader}'s concern: refused among the project's
     * examples, authored in a user's own folder.)
     *
     * @param sourceText the source text
     * @return the origin a SOURCE.txt declares, the one rule of the example-folder format: authored when its first
     *     non-blank line starts with the word {@value #AUTHORED_MARKER} (upper case, a whole word); documented
     *     otherwise
     */
    public static Origin ofSourceText(String sourceText) {
        for (String line : sourceText.split("\r\n|\r|\n")) {
            if (!line.isBlank()) {
                return MARKER_WORD.matcher(line.strip()).matches() ? AUTHORED : DOCUMENTED;
            }
        }
        return DOCUMENTED;
    }
}
