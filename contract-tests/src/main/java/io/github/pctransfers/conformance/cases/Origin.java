package io.github.pctransfers.conformance.cases;

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

    /** The first line of an authored case's SOURCE.txt starts with this. */
    public static final String AUTHORED_MARKER = "AUTHORED by the project";

    private final String label;

    Origin(String label) {
        this.label = label;
    }

    /** {@code documented}, {@code authored} or {@code captured}. */
    public String label() {
        return label;
    }

    /** The origin a SOURCE.txt declares: authored when its first non-blank line starts with the marker. */
    public static Origin ofSourceText(String sourceText) {
        for (String line : sourceText.split("\r\n|\r|\n")) {
            if (!line.isBlank()) {
                return line.strip().startsWith(AUTHORED_MARKER) ? AUTHORED : DOCUMENTED;
            }
        }
        return DOCUMENTED;
    }
}
