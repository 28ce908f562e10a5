package io.github.pctransfers.conformance;

import io.github.pctransfers.conformance.gate.Progress;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What one conformance check is asked to do: the input to {@link Conformance#check(ConformanceRun)}. Immutable;
 * build one with {@link #builder()}. Every input left unset takes the documented default.
 *
 * <p>Where each input comes from:
 * <ul>
 *   <li>cases: {@link Builder#har(Path)}, else {@link Builder#examples(Path)}, else the examples bundled in the
 *       {@code pc-transfers-openapi} jar;</li>
 *   <li>spec: {@link Builder#spec(Path)}, else the bundled {@code transfers.yaml};</li>
 *   <li>errata and coverage policy: given; else, for an examples folder, {@code errata.yaml} /
 *       {@code coverage-policy.yaml} next to the folder (in its parent, as in {@code openapi/}) when present; else
 *       the bundled ones for the bundled examples; else none. Errata name example cases, so the bundled errata never
 *       apply to another folder or a capture.</li>
 * </ul>
 * Coverage fails the check for the bundled examples, whenever a coverage policy applies (a policy says the example
 * set is meant to be complete), and with {@link Builder#requireCoverage(boolean)}; otherwise it is only reported,
 * since a capture or an ad-hoc folder is not expected to show every status.
 */
public final class ConformanceRun {
    private final Path spec;
    private final Path examples;
    private final Path har;
    private final Set<String> hosts;
    private final Path errata;
    private final Path coveragePolicy;
    private final boolean requireCoverage;
    private final Path reportDirectory;
    private final Integer threads;
    private final Progress progress;
    private final String toolVersion;
    private final boolean replayOverSocket;

    private ConformanceRun(Builder b) {
        this.spec = b.spec;
        this.examples = b.examples;
        this.har = b.har;
        this.hosts = Set.copyOf(b.hosts);
        this.errata = b.errata;
        this.coveragePolicy = b.coveragePolicy;
        this.requireCoverage = b.requireCoverage;
        this.reportDirectory = b.reportDirectory;
        this.threads = b.threads;
        this.progress = b.progress;
        this.toolVersion = b.toolVersion;
        this.replayOverSocket = b.replayOverSocket;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The spec file, or empty for the bundled spec. */
    public Optional<Path> spec() {
        return Optional.ofNullable(spec);
    }

    /** The examples folder, or empty (the bundled examples, unless a HAR is given). */
    public Optional<Path> examples() {
        return Optional.ofNullable(examples);
    }

    /** The HTTP Archive to check, or empty. */
    public Optional<Path> har() {
        return Optional.ofNullable(har);
    }

    /** With a HAR: only entries sent to these hosts; empty means every entry. */
    public Set<String> hosts() {
        return hosts;
    }

    public Optional<Path> errata() {
        return Optional.ofNullable(errata);
    }

    public Optional<Path> coveragePolicy() {
        return Optional.ofNullable(coveragePolicy);
    }

    public boolean requireCoverage() {
        return requireCoverage;
    }

    /** Where report.md, report.html, report.json and junit.xml go, or empty for no report files. */
    public Optional<Path> reportDirectory() {
        return Optional.ofNullable(reportDirectory);
    }

    /** How many exchanges to check at once, or empty for the default (1 below 200 exchanges, else up to 4). */
    public Optional<Integer> threads() {
        return Optional.ofNullable(threads);
    }

    public Progress progress() {
        return progress;
    }

    /** The version named in the reports. */
    public String toolVersion() {
        return toolVersion;
    }

    /**
     * Whether the client is replayed against WireMock through a loopback socket, instead of by direct in-process
     * calls (the default). The findings are the same; the socket path is slower and kept to show that.
     */
    public boolean replayOverSocket() {
        return replayOverSocket;
    }

    /** Whether the cases are the bundled examples (neither a HAR nor an examples folder was given). */
    public boolean bundledExamples() {
        return har == null && examples == null;
    }

    /** Builds a {@link ConformanceRun}; not thread-safe. */
    public static final class Builder {
        private Path spec;
        private Path examples;
        private Path har;
        private final Set<String> hosts = new LinkedHashSet<>();
        private Path errata;
        private Path coveragePolicy;
        private boolean requireCoverage;
        private Path reportDirectory;
        private Integer threads;
        private Progress progress = Progress.NONE;
        private String toolVersion = "library";
        private boolean replayOverSocket;

        private Builder() {
        }

        /** See {@link ConformanceRun#replayOverSocket()}; false by default. */
        public Builder replayOverSocket(boolean replayOverSocket) {
            this.replayOverSocket = replayOverSocket;
            return this;
        }

        public Builder spec(Path spec) {
            this.spec = spec;
            return this;
        }

        public Builder examples(Path examples) {
            this.examples = examples;
            return this;
        }

        public Builder har(Path har) {
            this.har = har;
            return this;
        }

        public Builder host(String host) {
            hosts.add(Objects.requireNonNull(host, "host"));
            return this;
        }

        public Builder errata(Path errata) {
            this.errata = errata;
            return this;
        }

        public Builder coveragePolicy(Path coveragePolicy) {
            this.coveragePolicy = coveragePolicy;
            return this;
        }

        public Builder requireCoverage(boolean requireCoverage) {
            this.requireCoverage = requireCoverage;
            return this;
        }

        public Builder reportDirectory(Path reportDirectory) {
            this.reportDirectory = reportDirectory;
            return this;
        }

        /** @param threads 1 to 64, or null for the default */
        public Builder threads(Integer threads) {
            if (threads != null && (threads < 1 || threads > 64)) {
                throw new IllegalArgumentException("threads must be between 1 and 64: " + threads);
            }
            this.threads = threads;
            return this;
        }

        public Builder progress(Progress progress) {
            this.progress = Objects.requireNonNull(progress, "progress");
            return this;
        }

        public Builder toolVersion(String toolVersion) {
            this.toolVersion = Objects.requireNonNull(toolVersion, "toolVersion");
            return this;
        }

        /**
         * @throws IllegalArgumentException when both an examples folder and a HAR are given, or hosts without a HAR
         */
        public ConformanceRun build() {
            if (examples != null && har != null) {
                throw new IllegalArgumentException("an examples folder and a HAR exclude each other");
            }
            if (!hosts.isEmpty() && har == null) {
                throw new IllegalArgumentException("hosts apply only to a HAR");
            }
            return new ConformanceRun(this);
        }
    }
}
