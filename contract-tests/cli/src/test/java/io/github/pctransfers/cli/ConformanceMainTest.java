package io.github.pctransfers.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The command line: bad command lines exit 2 with one line; serve and demo are registered; the demo runs check. */
class ConformanceMainTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "--har x.har check|options must follow the command: put them after 'check'",
        "check --examples a --har b.har|--examples and --har exclude each other",
        "check --host api.example|--host applies only with --har",
        "--threads 0|--threads must be between 1 and 64",
        "check --exmaples x|Unknown options: '--exmaples', 'x'",
        "verify|Unmatched argument at index 0: 'verify'",
        "check --against https://staging.example.com --har x.har|--against sends example cases; it excludes --har",
        "check --against https://staging.example.com --require-coverage|a live run does not gate coverage",
        "check --against https://staging.example.com --threads 2|--threads does not apply with --against",
        "check --against https://staging.example.com --timeout 0|--timeout must be between 1 and 600 seconds",
        "check --allow-writes|--allow-writes, --token-env and --timeout apply only with --against",
        "check --token-env PCT_TOKEN|--allow-writes, --token-env and --timeout apply only with --against"})
    void aBadCommandLineExitsWithTwoAndOneLine(String commandLine, String message) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int exit = ConformanceMain.run(new PrintWriter(out), new PrintWriter(err), commandLine.split(" "));

        assertThat(exit).isEqualTo(ConformanceMain.UNUSABLE_INPUT);
        assertThat(err.toString().strip()).contains(message).endsWith("(see --help)").doesNotContain("\n");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void theJarOffersCheckServeAndDemo() {
        StringWriter out = new StringWriter();

        int exit = ConformanceMain.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "--help");

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("check", "serve", "demo");
    }

    @Test
    void theDemoEndsWithTheRealConformanceCheckOfTheBundledExamples() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int exit = ConformanceMain.run(new PrintWriter(out), new PrintWriter(err), "demo");

        assertThat(exit).as(out + "\n" + err).isZero();
        assertThat(out.toString())
                .contains("withdrawTransfer", "429->200")
                .containsPattern("Conformance check: [1-9][0-9]* passed, 0 failed")
                .doesNotContain("not wired");
    }
}
