package io.github.pctransfers.cli;

import static io.github.pctransfers.client.errors.DocumentedErrorCode.TRANSFER_CREATE_ORDER_ERROR;
import static io.github.pctransfers.client.errors.DocumentedErrorCode.TRANSFER_ID_NOT_FOUND;
import static io.github.pctransfers.client.http.PartnerCenterHeaders.MS_REQUEST_ID;

import io.github.pctransfers.client.AwaitOptions;
import io.github.pctransfers.client.RequestOptions;
import io.github.pctransfers.client.Response;
import io.github.pctransfers.client.TransferOutcome;
import io.github.pctransfers.client.TransfersClient;
import io.github.pctransfers.client.errors.NotFoundException;
import io.github.pctransfers.client.errors.TransfersApiException;
import io.github.pctransfers.client.errors.TransfersException;
import io.github.pctransfers.client.model.TransferAcceptance;
import io.github.pctransfers.client.model.TransferCreateRequest;
import io.github.pctransfers.client.model.TransferEligibility;
import io.github.pctransfers.client.model.TransferEntity;
import io.github.pctransfers.client.model.TransferLineItem;
import io.github.pctransfers.client.model.TransferSubmitLineItem;
import io.github.pctransfers.client.model.TransferSubmitLineItems;
import io.github.pctransfers.client.model.TransferSubmitResult;
import io.github.pctransfers.client.model.TransferType;
import io.github.pctransfers.client.model.WebhookRegistration;
import io.github.pctransfers.client.model.WebhookRegistrationRequests;
import io.github.pctransfers.client.recording.HarRecorder;
import io.github.pctransfers.client.webhooks.ResourceChangeEvent;
import io.github.pctransfers.client.webhooks.WebhookReceiver;
import io.github.pctransfers.simulator.Exchange;
import io.github.pctransfers.simulator.Operation;
import io.github.pctransfers.simulator.SimulatedFault;
import io.github.pctransfers.simulator.TransfersSimulator;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code demo}: starts the simulator in-process and drives the real client through a whole transfer lifecycle
 * (eligibility, create, get, list, accept with its partial failure, a reject, a withdraw then not found, a retried
 * 429, a webhook endpoint registered, a new-commerce create and submit, and a slower new-commerce transfer awaited
 * to completion, each with its signed {@code create-transfer} and {@code complete-transfer} deliveries verified by the
 * client's receiver), one line per call or delivery, then runs the conformance check. Exits 0 only when every step behaved as documented and the check passed.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        usageHelpWidth = 100,
        description = {
            "Starts the transfers simulator in-process and drives the Java client through a whole",
            "transfer lifecycle, one line per call, then runs the conformance check.",
            "No credentials, a few seconds. Exits 0 only when every step behaved as documented.",
            ""})
