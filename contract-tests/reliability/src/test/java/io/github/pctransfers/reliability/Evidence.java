package io.github.pctransfers.reliability;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/**
 * What the suite leaves behind for the secret scan and for docs/RELIABILITY.md: the text of every exception a
 * test caught (message, toString and stack trace of the whole chain) and the report files under
 * {@code target/reliability}. Shared by the test classes of one run; the scan reads it last.
 */
final class Evidence {
    private static final List<String> EXCEPTIONS = new ArrayList<>();

    private Evidence() {
    }

    static boolean longRun() {
        return Boolean.getBoolean("reliability.long");
    }

    static Path reportDir() {
        return Paths.get(System.getProperty("reliability.reportDir", "target/reliability"));
    }

    static Path buildDir() {
        return Paths.get(System.getProperty("reliability.buildDir", "target"));
    }

    /** Keeps everything a caught exception would show to a user or a log. */
    static void caught(Throwable t) {
        StringWriter trace = new StringWriter();
        t.printStackTrace(new PrintWriter(trace));
        StringBuilder text = new StringBuilder(String.valueOf(t)).append('\n').append(trace);
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            text.append('\n').append(c.getMessage());
        }
        synchronized (EXCEPTIONS) {
            EXCEPTIONS.add(text.toString());
        }
    }

    static List<String> exceptions() {
        synchronized (EXCEPTIONS) {
            return List.copyOf(EXCEPTIONS);
        }
    }

    /** Prints {@code text} and writes it to {@code target/reliability/<name>}. */
    static void report(String name, String text) {
        System.out.println();
        System.out.println(text);
        try {
            Files.createDirectories(reportDir());
            Files.write(reportDir().resolve(name), text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
