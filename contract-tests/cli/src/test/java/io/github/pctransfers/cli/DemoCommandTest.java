package io.github.pctransfers.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pctransfers.simulator.Seed;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import picocli.CommandLine;

/** {@code demo}, run in-process: the lifecycle lines, the conformance summary, and the exit code. */
@Timeout(60)
class DemoCommandTest {
    /** {@code  5  acceptTransfer   POST   /v1/...  200  2 orders; ...  MS-RequestId <guid>}. */
    private static final Pattern STEP = Pattern.compile(
            "^\\s*(\\d+)  ([\\w.]+)\\s+(GET|POST|PATCH|DELETE)\\s+(/v1/\\S+|/webhooks/v1/\\S+)  (\\S+)  (.+)  "
            + "MS-RequestId ([0-9a-f-]{36})$");
    /** A webhook delivery the demo's endpoint verified, printed under the call that caused it. */
    private static final Pattern DELIVERY = Pattern.compile(
            "^    <- webhook (\\S+)\\s+verified \\(rsa-sha256, simulator certificate\\)  .*  transfer ([0-9a-f-]{36}) .*$",
            Pattern.MULTILINE);

    @Test
    void drivesTheWholeLifecycleOneLinePerCallAndEndsWithTheConformanceSummary() {
        StringWriter out = new StringWriter();
        int exit = run(new DemoCommand(check(ConformanceSummary.of(12, 0, 1))), out);

        assertThat(exit).as(out.toString()).isZero();
        List<String[]> steps = steps(out.toString());
        assertThat(steps).as(out.toString()).hasSize(18);
        assertThat(steps).extracting(s -> s[1] + " " + s[2] + " " + s[4]).containsExactly(
                "getTransferEligibility GET 200",
                "createTransfer POST 201",
                "getTransfer GET 200",
                "listTransfers GET 200",
                "acceptTransfer POST 200",
                "getTransfer GET 200",
                "createTransfer POST 201",
                "rejectTransfer PATCH 200",
                "createTransfer POST 201",
                "withdrawTransfer DELETE 204",
                "getTransfer GET 404",
                "listTransfers GET 429->200",
                "webhooks.createRegistration POST 200",
                "createTransfer POST 201",
                "submitTransfer PATCH 200",
                "createTransfer POST 201",
                "submitTransfer PATCH 200",
                "awaitTransfer GET " + steps.get(17)[4]);
        assertThat(steps.get(0)[5]).contains("3 not (Deleted, Suspended, subscription is already part of another "
                + "transfer request id : 31a06eac-c527-458a-a6b4-0de197a45996)");
        assertThat(steps.get(1)[5]).containsPattern("createdTime \\S+\\.\\d{7}Z");
        assertThat(steps.get(4)[5]).contains("2 orders; 1 line item failed: 900103 on 637FF8F6");
        assertThat(steps.get(5)[5]).contains("PartiallyComplete");
        assertThat(steps.get(7)[5]).endsWith("Reject");
        assertThat(steps.get(10)[5]).contains("code 900100");
        assertThat(steps.get(11)[5]).contains("after 2 attempts");
        assertThat(steps.get(14)[5]).contains("Complete");
        assertThat(steps.get(16)[5]).contains("InProgress");
        assertThat(steps.get(17)[4]).matches("200(->200)+");
        assertThat(steps.get(17)[5]).containsPattern("Complete after \\d+ polls in \\d+\\.\\d s, 0 failed line items");
        // Each new-commerce transfer's signed create-transfer and complete-transfer, verified, under its calls.
        List<String> deliveries = new java.util.ArrayList<>();
        java.util.regex.Matcher delivery = DELIVERY.matcher(out.toString());
        while (delivery.find()) {
            deliveries.add(delivery.group(1) + " " + delivery.group(2));
        }
        String first = steps.get(13)[5].replaceAll(".*new-commerce transfer (\\S+) .*", "$1");
        String slow = steps.get(15)[5].replaceAll(".*new-commerce transfer (\\S+) .*", "$1");
        assertThat(deliveries).containsExactly("create-transfer " + first, "complete-transfer " + first,
                "create-transfer " + slow, "complete-transfer " + slow);
        assertThat(out.toString()).contains("check ran\nConformance check: 12 passed, 0 failed, 1 skipped\n")
                .containsPattern("Demo passed in \\d+\\.\\d s: 18 calls behaved as documented, \\d+ webhook deliveries "
                        + "verified");
    }

    @Test
    void aFailedConformanceCheckFailsTheDemo() {
        StringWriter out = new StringWriter();

        int exit = run(new DemoCommand(check(ConformanceSummary.of(11, 1, 0))), out);

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString()).contains("Demo FAILED");
    }

    @Test
    void anAcceptWithoutItsPartialFailureFailsTheDemoAtThatStep() {
        StringWriter out = new StringWriter();
        UnaryOperator<io.github.pctransfers.simulator.TransfersSimulator.Builder> everythingSynced =
                b -> b.seed(allSynced(Seed.builtIn()));

        int exit = run(new DemoCommand(check(ConformanceSummary.of(1, 0, 0)), everythingSynced), out);

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString()).contains("FAIL step 5: expected a partial failure: 2 orders and 900103 on "
                + DemoCommand.NOT_SYNCED).doesNotContain("Conformance check:");
    }

    private static int run(DemoCommand demo, StringWriter out) {
        CommandLine cl = new CommandLine(demo);
        cl.setOut(new PrintWriter(out, true));
        return cl.execute();
    }

    private static ConformanceCheck check(ConformanceSummary summary) {
        return out -> {
            out.println("check ran");
            return summary;
        };
    }

    private static List<String[]> steps(String output) {
        return output.lines().map(STEP::matcher).filter(Matcher::matches).map(m -> new String[] {
            m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6), m.group(7)}).toList();
    }

    private static Seed allSynced(Seed seed) {
        return seed.toBuilder().customers(seed.customers().stream()
                .map(c -> c.toBuilder().subscriptions(c.subscriptions().stream()
                        .map(s -> s.toBuilder().syncState(Seed.SYNC_COMPLETE).build()).toList()).build())
                .toList()).build();
    }
}
