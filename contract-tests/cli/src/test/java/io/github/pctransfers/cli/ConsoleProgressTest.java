package io.github.pctransfers.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Progress lines and the compiler hint, on a clock the test moves. */
class ConsoleProgressTest {
    private static final long MS = 1_000_000;

    private final StringWriter text = new StringWriter();
    private long now = 1_000 * MS;

    private ConsoleProgress progress(int tieredStopAtLevel, AtomicInteger asked) {
        return new ConsoleProgress(new PrintWriter(text), () -> now, () -> {
            asked.incrementAndGet();
            return tieredStopAtLevel;
        });
    }

    /** Reports every exchange of a run, the clock moving {@code millisEach} after each. */
    private void run(ConsoleProgress p, int total, long millisEach) {
        for (int done = 1; done <= total; done++) {
            p.advanced(done, total);
            now += millisEach * MS;
        }
    }

    @Test
    void aShortRunPrintsNothingAndDoesNotAskForTheCompiler() {
        AtomicInteger asked = new AtomicInteger();
        run(progress(4, asked), 500, 3);
        assertThat(text.toString()).isEmpty();
        assertThat(asked).hasValue(0);
    }

    @Test
    void aLongRunPrintsALineEveryTwoSecondsWithItsRate() {
        run(progress(1, new AtomicInteger()), 5_000, 1); // 1,000 a second: 2,001 done at 2.000 s print as 1001/s
        assertThat(text.toString().lines()).containsExactly(
                "checked 2001/5000 exchanges (1001/s)",
                "checked 4001/5000 exchanges (1000/s)");
    }

    @Test
    void underC2TheFirstProgressLineIsFollowedByTheHintOnce() {
        AtomicInteger asked = new AtomicInteger();
        run(progress(4, asked), 7_000, 1);
        assertThat(text.toString().lines()).containsExactly(
                "checked 2001/7000 exchanges (1001/s)",
                ConsoleProgress.COMPILER_HINT,
                "checked 4001/7000 exchanges (1000/s)",
                "checked 6001/7000 exchanges (1000/s)");
        assertThat(asked).hasValue(1);
    }

    @Test
    void withC1OnlyOrAnUnknownJvmThereIsNoHint() {
        for (int level : new int[] {1, -1}) {
            run(progress(level, new AtomicInteger()), 3_000, 1);
        }
        // Both runs printed their progress line, so the hint had its chance.
        assertThat(text.toString().lines()).containsExactly(
                "checked 2001/3000 exchanges (1001/s)",
                "checked 2001/3000 exchanges (1001/s)");
    }

    @Test
    void thisJvmReportsItsCompilerTier() {
        // HotSpot's default is 4 (C2); a CI job may set -XX:TieredStopAtLevel in JDK_JAVA_OPTIONS, as the README says.
        int expected = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(argument -> argument.startsWith("-XX:TieredStopAtLevel="))
                .reduce((first, last) -> last)
                .map(argument -> Integer.parseInt(argument.substring(argument.indexOf('=') + 1)))
                .orElse(4);
        assertThat(ConsoleProgress.tieredStopAtLevel()).isEqualTo(expected);
    }
}
