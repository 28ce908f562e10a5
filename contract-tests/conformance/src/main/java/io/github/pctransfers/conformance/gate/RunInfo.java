package io.github.pctransfers.conformance.gate;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a run checked, against what, and how long it took; the head of every report.
 *
 * @param toolVersion        the tool's version ({@code dev} when not run from the jar)
 * @param inputKind          {@code examples}, {@code har}, or {@code live} (examples sent to a server)
 * @param input              where the cases came from (for a live run, and the server they were sent to)
 * @param spec               where the spec came from
 * @param errata             where the errata came from ({@code none} for no errata)
 * @param coveragePolicy     where the coverage policy came from ({@code none} for none)
 * @param coverageGated      whether coverage gaps fail the gate
 * @param coverageGateReason why coverage is, or is not, gated
 * @param skipped            what the input held that is not a case, and why
 * @param startedAt          when the run started
 * @param elapsed            how long it took, loading included
 * @param workers            how many cases were checked at once
 * @param strict             whether findings the service tolerates (as the spec declares) fail the run
 */
public record RunInfo(String toolVersion, String inputKind, String input, String spec, String errata,
        String coveragePolicy, boolean coverageGated, String coverageGateReason, List<String> skipped,
        Instant startedAt, Duration elapsed, int workers, boolean strict) {

    /**
     * A run that is not strict.
     *
     * @param toolVersion the tool version
     * @param inputKind the input kind
     * @param input the input
     * @param spec the spec
     * @param errata the errata
     * @param coveragePolicy the coverage policy
     * @param coverageGated the coverage gated
     * @param coverageGateReason the coverage gate reason
     * @param skipped the skipped
     * @param startedAt the started at
     * @param elapsed the elapsed
     * @param workers the workers
     */
    public RunInfo(String toolVersion, String inputKind, String input, String spec, String errata,
            String coveragePolicy, boolean coverageGated, String coverageGateReason, List<String> skipped,
            Instant startedAt, Duration elapsed, int workers) {
        this(toolVersion, inputKind, input, spec, errata, coveragePolicy, coverageGated, coverageGateReason, skipped,
                startedAt, elapsed, workers, false);
    }

    /**
     * Checks and copies the components.
     *
     * @param coverageGateReason why coverage is, or is not, gated
     * @param coverageGated whether coverage gaps fail the gate
     * @param coveragePolicy where the coverage policy came from ({@code none} for none)
     * @param elapsed how long it took, loading included
     * @param errata where the errata came from ({@code none} for no errata)
     * @param input where the cases came from (for a live run, and the server they were sent to)
     * @param inputKind {@code examples}, {@code har}, or {@code live} (examples sent to a server)
     * @param skipped what the input held that is not a case, and why
     * @param spec where the spec came from
     * @param startedAt when the run started
     * @param toolVersion the tool's version ({@code dev} when not run from the jar)
     * @param workers how many cases were checked at once
     * @param strict the strict
     */
    public RunInfo {
        Objects.requireNonNull(toolVersion, "toolVersion");
        Objects.requireNonNull(inputKind, "inputKind");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(errata, "errata");
        Objects.requireNonNull(coveragePolicy, "coveragePolicy");
        Objects.requireNonNull(coverageGateReason, "coverageGateReason");
        skipped = List.copyOf(skipped);
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(elapsed, "elapsed");
    }
}
