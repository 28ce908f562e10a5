package io.github.pctransfers.cli;

import io.github.pctransfers.conformance.Conformance;
import io.github.pctransfers.conformance.ConformanceResult;
import io.github.pctransfers.conformance.ConformanceRun;
import io.github.pctransfers.conformance.gate.GateResult;
import io.github.pctransfers.conformance.gate.UnusableInputException;
import io.github.pctransfers.conformance.report.ConsoleSummary;
import io.github.pctransfers.conformance.live.BearerToken;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.function.Function;

/**
 * One run of {@code check}: turns the options into a {@link ConformanceRun}, runs the kit and prints the summary.
 * The rules for where each input comes from are the kit's ({@link ConformanceRun}). The token of a live run comes
 * from the environment variable {@code --token-env} names, never from the command line (which other users of the
 * machine can read).
 */
final class Checker {
    private final CheckOptions options;
    private final PrintWriter out;
    private final PrintWriter err;
    private final Function<String, String> environment;

    /** @param environment reads an environment variable (null when unset): the token of {@code --token-env} */
    Checker(CheckOptions options, PrintWriter out, PrintWriter err, Function<String, String> environment) {
        this.options = options;
        this.out = out;
        this.err = err;
        this.environment = environment;
    }

    /** @return {@link GateResult#CONFORMS} or {@link GateResult#DOES_NOT_CONFORM} */
    int run() throws UnusableInputException {
        return check().exitCode();
    }

    /** Checks, writes the reports, prints the summary, and returns the whole result. */
    GateResult check() throws UnusableInputException {
        ConformanceRun.Builder run = ConformanceRun.builder()
                .spec(options.spec)
                .examples(options.examples)
                .har(options.har)
                .errata(options.errata)
                .coveragePolicy(options.coveragePolicy)
                .requireCoverage(options.requireCoverage)
                .strict(options.strict)
                .reportDirectory(options.report)
                .threads(options.threads)
                .progress(options.noProgress ? (done, total) -> { } : new ConsoleProgress(err))
                .toolVersion(VersionProvider.version());
        options.hosts.forEach(run::host);
        if (options.against != null) {
            run.against(options.against).allowWrites(options.allowWrites);
            if (options.timeoutSeconds != null) {
                run.requestTimeout(Duration.ofSeconds(options.timeoutSeconds));
            }
            if (options.tokenEnv != null) {
                run.bearerToken(token(options.tokenEnv));
            }
        }
        ConformanceResult result = Conformance.check(run.build());
        ConsoleSummary.print(result.gate(), result.reports(), out);
        return result.gate();
    }

    /** The token in an environment variable; the messages name the variable, never the value. */
    private String token(String variable) throws UnusableInputException {
        String value = environment.apply(variable);
        if (value == null || value.isBlank()) {
            throw new UnusableInputException("environment variable " + variable + " (--token-env) is not set or"
                    + " empty; it must hold the access token");
        }
        try {
            BearerToken.of(value);
        } catch (IllegalArgumentException e) {
            throw new UnusableInputException("environment variable " + variable + " (--token-env): "
                    + e.getMessage());
        }
        return value;
    }
}
