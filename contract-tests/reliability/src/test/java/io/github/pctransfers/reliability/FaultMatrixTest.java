package io.github.pctransfers.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.common.Slf4jNotifier;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.extension.requestfilter.RequestFilterAction;
import com.github.tomakehurst.wiremock.extension.requestfilter.StubRequestFilterV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.github.pctransfers.client.RequestOptions;
import io.github.pctransfers.client.Response;
import io.github.pctransfers.client.TransfersClient;
import io.github.pctransfers.client.errors.RateLimitException;
import io.github.pctransfers.client.errors.RequestTimeoutException;
import io.github.pctransfers.client.errors.ResponseDecodeException;
import io.github.pctransfers.client.errors.ServerException;
import io.github.pctransfers.client.errors.TransfersException;
import io.github.pctransfers.client.errors.TransportException;
import io.github.pctransfers.client.http.PartnerCenterHeaders;
import io.github.pctransfers.client.http.RetryPolicy;
import io.github.pctransfers.client.model.TransferCreateRequest;
import io.github.pctransfers.client.model.ProductType;
import io.github.pctransfers.client.model.TransferLineItem;
import io.github.pctransfers.client.model.TransferSubmitLineItems;
import io.github.pctransfers.client.observability.CallOutcome;
import io.github.pctransfers.client.observability.Retry;
import io.github.pctransfers.client.observability.TransfersObserver;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestFactory;

/**
 * Every operation of {@link TransfersClient} crossed with every fault, WireMock playing the fault. Each
 * fault is played twice: {@link Mode#ONCE} (the first attempt is hit, the next ones are answered normally) and,
 * for the faults the retry policy retries, {@link Mode#ALWAYS} (every attempt is hit). Each cell must end in a
 * success or a typed {@link TransfersException}, within the policy's budget, with every attempt carrying the same
 * MS-RequestId; a preemptive timeout proves no cell hangs. The matrix is printed and written to
 * {@code target/reliability/fault-matrix.md}.
 *
 * <p>The short run (the default) plays every fault and every operation, but the slow cells (a second or more
 * each: the 50 MB body, and the delay row played on every attempt) only for one operation per HTTP method, see
 * {@link #inThisRun}; {@code -Dreliability.long=true} plays every cell.
 */
@Order(1)
class FaultMatrixTest {
    static final String CUSTOMER = "b67f0b00-f9e8-4c57-bcb5-0b8b95c6ccf0";
    static final String TRANSFER = "46e8ed67-8adf-4f65-b3d8-d31318080556";
    /** The client's read timeout, which the delay row exceeds. */
    static final Duration READ_TIMEOUT = Duration.ofMillis(400);
    /**
     * The read timeout of the rows whose fault is immediate: long, so that a busy machine's slow answer is not
     * taken for the fault (the delay row is the one about timeouts).
     */
    static final Duration IMMEDIATE_FAULT_READ_TIMEOUT = Duration.ofSeconds(2);
    static final Duration BIG_BODY_READ_TIMEOUT = Duration.ofSeconds(5);
    /** Small real waits keep the matrix fast: the client's test hooks (clock, sleeper) are not used here. */
    static final RetryPolicy POLICY = RetryPolicy.builder()
            .maxAttempts(3)
            .initialBackoff(Duration.ofMillis(5))
            .maxBackoff(Duration.ofMillis(20))
            .maxRetryAfter(Duration.ofMillis(50))
            .totalBudget(Duration.ofSeconds(2))
            .jitter(0.25)
            .build();
    /** No retry starts past the budget, and an attempt under way is bounded by its read timeout; 1 s of slack. */
    static Duration cellBound(FaultKind fault) {
        return POLICY.totalBudget().plus(readTimeout(fault)).plusSeconds(1);
    }
    /** Far beyond every {@link #cellBound}: reaching it means a hang. */
    static final Duration HANG_GUARD = Duration.ofSeconds(15);
    static final int FIFTY_MEGABYTES = 50 * 1024 * 1024;
    /**
     * The operations that play the slow cells in the short run: one per HTTP method (POST, GET, PATCH, DELETE), so
     * that each way a request and its answer are handled is still crossed with every fault.
     */
    static final Set<Op> SLOW_CELLS_SHORT_RUN = EnumSet.of(Op.CREATE, Op.GET, Op.SUBMIT, Op.WITHDRAW);

