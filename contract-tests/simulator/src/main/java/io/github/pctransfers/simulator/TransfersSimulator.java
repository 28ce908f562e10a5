package io.github.pctransfers.simulator;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

/**
 * A stateful, in-memory Partner Center transfers API on {@code http://127.0.0.1:<port>}: create (legacy and new
 * commerce), get, list, accept, reject, withdraw, cancel, submit and eligibility, with the documented status
 * codes, error codes and body shapes, idempotency by MS-RequestId, and faults on demand.
 *
 * <pre>{@code
 * try (TransfersSimulator simulator = TransfersSimulator.builder().port(0).start()) {
 *     TransfersClient client = TransfersClient.builder()
 *             .baseUrl(simulator.baseUrl())
 *             .accessToken(() -> "simulator-token")
 *             .build();
 *     ...
 * }
 * }</pre>
 *
 * Any {@code Bearer} token is accepted; a request without one gets 401. Thread-safe.
 */
public final class TransfersSimulator implements AutoCloseable {
    private final Seed seed;
    private final SimulatorEngine engine;
    private final WireMockTransport transport;

    private TransfersSimulator(Builder b) {
        this.seed = b.seed != null ? b.seed : Seed.builtIn();
        this.engine = new SimulatorEngine(seed, b.faults, b.clock);
        if (b.listener != null) {
            engine.addListener(b.listener);
        }
        this.transport = new WireMockTransport(engine, b.port);
    }

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The API root to give a client, without {@code /v1}, e.g. {@code http://127.0.0.1:41234}.
     *
     * @return the API root to give a client, without {@code /v1}, e.g. {@code http://127.0.0.1:41234}
     */
    public String baseUrl() {
        return "http://" + WireMockTransport.LOOPBACK + ":" + port();
    }

    /**
     * {@link #baseUrl()} as a URI.
     *
     * @return {@link #baseUrl()} as a URI
     */
    public URI baseUri() {
        return URI.create(baseUrl());
    }

    /**
     * The port listened on (the free port picked when built with port 0).
     *
     * @return the port listened on (the free port picked when built with port 0)
     */
    public int port() {
        return transport.port();
    }

    /**
     * The seed the state starts from, and returns to on {@link #reset()}.
     *
     * @return the seed the state starts from, and returns to on {@link #reset()}
     */
    public Seed seed() {
        return seed;
    }

    /** Back to the seed: forgets every transfer, every remembered MS-RequestId and every injected fault. */
    public void reset() {
        engine.reset();
    }

    /**
     * Plays {@code fault} on the next {@link SimulatedFault#times(int)} requests (default 1) of its operations
     * (default all). Faults injected earlier are used first.
     *
     * @param fault the fault
     * @return the transfers simulator
     */
    public TransfersSimulator injectFault(SimulatedFault fault) {
        engine.inject(Objects.requireNonNull(fault, "fault"));
        return this;
    }

    /** Forgets injected faults that have not been played yet. */
    public void clearFaults() {
        engine.clearFaults();
    }

    /**
     * Whether an accept is running on this transfer, or its submitted line items are still being processed.
     *
     * @param customerId the customer's id (a GUID)
     * @param transferId the transfer's id (a GUID)
     * @return whether an accept is running on this transfer, or its submitted line items are still being processed
     */
    public boolean isProcessing(String customerId, String transferId) {
        return engine.isProcessing(customerId, transferId);
    }

    /**
     * Tells {@code listener} of every exchange from now on.
     *
     * @param listener the listener
     */
    public void addExchangeListener(ExchangeListener listener) {
        engine.addListener(Objects.requireNonNull(listener, "listener"));
    }

    /**
     * Remove exchange listener.
     *
     * @param listener the listener
     */
    public void removeExchangeListener(ExchangeListener listener) {
        engine.removeListener(listener);
    }

    /** Stops listening. */
    @Override
    public void close() {
        transport.shutdown();
    }

    @Override
    public String toString() {
        return "TransfersSimulator{" + baseUrl() + "}";
    }

    /** Builds and starts a {@link TransfersSimulator}. */
    public static final class Builder {
        private int port;
        private Seed seed;
        private FaultSettings faults = FaultSettings.none();
        private Clock clock = Clock.systemUTC();
        private ExchangeListener listener;

        private Builder() {
        }

        /**
         * The port on 127.0.0.1; 0 (the default) picks a free one.
         *
         * @param port the port on 127.0.0.1; 0 (the default) picks a free one
         * @return this builder
         */
        public Builder port(int port) {
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("port must be 0 to 65535, got " + port);
            }
            this.port = port;
            return this;
        }

        /**
         * The seed file to start from (default: {@link Seed#builtIn()}).
         *
         * @param seedFile the seed file to start from (default: {@link Seed#builtIn()})
         * @return this builder
         * @throws SeedException at once when the file is missing or invalid
         */
        public Builder seed(Path seedFile) {
            this.seed = Seed.load(seedFile);
            return this;
        }

        /**
         * Sets the seed.
         *
         * @param seed the seed
         * @return this builder
         */
        public Builder seed(Seed seed) {
            this.seed = Objects.requireNonNull(seed, "seed");
            return this;
        }

        /**
         * Faults for the simulator's whole life: latency, a failure rate, a rate limit.
         *
         * @param faults the faults
         * @return this builder
         */
        public Builder faults(FaultSettings faults) {
            this.faults = Objects.requireNonNull(faults, "faults");
            return this;
        }

        /**
         * The clock of timestamps, processing times, expiry and the rate limit (default: system UTC). A test can
         * pass a clock it moves by hand to make slow processing and expiry happen on cue.
         *
         * @param clock the clock of timestamps, processing times, expiry and the rate limit (default: system UTC)
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Told of every exchange (also {@link TransfersSimulator#addExchangeListener} later).
         *
         * @param listener the listener
         * @return this builder
         */
        public Builder exchangeListener(ExchangeListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * Starts listening.
         *
         * @return the transfers simulator
         * @throws IllegalStateException when the port cannot be bound
         */
        public TransfersSimulator start() {
            TransfersSimulator simulator = new TransfersSimulator(this);
            simulator.transport.listen();
            return simulator;
        }
    }
}
