package io.github.pctransfers.simulator.junit;

import io.github.pctransfers.client.TransfersClient;
import io.github.pctransfers.client.http.RetryPolicy;
import io.github.pctransfers.simulator.FaultSettings;
import io.github.pctransfers.simulator.Seed;
import io.github.pctransfers.simulator.SeedException;
import io.github.pctransfers.simulator.SimulatorClock;
import io.github.pctransfers.simulator.TransfersSimulator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit 5 extension behind {@link TransfersSimulatorTest}. Starts one simulator per test class (shared with
 * {@code @Nested} classes), resets it before each test, stops it after the class, and resolves parameters of type
 * {@link TransfersClient}, {@link TransfersSimulator}, {@link SimulatorClock}, {@link URI},
 * {@code @SimulatorBaseUrl String} and {@link WebhookSink} (one per test, registered for the transfer events after
 * the reset, closed after the test).
 *
 * <p>The injected client lives in the simulator's time: it is built with {@code .clock(clock)
 * .sleeper(clock.sleeper())} on the simulator's {@link SimulatorClock}, so its retries and {@code awaitTransfer}
 * polls advance that clock instead of sleeping. A client of your own gets the same with
 * {@code TransfersClient.builder().baseUrl(simulator.baseUrl()).clock(clock).sleeper(clock.sleeper())}. The clock is
 * not reset between tests: a test that needs a moment sets it ({@link SimulatorClock#set}).
 *
 * <p>Declarative use: annotate the class with {@link TransfersSimulatorTest}. Programmatic use, for a seed object,
 * fault settings, a clock or a retry policy:
 *
 * <pre>{@code
 * @RegisterExtension
 * static TransfersSimulatorExtension simulator = TransfersSimulatorExtension.builder()
 *         .faults(FaultSettings.builder().rateLimit(5).build())
 *         .build();
 * }</pre>
 */
public final class TransfersSimulatorExtension
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {
    /** The bearer token the injected client sends; the simulator takes any. */
    public static final String ACCESS_TOKEN = "simulator-token";

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(TransfersSimulatorExtension.class);
    private static final String RUNNING = "running";
    private static final String SINK = "webhook-sink";

    private final Builder settings;
    private Running running;

    /** Used by {@link TransfersSimulatorTest}: settings come from the annotation. */
    public TransfersSimulatorExtension() {
        this(null);
    }

    private TransfersSimulatorExtension(Builder settings) {
        this.settings = settings;
    }

    /**
     * Settings for a programmatically registered extension ({@code @RegisterExtension static}).
     *
     * @return settings for a programmatically registered extension ({@code @RegisterExtension static})
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The running simulator (programmatic use, between the class's first and last test).
     *
     * @return the running simulator (programmatic use, between the class's first and last test)
     */
    public TransfersSimulator simulator() {
        return requireRunning().simulator;
    }

    /**
     * The client configured for the running simulator.
     *
     * @return the client configured for the running simulator
     */
    public TransfersClient client() {
        return requireRunning().client;
    }

    /**
     * The running simulator's clock.
     *
     * @return the running simulator's clock
     */
    public SimulatorClock clock() {
        return requireRunning().simulator.clock();
    }

    /**
     * The running simulator's base URL.
     *
     * @return the running simulator's base URL
     */
    public String baseUrl() {
        return requireRunning().simulator.baseUrl();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        ExtensionContext.Store store = context.getStore(NAMESPACE);
        Running inherited = store.get(RUNNING, Running.class);
        if (inherited != null) {
            running = inherited;
            return;
        }
        Builder b = settings != null ? settings : fromAnnotation(context);
        TransfersSimulator started = b.simulator.start();
        SimulatorClock clock = started.clock();
        TransfersClient client = TransfersClient.builder()
                .baseUrl(started.baseUrl())
                .accessToken(() -> ACCESS_TOKEN)
                .retryPolicy(b.retryPolicy)
                .clock(clock)
                .sleeper(clock.sleeper())
                .build();
        running = new Running(started, client, context.getUniqueId());
        store.put(RUNNING, running);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        ExtensionContext.Store store = context.getStore(NAMESPACE);
        Running r = store.get(RUNNING, Running.class);
        if (r != null && r.owner.equals(context.getUniqueId())) {
            store.remove(RUNNING);
            r.close();
            running = null;
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        running(context).simulator.reset();
    }

    /** Closes the test's {@link WebhookSink}, if it had one. */
    @Override
    public void afterEach(ExtensionContext context) {
        WebhookSink sink = context.getStore(NAMESPACE).remove(SINK, WebhookSink.class);
        if (sink != null) {
            sink.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
        Class<?> type = parameter.getParameter().getType();
        return type == TransfersClient.class || type == WebhookSink.class || type == TransfersSimulator.class || type == SimulatorClock.class
                || type == URI.class
                || type == String.class && parameter.isAnnotated(SimulatorBaseUrl.class);
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
        Running r = running(extension);
        Class<?> type = parameter.getParameter().getType();
        if (type == TransfersClient.class) {
            return r.client;
        }
        if (type == TransfersSimulator.class) {
            return r.simulator;
        }
        if (type == WebhookSink.class) {
            if (extension.getTestMethod().isEmpty()) {
                throw new ExtensionConfigurationException("a WebhookSink is per test: declare it on a test or "
                        + "@BeforeEach method, not on a constructor or @BeforeAll method");
            }
            return extension.getStore(NAMESPACE).getOrComputeIfAbsent(SINK, k -> WebhookSink.start(r.simulator),
                    WebhookSink.class);
        }
        if (type == SimulatorClock.class) {
            return r.simulator.clock();
        }
        if (type == URI.class) {
            return r.simulator.baseUri();
        }
        return r.simulator.baseUrl();
    }

    private Running running(ExtensionContext context) {
        Running r = context.getStore(NAMESPACE).get(RUNNING, Running.class);
        if (r == null) {
            throw new ExtensionConfigurationException("the transfers simulator is not running: annotate the test "
                    + "class with @TransfersSimulatorTest, or register TransfersSimulatorExtension on a static "
                    + "@RegisterExtension field (an instance field misses the class-level start)");
        }
        return r;
    }

    private Running requireRunning() {
        if (running == null) {
            throw new IllegalStateException("the transfers simulator runs only between the first and the last test "
                    + "of the class that registers it");
        }
        return running;
    }

    private static Builder fromAnnotation(ExtensionContext context) {
        Optional<TransfersSimulatorTest> annotation = context.getTestClass().flatMap(c -> AnnotationSupport
                .findAnnotation(c, TransfersSimulatorTest.class));
        Builder b = new Builder();
        if (annotation.isEmpty()) {
            return b;
        }
        b.port(annotation.get().port());
        String clockStart = annotation.get().clockStart();
        if (!clockStart.isBlank()) {
            try {
                b.clockStart(SimulatorClock.parseStart(clockStart));
            } catch (IllegalArgumentException e) {
                throw new ExtensionConfigurationException("@TransfersSimulatorTest(clockStart): " + e.getMessage(), e);
            }
        }
        try {
            b.clockRate(annotation.get().clockRate());
        } catch (IllegalArgumentException e) {
            throw new ExtensionConfigurationException("@TransfersSimulatorTest(clockRate): " + e.getMessage(), e);
        }
        String seed = annotation.get().seed();
        if (!seed.isBlank()) {
            ClassLoader loader = context.getRequiredTestClass().getClassLoader();
            b.seed(loadSeed(seed, loader));
        }
        return b;
    }

    /** A classpath resource of that name if there is one, else a file. */
    static Seed loadSeed(String name, ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(name.startsWith("/") ? name.substring(1) : name)) {
            if (in != null) {
                return Seed.fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8), "seed resource " + name);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read seed resource " + name, e);
        }
        Path file = Path.of(name);
        if (!file.toFile().exists()) {
            throw new SeedException("seed \"" + name + "\" is neither a classpath resource nor a file");
        }
        return Seed.load(file);
    }

    /** A started simulator, its client, and the test class that started them. */
    private static final class Running {
        final TransfersSimulator simulator;
        final TransfersClient client;
        final String owner;

        Running(TransfersSimulator simulator, TransfersClient client, String owner) {
            this.simulator = simulator;
            this.client = client;
            this.owner = owner;
        }

        void close() {
            try {
                client.close();
            } finally {
                simulator.close();
            }
        }
    }

    /**
     * Settings of a programmatically registered extension: those of the simulator, kept in a
     * {@link TransfersSimulator.Builder} (which checks them), and the injected client's retry policy.
     */
    public static final class Builder {
        private final TransfersSimulator.Builder simulator = TransfersSimulator.builder();
        private RetryPolicy retryPolicy = RetryPolicy.defaults();

        private Builder() {
        }

        /**
         * The port on 127.0.0.1; 0 (the default) picks a free one.
         *
         * @param port the port
         * @return the port on 127.0.0.1; 0 (the default) picks a free one
         */
        public Builder port(int port) {
            simulator.port(port);
            return this;
        }

        /**
         * The seed to start from and reset to (default: {@link Seed#builtIn()}).
         *
         * @param seed the seed
         * @return the seed to start from and reset to (default: {@link Seed#builtIn()})
         */
        public Builder seed(Seed seed) {
            simulator.seed(seed);
            return this;
        }

        /**
         * A seed file.
         *
         * @param seedFile the seed file
         * @return this builder
         */
        public Builder seed(Path seedFile) {
            simulator.seed(seedFile);
            return this;
        }

        /**
         * Faults for the simulator's whole life.
         *
         * @param faults the faults
         * @return faults for the simulator's whole life
         */
        public Builder faults(FaultSettings faults) {
            simulator.faults(faults);
            return this;
        }

        /**
         * The simulator's clock, made by the caller; see {@link TransfersSimulator.Builder#clock(SimulatorClock)}.
         *
         * @param clock the clock
         * @return the simulator's clock, made by the caller; see {@link TransfersSimulator.Builder#clock(SimulatorClock)}
         */
        public Builder clock(SimulatorClock clock) {
            simulator.clock(clock);
            return this;
        }

        /**
         * Where the simulator's clock starts; see {@link TransfersSimulator.Builder#clockStart(Instant)}.
         *
         * @param start the start
         * @return where the simulator's clock starts; see {@link TransfersSimulator.Builder#clockStart(Instant)}
         */
        public Builder clockStart(Instant start) {
            simulator.clockStart(start);
            return this;
        }

        /**
         * How fast the simulator's clock runs (0: frozen); see {@link TransfersSimulator.Builder#clockRate}.
         *
         * @param rate the rate
         * @return how fast the simulator's clock runs (0: frozen); see {@link TransfersSimulator.Builder#clockRate}
         */
        public Builder clockRate(double rate) {
            simulator.clockRate(rate);
            return this;
        }

        /**
         * The retry policy of the injected client (default {@link RetryPolicy#defaults()}).
         *
         * @param retryPolicy the retry policy
         * @return the retry policy of the injected client (default {@link RetryPolicy#defaults()})
         */
        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
            return this;
        }

        /**
         * The extension, to register on a static field.
         *
         * @return the extension, to register on a static field
         */
        public TransfersSimulatorExtension build() {
            return new TransfersSimulatorExtension(this);
        }
    }
}
