package io.github.pctransfers.cli;

import static io.github.pctransfers.client.http.PartnerCenterHeaders.MS_REQUEST_ID;

import io.github.pctransfers.simulator.FaultSettings;
import io.github.pctransfers.simulator.Seed;
import io.github.pctransfers.simulator.SeedException;
import io.github.pctransfers.simulator.SimulatedFault;
import io.github.pctransfers.simulator.SimulatorClock;
import io.github.pctransfers.simulator.TransfersSimulator;
import io.github.pctransfers.simulator.WebhookResourceUri;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code serve}: the simulator on 127.0.0.1 until Ctrl-C, with state in memory, seed data from a file or the
 * built-in set, and faults by flag or by the {@value SimulatedFault#HEADER} request header.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false, usageHelpWidth = 100,
        description = {
            "Serves the Partner Center transfers API on 127.0.0.1, state in memory, until Ctrl-C.",
            "Any 'Authorization: Bearer <token>' is accepted. One request asks for a fault with the header",
            "  X-Simulator-Fault: latency=500ms | status=429;retry-after=1 | status=503 | reset | malformed-body",
            "adding ;times=N to hit only the first N attempts that carry the same MS-RequestId.",
            "The simulator's clock: GET /simulator/clock, PUT /simulator/clock {\"now\": \"<instant>\"},",
            "  POST /simulator/clock/advance {\"by\": \"PT5M\"} (outside /v1, no token needed).",
            "Webhooks: register a URL with POST /webhooks/v1/registration; every transfer change POSTs a signed",
            "  event to it (certificate at /simulator/webhooks/certificate).",
            ""})
public final class ServeCommand implements Callable<Integer> {
    /** The first line printed, followed by the URL: {@code Simulator listening on http://127.0.0.1:8080}. */
    public static final String LISTENING = "Simulator listening on ";

