package io.github.pctransfers.conformance.internal.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pctransfers.conformance.cases.ExampleCase;
import io.github.pctransfers.conformance.internal.cases.ExampleCaseLoader;
import io.github.pctransfers.conformance.cases.ExampleCases;
import io.github.pctransfers.conformance.cases.OpenApiBundle;
import io.github.pctransfers.conformance.gate.UnusableInputException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The order of a live run and what it leaves out, on the bundled examples. */
class LiveReplayPlanTest {
    private static final Map<String, Integer> RANK = Map.of("GET", 0, "POST", 1, "PUT", 2, "PATCH", 2, "DELETE", 3);

    private static ExampleCases bundled;

    @BeforeAll
    static void load() {
        try (OpenApiBundle bundle = OpenApiBundle.fromClasspath()) {
            bundled = ExampleCaseLoader.load(bundle);
        }
    }

    @Test
    void readsGoFirstThenCreatesThenActionsThenUpdatesThenDeletes() throws UnusableInputException {
        LiveReplay.Plan plan = LiveReplay.plan(bundled.cases(), LiveTarget.of(URI.create("http://127.0.0.1:1"),
                false));

        List<ExampleCase> sent = plan.toSend();
        for (int i = 1; i < sent.size(); i++) {
            ExampleCase before = sent.get(i - 1);
            ExampleCase after = sent.get(i);
            assertThat(RANK.get(before.request().method())).as(before + " before " + after)
                    .isLessThanOrEqualTo(RANK.get(after.request().method()));
        }
        List<String> posts = sent.stream().filter(c -> c.request().method().equals("POST"))
                .map(c -> c.request().path().endsWith("/accept") ? "accept" : "create").distinct().toList();
        assertThat(posts).as("creates before accepts").containsExactly("create", "accept");
        assertThat(sent.get(sent.size() - 1).request().method()).isEqualTo("DELETE");
    }

    @Test
    void againstALoopbackHostEveryCaseWithADocumentedResponseIsSent() throws UnusableInputException {
        LiveReplay.Plan plan = LiveReplay.plan(bundled.cases(), LiveTarget.of(URI.create("http://localhost:1"),
                false));

        assertThat(plan.toSend()).hasSize(bundled.cases().size() - 1);
        assertThat(plan.skipped()).singleElement().satisfies(s -> {
            assertThat(s.exampleCase().name()).isEqualTo("update-a-transfer-cancel");
            assertThat(s.reason()).contains("documents no response");
        });
    }

    @Test
    void againstAnotherHostOnlyReadsAreSentAndTheRestIsSkippedWithTheReason() throws UnusableInputException {
        LiveReplay.Plan plan = LiveReplay.plan(bundled.cases(),
                LiveTarget.of(URI.create("https://staging.example.com"), false));

        assertThat(plan.toSend()).isNotEmpty().allSatisfy(c -> assertThat(c.request().method()).isEqualTo("GET"));
        long writes = bundled.cases().stream().filter(c -> !c.request().method().equals("GET")).count();
        assertThat(plan.skipped()).hasSize((int) writes);
        assertThat(plan.skipped()).filteredOn(s -> s.exampleCase().hasResponse())
                .allSatisfy(s -> assertThat(s.reason()).contains("changes state", "staging.example.com",
                        "--allow-writes"));
    }

    @Test
    void allowingWritesSendsStateChangingCasesToAnotherHost() throws UnusableInputException {
        LiveReplay.Plan plan = LiveReplay.plan(bundled.cases(),
                LiveTarget.of(URI.create("https://staging.example.com"), true));

        assertThat(plan.toSend()).hasSize(bundled.cases().size() - 1)
                .anySatisfy(c -> assertThat(c.request().method()).isEqualTo("DELETE"));
    }
}
