package io.github.pctransfers.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code check}: checks examples or a capture against the spec, writes the reports, exits 0, 1 or 2. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
            "Checks the bundled examples, an examples folder (--examples) or an HTTP Archive (--har) against the"
                    + " bundled spec or --spec: each request and response against the spec (status documented,"
                    + " content type), and, where the operation is known, the generated client sending the request"
                    + " and reading the response strictly. Applies the errata, judges coverage, writes report.md,"
                    + " report.html, report.json and junit.xml.",
            "",
            "With --against URL it is a live run instead: every case is sent verbatim to the server (GET and HEAD"
                    + " only, unless the host is loopback or --allow-writes is given), and each answer must have the"
                    + " documented status and body, except for server-assigned values (new ids, timestamps, request"
                    + " ids). Differences are reported, and set the exit code, like the other checks. The token"
                    + " comes from the environment variable --token-env names.",
            "",
            "What the spec declares the service tolerates (x-tolerated-by-service: PascalCase property names,"
                    + " explicit nulls) is reported as 'tolerated by the service' in every report and passes;"
                    + " --strict makes it fail.",
            "",
            "Exit codes: 0 everything conforms; 1 something does not (a finding, a stale erratum, a coverage gap"
                    + " when gated, with --strict a finding the service tolerates); 2 unusable input (missing folder, unreadable HAR, unparseable spec, invalid"
                    + " errata or policy, bad options; with --against also a refused URL, a missing token variable,"
                    + " or a server that does not answer)."})
final class CheckCommand implements Callable<Integer> {
    @Mixin
    CheckOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        return ConformanceMain.check(options, spec);
    }
}
