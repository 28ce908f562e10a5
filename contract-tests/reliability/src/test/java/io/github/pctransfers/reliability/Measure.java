package io.github.pctransfers.reliability;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Heap after full GCs, live threads, latency percentiles. */
final class Measure {
    private Measure() {
    }

    /** Used heap in bytes after a few full GCs, once it stops falling. */
    static long heapAfterGc() {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            sleep(100);
            best = Math.min(best, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return best;
    }

    static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    static Set<Thread> liveThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).collect(Collectors.toSet());
    }

    static Map<String, Long> namesByPrefix(Set<Thread> threads) {
        return threads.stream().collect(Collectors.groupingBy(t -> t.getName().replaceAll("[-\\d]+$", ""),
                Collectors.counting()));
    }

    /** The value at {@code percentile} (0 to 100) of sorted nanoseconds, in milliseconds. */
    static double percentileMillis(long[] sortedNanos, double percentile) {
        if (sortedNanos.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sortedNanos.length) - 1;
        return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, index))] / 1e6;
    }

    static long[] sorted(long[][] perThread) {
        long[] all = Arrays.stream(perThread).flatMapToLong(Arrays::stream).filter(v -> v > 0).toArray();
        Arrays.sort(all);
        return all;
    }

    static String mb(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1024.0 / 1024.0);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
