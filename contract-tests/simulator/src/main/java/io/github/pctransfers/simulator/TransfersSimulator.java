package io.github.pctransfers.simulator;

import io.github.pctransfers.client.webhooks.WebhookTrust;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A stateful, in-memory Partner Center transfers API on {@code http://127.0.0.1:<port>}: create (legacy and new
 * commerce), get, list, accept, reject, withdraw, cancel, submit and eligibility, with the documented status
 * codes, error codes and body shapes, idempotency by MS-RequestId, faults on demand, and signed webhook deliveries
 * to a registered URL ({@link #webhookTrust()}, {@link #webhookDeliveries()}).
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
    private final SimulatorClock clock;
    private final Consumer<Instant> clockMoved;

    private TransfersSimulator(Builder b) {
        this.seed = b.seed != null ? b.seed : Seed.builtIn();
        this.clock = b.clock();
        this.engine = new SimulatorEngine(seed, b.faults, clock, b.webhookResourceUri);
        this.clockMoved = engine::clockMoved;
        clock.onMove(clockMoved);
        if (b.listener != null) {
            engine.addListener(b.listener);
        }
        this.transport = new WireMockTransport(engine, b.port);
    }

    /**
     * A builder: port 0, the built-in seed, no faults, a clock at the real time running at real time.
     *
     * @return A builder: port 0, the built-in seed, no faults, a clock at the real time running at real time
     */
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
     * The simulator's clock: {@link SimulatorClock#set set} or {@link SimulatorClock#advance advance} it to make
     * processing finish or transfers expire, and give a client the same time with
     * {@code TransfersClient.builder().clock(clock).sleeper(clock.sleeper())}.
     *
     * @return the simulator's clock: {@link SimulatorClock#set set} or {@link SimulatorClock#advance advance} it to make processing finish or transfers expire, and give a client the same time with {@code TransfersClient.builder().clock(clock).sleeper(clock.sleeper())}
     */
    public SimulatorClock clock() {
        return clock;
    }

    /**
     * How a receiver trusts the simulator's webhook deliveries: certificates only from the simulator's own
     * certificate URL ({@code {baseUrl}/simulator/webhooks/certificate}), chaining to the simulator's root, with the
     * simulator leaf's organisation. Give it to {@code WebhookReceiver.builder().trust(...)}; Partner Center's
     * deliveries need {@link WebhookTrust#partnerCenter()} instead.
     *
     * @return how a receiver trusts the simulator's webhook deliveries: certificates only from the simulator's own certificate URL ({@code {baseUrl}/simulator/webhooks/certificate}), chaining to the simulator's root, with the simulator leaf's organisation
     */
    public WebhookTrust webhookTrust() {
        WebhookSigner signer = engine.webhooks().signer();
        return WebhookTrust.builder()
                .allowedCertificateUrlPrefix(engine.webhooks().certificateUrl())
                .trustAnchor(signer.root())
                .requiredOrganization(signer.leafOrganization())
                .build();
    }

    /**
     * The webhook deliveries since the last {@link #reset()}, oldest first, each with its attempts so far (the
     * newest 10,000 are kept).
     *
     * @return the webhook deliveries since the last {@link #reset()}, oldest first, each with its attempts so far (the newest 10,000 are kept)
     */
    public List<WebhookDelivery> webhookDeliveries() {
        return engine.webhooks().deliveries();
    }

    /**
     * The seed the state starts from, and returns to on {@link #reset()}.
     *
     * @return the seed the state starts from, and returns to on {@link #reset()}
     */
    public Seed seed() {
        return seed;
    }

    /**
     * Back to the seed: forgets every transfer, every remembered MS-RequestId, every injected fault, the webhook
     * registration and the webhook deliveries.
     */
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
     * Stops telling {@code listener} of exchanges.
     *
     * @param listener the listener
     */
    public void removeExchangeListener(ExchangeListener listener) {
        engine.removeListener(listener);
    }

    /** Stops listening. */
    @Override
    public void close() {
        clock.removeOnMove(clockMoved);
        try {
            transport.shutdown();
        } finally {
            engine.close();
        }
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
        private SimulatorClock clock;
        private Instant clockStart;
        private Double clockRate;
        private ExchangeListener listener;
        private WebhookResourceUri webhookResourceUri = WebhookResourceUri.REAL;

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
         * The seed to start from (default: {@link Seed#builtIn()}).
         *
         * @param seed the seed
         * @return the seed to start from (default: {@link Seed#builtIn()})
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
         * The clock of timestamps, processing times, expiry and the rate limit, made by the caller (for example
         * to share it, or to hold it before the simulator starts); excludes {@link #clockStart} and
         * {@link #clockRate}. Default: a clock at {@link #clockStart} running at {@link #clockRate}.
         *
         * @param clock the clock
         * @return the clock of timestamps, processing times, expiry and the rate limit, made by the caller (for example to share it, or to hold it before the simulator starts); excludes {@link #clockStart} and {@link #clockRate}
         */
        public Builder clock(SimulatorClock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Where the simulator's clock starts (default: the real time at {@link #start()}), e.g.
         * {@link SimulatorClock#DOCUMENTED_WORLD} for the moment the built-in seed's documented examples are current.
         *
         * @param start the start
         * @return this builder
         */
        public Builder clockStart(Instant start) {
            this.clockStart = Objects.requireNonNull(start, "start");
            return this;
        }

        /**
         * How many times faster than real time the clock runs (default 1; 0 freezes it, so it moves only when a test
         * sets or advances it).
         *
         * @throws IllegalArgumentException when negative, NaN or infinite
         * @param rate the rate
         * @return how many times faster than real time the clock runs (default 1; 0 freezes it, so it moves only when a test sets or advances it)
         */
        public Builder clockRate(double rate) {
            this.clockRate = SimulatorClock.checkRate(rate);
            return this;
        }

        private SimulatorClock clock() {
            if (clock != null) {
                return clock;
            }
            return SimulatorClock.startingAt(clockStart != null ? clockStart : Instant.now(),
                    clockRate != null ? clockRate : 1);
        }

        /**
         * The {@code ResourceUri} shape of the transfer events delivered to a webhook registration (default
         * {@link WebhookResourceUri#REAL}, what Partner Center really sends).
         *
         * @param shape the shape
         * @return the {@code ResourceUri} shape of the transfer events delivered to a webhook registration (default {@link WebhookResourceUri#REAL}, what Partner Center really sends)
         */
        public Builder webhookResourceUri(WebhookResourceUri shape) {
            this.webhookResourceUri = Objects.requireNonNull(shape, "shape");
            return this;
        }

        /**
         * Told of every exchange (also {@link TransfersSimulator#addExchangeListener} later).
         *
         * @param listener the listener
         * @return told of every exchange (also {@link TransfersSimulator#addExchangeListener} later)
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
            if (clock != null && (clockStart != null || clockRate != null)) {
                throw new IllegalStateException("clock(SimulatorClock) excludes clockStart(...) and clockRate(...): "
                        + "set the start and rate on the clock itself");
            }
            TransfersSimulator simulator = new TransfersSimulator(this);
            try {
                simulator.transport.listen();
            } catch (RuntimeException e) {
                simulator.clock.removeOnMove(simulator.clockMoved);
                simulator.engine.close();
                throw e;
            }
            simulator.engine.listening(simulator.baseUrl());
            return simulator;
        }
    }
}
