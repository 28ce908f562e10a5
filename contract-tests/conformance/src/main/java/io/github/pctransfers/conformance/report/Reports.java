package io.github.pctransfers.conformance.report;

import io.github.pctransfers.conformance.internal.report.HtmlReport;
import io.github.pctransfers.conformance.internal.report.JsonReport;
import io.github.pctransfers.conformance.internal.report.JunitReport;
import io.github.pctransfers.conformance.internal.report.MarkdownReport;
import io.github.pctransfers.conformance.gate.GateResult;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Writes every report of a run into one folder: {@value #MARKDOWN}, {@value #HTML} (self-contained: inline CSS, no
 * script), {@value #JSON} and {@value #JUNIT}.
 */
public final class Reports {
    /** The tool's name in reports, {@code transfers-conformance}. */
    public static final String TOOL_NAME = "transfers-conformance";
    /** The file name {@code report.md}. */
    public static final String MARKDOWN = "report.md";
    /** The file name {@code report.html}. */
    public static final String HTML = "report.html";
    /** The file name {@code report.json}. */
    public static final String JSON = "report.json";
    /** The file name {@code junit.xml}. */
    public static final String JUNIT = "junit.xml";

    private Reports() {
    }

    /** What writes one report into its file. */
    @FunctionalInterface
    interface ReportWriter {
        void write(GateResult result, Path file) throws IOException;
    }

    /** What writes one report as text. */
    @FunctionalInterface
    interface TextReport {
        void write(GateResult result, Writer out) throws IOException;
    }

    /**
     * Writes the four reports into {@code directory} (created if needed). They are written side by side, one
     * thread per core (up to four): each only reads the result, and on a large capture they take seconds each.
     *
     * @param result the result
     * @param directory the directory
     * @return the files written
     * @throws UncheckedIOException when the folder or a file cannot be written
     */
    public static List<Path> writeAll(GateResult result, Path directory) {
        Map<String, ReportWriter> writers = new LinkedHashMap<>();
        writers.put(MARKDOWN, text(MarkdownReport::write));
        writers.put(HTML, text(HtmlReport::write));
        writers.put(JSON, (r, file) -> {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                JsonReport.write(r, out);
            }
        });
        writers.put(JUNIT, text(JunitReport::write));
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write reports to " + directory + ": " + e.getMessage(), e);
        }
        int threads = Math.min(writers.size(), Runtime.getRuntime().availableProcessors());
        ExecutorService pool = threads <= 1 ? null : Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "conformance-report");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Void>> written = new ArrayList<>();
            for (Map.Entry<String, ReportWriter> w : writers.entrySet()) {
                Path file = directory.resolve(w.getKey());
                if (pool == null) {
                    w.getValue().write(result, file);
                } else {
                    written.add(pool.submit(() -> {
                        w.getValue().write(result, file);
                        return null;
                    }));
                }
            }
            for (Future<Void> f : written) {
                f.get();
            }
            return writers.keySet().stream().map(directory::resolve).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write reports to " + directory + ": " + e.getMessage(), e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw new UncheckedIOException("cannot write reports to " + directory + ": " + io.getMessage(), io);
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("a report writer failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing reports", e);
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    private static ReportWriter text(TextReport report) {
        return (result, file) -> {
            try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
                report.write(result, out);
            }
        };
    }
}
