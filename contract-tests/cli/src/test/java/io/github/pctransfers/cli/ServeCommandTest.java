package io.github.pctransfers.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import io.github.pctransfers.client.TransfersClient;
import io.github.pctransfers.client.errors.ServerException;
import io.github.pctransfers.client.errors.TransportException;
import io.github.pctransfers.client.http.RetryPolicy;
import io.github.pctransfers.conformance.cases.ExampleCase;
import io.github.pctransfers.conformance.internal.cases.ExampleCaseLoader;
import io.github.pctransfers.conformance.cases.OpenApiBundle;
import io.github.pctransfers.conformance.http.HttpHeader;
import io.github.pctransfers.conformance.internal.live.LiveRequest;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import picocli.CommandLine;

/** {@code serve}, run in-process as the jar runs it, stopped as Ctrl-C stops it. */
@Timeout(30)
class ServeCommandTest {
    private static final String CUSTOMER = "823c6c3f-9259-4d51-bae2-5dd06743177f";
    private static final Pattern LISTENING = Pattern.compile(
            Pattern.quote(ServeCommand.LISTENING) + "(http://127\\.0\\.0\\.1:(\\d+))");

    private final ExecutorService pool = Executors.newSingleThreadExecutor();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    @Test
    void portZeroPicksAFreePortPrintsItAndServesUntilStopped() throws Exception {
        ServeCommand serve = new ServeCommand();
        Future<Integer> exit = pool.submit(() -> commandLine(serve).execute("--port", "0"));
        String url = awaitListening();

        assertThat(Integer.parseInt(url.substring(url.lastIndexOf(':') + 1))).isPositive();
        try (TransfersClient client = client(url)) {
            assertThat(client.getTransferEligibility(CUSTOMER, "directtoindirect")).hasSize(5); // the direct-bill ones

            serve.stop();

            assertThat(exit.get(10, TimeUnit.SECONDS)).isZero();
            assertThatThrownBy(() -> client.listTransfers(CUSTOMER)).as("nothing listens any more")
                    .isInstanceOf(TransportException.class);
        }
        assertThat(out.toString()).contains("Seed: built-in (5 customers, 6 partners)", "Press Ctrl-C to stop.");
    }

    @Test
    void faultFlagsApplyToEveryRequestAndVerbosePrintsEachOne() throws Exception {
        ServeCommand serve = new ServeCommand();
        Future<Integer> exit = pool.submit(() -> commandLine(serve).execute("--port", "0", "--fail-rate", "1",
                "--fail-with", "status=503", "--verbose"));
        String url = awaitListening();
        try (TransfersClient client = client(url)) {
            assertThatThrownBy(() -> client.listTransfers(CUSTOMER)).isInstanceOfSatisfying(ServerException.class,
                    e -> assertThat(e.statusCode()).isEqualTo(503));
        } finally {
            serve.stop();
        }
        assertThat(exit.get(10, TimeUnit.SECONDS)).isZero();
        assertThat(out.toString()).contains("faults: 1.0 of requests get status=503")
                .contains("GET /v1/customers/" + CUSTOMER + "/transfers -> 503 [fault STATUS]  MS-RequestId ");
    }

    @Test
    void atTheDocumentedClockTheDocumentedCancelAndSubmitAnswerAsTheirPagesShow() throws Exception {
        ServeCommand serve = new ServeCommand();
        Future<Integer> exit = pool.submit(() -> commandLine(serve).execute("--port", "0", "--clock-start",
                "documented", "--clock-rate", "0"));
        String url = awaitListening();
        try {
            assertThat(send(url, "GET", "/simulator/clock", "").body())
                    .isEqualTo("{\"now\":\"2024-05-16T08:00:00Z\",\"rate\":0.0}");
            for (String page : new String[] {"update-a-transfer-cancel", "authored-submit-transfer-new-commerce-200"}) {
                HttpResponse<String> answer = sendPage(url, page);
                assertThat(answer.statusCode()).as(page + ": " + answer.body()).isEqualTo(200);
            }

            // A month later the same (fresh) transfer has expired: the clock moved through the control path.
            serve.simulator().reset();
            assertThat(send(url, "POST", "/simulator/clock/advance", "{\"by\": \"P30D\"}").body())
                    .contains("\"now\":\"2024-06-15T08:00:00Z\"");
            HttpResponse<String> late = sendPage(url, "update-a-transfer-cancel");
            assertThat(late.statusCode()).as(late.body()).isEqualTo(400);
            assertThat(late.body()).contains("900102");
        } finally {
            serve.stop();
        }
        assertThat(exit.get(10, TimeUnit.SECONDS)).isZero();
        assertThat(out.toString()).contains("Clock: 2024-05-16T08:00:00Z, frozen; move it with " + url
                + "/simulator/clock");
    }

