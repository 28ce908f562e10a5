package io.github.pctransfers.cli;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The options of {@code check}, mixed into both the top command and {@code check}, so they may be given with or
 * without the word {@code check}: {@code transfers-conformance --har x.har} and
 * {@code transfers-conformance check --har x.har} are the same run. (Not inherited: other subcommands registered
 * on the top command keep their own options.)
 */
public final class CheckOptions {
    @Option(names = "--spec", paramLabel = "FILE",
            description = "The OpenAPI 3 spec to check against (self-contained YAML or JSON). Default: the bundled"
                    + " transfers.yaml.")
    Path spec;

    @Option(names = "--examples", paramLabel = "DIR",
            description = "A folder laid out like openapi/examples: DIR/<case>/request.http and an optional"
                    + " response.http (SOURCE.txt optional). Default: the bundled examples.")
    Path examples;

    @Option(names = "--har", paramLabel = "FILE",
            description = "An HTTP Archive (HAR 1.2) to check instead of examples; every entry is one exchange.")
    Path har;

    @Option(names = "--host", paramLabel = "HOST",
            description = "With --har: check only entries sent to this host (repeatable). Default: every entry.")
    List<String> hosts = new ArrayList<>();

    @Option(names = "--errata", paramLabel = "FILE",
            description = "The errata file. Default: the bundled errata.yaml for the bundled examples,"
                    + " DIR/../errata.yaml for --examples DIR when present, none for --har.")
    Path errata;

    @Option(names = "--coverage-policy", paramLabel = "FILE",
            description = "The accepted coverage gaps. Default: the bundled coverage-policy.yaml for the bundled"
                    + " examples, DIR/../coverage-policy.yaml for --examples DIR when present, none for --har.")
    Path coveragePolicy;

    @Option(names = "--require-coverage",
            description = "Fail on coverage gaps even where they are only reported by default (a folder without"
                    + " a coverage policy, a HAR without --coverage-policy).")
    boolean requireCoverage;

    @Option(names = "--strict",
            description = "Fail on what the spec says the service tolerates (its x-tolerated-by-service extension:"
                    + " PascalCase property names, explicit nulls for optional properties in a create). Without it"
                    + " such findings are reported as 'tolerated by the service' and do not change the exit code.")
    boolean strict;

    @Option(names = "--report", paramLabel = "DIR",
            description = "Where to write report.md, report.html, report.json and junit.xml. Default:"
                    + " ${DEFAULT-VALUE}.")
    Path report = Path.of("target", "conformance");

    @Option(names = "--threads", paramLabel = "N",
            description = "How many exchanges to check at once. Default: 1 for fewer than 200 exchanges, else the"
                    + " number of processors (at most 4).")
    Integer threads;

    @Option(names = "--no-progress",
            description = "Do not print progress lines to standard error on long inputs.")
    boolean noProgress;

    @Option(names = "--against", paramLabel = "URL",
            description = "A live run: send every case of the examples (bundled, or --examples) verbatim to this"
                    + " server and compare each answer with the documented response, except for server-assigned"
                    + " values (new ids, timestamps, request ids). Replaces the other checks; coverage is reported,"
                    + " not gated. http:// only for a loopback host (localhost, 127.x.x.x, [::1]); against any other"
                    + " host only GET and HEAD are sent unless --allow-writes.")
    URI against;

    @Option(names = "--allow-writes",
            description = "With --against a host that is not loopback: also send the cases that change state"
                    + " (POST, PUT, PATCH, DELETE). Without it they are skipped and listed with the reason.")
    boolean allowWrites;

    @Option(names = "--token-env", paramLabel = "NAME",
            description = "With --against: the environment variable that holds the access token, sent as"
                    + " 'Authorization: Bearer <token>' where the documented request has an Authorization header."
                    + " The token is never printed. Default: a placeholder token.")
    String tokenEnv;

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "With --against: how long to wait for each answer (1 to 600). Default: 10.")
    Integer timeoutSeconds;
}
