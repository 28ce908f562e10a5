package io.github.pctransfers.conformance;

import io.github.pctransfers.conformance.cases.ExampleCase;
import io.github.pctransfers.conformance.gate.Progress;
import io.github.pctransfers.conformance.live.BearerToken;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

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
 *
 * <p><b>A live run</b> ({@link Builder#against(URI)}): instead of the static checks, every case of the examples
 * (bundled, or {@link Builder#examples(Path)}) is sent verbatim to the server and its answer compared with the
 * documented response: the one check {@link Check#LIVE_SERVER_ANSWERS_AS_DOCUMENTED}, judged by the same gate,
 * errata and reports (see {@code io.github.pctransfers.conformance.internal.live.LiveReplay} for the order, what is skipped,
 * and the faults). Against a host that is not loopback only GET and HEAD are sent unless
 * {@link Builder#allowWrites(boolean)}, and {@code http://} is refused. Coverage is reported, never gated. A live
 * run takes no HAR, no {@link Builder#requireCoverage(boolean)} and no {@link Builder#threads(Integer)} (its cases
 * run one at a time, in order). For a build test against a simulator, give each case a fresh one:
 * <pre>{@code
 * Conformance.check(ConformanceRun.builder()
 *         .against(URI.create(simulator.baseUrl()))
 *         .beforeEachCase(simulator::reset)
 *         .build());
 * }</pre>
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
    private final URI against;
    private final boolean allowWrites;
    private final BearerToken bearerToken;
    private final Duration requestTimeout;
    private final Consumer<ExampleCase> beforeEachCase;

    /** How long a live run waits for each answer, unless {@link Builder#requestTimeout(Duration)} says otherwise. */
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(10);
    private final boolean replayOverSocket;
    private final boolean strict;

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
        this.against = b.against;
        this.allowWrites = b.allowWrites;
        this.bearerToken = b.bearerToken == null ? BearerToken.PLACEHOLDER : b.bearerToken;
        this.requestTimeout = b.requestTimeout == null ? DEFAULT_REQUEST_TIMEOUT : b.requestTimeout;
        this.beforeEachCase = b.beforeEachCase == null ? exampleCase -> { } : b.beforeEachCase;
        this.replayOverSocket = b.replayOverSocket;
        this.strict = b.strict;
    }

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The spec file, or empty for the bundled spec.
     *
     * @return the spec file, or empty for the bundled spec
     */
    public Optional<Path> spec() {
        return Optional.ofNullable(spec);
    }

    /**
     * The examples folder, or empty (the bundled examples, unless a HAR is given).
     *
     * @return the examples folder, or empty (the bundled examples, unless a HAR is given)
     */
    public Optional<Path> examples() {
        return Optional.ofNullable(examples);
    }

    /**
     * The HTTP Archive to check, or empty.
     *
     * @return the HTTP Archive to check, or empty
     */
    public Optional<Path> har() {
        return Optional.ofNullable(har);
    }

    /**
     * With a HAR: only entries sent to these hosts; empty means every entry.
     *
     * @return with a HAR: only entries sent to these hosts; empty means every entry
     */
    public Set<String> hosts() {
        return hosts;
    }

    /** {@return the errata} */
    public Optional<Path> errata() {
        return Optional.ofNullable(errata);
    }

    /** {@return the coverage policy} */
    public Optional<Path> coveragePolicy() {
        return Optional.ofNullable(coveragePolicy);
    }

    /** {@return whether a coverage gap fails the run} */
    public boolean requireCoverage() {
        return requireCoverage;
    }

    /**
     * Where report.md, report.html, report.json and junit.xml go, or empty for no report files.
     *
     * @return where report.md, report.html, report.json and junit.xml go, or empty for no report files
     */
    public Optional<Path> reportDirectory() {
        return Optional.ofNullable(reportDirectory);
    }

    /**
     * How many exchanges to check at once, or empty for the default (1 below 200 exchanges, else up to 4).
     *
     * @return how many exchanges to check at once, or empty for the default (1 below 200 exchanges, else up to 4)
     */
    public Optional<Integer> threads() {
        return Optional.ofNullable(threads);
    }

    /** {@return the progress} */
    public Progress progress() {
        return progress;
    }

    /**
     * The version named in the reports.
     *
     * @return the version named in the reports
     */
    public String toolVersion() {
        return toolVersion;
    }

    /**
     * The server of a live run, or empty for a static run.
     *
     * @return the server of a live run, or empty for a static run
     */
    public Optional<URI> against() {
        return Optional.ofNullable(against);
    }

    /**
     * Whether a live run is asked for.
     *
     * @return whether a live run is asked for
     */
    public boolean live() {
        return against != null;
    }

    /**
     * Whether a live run may send state-changing requests to a host that is not loopback.
     *
     * @return whether a live run may send state-changing requests to a host that is not loopback
     */
    public boolean allowWrites() {
        return allowWrites;
    }

    /**
     * The token a live run sends ({@link BearerToken#PLACEHOLDER} unless given); it never prints itself.
     *
     * @return the token a live run sends ({@link BearerToken#PLACEHOLDER} unless given); it never prints itself
     */
    public BearerToken bearerToken() {
        return bearerToken;
    }

    /**
     * How long a live run waits for each answer.
     *
     * @return how long a live run waits for each answer
     */
    public Duration requestTimeout() {
        return requestTimeout;
    }

    /**
     * What a live run does before it sends each case (nothing unless given).
     *
     * @return what a live run does before it sends each case (nothing unless given)
     */
    public Consumer<ExampleCase> beforeEachCase() {
        return beforeEachCase;
    }

    /**
     * Whether the client is replayed against WireMock through a loopback socket, instead of by direct in-process
     * calls (the default). The findings are the same; the socket path is slower and kept to show that.
     *
     * @return whether the client is replayed against WireMock through a loopback socket, instead of by direct
     *     in-process calls (the default)
     */
    public boolean replayOverSocket() {
        return replayOverSocket;
    }

    /**
     * Whether what the spec declares the service tolerates ({@code x-tolerated-by-service}, e.g. PascalCase
     * property names or explicit nulls in a create body) fails the run. False by default: such findings are
     * reported as "tolerated by the service" in every report and do not change the verdict or the exit code.
     *
     * @return whether findings the service tolerates fail the run
     */
    public boolean strict() {
        return strict;
    }

    /**
     * Whether the cases are the bundled examples (neither a HAR nor an examples folder was given).
     *
     * @return whether the cases are the bundled examples (neither a HAR nor an examples folder was given)
     */
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
        private URI against;
        private boolean allowWrites;
        private BearerToken bearerToken;
        private Duration requestTimeout;
        private Consumer<ExampleCase> beforeEachCase;
        private boolean replayOverSocket;
        private boolean strict;

        private Builder() {
        }

        /**
         * Makes this a live run against a server: its base URL ({@code http://} only for a loopback host), to which
         * the documented targets ({@code /v1/...}) are appended.
         *
         * @param baseUrl the base url
         * @return this builder
         */
        public Builder against(URI baseUrl) {
            this.against = baseUrl;
            return this;
        }

        /**
         * Lets a live run send state-changing requests (POST, PUT, PATCH, DELETE) to a host that is not loopback.
         *
         * @param allowWrites the allow writes
         * @return this builder
         */
        public Builder allowWrites(boolean allowWrites) {
            this.allowWrites = allowWrites;
            return this;
        }

        /**
         * The access token a live run sends as {@code Authorization: Bearer <token>} wherever the documented request
         * has an Authorization header. Never printed.
         *
         * @param token the access token a live run sends as {@code Authorization: Bearer <token>} wherever the
         *     documented request has an Authorization header
         * @return this builder
         * @throws IllegalArgumentException when the token is blank or not a valid header value
         */
        public Builder bearerToken(String token) {
            this.bearerToken = BearerToken.of(token);
            return this;
        }

        /**
         * How long a live run waits for each answer (connecting, the answer and its body).
         *
         * @param timeout how long to wait at most
         * @return this builder
         * @throws IllegalArgumentException unless between 1 ms and 10 minutes
         */
        public Builder requestTimeout(Duration timeout) {
            if (timeout != null && (timeout.isNegative() || timeout.isZero()
                    || timeout.compareTo(Duration.ofMinutes(10)) > 0)) {
                throw new IllegalArgumentException("the request timeout must be between 1 ms and 10 minutes: "
                        + timeout);
            }
            this.requestTimeout = timeout;
            return this;
        }

        /**
         * Runs before each case of a live run is sent, e.g. {@code simulator::reset} for a fresh simulator.
         *
         * @param hook the hook
         * @return this builder
         */
        public Builder beforeEachCase(Runnable hook) {
            Objects.requireNonNull(hook, "hook");
            this.beforeEachCase = exampleCase -> hook.run();
            return this;
        }

        /**
         * Runs before each case of a live run is sent, with the case (e.g. to seed what that case needs).
         *
         * @param hook the hook
         * @return this builder
         */
        public Builder beforeEachCase(Consumer<ExampleCase> hook) {
            this.beforeEachCase = Objects.requireNonNull(hook, "hook");
            return this;
        }

        /**
         * See {@link ConformanceRun#replayOverSocket()}; false by default.
         *
         * @param replayOverSocket the replay over socket
         * @return this builder
         */
        public Builder replayOverSocket(boolean replayOverSocket) {
            this.replayOverSocket = replayOverSocket;
            return this;
        }

        /**
         * See {@link ConformanceRun#strict()}; false by default.
         *
         * @param strict the strict
         * @return see {@link ConformanceRun#strict()}; false by default
         */
        /**
         * Whether findings the service tolerates (the spec's {@code x-tolerated-by-service}) fail the run as well;
         * off by default, when they are reported and fail nothing.
         *
         * @param strict whether tolerated findings fail the run
         * @return this builder
         */
        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        /**
         * The spec to check against, a file (default: the bundled {@code transfers.yaml}).
         *
         * @param spec the spec file
         * @return this builder
         */
        public Builder spec(Path spec) {
            this.spec = spec;
            return this;
        }

        /**
         * Sets the examples.
         *
         * @param examples the examples
         * @return this builder
         */
        public Builder examples(Path examples) {
            this.examples = examples;
            return this;
        }

        /**
         * Sets the har.
         *
         * @param har the har
         * @return this builder
         */
        public Builder har(Path har) {
            this.har = har;
            return this;
        }

        /**
         * Sets the host.
         *
         * @param host the host
         * @return this builder
         */
        public Builder host(String host) {
            hosts.add(Objects.requireNonNull(host, "host"));
            return this;
        }

        /**
         * Sets the errata.
         *
         * @param errata the errata
         * @return this builder
         */
        public Builder errata(Path errata) {
            this.errata = errata;
            return this;
        }

        /**
         * Sets the coverage policy.
         *
         * @param coveragePolicy the coverage policy
         * @return this builder
         */
        public Builder coveragePolicy(Path coveragePolicy) {
            this.coveragePolicy = coveragePolicy;
            return this;
        }

        /**
         * Sets the require coverage.
         *
         * @param requireCoverage the require coverage
         * @return this builder
         */
        public Builder requireCoverage(boolean requireCoverage) {
            this.requireCoverage = requireCoverage;
            return this;
        }

        /**
         * Sets the report directory.
         *
         * @param reportDirectory the report directory
         * @return this builder
         */
        public Builder reportDirectory(Path reportDirectory) {
            this.reportDirectory = reportDirectory;
            return this;
        }

        /**
         * @param threads 1 to 64, or null for the default
         *
         * @return this builder
         */
        public Builder threads(Integer threads) {
            if (threads != null && (threads < 1 || threads > 64)) {
                throw new IllegalArgumentException("threads must be between 1 and 64: " + threads);
            }
            this.threads = threads;
            return this;
        }

        /**
         * Sets the progress.
         *
         * @param progress the progress
         * @return this builder
         */
        public Builder progress(Progress progress) {
            this.progress = Objects.requireNonNull(progress, "progress");
            return this;
        }

        /**
         * Sets the tool version.
         *
         * @param toolVersion the tool version
         * @return this builder
         */
        public Builder toolVersion(String toolVersion) {
            this.toolVersion = Objects.requireNonNull(toolVersion, "toolVersion");
            return this;
        }

        /**
         * @return the conformance run
         * @throws IllegalArgumentException when both an examples folder and a HAR are given, or hosts without a HAR;
         *                                  for a live run, with a HAR, required coverage or threads; the live
         *                                  options without a live run
         */
        public ConformanceRun build() {
            if (examples != null && har != null) {
                throw new IllegalArgumentException("an examples folder and a HAR exclude each other");
            }
            if (!hosts.isEmpty() && har == null) {
                throw new IllegalArgumentException("hosts apply only to a HAR");
            }
            if (against != null) {
                if (har != null) {
                    throw new IllegalArgumentException("a live run sends example cases; a HAR cannot be sent");
                }
                if (requireCoverage) {
                    throw new IllegalArgumentException("a live run checks the server, not the example set: coverage"
                            + " is not gated");
                }
                if (threads != null) {
                    throw new IllegalArgumentException("a live run sends its cases one at a time, in order: threads"
                            + " do not apply");
                }
            } else if (allowWrites || bearerToken != null || requestTimeout != null || beforeEachCase != null) {
                throw new IllegalArgumentException("allowing writes, a token, a request timeout and a hook apply"
                        + " only to a live run (against a server)");
            }
            return new ConformanceRun(this);
        }
    }
}
