package io.github.pctransfers.conformance.coverage;

/** How a documented status of an operation is covered, best first. */
public enum CoverageState {
    /** A documented example (copied from the docs) shows it. */
    DOCUMENTED("documented"),
    /** Only an example written by the project shows it. */
    AUTHORED("authored"),
    /** Only captured traffic shows it. */
    CAPTURED("captured"),
    /** Nothing shows it, and the coverage policy accepts that, with a reason. */
    ACCEPTED_GAP("accepted gap"),
    /** Nothing shows it, and no policy entry accepts that. */
    GAP("gap");

    private final String label;

    CoverageState(String label) {
        this.label = label;
    }

    /**
     * As reports write it, e.g. {@code accepted gap}.
     *
     * @return the string
     */
    public String label() {
        return label;
    }

    /**
     * Whether an example of any kind shows the status.
     *
     * @return whether an example of any kind shows the status
     */
    public boolean covered() {
        return this == DOCUMENTED || this == AUTHORED || this == CAPTURED;
    }
}
