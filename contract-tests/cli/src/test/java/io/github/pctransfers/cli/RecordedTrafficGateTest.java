package io.github.pctransfers.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.pctransfers.client.TransfersClient;
import io.github.pctransfers.client.errors.NotFoundException;
import io.github.pctransfers.client.model.TransferCreateRequest;
import io.github.pctransfers.client.model.TransferEntity;
import io.github.pctransfers.client.model.TransferLineItem;
import io.github.pctransfers.client.model.TransferType;
import io.github.pctransfers.client.recording.HarRecorder;
import io.github.pctransfers.conformance.Conformance;
import io.github.pctransfers.conformance.ConformanceResult;
import io.github.pctransfers.conformance.ConformanceRun;
import io.github.pctransfers.conformance.gate.Problem;
import io.github.pctransfers.simulator.Seed;
import io.github.pctransfers.simulator.TransfersSimulator;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The client's own recording as evidence for the gate: what the client records against the simulator
 * passes {@code check --har} as it is, holds no token, and a planted type error in it fails with that finding.
 * The demo lifecycle is recorded once for the class (each recording takes the demo's real waits); the load
 * recording is 32 threads x 20 calls by default and 32 x 100 with {@code -Dcli.long=true}.
 */
class RecordedTrafficGateTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Calls per thread of the load recording: 10 per cycle. */
    static final int CALLS_PER_THREAD = Boolean.getBoolean("cli.long") ? 100 : 20;

    @TempDir
    static Path recordings;
    /** The demo's lifecycle as the client recorded it; each test reads it, none changes it. */
    static Path demoHar;
    static String demoOut;

    @TempDir
    Path dir;

    @BeforeAll
    @Timeout(120)
    static void recordTheDemo() {
        demoHar = recordings.resolve("traffic.har");
        StringWriter out = new StringWriter();
        CommandLine cl = new CommandLine(new DemoCommand(w -> ConformanceSummary.of(1, 0, 0)));
        cl.setOut(new PrintWriter(out, true));

        int exit = cl.execute("--record", demoHar.toString());

        demoOut = out.toString();
        assertThat(exit).as(demoOut).isZero();
    }

    @Test
    @Timeout(120)
    void aRecordedDemoLifecyclePassesTheGateAndHoldsNoToken() throws Exception {
        Path har = demoHar;

        JsonNode entries = JSON.readTree(har.toFile()).at("/log/entries");
        assertThat(demoOut).contains("Recorded " + entries.size() + " exchanges to " + har
                + "; gate them with: check --har " + har);
        // One exchange per call; the throttled list is two (429, then 200); the await at the end polls until the
        // transfer completes, however many polls that takes.
        List<Integer> statuses = statuses(entries);
        assertThat(statuses.subList(0, 18)).containsExactly(200, 201, 200, 200, 200, 200, 201, 200, 201, 204, 404,
                429, 200, 200, 201, 200, 201, 200);
        assertThat(statuses.subList(18, statuses.size())).isNotEmpty().containsOnly(200);
        assertThat(Files.readString(har, StandardCharsets.ISO_8859_1)).doesNotContain("demo-token");

        // As CI would run it: the command line, on the file as written.
        StringWriter checkOut = new StringWriter();
        StringWriter checkErr = new StringWriter();
        int checkExit = ConformanceMain.run(new PrintWriter(checkOut), new PrintWriter(checkErr), "check", "--har",
                har.toString(), "--no-progress", "--report", dir.resolve("report").toString());
        assertThat(checkExit).as(checkOut + "\n" + checkErr).isZero();

        ConformanceResult result = Conformance.check(ConformanceRun.builder().har(har).build());
        assertThat(problems(result)).isEmpty();
        assertThat(result.gate().cases()).hasSize(entries.size());
    }

    @Test
    @Timeout(120)
    void theSameRecordingWithOnePlantedTypeErrorFailsWithThatFinding() throws Exception {
        Path har = demoHar;

        // The third entry is getTransfer's 200: its "status" becomes a number.
        ObjectNode archive = (ObjectNode) JSON.readTree(har.toFile());
        ObjectNode content = (ObjectNode) archive.at("/log/entries/2/response/content");
        assertThat(archive.at("/log/entries/2/_operation").asText()).isEqualTo("getTransfer");
        ObjectNode body = (ObjectNode) JSON.readTree(content.get("text").asText());
        assertThat(body.get("status").isTextual()).isTrue();
        body.put("status", 42);
        content.put("text", JSON.writeValueAsString(body));
        Path planted = dir.resolve("planted.har");
        JSON.writeValue(planted.toFile(), archive);

        ConformanceResult result = Conformance.check(ConformanceRun.builder().har(planted).build());

        assertThat(result.conforms()).isFalse();
        List<Problem> problems = result.gate().problems();
        assertThat(problems).as(problems(result).toString()).isNotEmpty()
                .allMatch(p -> p.subject().equals("entry-3"));
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.check()).isEqualTo("response-matches-spec");
            assertThat(p.pointer()).isEqualTo("/status");
            assertThat(p.key()).contains("type");
        });
    }

    @Test
    @Timeout(300)
    void thirtyTwoThreadsRecordingAtOncePassTheGateWithZeroFindingsAndHoldNoToken() throws Exception {
        String token = "tok-" + UUID.randomUUID();
        Path har = dir.resolve("load.har");
        int threads = 32;
        int callsPerThread = CALLS_PER_THREAD;
        List<Path> files;
        long recorded;
        try (TransfersSimulator simulator = TransfersSimulator.builder().port(0).seed(customersPerThread(threads))
                .start();
                HarRecorder recorder = HarRecorder.builder(har).build();
                TransfersClient client = TransfersClient.builder().baseUrl(simulator.baseUrl())
                        .accessToken(() -> token).trafficRecorder(recorder).build()) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            CountDownLatch start = new CountDownLatch(1);
            try {
                List<Future<Integer>> done = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    int thread = t;
                    done.add(pool.submit(() -> {
                        start.await();
                        return tenCallCycles(client, thread, callsPerThread / 10);
                    }));
                }
                start.countDown();
                int calls = 0;
                for (Future<Integer> f : done) {
                    calls += f.get(240, TimeUnit.SECONDS);
                }
                assertThat(calls).isEqualTo(threads * callsPerThread);
            } finally {
                pool.shutdownNow();
            }
            client.close();
            recorded = recorder.recordedCount();
            files = recorder.files();
        }
        assertThat(recorded).isGreaterThanOrEqualTo(threads * callsPerThread);
        long bytes = 0;
        int entries = 0;
        for (Path file : files) {
            bytes += Files.size(file);
            assertThat(Files.readString(file, StandardCharsets.ISO_8859_1)).doesNotContain(token);
            ConformanceResult result = Conformance.check(ConformanceRun.builder().har(file).build());
            assertThat(problems(result)).as(file.toString()).isEmpty();
            assertThat(result.gate().cases().stream().flatMap(c -> c.results().stream())
                    .mapToLong(r -> r.findings().size()).sum()).isZero();
            entries += result.gate().cases().size();
        }
        assertThat(entries).isEqualTo(recorded);
        System.out.printf(Locale.ROOT, "recorded %d exchanges of %d calls in %d file(s), %.1f MB%n", recorded,
                threads * callsPerThread, files.size(), bytes / 1e6);
    }

    /** Ten calls per cycle: eligibility, a legacy create, get, reject, get, create, withdraw, get (404), a new-commerce create and cancel. */
    private static int tenCallCycles(TransfersClient client, int thread, int cycles) {
        String customer = customerOf(DemoCommand.CUSTOMER, thread);
        String newCommerceCustomer = customerOf(DemoCommand.NEW_COMMERCE_CUSTOMER, thread);
        int calls = 0;
        for (int i = 0; i < cycles; i++) {
            client.getTransferEligibility(customer, "directtoindirect");
            TransferEntity created = client.createTransfer(customer, legacy(DemoCommand.PLAIN));
            client.getTransfer(customer, created.getId());
            client.rejectTransfer(customer, created.getId());
            client.getTransfer(customer, created.getId());
            TransferEntity toWithdraw = client.createTransfer(customer, legacy(DemoCommand.TO_WITHDRAW));
            client.withdrawTransfer(customer, toWithdraw.getId());
            try {
                client.getTransfer(customer, toWithdraw.getId());
                throw new AssertionError("a withdrawn transfer was found");
            } catch (NotFoundException expected) {
                // 404 900100, recorded like any other exchange.
            }
            TransferEntity nce = client.createTransfer(newCommerceCustomer, TransferCreateRequest.builder()
                    .sourcePartnerTenantId(DemoCommand.NEW_COMMERCE_SOURCE_PARTNER)
                    .sourcePartnerName("Woodgrove Cloud Services")
                    .customerEmailId("it@northwind.example")
                    .transferType(TransferType.of(3)).build());
            // Cancelled, not submitted: a subscription is transferred only once, and the cycle repeats.
            client.cancelTransfer(newCommerceCustomer, nce.getId(), null);
            calls += 10;
        }
        return calls;
    }

    /**
     * The built-in seed plus, for each thread, a copy of the two customers the cycles use: a subscription may be in
     * one open transfer of a customer at a time, so threads sharing a customer would refuse each other's creates.
     */
    private static Seed customersPerThread(int threads) {
        Seed seed = Seed.builtIn();
        Seed.Builder withCopies = seed.toBuilder();
        for (Seed.Customer c : seed.customers()) {
            if (c.tenantId().equalsIgnoreCase(DemoCommand.CUSTOMER)
                    || c.tenantId().equalsIgnoreCase(DemoCommand.NEW_COMMERCE_CUSTOMER)) {
                for (int t = 0; t < threads; t++) {
                    withCopies.addCustomer(c.toBuilder().tenantId(customerOf(c.tenantId(), t)).build());
                }
            }
        }
        return withCopies.build();
    }

    /** The thread's copy of a seeded customer: its id with the thread number in the last group. */
    private static String customerOf(String tenantId, int thread) {
        return tenantId.substring(0, 24) + String.format(Locale.ROOT, "%012x", thread + 1);
    }

    private static TransferCreateRequest legacy(String subscriptionId) {
        return TransferCreateRequest.builder().sourcePartnerTenantId(DemoCommand.SOURCE_PARTNER)
                .targetPartnerTenantId(DemoCommand.TARGET_PARTNER)
                .addLineItemsItem(TransferLineItem.builder().subscriptionId(subscriptionId)
                        .partnerIdOnRecord(DemoCommand.PARTNER_ID_ON_RECORD).build()).build();
    }

    private static List<Integer> statuses(JsonNode entries) {
        List<Integer> out = new ArrayList<>();
        entries.forEach(e -> out.add(e.at("/response/status").asInt()));
        return out;
    }

    private static List<String> problems(ConformanceResult result) {
        return result.gate().problems().stream().map(Problem::describe).collect(Collectors.toList());
    }
}
