package io.github.pctransfers.cli;

import com.sun.management.HotSpotDiagnosticMXBean;
import io.github.pctransfers.conformance.gate.Progress;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;

/**
 * Progress lines on standard error, at most one every {@value #INTERVAL_MILLIS} ms, so a short run prints none
 * and a long one shows it is moving (e.g. {@code checked 4000/10000 exchanges (850/s)}).
 *
 * <p>A run long enough for a progress line, in a JVM that compiles with C2, also gets one hint: on 2 cores, C1 only
 * and a class-data-sharing archive take about half the time of a large capture (docs/PERFORMANCE.md). The tool cannot
 * switch compilers itself once the JVM runs, so it says so where the user sees the run is long.
 */
final class ConsoleProgress implements Progress {
    static final long INTERVAL_MILLIS = 2000;
    static final String COMPILER_HINT = "hint: this JVM compiles with C2; for a large capture, -XX:TieredStopAtLevel=1"
            + " and a class-data-sharing archive take about half the time (\"Performance\" in the cli README)";
    private static final int C1_ONLY = 1;

    private final PrintWriter err;
    private final LongSupplier nanoTime;
    private final IntSupplier tieredStopAtLevel;
    private long start;
    private long lastPrinted;
    private boolean hinted;

    ConsoleProgress(PrintWriter err) {
        this(err, System::nanoTime, ConsoleProgress::tieredStopAtLevel);
    }

    /**
     * @param nanoTime          the clock
     * @param tieredStopAtLevel the JVM's highest compilation tier (1: C1 only; 4: C2), asked once, when the first
     *                          progress line is printed; below 1 when unknown
     */
    ConsoleProgress(PrintWriter err, LongSupplier nanoTime, IntSupplier tieredStopAtLevel) {
        this.err = err;
        this.nanoTime = nanoTime;
        this.tieredStopAtLevel = tieredStopAtLevel;
    }

    @Override
    public synchronized void advanced(int done, int total) {
        long now = nanoTime.getAsLong();
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
        if (!hinted) {
            hinted = true;
            if (tieredStopAtLevel.getAsInt() > C1_ONLY) {
                err.println(COMPILER_HINT);
            }
        }
        err.flush();
    }

    /** HotSpot's {@code TieredStopAtLevel}, or -1 on a JVM that does not have it (no hint is given then). */
    static int tieredStopAtLevel() {
        try {
            HotSpotDiagnosticMXBean hotSpot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            if (hotSpot == null) {
                return -1;
            }
            return Integer.parseInt(hotSpot.getVMOption("TieredStopAtLevel").getValue());
        } catch (RuntimeException | LinkageError notHotSpot) {
            return -1;
        }
    }
}
