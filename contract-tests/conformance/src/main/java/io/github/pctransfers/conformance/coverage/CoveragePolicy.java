package io.github.pctransfers.conformance.coverage;

import io.github.pctransfers.conformance.internal.coverage.CoverageMatrix;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The coverage gaps a project accepts, with the reason, from {@code coverage-policy.yaml}:
 *
 * <pre>
 * acceptedGaps:
 *   - operation: createTransfer          # an operationId of the spec
 *     status: [403, 404, 409]           # one status key as the spec writes it (409, 5XX, default) or a list
 *     reason: The create page shows no error responses.
 * </pre>
 * Loading is strict: an unknown field, a missing operation, status or reason, or the same operation and status
 * accepted twice is an error.
 *
 * @param gaps     the accepted gaps, one per operation and status
 * @param location where the policy was read from, for reports ({@code none} for no policy)
 */
public record CoveragePolicy(List<AcceptedGap> gaps, String location) {
    /** The policy's file name, in the openapi bundle and next to an examples folder. */
    public static final String FILE_NAME = "coverage-policy.yaml";
    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /**
     * Checks and copies the components.
     *
     * @param gaps the accepted gaps, one per operation and status
     * @param location where the policy was read from, for reports ({@code none} for no policy)
     */
    public CoveragePolicy {
        gaps = List.copyOf(gaps);
        Objects.requireNonNull(location, "location");
    }

    /**
     * One accepted gap.
     *
     * @param operation the operationId
     * @param status    the status key, upper case ({@code 409}, {@code 5XX}, {@code DEFAULT} is written
     *                  {@code default})
     * @param reason    why no example is needed or possible
     */
    public record AcceptedGap(String operation, String status, String reason) {
        /**
         * Checks and copies the components.
         *
         * @param operation the operation
         * @param reason the reason
         * @param status the status
         */
        public AcceptedGap {
            Objects.requireNonNull(operation, "operation");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * No accepted gaps.
     *
     * @return no accepted gaps
     */
    public static CoveragePolicy none() {
        return new CoveragePolicy(List.of(), "none");
    }

    /**
     * Reads a policy file.
     *
     * @param file the file
     * @return a policy file
     * @throws IllegalArgumentException when it cannot be read or is not valid (names the entry)
     */
    public static CoveragePolicy load(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read coverage policy " + file + ": " + e, e);
        }
    }

    /**
     * Parses policy YAML.
     *
     * @param yaml the yaml
     * @param location the location
     * @return the coverage policy
     * @throws IllegalArgumentException when it is not valid (names the entry)
     */
    public static CoveragePolicy parse(String yaml, String location) {
        FileModel file;
        try {
            file = YAML.readValue(yaml, FileModel.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("coverage policy " + location + " is not valid: "
                    + e.getOriginalMessage(), e);
        }
        List<AcceptedGap> gaps = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int n = 0;
        for (EntryModel e : file == null || file.acceptedGaps == null ? List.<EntryModel>of() : file.acceptedGaps) {
            n++;
            String where = "coverage policy " + location + ", accepted gap " + n + ": ";
            require(e.operation != null && !e.operation.isBlank(), where + "no operation");
            require(e.status != null && !e.status.isEmpty(), where + "no status");
            require(e.reason != null && !e.reason.isBlank(), where + "no reason (say why no example is needed)");
            for (String status : e.status) {
                require(status != null && !status.isBlank(), where + "an empty status");
                String key = CoverageMatrix.statusKey(status);
                require(seen.add(e.operation + " " + key), where + e.operation + " " + key + " is accepted twice");
                gaps.add(new AcceptedGap(e.operation.strip(), key, e.reason.strip()));
            }
        }
        return new CoveragePolicy(gaps, location);
    }


    private static void require(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalArgumentException(problem);
        }
    }

    static final class FileModel {
        @JsonProperty("acceptedGaps")
        List<EntryModel> acceptedGaps;
    }

    static final class EntryModel {
        @JsonProperty("operation")
        String operation;
        @JsonProperty("status")
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        List<String> status;
        @JsonProperty("reason")
        String reason;
    }
}
