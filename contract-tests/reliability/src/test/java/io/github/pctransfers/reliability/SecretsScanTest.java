package io.github.pctransfers.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Last of the suite (class order): the whole suite ran with a recognisable token and client secret
 * ({@link Canary}). Every log line (scanned as it was logged, the client's wire log at DEBUG included, and read
 * back from {@code target/reliability/suite.log}), every exception message and stack trace a test caught, and
 * every file the suite wrote under {@code target/} (reports, seed files, surefire's files so far) must hold
 * neither, whole or in part.
 */
@Order(Integer.MAX_VALUE)
class SecretsScanTest {

    @Test
    void theScanFindsACanaryWhereThereIsOne() {
        assertThat(Canary.leaksIn("Authorization: Bearer " + Canary.TOKEN)).isTrue();
        assertThat(Canary.leaksIn("client_secret=" + Canary.CLIENT_SECRET.substring(10))).isTrue();
        assertThat(Canary.leaksIn("Authorization: REDACTED")).isFalse();
    }

    @Test
    void noLogLineExceptionOrFileOfTheSuiteHoldsTheTokenOrTheSecret() throws IOException {
        List<String> findings = new ArrayList<>();

        long events = CanaryScanningAppender.events();
        long wire = CanaryScanningAppender.wireEvents();
        CanaryScanningAppender.leaks().forEach(line -> findings.add("log: " + line));

        List<String> exceptions = Evidence.exceptions();
        exceptions.stream().filter(Canary::leaksIn).forEach(text -> findings.add("exception: " + text));

        List<Path> files;
        try (Stream<Path> walk = Files.walk(Evidence.buildDir())) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> !p.toString().endsWith(".class") && !p.toString().endsWith(".jar"))
                    .filter(p -> !p.startsWith(Evidence.buildDir().resolve("test-classes")))
                    .collect(Collectors.toList());
        }
        long bytes = 0;
        for (Path file : files) {
            bytes += Files.size(file);
            if (leaksIn(file)) {
                findings.add("file: " + file);
            }
        }
        Path suiteLog = Evidence.reportDir().resolve("suite.log");
        long suiteLogLines;
        try (Stream<String> lines = Files.exists(suiteLog) ? Files.lines(suiteLog, StandardCharsets.ISO_8859_1)
                : Stream.empty()) {
            suiteLogLines = lines.count();
        }

        Evidence.report("secrets-scan.md", "## Secret scan\n\n| log events scanned (wire log) | suite.log lines "
                + "| exceptions scanned | files scanned | bytes scanned | occurrences |\n|---|---|---|---|---|---|\n| "
                + events + " (" + wire + ") | " + suiteLogLines + " | " + exceptions.size() + " | " + files.size()
                + " | " + bytes + " | " + findings.size() + " |\n");

        // The scan means something only if the suite logged the wire at DEBUG and caught exceptions.
        assertThat(wire).as("wire log events").isPositive();
        assertThat(suiteLogLines).as("lines in suite.log").isPositive();
        assertThat(files).anySatisfy(f -> assertThat(f.getFileName().toString()).isEqualTo("fault-matrix.md"));
        assertThat(exceptions).as("exceptions caught by the suite").isNotEmpty();
        assertThat(findings).as("occurrences of the token or the client secret").isEmpty();
    }

    /** Reads the file in 1 MB pieces that overlap by more than a canary's length: a long log fits no heap. */
    private static boolean leaksIn(Path file) throws IOException {
        int overlap = 64;
        byte[] buffer = new byte[1024 * 1024 + overlap];
        try (InputStream in = Files.newInputStream(file)) {
            int kept = 0;
            int n;
            while ((n = in.readNBytes(buffer, kept, buffer.length - kept)) > 0) {
                int length = kept + n;
                if (Canary.leaksIn(new String(buffer, 0, length, StandardCharsets.ISO_8859_1))) {
                    return true;
                }
                kept = Math.min(overlap, length);
                System.arraycopy(buffer, length - kept, buffer, 0, kept);
            }
        }
        return false;
    }
}