public final class DemoCommand implements Callable<Integer> {
    /** Ids of the built-in seed the demo works on. */
    static final String CUSTOMER = "823c6c3f-9259-4d51-bae2-5dd06743177f";
    static final String NEW_COMMERCE_CUSTOMER = "a624f7f8-408b-49b0-9320-df79e56bed55";
    static final String SOURCE_PARTNER = "da6c51b5-1246-4a42-b4ab-cbf38df54537";
    static final String TARGET_PARTNER = "656218b1-80c9-40b2-83ae-3a2703b55271";
    static final String NEW_COMMERCE_SOURCE_PARTNER = "7c8db11f-1e5e-4472-8386-f0b627d1f3e1";
    static final String WITH_ADD_ON = "7291BFBF-1772-4C5B-A624-18B6152CD8CB";
    static final String PLAIN = "6C0B221B-8DF9-4F4A-A5BB-4C9CBB7B27B0";
    static final String NOT_SYNCED = "637FF8F6-D842-4573-8DA8-89765356CD1A";
    static final String TO_REJECT = "D3350F46-AA29-4F6F-95A0-E3011988915C";
    static final String TO_WITHDRAW = "E82B2F4A-736A-4E2B-955C-C1A4C56C0171";
    static final String NCE_PREMIUM = "2B8F4C16-6E0A-4B9C-8F0B-3D7A1E5C9A21";
    static final String NCE_E3 = "8E3D2A7F-1C4B-4F6E-9A0D-5B2C7E8F1A34";
    /** New commerce, processingTime PT5M in the built-in seed. */
    static final String NCE_SLOW = "5D7C3B1A-9E2F-4C6B-8A4D-1F0E3C2B6D59";
    /**
     * How much faster than real time the demo's simulator runs: the five minutes NCE_SLOW takes to process pass in
     * half a second. The client's own waits (Retry-After, polls) stay real.
     */
    static final long SIMULATOR_SPEED = 600;
    /** Polls of the awaited transfer: a few per half second, and a deadline that only a stuck transfer reaches. */
    static final AwaitOptions DEMO_AWAIT = AwaitOptions.builder().initialInterval(Duration.ofMillis(100))
            .multiplier(1.5).maxInterval(Duration.ofMillis(250)).timeout(Duration.ofSeconds(20)).build();
    static final String PARTNER_ID_ON_RECORD = "517285";
    /** The transfer events the demo's endpoint registers for. */
    static final List<String> TRANSFER_EVENTS =
            List.of("create-transfer", "update-transfer", "complete-transfer", "fail-transfer");
    /** Real time a delivery may take to arrive: it is an HTTP request from the simulator, sent off its threads. */
    static final Duration DELIVERY_WAIT = Duration.ofSeconds(10);

    @Spec
    private CommandSpec spec;

    @Option(names = "--record", paramLabel = "FILE",
            description = "Also record the client's traffic to this HTTP Archive (HAR 1.2), for 'check --har FILE'.")
    private Path record;

    private final ConformanceCheck conformance;
    private final UnaryOperator<TransfersSimulator.Builder> simulatorSettings;

    /** A demo whose last step runs {@code conformance}. */
    public DemoCommand(ConformanceCheck conformance) {
        this(conformance, UnaryOperator.identity());
    }

    /** For tests: {@code simulatorSettings} may change the simulator the demo starts (e.g. its seed). */
    DemoCommand(ConformanceCheck conformance, UnaryOperator<TransfersSimulator.Builder> simulatorSettings) {
        this.conformance = conformance;
        this.simulatorSettings = simulatorSettings;
    }

