package io.github.pctransfers.conformance.internal.gate;

import io.github.pctransfers.conformance.gate.UnusableInputException;
import io.github.pctransfers.conformance.cases.ExampleCase;
import io.github.pctransfers.conformance.cases.ExampleCases;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/** The cases of a run: a folder of examples known up front, or a capture read entry by entry. */
public interface CaseSource {

    /**
     * {@code examples} or {@code har}.
     *
     * @return {@code examples} or {@code har}
     */
    String kind();

    /**
     * Where the cases come from, for reports.
     *
     * @return where the cases come from, for reports
     */
    String location();

    /**
     * How many cases {@link #forEach} will give, for progress reports.
     *
     * @return how many cases {@link #forEach} will give, for progress reports
     */
    int expectedCount();

    /**
     * What was left out and why (folders that are not cases, entries for other hosts), for reports.
     *
     * @return what was left out and why (folders that are not cases, entries for other hosts), for reports
     */
    List<String> skipped();

    /**
     * Hands every case to {@code consumer}, in order.
     *
     * @param consumer the consumer
     * @throws UnusableInputException when the input cannot be read any more
     */
    void forEach(Consumer<ExampleCase> consumer) throws UnusableInputException;

    /**
     * The cases of an examples folder.
     *
     * @param cases the cases
     * @param location the location
     * @return the cases of an examples folder
     */
    static CaseSource of(ExampleCases cases, String location) {
        Objects.requireNonNull(cases, "cases");
        Objects.requireNonNull(location, "location");
        List<String> skipped = cases.skipped().stream().map(s -> s.folder() + ": " + s.reason()).toList();
        return new CaseSource() {
            @Override
            public String kind() {
                return "examples";
            }

            @Override
            public String location() {
                return location;
            }

            @Override
            public int expectedCount() {
                return cases.cases().size();
            }

            @Override
            public List<String> skipped() {
                return skipped;
            }

            @Override
            public void forEach(Consumer<ExampleCase> consumer) {
                cases.cases().forEach(consumer);
            }
        };
    }
}