    @Spec
    private CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
            description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}); 0 picks a free port and prints it.")
    private int port;

    @Option(names = "--seed", paramLabel = "FILE",
            description = "Seed data (partners, customers, subscriptions) as JSON; default: the built-in set.")
    private Path seed;

    @Option(names = "--latency", paramLabel = "DURATION",
            description = "Latency added to every answer, e.g. 200ms or 2s.")
    private String latency;

    @Option(names = "--fail-rate", paramLabel = "RATE",
            description = "Share of requests, 0 to 1, answered with the --fail-with fault.")
    private double failRate;

    @Option(names = "--fail-with", paramLabel = "FAULT", defaultValue = "status=503",
            description = "The fault of --fail-rate, in the header's syntax (default: ${DEFAULT-VALUE}).")
    private String failWith;

    @Option(names = "--rate-limit", paramLabel = "N",
            description = "Allow N requests per second; more get 429 with Retry-After.")
    private int rateLimit;

    @Option(names = "--random-seed", paramLabel = "N", defaultValue = "1",
            description = "Seed of the random choice of --fail-rate failures (default: ${DEFAULT-VALUE}).")
    private long randomSeed;

    @Option(names = "--clock-start", paramLabel = "INSTANT",
            description = {"Where the simulator's clock starts: an ISO-8601 instant such as 2020-03-27T18:00:00Z, or",
                "'documented', the moment the built-in seed's documented examples are current (their cancel",
                "and submit requests answer as the pages show). Default: now."})
    private String clockStart;

    @Option(names = "--clock-rate", paramLabel = "X", defaultValue = "1",
            description = "The clock runs X times real time (default: ${DEFAULT-VALUE}; 0 freezes it, so it moves only "
                    + "through /simulator/clock).")
    private double clockRate;

    @Option(names = "--webhook-resource-uri", paramLabel = "SHAPE", defaultValue = "real",
            converter = ResourceUriShape.class,
            description = {"The ResourceUri of delivered transfer events: 'real' (default), as real traffic carries it",
                "(https://api.partnercenter.microsoft.com/v1/customers/{c}, ResourceName Transfer), or 'documented',",
                "as the events page shows it ({base URL}/webhooks/v1/customers/{c}/transfers/{t}, transfer)."})
    private WebhookResourceUri webhookResourceUri;

    @Option(names = {"-v", "--verbose"}, description = "Print one line per request served.")
    private boolean verbose;

    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile TransfersSimulator running;

    @Override
    public Integer call() {
        FaultSettings faults = faultSettings();
        Seed seedData;
        try {
            seedData = seed == null ? Seed.builtIn() : Seed.load(seed);
        } catch (SeedException e) {
            spec.commandLine().getErr().println("serve: " + e.getMessage());
            return 2;
        }
        PrintWriter out = spec.commandLine().getOut();
        TransfersSimulator.Builder builder = TransfersSimulator.builder().port(port).seed(seedData).faults(faults)
                .webhookResourceUri(webhookResourceUri);
        clockSettings(builder);
        if (verbose) {
            builder.exchangeListener(e -> {
                out.println(e + "  MS-RequestId " + e.responseHeader(MS_REQUEST_ID).orElse("-"));
                out.flush();
            });
        }
        try (TransfersSimulator simulator = builder.start()) {
            running = simulator;
            Thread hook = new Thread(this::stop, "simulator-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            out.println(LISTENING + simulator.baseUrl());
            out.println("Seed: " + (seed == null ? "built-in" : seed) + " (" + seedData.customers().size()
                    + " customers, " + seedData.partners().size() + " partners)"
                    + (faults == FaultSettings.none() ? "" : "; faults: " + describe(faults)));
            out.println("Clock: " + simulator.clock().instant() + (clockRate == 0 ? ", frozen" : clockRate == 1 ? ""
                    : ", " + clockRate + "x real time") + "; move it with " + simulator.baseUrl() + "/simulator/clock");
            out.println("Webhooks: " + webhookResourceUri.name().toLowerCase(java.util.Locale.ROOT)
                    + " ResourceUri; signing certificate at " + simulator.baseUrl() + "/simulator/webhooks/certificate");
            out.println("Press Ctrl-C to stop.");
            out.flush();
            try {
                stopped.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                removeHook(hook);
            }
        } catch (IllegalStateException e) {
            spec.commandLine().getErr().println("serve: " + e.getMessage());
            return 1;
        } finally {
            running = null;
        }
        return 0;
    }

    /** Stops a running {@code serve} (as Ctrl-C does). */
    public void stop() {
        stopped.countDown();
    }

    /** The simulator while {@link #call()} serves, else null. */
    public TransfersSimulator simulator() {
        return running;
    }

    private void clockSettings(TransfersSimulator.Builder builder) {
        if (clockStart != null) {
            try {
                builder.clockStart(SimulatorClock.parseStart(clockStart));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--clock-start: " + e.getMessage(), e);
            }
        }
        try {
            builder.clockRate(clockRate);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--clock-rate: " + e.getMessage(), e);
        }
    }

    private FaultSettings faultSettings() {
        FaultSettings.Builder b = FaultSettings.builder().randomSeed(randomSeed);
        boolean any = false;
        try {
            if (latency != null) {
                Duration d = SimulatedFault.parseDuration("--latency " + latency, latency);
                b.latency(d);
                any = !d.isZero();
            }
            SimulatedFault failure = SimulatedFault.parse(failWith);
            if (failRate != 0) {
                b.failRate(failRate, failure);
                any = true;
            }
            if (rateLimit != 0) {
                b.rateLimit(rateLimit);
                any = true;
            }
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        return any ? b.build() : FaultSettings.none();
    }

    private static String describe(FaultSettings f) {
        StringBuilder s = new StringBuilder();
        if (!f.latency().isZero()) {
            s.append("latency ").append(f.latency().toMillis()).append(" ms");
        }
        if (f.failRate() > 0) {
            s.append(s.length() > 0 ? ", " : "").append(f.failRate()).append(" of requests get ").append(f.failWith());
        }
        if (f.rateLimitPerSecond() > 0) {
            s.append(s.length() > 0 ? ", " : "").append("rate limit ").append(f.rateLimitPerSecond()).append("/s");
        }
        return s.toString();
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The JVM is already stopping (Ctrl-C): the hook is running or ran.
        }
    }

    /** Reads {@code --webhook-resource-uri}: {@code real} or {@code documented}, in any case. */
    static final class ResourceUriShape implements CommandLine.ITypeConverter<WebhookResourceUri> {
        @Override
        public WebhookResourceUri convert(String value) {
            try {
                return WebhookResourceUri.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