    @Test
    void aBadClockFlagIsAUsageError() {
        assertThat(commandLine(new ServeCommand()).execute("--clock-start", "tomorrow")).isEqualTo(2);
        assertThat(err.toString()).contains("--clock-start: a clock start is an ISO-8601 instant")
                .contains("Usage: serve");

        assertThat(commandLine(new ServeCommand()).execute("--clock-rate", "-1")).isEqualTo(2);
        assertThat(err.toString()).contains("--clock-rate: the clock rate must be 0 (frozen) or a positive");
    }

    @Test
    void aMissingSeedFileExitsWith2SayingSo() {
        int exit = commandLine(new ServeCommand()).execute("--port", "0", "--seed", "no-such-seed.json");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("serve: seed file no-such-seed.json does not exist");
    }

    @Test
    void anInvalidFaultFlagIsAUsageError() {
        assertThat(commandLine(new ServeCommand()).execute("--fail-rate", "2")).isEqualTo(2);
        assertThat(err.toString()).contains("fail rate must be 0 to 1, got 2.0").contains("Usage: serve");

        assertThat(commandLine(new ServeCommand()).execute("--fail-with", "explode")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown fault item \"explode\"");
    }

    @Test
    void theWebhookResourceUriShapeIsAnOptionAndAnUnknownShapeIsAUsageError() throws Exception {
        ServeCommand serve = new ServeCommand();
        Future<Integer> exit = pool.submit(() -> commandLine(serve).execute("--port", "0",
                "--webhook-resource-uri", "documented"));
        String url = awaitListening();
        serve.stop();
        assertThat(exit.get(10, TimeUnit.SECONDS)).isZero();
        assertThat(out.toString()).contains("Webhooks: documented ResourceUri; signing certificate at " + url
                + "/simulator/webhooks/certificate");

        assertThat(commandLine(new ServeCommand()).execute("--webhook-resource-uri", "page")).isEqualTo(2);
        assertThat(err.toString()).contains("a webhook ResourceUri style is \"real\" or \"documented\", got \"page\"");
    }

    /** Sends the request of a documented or authored page, without its transport headers. */
    private static HttpResponse<String> sendPage(String url, String page) throws Exception {
        try (OpenApiBundle bundle = OpenApiBundle.fromClasspath()) {
            ExampleCase c = ExampleCaseLoader.load(bundle).cases().stream().filter(x -> x.name().equals(page))
                    .findFirst().orElseThrow();
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url + c.request().target()));
            for (HttpHeader h : c.request().headers()) {
                if (!LiveRequest.TRANSPORT_HEADERS.containsKey(h.name().toLowerCase(Locale.ROOT))) {
                    b.header(h.name(), h.value());
                }
            }
            b.method(c.request().method(), HttpRequest.BodyPublishers.ofString(c.request().body()));
            return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private static HttpResponse<String> send(String url, String method, String path, String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url + path))
                .method(method, body.isEmpty() ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private CommandLine commandLine(ServeCommand serve) {
        CommandLine cl = new CommandLine(serve);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl;
    }

    private static TransfersClient client(String url) {
        return TransfersClient.builder().baseUrl(url).accessToken(() -> "t").retryPolicy(RetryPolicy.none()).build();
    }

    /** The URL of the "Simulator listening on ..." line, once printed (at most 20 s). */
    private String awaitListening() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            Matcher m = LISTENING.matcher(out.toString());
            if (m.find()) {
                return m.group(1);
            }
            Thread.sleep(10);
        }
        return fail("serve never printed its URL; out: " + out + " err: " + err);
    }
}