    static WireMockServer server;
    static final ArrivalRecorder ARRIVALS = new ArrivalRecorder();
    /** Why the client retried, per cell, as its observer (a documented seam) tells it. */
    static final RetryRecorder RETRIES = new RetryRecorder();
    static TransfersClient client;
    static final List<Cell> CELLS = Collections.synchronizedList(new ArrayList<>());
    static final java.util.concurrent.atomic.AtomicLong SETUP_NANOS = new java.util.concurrent.atomic.AtomicLong();

    enum Mode {
        ONCE, ALWAYS
    }

    /** Every facade operation: its HTTP request, its normal answer, and the call. */
    enum Op {
        CREATE("createTransfer", "POST", "/transfers", 201, "transfer.json",
                (c, o) -> c.createTransferWithResponse(CUSTOMER, TransferCreateRequest.builder()
                        .sourcePartnerTenantId("7c8db11f-1e5e-4472-8386-f0b627d1f3bd")
                        .targetPartnerTenantId("3a9a35ce-d5be-4814-ab58-4451c36fe157")
                        .addLineItemsItem(TransferLineItem.builder()
                                .subscriptionId("7291BFBF-1772-4C5B-A624-18B6152CD8CB").build())
                        .build(),
                        o)),
        GET("getTransfer", "GET", "/transfers/" + TRANSFER, 200, "transfer.json",
                (c, o) -> c.getTransferWithResponse(CUSTOMER, TRANSFER, o)),
        LIST("listTransfers", "GET", "/transfers", 200, "transfers.json",
                (c, o) -> c.listTransfersWithResponse(CUSTOMER, o)),
        ELIGIBILITY("getTransferEligibility", "GET", "/transferseligibility", 200, "eligibility.json",
                (c, o) -> c.getTransferEligibilityWithResponse(CUSTOMER, "directtoindirect", o)),
        ACCEPT("acceptTransfer", "POST", "/transfers/" + TRANSFER + "/accept", 200, "submit-result.json",
                (c, o) -> c.acceptTransferWithResponse(CUSTOMER, TRANSFER, o)),
        REJECT("rejectTransfer", "PATCH", "/transfers/" + TRANSFER, 200, "transfer.json",
                (c, o) -> c.rejectTransferWithResponse(CUSTOMER, TRANSFER, o)),
        WITHDRAW("withdrawTransfer", "DELETE", "/transfers/" + TRANSFER, 204, null,
                (c, o) -> c.withdrawTransferWithResponse(CUSTOMER, TRANSFER, o)),
        CANCEL("cancelTransfer", "PATCH", "/transfers/" + TRANSFER, 200, "transfer.json",
                (c, o) -> c.cancelTransferWithResponse(CUSTOMER, TRANSFER, null, o)),
        SUBMIT("submitTransfer", "PATCH", "/transfers/" + TRANSFER, 200, "transfer.json",
                (c, o) -> c.submitTransferWithResponse(CUSTOMER, TRANSFER, List.of(TransferSubmitLineItems.item(
                        "7291BFBF-1772-4C5B-A624-18B6152CD8CB", ProductType.AZURE_SUBSCRIPTION)),
                        o));

        final String method;
        final String operation;
        final String path;
        final int status;
        final String body;
        final BiFunction<TransfersClient, RequestOptions, Response<?>> call;