    /** A step that did not behave as documented. */
    private static final class StepFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StepFailure(String message) {
            super(message);
        }
    }

    @Override
    public Integer call() {
        if (record == null) {
            return demo(null);
        }
        // Never overwrites: an existing FILE makes the recorder take FILE-1 (and so on), named below.
        try (HarRecorder recorder = HarRecorder.builder(record).build()) {
            int exit = demo(recorder);
            PrintWriter out = spec.commandLine().getOut();
            out.println("Recorded " + recorder.recordedCount() + " exchanges to " + recorder.files().stream()
                    .map(Path::toString).collect(Collectors.joining(", ")) + "; gate them with: check --har "
                    + recorder.files().get(0));
            out.flush();
            return exit;
        }
    }

    private int demo(HarRecorder recorder) {
        long started = System.nanoTime();
        PrintWriter out = spec.commandLine().getOut();
        List<Exchange> exchanges = Collections.synchronizedList(new ArrayList<>());
        Run run;
        try (TransfersSimulator simulator = simulatorSettings.apply(TransfersSimulator.builder().port(0)
                        .clockRate(SIMULATOR_SPEED))
                .exchangeListener(exchanges::add)
                .start();
             TransfersClient client = client(simulator.baseUrl(), recorder);
             DemoWebhookReceiver webhooks = new DemoWebhookReceiver(
                     WebhookReceiver.builder().trust(simulator.webhookTrust()).build())) {
            out.println("Partner Center transfers simulator running in-process on " + simulator.baseUrl()
                    + " (built-in seed, state in memory, no credentials; its clock runs " + SIMULATOR_SPEED
                    + "x real time)");
            out.println();
            run = new Run(out, simulator, client, exchanges, webhooks);
            try {
                run.lifecycle();
            } catch (RuntimeException e) {
                // A step failure, a client exception, or a body the demo could not read: all end the demo.
                out.println();
                out.println("FAIL step " + run.step + ": " + (e instanceof StepFailure || e instanceof TransfersException
                        ? e.getMessage() : e.toString()));
                out.flush();
                return 1;
            }
        }
        out.println();
        ConformanceSummary summary = conformance.run(out);
        out.println("Conformance check: " + summary);
        double seconds = (System.nanoTime() - started) / 1e9;
        boolean ok = summary.succeeded();
        out.println(String.format(Locale.ROOT, "Demo %s in %.1f s: %d calls behaved as documented, %d webhook "
                + "deliveries verified; conformance %s.", ok ? "passed" : "FAILED", seconds, run.step,
                run.webhooks.verifiedCount(), summary));
        out.flush();
        return ok ? 0 : 1;
    }

    private static TransfersClient client(String baseUrl, HarRecorder recorder) {
        TransfersClient.Builder b = TransfersClient.builder().baseUrl(baseUrl).accessToken(() -> "demo-token");
        return (recorder == null ? b : b.trafficRecorder(recorder)).build();
    }

    /** One run of the lifecycle: each step calls the client, prints one line, and checks what came back. */
    private static final class Run {
        private final PrintWriter out;
        private final TransfersSimulator simulator;
        private final TransfersClient client;
        private final List<Exchange> exchanges;
        private final DemoWebhookReceiver webhooks;
        int step;
        private int seen;

        Run(PrintWriter out, TransfersSimulator simulator, TransfersClient client, List<Exchange> exchanges,
                DemoWebhookReceiver webhooks) {
            this.out = out;
            this.simulator = simulator;
            this.client = client;
            this.exchanges = exchanges;
            this.webhooks = webhooks;
        }

        void lifecycle() {
            RequestOptions none = RequestOptions.none();

            List<TransferEligibility> eligibility = call("getTransferEligibility",
                    () -> client.getTransferEligibilityWithResponse(CUSTOMER, "directtoindirect", none),
                    list -> {
                        List<String> reasons = list.stream().filter(e -> !Boolean.TRUE.equals(e.getIsEligible()))
                                .map(e -> e.getReason().replaceAll(".* is in state: ", "")).toList();
                        return list.size() + " subscriptions: " + (list.size() - reasons.size()) + " eligible, "
                                + reasons.size() + " not (" + String.join(", ", reasons) + ")";
                    });
            expect(eligibility.stream().anyMatch(e -> Boolean.FALSE.equals(e.getIsEligible()))
                    && eligibility.stream().anyMatch(e -> TO_REJECT.equalsIgnoreCase(e.getId())
                    && Boolean.TRUE.equals(e.getIsEligible())), "eligible and ineligible subscriptions, with reasons");

            TransferEntity created = call("createTransfer",
                    () -> client.createTransferWithResponse(CUSTOMER, legacyCreate(WITH_ADD_ON, PLAIN, NOT_SYNCED),
                            none),
                    t -> "transfer " + t.getId() + " " + t.getStatus() + ", " + t.getLineItems().size()
                            + " line items, " + addOns(t) + " add-on filled in, createdTime "
                            + wireField("createdTime"));
            expect("Active".equals(String.valueOf(created.getStatus())) && addOns(created) == 1,
                    "status Active with the add-on filled in");
            String transferId = created.getId();

            TransferEntity got = call("getTransfer",
                    () -> client.getTransferWithResponse(CUSTOMER, transferId, none),
                    t -> "transfer " + t.getId() + " " + t.getStatus());
            expect(transferId.equals(got.getId()), "the transfer just created");

            List<TransferEntity> listed = call("listTransfers",
                    () -> client.listTransfersWithResponse(CUSTOMER, none),
                    list -> list.size() + " transfer(s): " + list.stream().map(t -> t.getId() + " " + t.getStatus())
                            .collect(Collectors.joining(", ")));
            // After the seed's own transfer of this customer (the eligibility page's), in creation order.
            expect(!listed.isEmpty() && transferId.equals(listed.get(listed.size() - 1).getId()),
                    "a bare array ending with that transfer");

            TransferSubmitResult submitted = call("acceptTransfer",
                    () -> client.acceptTransferWithResponse(CUSTOMER, transferId, none),
                    r -> {
                        TransferAcceptance a = new TransferAcceptance(r);
                        return a.orders().size() + " orders; " + a.failures().size() + " line item failed: "
                                + a.failures().stream().map(f -> f.code() + " on " + f.subscriptionId())
                                        .collect(Collectors.joining(", ")) + " (SyncState not SyncComplete)";
                    });
            TransferAcceptance acceptance = new TransferAcceptance(submitted);
            expect(acceptance.hasFailures() && acceptance.orders().size() == 2
                    && acceptance.failures().stream().allMatch(f -> f.hasErrorCode(TRANSFER_CREATE_ORDER_ERROR.code())
                    && NOT_SYNCED.equalsIgnoreCase(f.subscriptionId())),
                    "a partial failure: 2 orders and " + TRANSFER_CREATE_ORDER_ERROR.code() + " on " + NOT_SYNCED);

            TransferEntity afterAccept = call("getTransfer",
                    () -> client.getTransferWithResponse(CUSTOMER, transferId, none),
                    t -> "transfer " + t.getStatus() + ", line items " + t.getLineItems().stream()
                            .map(li -> String.valueOf(li.getStatus())).collect(Collectors.joining("/")));
            expect("PartiallyComplete".equals(String.valueOf(afterAccept.getStatus())), "status PartiallyComplete");

            TransferEntity second = call("createTransfer",
                    () -> client.createTransferWithResponse(CUSTOMER, legacyCreate(TO_REJECT), none),
                    t -> "second transfer " + t.getId() + " " + t.getStatus());
            TransferEntity rejected = call("rejectTransfer",
                    () -> client.rejectTransferWithResponse(CUSTOMER, second.getId(), none),
                    t -> "transfer " + t.getId() + " " + t.getStatus());
            expect("Reject".equals(String.valueOf(rejected.getStatus())), "status Reject");

            TransferEntity third = call("createTransfer",
                    () -> client.createTransferWithResponse(CUSTOMER, legacyCreate(TO_WITHDRAW), none),
                    t -> "third transfer " + t.getId() + " " + t.getStatus());
            call("withdrawTransfer",
                    () -> client.withdrawTransferWithResponse(CUSTOMER, third.getId(), none),
                    v -> "withdrawn");
            expectNotFound(third.getId());

            simulator.injectFault(SimulatedFault.throttle(Duration.ofSeconds(1)).on(Operation.LIST_TRANSFERS));
            Response<List<TransferEntity>> retried = response("listTransfers",
                    () -> client.listTransfersWithResponse(CUSTOMER, none),
                    r -> r.value().size() + " transfers after " + r.attempts() + " attempts (429 Retry-After: 1, "
                            + "retried with the same MS-RequestId)");
            List<Integer> statuses = statusesOf(retried.requestId());
            expect(retried.attempts() == 2 && statuses.equals(List.of(429, 200)),
                    "a 429 retried once with the same MS-RequestId, got statuses " + statuses);

            WebhookRegistration registration = call("webhooks.createRegistration",
                    () -> client.webhooks().createRegistrationWithResponse(WebhookRegistrationRequests.builder()
                            .webhookUrl(webhooks.url()).events(TRANSFER_EVENTS).build(), none),
                    r -> "endpoint " + r.getWebhookUrl() + " registered for " + String.join(", ",
                            r.getWebhookEvents()));
            expect(webhooks.url().equals(String.valueOf(registration.getWebhookUrl())), "the demo's endpoint registered");

            TransferEntity newCommerce = call("createTransfer",
                    () -> client.createTransferWithResponse(NEW_COMMERCE_CUSTOMER, newCommerceCreate(), none),
                    t -> "new-commerce transfer " + t.getId() + " " + t.getStatus() + " (transferType "
                            + t.getTransferType() + ")");
            expect("InProgress".equals(String.valueOf(newCommerce.getStatus())), "status InProgress");
            delivered("create-transfer", newCommerce.getId());
            TransferEntity done = call("submitTransfer",
                    () -> client.submitTransferWithResponse(NEW_COMMERCE_CUSTOMER, newCommerce.getId(),
                            List.of(nceItem(NCE_PREMIUM), nceItem(NCE_E3)), none),
                    t -> "transfer " + t.getStatus() + ", " + t.getLineItems().size() + " line items "
                            + t.getLineItems().stream().map(li -> String.valueOf(li.getStatus()))
                                    .collect(Collectors.joining("/")));
            expect("Complete".equals(String.valueOf(done.getStatus())), "status Complete");
            delivered("complete-transfer", newCommerce.getId());

            TransferEntity slow = call("createTransfer",
                    () -> client.createTransferWithResponse(NEW_COMMERCE_CUSTOMER, newCommerceCreate(), none),
                    t -> "new-commerce transfer " + t.getId() + " " + t.getStatus());
            delivered("create-transfer", slow.getId());
            TransferEntity processing = call("submitTransfer",
                    () -> client.submitTransferWithResponse(NEW_COMMERCE_CUSTOMER, slow.getId(),
                            List.of(nceItem(NCE_SLOW)), none),
                    t -> "transfer " + t.getStatus() + ", 1 line item processing for 5 minutes of simulator time");
            expect("InProgress".equals(String.valueOf(processing.getStatus())), "status InProgress while processing");
            awaitToCompletion(slow.getId());
            delivered("complete-transfer", slow.getId());
            expect(webhooks.rejected().isEmpty(), "every delivery verified, got refusals " + webhooks.rejected());
        }

        /**
         * The signed delivery of {@code eventName} about {@code transferId}, verified by the client's receiver, on one
         * line under the call that caused it: what the receiver read, and where the transfer id came from.
         */
        private void delivered(String eventName, String transferId) {
            ResourceChangeEvent event = webhooks.await(eventName, transferId, DELIVERY_WAIT).orElseThrow(() ->
                    new StepFailure("expected a verified " + eventName + " delivery of transfer " + transferId
                            + " within " + DELIVERY_WAIT.toSeconds() + " s; refused: " + webhooks.rejected()));
            boolean fromAudit = !event.resourceUri().toLowerCase(Locale.ROOT).contains("/transfers/");
            out.println(String.format(Locale.ROOT, "    <- webhook %-17s verified (rsa-sha256, simulator certificate)"
                    + "  %s %s  customer %s  transfer %s (from %s)  changed %s", event.eventName(),
                    event.resourceName(), event.resourceUri(), event.customerId().orElse("?"),
                    event.transferId().orElse("?"), fromAudit ? "AuditUri" : "ResourceUri", event.changedAt()));
            out.flush();
        }

        /** awaitTransfer: polls the processing transfer until it completes, one line for all the polls. */
        private void awaitToCompletion(String transferId) {
            step++;
            seen = exchanges.size();
            long started = System.nanoTime();
            TransferOutcome outcome = client.awaitTransfer(NEW_COMMERCE_CUSTOMER, transferId, DEMO_AWAIT);
            double seconds = (System.nanoTime() - started) / 1e9;
            List<Exchange> polls;
            synchronized (exchanges) {
                polls = exchanges.subList(seen, exchanges.size()).stream()
                        .filter(e -> e.operation() == Operation.GET_TRANSFER).toList();
            }
            Exchange last = polls.isEmpty() ? null : polls.get(polls.size() - 1);
            String statuses = polls.stream().map(e -> String.valueOf(e.status())).collect(Collectors.joining("->"));
            out.println(String.format(Locale.ROOT, "%2d  %-22s %-6s %s  %s  %s  MS-RequestId %s", step,
                    "awaitTransfer", "GET", last == null ? "?" : last.path(), statuses,
                    String.format(Locale.ROOT, "%s after %d polls in %.1f s, %d failed line items", outcome.status(),
                            outcome.polls(), seconds, outcome.failedLineItems().size()),
                    last == null ? "?" : last.requestHeader(MS_REQUEST_ID).orElse("?")));
            out.flush();
            expect(outcome.succeeded() && outcome.polls() == polls.size() && outcome.polls() > 1,
                    "the transfer awaited from InProgress to Complete over several polls, got " + outcome);
        }

        private void expectNotFound(String transferId) {
            step++;
            seen = exchanges.size();
            try {
                client.getTransfer(CUSTOMER, transferId);
            } catch (NotFoundException e) {
                print("getTransfer", "not found, code " + e.errorCode().orElse("?") + " (withdrawn)", e.requestId());
                expect(e.hasErrorCode(TRANSFER_ID_NOT_FOUND), "code " + TRANSFER_ID_NOT_FOUND.code());
                return;
            } catch (TransfersApiException e) {
                throw new StepFailure("getTransfer of the withdrawn transfer: expected 404 900100, got " + e);
            }
            throw new StepFailure("getTransfer of the withdrawn transfer: expected 404 900100, but it was found");
        }

        private <T> T call(String operation, Supplier<Response<T>> call, Function<T, String> key) {
            return response(operation, call, r -> key.apply(r.value())).value();
        }

        private <T> Response<T> response(String operation, Supplier<Response<T>> call,
                Function<Response<T>, String> key) {
            step++;
            seen = exchanges.size();
            Response<T> response = call.get();
            print(operation, key.apply(response), response.requestId());
            return response;
        }

        private void print(String operation, String result, String requestId) {
            List<Exchange> mine = since(requestId);
            Exchange last = mine.isEmpty() ? null : mine.get(mine.size() - 1);
            String method = last == null ? "?" : last.method();
            String path = last == null ? "?" : last.path() + (last.query().isEmpty() ? "" : "?" + last.query());
            String status = mine.stream().map(e -> String.valueOf(e.status())).collect(Collectors.joining("->"));
            out.println(String.format(Locale.ROOT, "%2d  %-22s %-6s %s  %s  %s  MS-RequestId %s", step, operation,
                    method, path, status, result, requestId));
            out.flush();
        }

        /** The exchanges of this step that carried {@code requestId}. */
        private List<Exchange> since(String requestId) {
            synchronized (exchanges) {
                return exchanges.subList(seen, exchanges.size()).stream()
                        .filter(e -> requestId.equalsIgnoreCase(e.requestHeader(MS_REQUEST_ID).orElse("")))
                        .toList();
            }
        }

        /** A string property as the last exchange's response body spelled it, e.g. a 7-digit createdTime. */
        private String wireField(String name) {
            synchronized (exchanges) {
                String body = exchanges.isEmpty() ? "" : exchanges.get(exchanges.size() - 1).responseBody();
                Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]*)\"")
                        .matcher(body);
                return m.find() ? m.group(1) : "?";
            }
        }

        private List<Integer> statusesOf(String requestId) {
            return since(requestId).stream().map(Exchange::status).toList();
        }

        private void expect(boolean condition, String what) {
            if (!condition) {
                throw new StepFailure("expected " + what);
            }
        }

        private static long addOns(TransferEntity t) {
            return t.getLineItems().stream().mapToLong(li -> li.getAddonItems() == null ? 0 : li.getAddonItems()
                    .size()).sum();
        }

        private static TransferCreateRequest legacyCreate(String... subscriptionIds) {
            TransferCreateRequest.Builder request = TransferCreateRequest.builder()
                    .sourcePartnerTenantId(SOURCE_PARTNER)
                    .targetPartnerTenantId(TARGET_PARTNER);
            for (String id : subscriptionIds) {
                request.addLineItemsItem(TransferLineItem.builder().subscriptionId(id)
                        .partnerIdOnRecord(PARTNER_ID_ON_RECORD).build());
            }
            return request.build();
        }

        private static TransferCreateRequest newCommerceCreate() {
            return TransferCreateRequest.builder()
                    .sourcePartnerTenantId(NEW_COMMERCE_SOURCE_PARTNER)
                    .sourcePartnerName("Woodgrove Cloud Services")
                    .customerEmailId("it@northwind.example")
                    .transferType(TransferType.of(3)).build();
        }

        private static TransferSubmitLineItem nceItem(String subscriptionId) {
            return TransferSubmitLineItems.onlineServicesNce(subscriptionId);
        }
    }
}
