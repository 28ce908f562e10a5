package io.github.pctransfers.conformance.cases;

import java.util.List;
import java.util.Optional;

/**
 * The cases found in an examples folder, and the folders that are not cases.
 *
 * @param cases   the cases, sorted by name
 * @param skipped the folders that are not cases, with the reason
 */
public record ExampleCases(List<ExampleCase> cases, List<Skipped> skipped) {

    /**
     * Checks and copies the components.
     *
     * @param cases the cases, sorted by name
     * @param skipped the folders that are not cases, with the reason
     */
    public ExampleCases {
        cases = List.copyOf(cases);
        skipped = List.copyOf(skipped);
    }

    /**
     * The case with this folder name.
     *
     * @param name the name
     * @return the case with this folder name
     */
    public Optional<ExampleCase> byName(String name) {
        return cases.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /**
     * A folder under {@code examples/} that is not a case.
     *
     * @param folder the folder name
     * @param reason why it is not a case
     */
    public record Skipped(String folder, String reason) {
    }
}
