package io.github.pctransfers.cli;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The {@code expected.json} of a tool fixture folder: the arguments to run with ({@code {dir}} stands for the
 * fixture folder), the exit code, and either every problem the reports must list (each by check id, key, JSON
 * pointer and a substring of its expected, found or message) or the one-line error of an unusable input; and
 * every finding the reports must list as tolerated by the service (the same shape; none when left out).
 */
final class FixtureExpectation {
    static final String FILE = "expected.json";
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @JsonProperty("args")
    List<String> args = new ArrayList<>();
    @JsonProperty("exitCode")
    int exitCode;
    @JsonProperty("problems")
    List<ExpectedProblem> problems = new ArrayList<>();
    @JsonProperty("error")
    String error;
    /** Every finding report.json must list as tolerated by the service (same shape as a problem). */
    @JsonProperty("tolerated")
    List<ExpectedProblem> tolerated = new ArrayList<>();

    static final class ExpectedProblem {
        @JsonProperty("check")
        String check;
        @JsonProperty("key")
        String key;
        @JsonProperty("pointer")
        String pointer;
        @JsonProperty("contains")
        String contains;

        /** Whether a problem of report.json is this one. */
        boolean matches(JsonNode problem) {
            String text = problem.path("expected").asText("") + " | " + problem.path("found").asText("") + " | "
                    + problem.path("message").asText("");
            return check.equals(problem.path("check").asText())
                    && key.equals(problem.path("key").asText())
                    && Objects.equals(pointer, problem.path("pointer").isNull() ? null
                            : problem.path("pointer").asText())
                    && (contains == null || text.contains(contains));
        }

        @Override
        public String toString() {
            return check + " [" + key + "] at " + pointer + (contains == null ? "" : " containing \"" + contains
                    + "\"");
        }
    }

    static FixtureExpectation read(Path folder) {
        try {
            return JSON.readValue(folder.resolve(FILE).toFile(), FixtureExpectation.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + folder.resolve(FILE), e);
        }
    }

    /** The arguments with {@code {dir}} replaced by the fixture folder. */
    List<String> arguments(Path folder) {
        return args.stream().map(a -> a.replace("{dir}", folder.toString())).toList();
    }
}
