package io.github.pctransfers.simulator.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the test class against a {@link io.github.pctransfers.simulator.TransfersSimulator}: started once on a free
 * port before the first test, reset to its seed before each test, stopped after the last. Test methods (and
 * constructors, lifecycle methods) can take a configured {@link io.github.pctransfers.client.TransfersClient}, the
 * {@link io.github.pctransfers.simulator.TransfersSimulator} itself (to inject faults), its
 * {@link io.github.pctransfers.simulator.SimulatorClock} (to move time), its base URL as a {@link java.net.URI}, or
 * as a {@code String} annotated with {@link SimulatorBaseUrl}. The injected client's waits advance that clock
 * instead of sleeping.
 *
 * <pre>{@code
 * @TransfersSimulatorTest
 * class MyTransferFlowTest {
 *     @Test
 *     void acceptsATransfer(TransfersClient client) { ... }
 * }
 * }</pre>
 *
 * For settings beyond these, register {@link TransfersSimulatorExtension#builder()} with
 * {@code @RegisterExtension} instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(TransfersSimulatorExtension.class)
public @interface TransfersSimulatorTest {
    /**
     * A seed: a classpath resource name or a file path; empty (the default) for the built-in seed.
     *
     * @return a seed: a classpath resource name or a file path; empty (the default) for the built-in seed
     */
    String seed() default "";

    /**
     * The port; 0 (the default) picks a free one.
     *
     * @return the port; 0 (the default) picks a free one
     */
    int port() default 0;

    /**
     * Where the simulator's clock starts: an ISO-8601 instant ({@code "2024-05-16T08:00:00Z"}), or
     * {@code "documented"} for {@link io.github.pctransfers.simulator.SimulatorClock#DOCUMENTED_WORLD}; empty (the
     * default) for the real time at the start.
     *
     * @return where the simulator's clock starts: an ISO-8601 instant ({@code "2024-05-16T08:00:00Z"}), or {@code "documented"} for {@link io.github.pctransfers.simulator.SimulatorClock#DOCUMENTED_WORLD}; empty (the default) for the real time at the start
     */
    String clockStart() default "";

    /**
     * How many times faster than real time the clock runs: 1 (the default) is real time, 0 freezes it.
     *
     * @return how many times faster than real time the clock runs: 1 (the default) is real time, 0 freezes it
     */
    double clockRate() default 1;
}