        Op(String operation, String method, String pathUnderCustomer, int status, String bodyFile,
                BiFunction<TransfersClient, RequestOptions, Response<?>> call) {
            this.operation = operation;
            this.method = method;
            this.path = "/v1/customers/" + CUSTOMER + pathUnderCustomer;
            this.status = status;
            this.body = bodyFile == null ? null : fixture("healthy/" + bodyFile);
            this.call = call;
        }

        ResponseDefinitionBuilder healthy() {
            ResponseDefinitionBuilder r = aResponse().withStatus(status);
            return body == null ? r : r.withHeader("Content-Type", "application/json; charset=utf-8").withBody(body);
        }

        /** The normal status with {@code body} as its body (the truncated and padded bodies). */
        ResponseDefinitionBuilder withBody(String contentType, byte[] bytes) {
            return aResponse().withStatus(status == 204 ? 200 : status).withHeader("Content-Type", contentType)
                    .withBody(bytes);
        }
    }

    /** Every fault: how WireMock plays it, whether the policy retries it, and the exception when it persists. */
    enum FaultKind {
        CONNECTION_RESET("connection reset", true, TransportException.class,
                op -> aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)),
        EMPTY_RESPONSE("empty response", true, TransportException.class,
                op -> aResponse().withFault(Fault.EMPTY_RESPONSE)),
        MALFORMED_CHUNK("malformed chunk", true, TransportException.class,
                op -> aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK)),
        RANDOM_DATA_THEN_CLOSE("random data, close", true, TransportException.class,
                op -> aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE)),
        DELAY_PAST_READ_TIMEOUT("delay > read timeout", true, RequestTimeoutException.class,
                op -> op.healthy().withFixedDelay((int) READ_TIMEOUT.multipliedBy(3).toMillis())),
        STATUS_500("500", true, ServerException.class, op -> serviceError(500)),
        STATUS_502("502", true, ServerException.class, op -> serviceError(502)),
        STATUS_503("503", true, ServerException.class, op -> serviceError(503)),
        STATUS_504("504", true, ServerException.class, op -> serviceError(504)),
        THROTTLED_WITH_RETRY_AFTER("429 + Retry-After", true, RateLimitException.class,
                op -> throttled().withHeader(PartnerCenterHeaders.RETRY_AFTER, "1")),
        THROTTLED_WITHOUT_RETRY_AFTER("429, no Retry-After", true, RateLimitException.class, op -> throttled()),
        HTML_ERROR_PAGE("HTML error page (502)", true, ServerException.class,
                op -> aResponse().withStatus(502).withHeader("Content-Type", "text/html")
                        .withBody(fixture("faults/gateway-error.html"))),
        TRUNCATED_JSON("truncated JSON", false, ResponseDecodeException.class,
                op -> op.withBody("application/json; charset=utf-8", truncated(op))),
        WRONG_CONTENT_TYPE("wrong content type (XML)", false, ResponseDecodeException.class,
                op -> op.withBody("application/xml", fixture("faults/wrong-content-type.xml")
                        .getBytes(StandardCharsets.UTF_8))),
        BODY_50_MB("50 MB body", false, ResponseDecodeException.class,
                op -> op.withBody("application/json; charset=utf-8", fiftyMegabytes()));

        final String label;
        final boolean retried;
        final Class<? extends TransfersException> whenPersistent;
        final Function<Op, ResponseDefinitionBuilder> response;

        FaultKind(String label, boolean retried, Class<? extends TransfersException> whenPersistent,
                Function<Op, ResponseDefinitionBuilder> response) {
            this.label = label;
            this.retried = retried;
            this.whenPersistent = whenPersistent;
            this.response = response;
        }
    }

    /** One cell's result. {@code outcome} is "ok" or the exception's simple name. */
    static final class Cell {
        final Op op;
        final FaultKind fault;
        final Mode mode;
        final String outcome;
        final int attempts;
        final long millis;
        final Set<String> requestIds;

        Cell(Op op, FaultKind fault, Mode mode, String outcome, int attempts, long millis, Set<String> requestIds) {
            this.op = op;
            this.fault = fault;
            this.mode = mode;
            this.outcome = outcome;
            this.attempts = attempts;
            this.millis = millis;
            this.requestIds = requestIds;
        }

        String shortText() {
            return outcome.replace("Exception", "") + " " + attempts + "× " + millis + " ms";
        }
    }

    @BeforeAll
    static void start() {
        // The journal keeps each request, not the 50 MB answers.
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort()
                .notifier(new Slf4jNotifier(false)).maxLoggedResponseSize(1024).extensions(ARRIVALS));
        server.start();
        client = TransfersClient.builder()
                .baseUrl("http://127.0.0.1:" + server.port())
                .accessToken(() -> Canary.TOKEN)
                .connectTimeout(Duration.ofSeconds(2))
                .readTimeout(READ_TIMEOUT)
                .retryPolicy(POLICY)
                .observer(RETRIES)
                .build();
        // Normal calls of every operation first, so that class loading and JIT do not land in the first cells; with
        // a long read timeout, as a cold JVM on a busy machine can take longer than 200 ms for the first answers.
        RequestOptions patient = RequestOptions.builder().readTimeout(Duration.ofSeconds(10)).build();
        for (int round = 0; round < 3; round++) {
            for (Op op : Op.values()) {
                server.resetAll();
                server.stubFor(request(op.method, urlPathEqualTo(op.path)).willReturn(op.healthy()));
                op.call.apply(client, patient);
            }
        }
    }

    @AfterAll
    static void stopAndReport() {
        client.close();
        server.stop();
        fiftyMegabytesCache = null;
        Evidence.report("fault-matrix.md", table());
    }

    @TestFactory
    Stream<DynamicTest> everyOperationUnderEveryFault() {
        List<DynamicTest> tests = new ArrayList<>();
        for (FaultKind fault : FaultKind.values()) {
            for (Mode mode : fault.retried ? Mode.values() : new Mode[] {Mode.ONCE}) {
                for (Op op : Op.values()) {
                    if (!inThisRun(op, fault, mode)) {
                        continue;
                    }
                    tests.add(DynamicTest.dynamicTest(op.operation + " / " + fault.label + " / " + mode,
                            () -> assertTimeoutPreemptively(HANG_GUARD, () -> check(op, fault, mode))));
                }
            }
        }
        return tests.stream();
    }

    private static void check(Op op, FaultKind fault, Mode mode) {
        long setup = System.nanoTime();
        server.resetAll();
        ARRIVALS.clear();
        RETRIES.clear();
        if (mode == Mode.ONCE) {
            server.stubFor(request(op.method, urlPathEqualTo(op.path)).inScenario("cell")
                    .whenScenarioStateIs(STARTED).willSetStateTo("fault played")
                    .willReturn(fault.response.apply(op)));
            server.stubFor(request(op.method, urlPathEqualTo(op.path)).inScenario("cell")
                    .whenScenarioStateIs("fault played").willReturn(op.healthy()));
        } else {
            server.stubFor(request(op.method, urlPathEqualTo(op.path)).willReturn(fault.response.apply(op)));
        }

        SETUP_NANOS.addAndGet(System.nanoTime() - setup);
        String outcome;
        Throwable thrown = null;
        int reportedAttempts = -1;
        long start = System.nanoTime();
        try {
            Response<?> response = op.call.apply(client, callOptions(fault));
            reportedAttempts = response.attempts();
            outcome = "ok";
        } catch (RuntimeException e) {
            thrown = e;
            outcome = e.getClass().getSimpleName();
            Evidence.caught(e);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;

        List<Arrival> events = ARRIVALS.requests();
        Set<String> ids = events.stream().map(e -> String.valueOf(e.requestId))
                .collect(Collectors.toCollection(TreeSet::new));
        Cell cell = new Cell(op, fault, mode, outcome, events.size(), millis, ids);
        CELLS.add(cell);

        assertThat(thrown).as("only typed exceptions").satisfiesAnyOf(
                t -> assertThat(t).isNull(), t -> assertThat(t).isInstanceOf(TransfersException.class));
        assertThat(Duration.ofMillis(millis)).as("time of %s", cell.shortText()).isLessThanOrEqualTo(cellBound(fault));
        assertThat(events).as("requests received").isNotEmpty().allSatisfy(e -> {
            assertThat(e.method).isEqualTo(op.method);
            assertThat(e.authorization).isEqualTo("Bearer " + Canary.TOKEN);
        });
        assertThat(ids).as("one MS-RequestId for every attempt").hasSize(1);
        if (thrown != null) {
            assertThat(((TransfersException) thrown).requestId()).isEqualTo(ids.iterator().next());
        }
        Class<? extends TransfersException> expected = expectedFailure(op, fault, mode);
        if (fault == FaultKind.BODY_50_MB && thrown instanceof RequestTimeoutException) {
            // On a starved machine a read of the 50 MB can stall past even 5 s; then the budget allows no retry.
            // Still a typed exception within the bound: what this row must show.
            assertThat(cell.attempts).as("attempts").isBetween(1, POLICY.maxAttempts());
            return;
        }
        if (expected == null) {
            assertThat(outcome).as("outcome").isEqualTo("ok");
        } else {
            // A reset can also end as RequestTimeoutException, the TransportException of a read that timed out.
            assertThat(thrown).as("outcome").isInstanceOf(expected);
        }
        if (fault == FaultKind.DELAY_PAST_READ_TIMEOUT && mode == Mode.ONCE) {
            // The server delays only the first answer (the scenario), so two attempts. On a starved machine the
            // healthy answer to the second can also come after the 400 ms read timeout: a third attempt is then
            // allowed, as long as every retry was the client's own read timeout.
            assertThat(cell.attempts).as("attempts").isBetween(2, POLICY.maxAttempts());
            assertThat(RETRIES.reasons()).as("why the client retried").hasSize(cell.attempts - 1)
                    .containsOnly(CallOutcome.TIMEOUT);
        } else {
            assertThat(cell.attempts).as("attempts").isEqualTo(expectedAttempts(fault, mode));
        }
        if (reportedAttempts >= 0) {
            assertThat(reportedAttempts).as("Response.attempts()").isEqualTo(cell.attempts);
        }
    }

    /**
     * Whether the cell is played in this run. The long run plays all of them. The short run leaves out only slow
     * cells that repeat what another operation of the same HTTP method shows: the 50 MB body (about a second a
     * cell) and the delay played on every attempt (three read timeouts a cell) are played for
     * {@link #SLOW_CELLS_SHORT_RUN}, and the 50 MB body for the list operation too, whose answer differs (it
     * expects an array). Every fault and mode is still played for every operation but these.
     */
    static boolean inThisRun(Op op, FaultKind fault, Mode mode) {
        if (Evidence.longRun()) {
            return true;
        }
        if (fault == FaultKind.BODY_50_MB) {
            return SLOW_CELLS_SHORT_RUN.contains(op) || op == Op.LIST;
        }
        if (fault == FaultKind.DELAY_PAST_READ_TIMEOUT && mode == Mode.ALWAYS) {
            return SLOW_CELLS_SHORT_RUN.contains(op);
        }
        return true;
    }

    /**
     * What each cell must end in. A retried fault played once: a success on the second attempt. Played on every
     * attempt: its typed exception (or a subtype) after the last attempt. A truncated or non-JSON body of a 2xx
     * is not retried: the decode exception at once (withdraw too: a 2xx body is read even where 204 is expected).
     * The 50 MB body is a valid transfer padded with one huge unknown property: read through to a success, except
     * by the list operations, which expect an array and fail at its first byte. Null means a success.
     */
    static Class<? extends TransfersException> expectedFailure(Op op, FaultKind fault, Mode mode) {
        if (fault.retried) {
            return mode == Mode.ONCE ? null : fault.whenPersistent;
        }
        if (fault == FaultKind.BODY_50_MB && op != Op.LIST && op != Op.ELIGIBILITY) {
            return null;
        }
        return fault.whenPersistent;
    }

    static int expectedAttempts(FaultKind fault, Mode mode) {
        if (!fault.retried) {
            return 1;
        }
        return mode == Mode.ONCE ? 2 : POLICY.maxAttempts();
    }

    /** The read timeout of a row: the client's for the delay row, longer for the others (see the constants). */
    static Duration readTimeout(FaultKind fault) {
        if (fault == FaultKind.DELAY_PAST_READ_TIMEOUT) {
            return READ_TIMEOUT;
        }
        return fault == FaultKind.BODY_50_MB ? BIG_BODY_READ_TIMEOUT : IMMEDIATE_FAULT_READ_TIMEOUT;
    }

    private static RequestOptions callOptions(FaultKind fault) {
        return RequestOptions.builder().readTimeout(readTimeout(fault)).build();
    }

    /**
     * Every request as WireMock receives it, before it answers: the count and headers of a cell are complete when
     * the call returns (WireMock's journal logs a request only once its answer is written).
     */
    static final class ArrivalRecorder implements StubRequestFilterV2 {
        private final List<Arrival> requests = new CopyOnWriteArrayList<>();

        @Override
        public RequestFilterAction filter(Request request, ServeEvent serveEvent) {
            // Copied at once: the server recycles the request once answered.
            requests.add(new Arrival(request.getMethod().getName(),
                    request.getHeader(PartnerCenterHeaders.MS_REQUEST_ID), request.getHeader("Authorization")));
            return RequestFilterAction.continueWith(request);
        }

        @Override
        public String getName() {
            return "arrival-recorder";
        }

        void clear() {
            requests.clear();
        }

        List<Arrival> requests() {
            return List.copyOf(requests);
        }
    }

    /** The reason of every retry the client schedules, as its observer sees them. */
    static final class RetryRecorder implements TransfersObserver<Void> {
        private final List<CallOutcome> reasons = new CopyOnWriteArrayList<>();

        @Override
        public void retryScheduled(Void call, Retry retry) {
            reasons.add(retry.reason());
        }

        void clear() {
            reasons.clear();
        }

        List<CallOutcome> reasons() {
            return List.copyOf(reasons);
        }
    }

    /** What a cell checks of one request. */
    static final class Arrival {
        final String method;
        final String requestId;
        final String authorization;

        Arrival(String method, String requestId, String authorization) {
            this.method = method;
            this.requestId = requestId;
            this.authorization = authorization;
        }
    }

    private static ResponseDefinitionBuilder serviceError(int status) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json; charset=utf-8")
                .withBody("{\"code\":800003,\"description\":\"The service encountered an error (fault matrix)\","
                        + "\"data\":[],\"source\":\"PartnerFD\"}");
    }

    private static ResponseDefinitionBuilder throttled() {
        return aResponse().withStatus(429).withHeader("Content-Type", "application/json")
                .withBody("{\"statusCode\":429,\"message\":\"Rate limit is exceeded. Try again in 1 seconds.\"}");
    }

    /** The first half of the operation's normal body (a transfer for withdraw, which has none). */
    private static byte[] truncated(Op op) {
        byte[] whole = (op.body != null ? op.body : fixture("healthy/transfer.json")).getBytes(StandardCharsets.UTF_8);
        return Arrays.copyOf(whole, whole.length / 2);
    }

    private static byte[] fiftyMegabytesCache;

    /** A valid transfer padded to 50 MB with one unknown property, made once. */
    private static synchronized byte[] fiftyMegabytes() {
        if (fiftyMegabytesCache == null) {
            byte[] head = ("{\"id\":\"" + TRANSFER + "\",\"status\":\"Active\",\"padding\":\"")
                    .getBytes(StandardCharsets.UTF_8);
            byte[] tail = "\"}".getBytes(StandardCharsets.UTF_8);
            byte[] body = new byte[FIFTY_MEGABYTES];
            Arrays.fill(body, (byte) 'x');
            System.arraycopy(head, 0, body, 0, head.length);
            System.arraycopy(tail, 0, body, body.length - tail.length, tail.length);
            fiftyMegabytesCache = body;
        }
        return fiftyMegabytesCache;
    }

    static String fixture(String name) {
        try (InputStream in = FaultMatrixTest.class.getResourceAsStream("/fault-matrix/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture fault-matrix/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The matrix: a row per fault and mode, a column per operation; then every cell on a line. */
    static String table() {
        Map<FaultKind, Map<Mode, Map<Op, Cell>>> byFault = new EnumMap<>(FaultKind.class);
        synchronized (CELLS) {
            for (Cell c : CELLS) {
                byFault.computeIfAbsent(c.fault, f -> new EnumMap<>(Mode.class))
                        .computeIfAbsent(c.mode, m -> new EnumMap<>(Op.class)).put(c.op, c);
            }
        }
        StringBuilder b = new StringBuilder("## Fault matrix: operation × fault → outcome, attempts, time\n\n");
        if (Evidence.longRun()) {
            b.append("Long run (`-Dreliability.long=true`): every cell.\n\n");
        } else {
            b.append("Short run (the default): every cell but the slow ones that repeat an HTTP method; the 50 MB ")
                    .append("row and the delay row's ALWAYS mode are played for ")
                    .append(SLOW_CELLS_SHORT_RUN.stream().map(op -> op.operation + " (" + op.method + ")")
                            .collect(Collectors.joining(", ")))
                    .append(", and the 50 MB row for listTransfers too (– : not played; ")
                    .append("`-Dreliability.long=true` plays every cell).\n\n");
        }
        b.append("Client: ").append(POLICY).append("; read timeout ").append(READ_TIMEOUT.toMillis())
                .append(" ms for the delay row, ").append(IMMEDIATE_FAULT_READ_TIMEOUT.toMillis())
                .append(" ms for the rows whose fault is immediate, ").append(BIG_BODY_READ_TIMEOUT.toMillis())
                .append(" ms for the 50 MB row. Cell bound: budget + read timeout + 1 s. `ok` is a success; ")
                .append("otherwise the typed exception (`Exception` left out). ONCE: only the first attempt is ")
                .append("hit; ALWAYS: every attempt is.\n\n| fault | mode |");
        for (Op op : Op.values()) {
            b.append(' ').append(op.operation).append(" |");
        }
        b.append("\n|---|---|").append("---|".repeat(Op.values().length)).append('\n');
        long worst = 0;
        int count = 0;
        for (Map.Entry<FaultKind, Map<Mode, Map<Op, Cell>>> f : byFault.entrySet()) {
            for (Map.Entry<Mode, Map<Op, Cell>> m : f.getValue().entrySet()) {
                b.append("| ").append(f.getKey().label).append(" | ").append(m.getKey()).append(" |");
                for (Op op : Op.values()) {
                    Cell c = m.getValue().get(op);
                    b.append(' ').append(c == null ? "–" : c.shortText()).append(" |");
                    if (c != null) {
                        worst = Math.max(worst, c.millis);
                        count++;
                    }
                }
                b.append('\n');
            }
        }
        b.append("\n").append(count).append(" cells; slowest ").append(worst).append(" ms; every cell's attempts ")
                .append("carried one MS-RequestId. Setting up the cells took ")
                .append(SETUP_NANOS.get() / 1_000_000).append(" ms.\n");
        return b.toString();
    }
}
