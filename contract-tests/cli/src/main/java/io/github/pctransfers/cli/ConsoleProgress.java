package io.github.pctransfers.cli;

import io.github.pctransfers.conformance.gate.Progress;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress lines on standard error, at most one every {@value #INTERVAL_MILLIS} ms, so a short run prints none
 * and a long one shows it is moving (e.g. {@code checked 4000/10000 exchanges (850/s)}).
 */
final class ConsoleProgress implements Progress {
    static final long INTERVAL_MILLIS = 2000;

    private final PrintWriter err;
    private long start;
    private long lastPrinted;

    ConsoleProgress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public synchronized void advanced(int done, int total) {
        long now = System.nanoTime();
        if (start == 0) {
            // Timed from the first exchange checked, so loading the spec does not count as slowness.
            start = now;
            lastPrinted = now;
            return;
        }
        if ((now - lastPrinted) / 1_000_000 < INTERVAL_MILLIS) {
            return;
        }
        lastPrinted = now;
        double seconds = (now - start) / 1e9;
        err.printf(Locale.ROOT, "checked %d/%d exchanges (%.0f/s)%n", done, total, done / seconds);
        err.flush();
    }
}
