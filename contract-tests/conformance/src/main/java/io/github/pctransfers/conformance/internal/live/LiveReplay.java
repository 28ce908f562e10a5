package io.github.pctransfers.conformance.internal.live;

import io.github.pctransfers.conformance.live.BearerToken;
import io.github.pctransfers.conformance.Check;
import io.github.pctransfers.conformance.CheckResult;
import io.github.pctransfers.conformance.internal.ConformanceSuite;
import io.github.pctransfers.conformance.Finding;
import io.github.pctransfers.conformance.cases.ExampleCase;
import io.github.pctransfers.conformance.cases.ExampleCases;
import io.github.pctransfers.conformance.coverage.CoveragePolicy;
import io.github.pctransfers.conformance.errata.Erratum;
import io.github.pctransfers.conformance.gate.CaseOutcome;
import io.github.pctransfers.conformance.internal.gate.CaseSource;
import io.github.pctransfers.conformance.internal.gate.Gate;
import io.github.pctransfers.conformance.gate.GateResult;
import io.github.pctransfers.conformance.gate.Progress;
import io.github.pctransfers.conformance.gate.UnusableInputException;
import io.github.pctransfers.conformance.http.HttpExample;
import io.github.pctransfers.conformance.internal.Text;
import io.github.pctransfers.conformance.internal.spec.SpecOperation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A live run: sends every case of an examples folder to a server, verbatim ({@link LiveRequest}), and compares each
 * answer with the documented response ({@link LiveComparison}, relaxed only by {@link ServerAssignedValues}). The
 * answer must also be valid against the spec. Each difference is a finding of
 * {@link Check#LIVE_SERVER_ANSWERS_AS_DOCUMENTED}, judged by the same gate as a static run.
 *
 * <p>Which cases are sent, and in which order ({@link #plan}):
 * <ul>
 *   <li>Reads first, then creates, then updates, then deletes: GET and HEAD, then POST, then PUT and PATCH, then
 *       DELETE. Within one method a shorter path goes first (a collection before its members, so a create comes
 *       before an action on a transfer), then the case name. A server that keeps state therefore sees the reads
 *       before anything changes, and deletes last. Cases that need a state of their own (two updates of the same
 *       transfer) need a fresh server per case: give a {@code beforeEachCase} hook that resets it (a simulator can
 *       be reset; a real service cannot).</li>
 *   <li>Skipped, and listed under "Not checked" with the reason: a case that documents no response (there is
 *       nothing to compare the answer with), and, against a host that is not loopback, a state-changing case unless
 *       writes are allowed ({@link LiveTarget#refusal}).</li>
 * </ul>
 *
 * <p>Faults: when the first request sent gets no HTTP answer at all (refused, unknown host, TLS failure, no answer
 * within the timeout), the server is unusable and the run stops with {@link UnusableInputException}. After that, a
 * request without an answer is a finding of its case ({@code conformance.live.noAnswer}). Each request has a
 * deadline, so a run takes at most the number of cases times the timeout.
 *
 * <p>Errata: the errata of the live check on the cases sent are judged (applied or stale), as in a static run. The
 * errata of the other checks are not part of a live run; the corrected bodies they give are still used (sent, or
 * expected). Coverage is reported and never gated: a live run checks the server, not the example set.
 */
public final class LiveReplay {
    /** The message key of a request that got no HTTP answer, after the server had answered an earlier one. */
    public static final String NO_ANSWER = LiveComparison.KEY_PREFIX + "noAnswer";
    /** The message key of a documented request the HTTP client cannot send (an invalid target or header). */
    public static final String UNSENDABLE = LiveComparison.KEY_PREFIX + "unsendable";

    private static final Check CHECK = Check.LIVE_SERVER_ANSWERS_AS_DOCUMENTED;
    private static final Map<String, Integer> METHOD_RANK = Map.of("GET", 0, "HEAD", 0, "POST", 1, "PUT", 2,
            "PATCH", 2, "DELETE", 3);

    private LiveReplay() {
    }

    /**
     * How to reach the server.
     *
     * @param target         the server and its write policy
     * @param token          the token sent as {@code Authorization: Bearer}
     * @param timeout        the deadline of each request
     * @param beforeEachCase called before each case is sent (e.g. to reset a simulator)
     */
    public record Settings(LiveTarget target, BearerToken token, Duration timeout,
            Consumer<ExampleCase> beforeEachCase) {
        /**
         * Checks and copies the components.
         *
         * @param beforeEachCase called before each case is sent (e.g. to reset a simulator)
         * @param target the server and its write policy
         * @param timeout the deadline of each request
         * @param token the token sent as {@code Authorization: Bearer}
         */
        public Settings {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(token, "token");
            Objects.requireNonNull(timeout, "timeout");
            Objects.requireNonNull(beforeEachCase, "beforeEachCase");
        }
    }

    /**
     * A live run.
     *
     * @param suite          the spec, validator and errata
     * @param cases          the example cases
     * @param casesLocation  where the cases come from (for reports)
     * @param settings       the server
     * @param policy         the accepted coverage gaps (reported only)
     * @param specLocation   where the spec came from (for reports)
     * @param toolVersion    the tool's version (for reports)
     */
    public record Input(ConformanceSuite suite, ExampleCases cases, String casesLocation, Settings settings,
            CoveragePolicy policy, String specLocation, String toolVersion) {
        /**
         * Checks and copies the components.
         *
         * @param cases the cases
         * @param casesLocation the cases location
         * @param policy the policy
         * @param settings the settings
         * @param specLocation the spec location
         * @param suite the suite
         * @param toolVersion the tool version
         */
        public Input {
            Objects.requireNonNull(suite, "suite");
            Objects.requireNonNull(cases, "cases");
            Objects.requireNonNull(casesLocation, "casesLocation");
            Objects.requireNonNull(settings, "settings");
            Objects.requireNonNull(policy, "policy");
            Objects.requireNonNull(specLocation, "specLocation");
            Objects.requireNonNull(toolVersion, "toolVersion");
        }
    }

    /**
     * A case that is not sent.
     *
     * @param exampleCase the case
     * @param reason      why
     */
    public record Skip(ExampleCase exampleCase, String reason) {
    }

    /**
     * Which cases are sent, in order, and which are not.
     *
     * @param toSend  the cases to send, in the order they are sent
     * @param skipped the cases not sent, with the reason
     */
    public record Plan(List<ExampleCase> toSend, List<Skip> skipped) {
        /**
         * Checks and copies the components.
         *
         * @param skipped the skipped
         * @param toSend the to send
         */
        public Plan {
            toSend = List.copyOf(toSend);
            skipped = List.copyOf(skipped);
        }
    }

    /**
     * The cases in the order a live run sends them (see the class comment). Stable: ties keep their order.
     *
     * @param cases the cases
     * @return the cases in the order a live run sends them (see the class comment)
     */
    public static List<ExampleCase> order(List<ExampleCase> cases) {
        List<ExampleCase> ordered = new ArrayList<>(cases);
        ordered.sort(Comparator.<ExampleCase>comparingInt(c -> METHOD_RANK.getOrDefault(
                        c.request().method().toUpperCase(Locale.ROOT), 4))
                .thenComparingInt(c -> c.request().path().split("/").length));
        return ordered;
    }

    /**
     * Orders the cases and decides which are sent to the target. Pure.
     *
     * @param cases the cases
     * @param target the target
     * @return orders the cases and decides which are sent to the target
     */
    public static Plan plan(List<ExampleCase> cases, LiveTarget target) {
        List<ExampleCase> toSend = new ArrayList<>();
        List<Skip> skipped = new ArrayList<>();
        for (ExampleCase c : order(cases)) {
            Optional<String> refusal = c.isWebhookDelivery()
                    ? Optional.of("not sent: a webhook delivery goes from Partner Center to the partner, not to the"
                            + " API")
                    : c.hasResponse() ? target.refusal(c.request().method())
                    : Optional.of("not sent: the case documents no response, so there is nothing to compare the"
                            + " answer with");
            if (refusal.isPresent()) {
                skipped.add(new Skip(c, refusal.get()));
            } else {
                toSend.add(c);
            }
        }
        return new Plan(toSend, skipped);
    }

    /**
     * Sends the cases and judges the answers.
     *
     * @param in the in
     * @param progress the progress
     * @param started the started
     * @return the gate result
     * @throws UnusableInputException when no case can be sent (all skipped), or the first request sent gets no HTTP
     *                                answer
     */
    public static GateResult run(Input in, Progress progress, Instant started) throws UnusableInputException {
        Settings settings = in.settings();
        Plan plan = plan(in.cases().cases(), settings.target());
        if (plan.toSend().isEmpty()) {
            throw new UnusableInputException("nothing to send to " + settings.target().baseUrl() + ": all "
                    + plan.skipped().size() + " case(s) are skipped (" + plan.skipped().get(0).reason() + ")");
        }
        LiveSender sender = new LiveSender(settings.token(), settings.timeout());
        List<CaseOutcome> outcomes = new ArrayList<>();
        Set<String> sent = new HashSet<>();
        boolean answered = false;
        int done = 0;
        for (ExampleCase c : plan.toSend()) {
            settings.beforeEachCase().accept(c);
            Case checked = check(in, sender, c, answered);
            answered |= checked.answered();
            outcomes.add(checked.outcome());
            sent.add(c.name());
            progress.advanced(++done, plan.toSend().size());
        }

        List<String> skipped = new ArrayList<>();
        in.cases().skipped().forEach(s -> skipped.add(s.folder() + ": " + s.reason()));
        plan.skipped().forEach(s -> skipped.add(s.exampleCase().name() + ": " + s.reason()));
        String location = in.casesLocation() + " against " + settings.target().describe();
        Gate.Input gate = new Gate.Input(in.suite(), source(location, plan.toSend().size(), skipped), in.policy(),
                false, "a live run checks the server, not the example set: coverage is reported, not gated",
                in.specLocation(), in.toolVersion(), 1);
        String errata = in.suite().errata().location() + " (a live run judges only the errata of "
                + CHECK.id() + "; the others give corrected bodies)";
        return Gate.judge(gate, outcomes, (Erratum e) -> e.check() == CHECK && sent.contains(e.caseName()), errata,
                started);
    }

    private record Case(CaseOutcome outcome, boolean answered) {
    }

    /** Sends one case and compares; the outcome holds one result, of the live check. */
    private static Case check(Input in, LiveSender sender, ExampleCase c, boolean answeredBefore)
            throws UnusableInputException {
        ConformanceSuite suite = in.suite();
        Settings settings = in.settings();
        suite.ledger().recordCheckRun(c.name(), CHECK);
        HttpExample documentedRequest = c.request();
        Optional<SpecOperation> operation = suite.spec().findOperation(documentedRequest.method(),
                documentedRequest.path());
        String operationId = operation.map(SpecOperation::operationId).orElse(null);
        String requestBody = corrected(suite, c, Check.REQUEST_MATCHES_SPEC).orElse(documentedRequest.body());
        String expectedBody = corrected(suite, c, Check.RESPONSE_MATCHES_SPEC).orElse(c.response().body());
        List<Finding> findings = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        suite.errata().correctedBody(c.name(), Check.REQUEST_MATCHES_SPEC).ifPresent(e ->
                notes.add("sent the corrected request body of erratum " + e.id()));
        suite.errata().correctedBody(c.name(), Check.RESPONSE_MATCHES_SPEC).ifPresent(e ->
                notes.add("expected the corrected response body of erratum " + e.id()));
        boolean answered = false;
        LiveRequest request = null;
        try {
            request = LiveRequest.of(documentedRequest, requestBody, settings.target());
            notes.add(0, request.describe());
            LiveAnswer answer = sender.send(request);
            answered = true;
            notes.add("answered " + answer.status() + " in " + answer.elapsed().toMillis() + " ms");
            LiveComparison.Result compared = LiveComparison.compare(c.name(), operation.orElse(null), c.response(),
                    expectedBody, answer);
            findings.addAll(compared.findings());
            notes.addAll(compared.notes());
            if (compared.statusMatched()) {
                findings.addAll(suite.validator().validateResponse(c.name(), CHECK,
                        documentedRequest.withBody(requestBody), answer.status(), answer.headers(), answer.body()));
            }
        } catch (IllegalArgumentException unsendable) {
            findings.add(Finding.of(c.name(), CHECK, UNSENDABLE, null, "a request the HTTP client can send",
                    Text.oneLine(unsendable.getMessage()), "the documented request cannot be sent as written"));
        } catch (LiveSender.Failure failure) {
            String what = request.method() + " " + documentedRequest.target();
            if (!answeredBefore) {
                throw new UnusableInputException((failure.kind() == LiveSender.FailureKind.UNREACHABLE
                        ? "cannot reach " : "no HTTP answer from ") + settings.target().baseUrl() + " to " + what
                        + ": " + settings.token().scrub(failure.getMessage()));
            }
            findings.add(Finding.of(c.name(), CHECK, NO_ANSWER, null, "an answer",
                    failure.kind().name().toLowerCase(Locale.ROOT), "the server gave no HTTP answer to " + what
                            + ": " + failure.getMessage()));
        }
        BearerToken token = settings.token();
        List<Finding> scrubbed = findings.stream().map(f -> new Finding(f.caseName(), f.check(), f.messageKey(),
                token.scrub(f.pointer()), token.scrub(f.expected()), token.scrub(f.found()), token.scrub(f.message()),
                f.erratumId())).toList();
        List<String> scrubbedNotes = notes.stream().map(token::scrub).toList();
        CheckResult result = new CheckResult(c.name(), CHECK, suite.errata().excuse(scrubbed, suite.ledger()),
                scrubbedNotes);
        return new Case(CaseOutcome.of(c, operationId, List.of(result)), answered);
    }

    private static Optional<String> corrected(ConformanceSuite suite, ExampleCase c, Check check) {
        return suite.errata().correctedBody(c.name(), check).map(e -> suite.errata().correctedBodyText(e));
    }

    private static CaseSource source(String location, int count, List<String> skipped) {
        return new CaseSource() {
            @Override
            public String kind() {
                return GateResult.LIVE_INPUT;
            }

            @Override
            public String location() {
                return location;
            }

            @Override
            public int expectedCount() {
                return count;
            }

            @Override
            public List<String> skipped() {
                return skipped;
            }

            @Override
            public void forEach(Consumer<ExampleCase> consumer) {
                throw new UnsupportedOperationException("a live run's cases are sent by LiveReplay");
            }
        };
    }
}
