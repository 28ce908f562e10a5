package io.github.pctransfers.conformance.coverage;

import java.util.List;
import java.util.Objects;

/**
 * One cell of the coverage matrix: an operation and one status it documents, and what shows it.
 *
 * @param operationId      the operation
 * @param method           its method
 * @param pathTemplate     its path template
 * @param status           the status key as the spec writes it ({@code 200}, {@code 5XX}, {@code default})
 * @param documented       the documented cases that show it
 * @param authored         the authored cases that show it
 * @param captured         how many captured exchanges show it
 * @param capturedExamples the first few of them, by case name
 * @param acceptedReason   the policy's reason when the gap is accepted, else null
 * @param state            the verdict for this cell
 */
public record CoverageCell(String operationId, String method, String pathTemplate, String status,
        List<String> documented, List<String> authored, int captured, List<String> capturedExamples,
        String acceptedReason, CoverageState state) {

    /**
     * Checks and copies the components.
     *
     * @param acceptedReason the policy's reason when the gap is accepted, else null
     * @param authored the authored cases that show it
     * @param captured how many captured exchanges show it
     * @param capturedExamples the first few of them, by case name
     * @param documented the documented cases that show it
     * @param method its method
     * @param operationId the operation
     * @param pathTemplate its path template
     * @param state the verdict for this cell
     * @param status the status key as the spec writes it ({@code 200}, {@code 5XX}, {@code default})
     */
    public CoverageCell {
        Objects.requireNonNull(operationId, "operationId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(state, "state");
        documented = List.copyOf(documented);
        authored = List.copyOf(authored);
        capturedExamples = List.copyOf(capturedExamples);
    }

    /**
     * The JSON pointer of this cell in the matrix, e.g. {@code /createTransfer/409}.
     *
     * @return the JSON pointer of this cell in the matrix, e.g. {@code /createTransfer/409}
     */
    public String pointer() {
        return "/" + operationId + "/" + status;
    }
}
