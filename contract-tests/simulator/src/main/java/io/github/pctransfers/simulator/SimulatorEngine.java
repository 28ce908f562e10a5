package io.github.pctransfers.simulator;

import static io.github.pctransfers.client.http.PartnerCenterHeaders.AUTHORIZATION;
import static io.github.pctransfers.client.http.PartnerCenterHeaders.CONTENT_TYPE;
import static io.github.pctransfers.client.http.PartnerCenterHeaders.DATE;
import static io.github.pctransfers.client.http.PartnerCenterHeaders.MS_CORRELATION_ID;
import static io.github.pctransfers.client.http.PartnerCenterHeaders.MS_REQUEST_ID;
import static io.github.pctransfers.client.http.PartnerCenterHeaders.RETRY_AFTER;
import static io.github.pctransfers.client.http.PartnerCenterHeaders.X_LOCALE;

import io.github.pctransfers.client.model.TransferIds;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves one request, whatever the HTTP server: faults, authentication, routing, id checks, idempotency by
 * MS-RequestId, the operation itself, and the headers every answer carries (MS-RequestId and MS-CorrelationId
 * echoed, or made up when the request had none).
 */
final class SimulatorEngine {
    private static final Logger LOG = LoggerFactory.getLogger(SimulatorEngine.class);
    private static final Pattern BEARER = Pattern.compile("(?i)Bearer +\\S+.*");
    private static final Set<String> CHANGING_METHODS = Set.of("POST", "PATCH", "DELETE");
    private static final int IDEMPOTENCY_CAPACITY = 10_000;
    private static final String JSON = "application/json";
    private static final String WWW_AUTHENTICATE = "WWW-Authenticate";
    /** The error-codes page's wording of 800001. */
    static final String PARTNER_TOKEN_MISSING = "Partner Token missing in request context";
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private final Seed seed;
    private final SimulatorClock clock;
    private final FaultPlan faults;
    private final IdempotencyCache idempotency = new IdempotencyCache(IDEMPOTENCY_CAPACITY);
    private final List<ExchangeListener> listeners = new CopyOnWriteArrayList<>();
    private final Webhooks webhooks;
    private final TransferStore.ChangeListener changes;
    private volatile TransferOperations transfers;

    /** Serves on {@code clock}; the caller tells the engine of each move through {@link #clockMoved}. */
    SimulatorEngine(Seed seed, FaultSettings faultSettings, SimulatorClock clock) {
        this(seed, faultSettings, clock, WebhookResourceUri.REAL);
    }

    /** As above, with the ResourceUri shape of the transfer events it delivers. */
    SimulatorEngine(Seed seed, FaultSettings faultSettings, SimulatorClock clock, WebhookResourceUri resourceUris) {
        this.seed = seed;
        this.clock = clock;
        this.faults = new FaultPlan(faultSettings, clock);
        this.webhooks = new Webhooks(seed.callerPartnerTenantId(), clock, resourceUris, this::settleTransfers);
        this.changes = new TransferStore.ChangeListener() {
            @Override
            public boolean listening() {
                return webhooks.wantsTransferEvents();
            }

            @Override
            public void changed(TransferRecord before, TransferRecord after) {
                webhooks.transferChanged(before, after);
            }
        };
        this.transfers = new TransferOperations(seed, clock, changes);
    }

    /**
     * The simulator's clock was set or advanced to {@code now} (by a test, or {@code /simulator/clock}). The one
     * place where moving time triggers work that no request asks for: with a registration for transfer events,
     * every transfer is settled at the new now (processing done, expiry), so that those changes send their events;
     * then the webhook attempts that fell due are started.
     */
    void clockMoved(Instant now) {
        settleTransfers();
        webhooks.runDue();
    }

    private void settleTransfers() {
        if (webhooks.wantsTransferEvents()) {
            transfers.settleAll();
        }
    }

    /** The simulator listens at {@code baseUrl} (the webhooks' certificate URL is made from it). */
    void listening(String baseUrl) {
        webhooks.listening(baseUrl);
    }

    Webhooks webhooks() {
        return webhooks;
    }

    /** Stops the webhook ticker and deliveries. */
    void close() {
        webhooks.close();
    }

    /** Back to the seed: no transfers, no remembered MS-RequestIds, no injected faults, a full rate limit, no webhook
     * registration nor deliveries. */
    void reset() {
        webhooks.reset();
        transfers = new TransferOperations(seed, clock, changes);
        idempotency.clear();
        faults.clear();
    }

    void inject(SimulatedFault fault) {
        faults.inject(fault);
    }

    void clearFaults() {
        faults.clear();
    }

    void addListener(ExchangeListener listener) {
        listeners.add(listener);
    }

    void removeListener(ExchangeListener listener) {
        listeners.remove(listener);
    }

    boolean isProcessing(String customerId, String transferId) {
        return transfers.isProcessing(customerId, transferId);
    }

    SimResponse handle(SimRequest request) {
        try {
            return serveRequest(request);
        } finally {
            webhooks.runDue();
        }
    }

    private SimResponse serveRequest(SimRequest request) {
        if (request.path().equalsIgnoreCase(Webhooks.CERTIFICATE_PATH)) {
            return certificate(request.method());
        }
        if (ClockControl.owns(request.path())) {
            // The simulator's own paths: no fault, token or MS-RequestId applies, and no listener is told (they
            // are not exchanges of the API).
            Reply reply = ClockControl.serve(request.method(), request.path(), request.bodyText(), clock);
            return finish(reply, new EchoIds(UUID.randomUUID().toString(), UUID.randomUUID().toString(), "en-US"),
                    null);
        }
        Route route = Route.match(request.method(), request.path());
        String sentRequestId = request.header(MS_REQUEST_ID);
        EchoIds ids = new EchoIds(
                Objects.requireNonNullElseGet(sentRequestId, () -> UUID.randomUUID().toString()),
                Objects.requireNonNullElseGet(request.header(MS_CORRELATION_ID), () -> UUID.randomUUID().toString()),
                Objects.requireNonNullElse(request.header(X_LOCALE), "en-US"));
        SimResponse response;
        try {
            response = serve(request, route, sentRequestId, ids);
        } catch (RuntimeException e) {
            LOG.debug("simulator failed on {} {}", request.method(), request.path(), e);
            response = finish(Reply.error(500, 800003, "The simulator failed: " + e), ids, null);
        }
        notifyListeners(request, route, response);
        return response;
    }

    private SimResponse serve(SimRequest request, Route route, String sentRequestId, EchoIds ids) {
        FaultPlan.Decision decision;
        try {
            decision = faults.decide(request, route.operation(), sentRequestId);
        } catch (IllegalArgumentException e) {
            return finish(Reply.error(400, 800002, SimulatedFault.HEADER + ": " + e.getMessage()), ids, null);
        }
        Duration latency = decision.latency();
        if (decision.throttleFor() != null) {
            return throttled(decision.throttleFor(), ids).withLatency(latency);
        }
        SimulatedFault fault = decision.fault();
        if (fault != null && fault.kind() == SimulatedFault.Kind.CONNECTION_RESET) {
            return SimResponse.connectionReset(latency);
        }
        if (fault != null && fault.kind() == SimulatedFault.Kind.STATUS) {
            SimResponse r = fault.status() == 429 ? throttled(fault.retryAfter(), ids)
                    : finish(fault.errorCode() != 0 ? documentedError(fault.errorCode(), route, ids)
                            : faultReply(fault.status(), route.operation(), ids), ids, null);
            return r.withFault(SimulatedFault.Kind.STATUS).withLatency(latency);
        }
        SimResponse response = checkAndRun(request, route, sentRequestId, ids);
        if (fault != null && fault.kind() == SimulatedFault.Kind.MALFORMED_BODY) {
            response = response.truncated();
        } else if (fault != null) {
            response = response.withFault(fault.kind());
        }
        return response.withLatency(latency);
    }

    private SimResponse checkAndRun(SimRequest request, Route route, String sentRequestId, EchoIds ids) {
        String authorization = request.header(AUTHORIZATION);
        if (authorization == null || !BEARER.matcher(authorization).matches()) {
            return finish(unauthorized(authorization == null
                    ? "Partner token missing: the request has no Authorization header"
                    : "Partner token missing: the Authorization header must be \"Bearer <token>\"", ids), ids, null);
        }
        if (!route.matched()) {
            return finish(route.errorStatus() == 405
                    ? Reply.error(405, 405, request.method() + " is not allowed on " + request.path())
                    : Reply.error(404, 404, "No resource at " + request.path()), ids, null);
        }
        if (route.isWebhook()) {
            return webhookOperation(request, route, sentRequestId, ids);
        }
        if (!TransferIds.isGuid(route.customerId())) {
            return finish(Reply.error(400, 800002, "customer-id must be a GUID, got \"" + route.customerId() + "\""),
                    ids, null);
        }
        if (route.transferId() != null && !TransferIds.isGuid(route.transferId())) {
            return finish(Reply.error(400, 800002, "transfer-id must be a GUID, got \"" + route.transferId() + "\""),
                    ids, null);
        }
        SimResponse refused = refusedHeaders(request, ids);
        if (refused != null) {
            return refused;
        }
        if (sentRequestId != null && CHANGING_METHODS.contains(request.method())) {
            String key = request.method() + " " + request.path().toLowerCase(Locale.ROOT) + " "
                    + sentRequestId.toLowerCase(Locale.ROOT);
            IdempotencyCache.Outcome outcome = idempotency.run(key, () -> finish(run(request, route), ids, null));
            return outcome.replayed() ? outcome.response().asReplay() : outcome.response();
        }
        return finish(run(request, route), ids, null);
    }

    /** The webhook registration API: the same checks of headers and media type, no customer in the path. */
    private SimResponse webhookOperation(SimRequest request, Route route, String sentRequestId, EchoIds ids) {
        SimResponse refused = refusedHeaders(request, ids);
        if (refused != null) {
            return refused;
        }
        if (sentRequestId != null && CHANGING_METHODS.contains(request.method())) {
            String key = request.method() + " " + request.path().toLowerCase(Locale.ROOT) + " "
                    + sentRequestId.toLowerCase(Locale.ROOT);
            IdempotencyCache.Outcome outcome = idempotency.run(key, () -> finish(
                    webhooks.serve(route.operation(), request.bodyText(), route.resourceId()), ids, null));
            return outcome.replayed() ? outcome.response().asReplay() : outcome.response();
        }
        return finish(webhooks.serve(route.operation(), request.bodyText(), route.resourceId()), ids, null);
    }

    /**
     * 415 for a body that is not JSON (Partner Center reads JSON only; the spec lists application/json), 400 for
     * request ids that are not GUIDs; null when neither. Refused before anything is done.
     */
    private SimResponse refusedHeaders(SimRequest request, EchoIds ids) {
        String contentType = request.header(CONTENT_TYPE);
        String body = request.bodyText();
        if (body != null && !body.isBlank() && contentType != null && !JSON.equals(mediaType(contentType))) {
            return finish(Reply.error(415, 415, "Content-Type " + contentType.strip() + " is not supported: send the "
                    + "body as application/json"), ids, null);
        }
        for (String header : List.of(MS_REQUEST_ID, MS_CORRELATION_ID)) {
            String value = request.header(header);
            if (value != null && !TransferIds.isGuid(value)) {
                return finish(Reply.error(400, 800002, header + " must be a GUID, got \"" + value + "\""), ids, null);
            }
        }
        return null;
    }

    /** The signing certificate of webhook deliveries, DER ({@code .cer}), for any receiver to fetch. */
    private SimResponse certificate(String method) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(DATE, HTTP_DATE.format(clock.instant()));
        if (!method.equals("GET")) {
            headers.put(CONTENT_TYPE, Reply.JSON_UTF8);
            return new SimResponse(405, headers, SimulatorJson.bytes(SimulatorJson.error(405, method + " is not "
                    + "allowed on " + Webhooks.CERTIFICATE_PATH + ": GET it")), Duration.ZERO, null, false);
        }
        headers.put(CONTENT_TYPE, "application/pkix-cert");
        return new SimResponse(200, headers, webhooks.signer().leafDer(), Duration.ZERO, null, false);
    }

    private Reply run(SimRequest request, Route route) {
        TransferOperations t = transfers;
        String customer = route.customerId();
        String transfer = route.transferId();
        switch (route.operation()) {
            case CREATE_TRANSFER:
                return t.create(customer, request.bodyText());
            case LIST_TRANSFERS:
                return t.list(customer);
            case GET_TRANSFER:
                return t.get(customer, transfer);
            case UPDATE_TRANSFER:
                return t.update(customer, transfer, request.bodyText());
            case WITHDRAW_TRANSFER:
                return t.withdraw(customer, transfer);
            case ACCEPT_TRANSFER:
                return t.accept(customer, transfer);
            case GET_TRANSFER_ELIGIBILITY:
                return t.eligibility(customer, request.queryParameters().get("transferType"));
            default:
                throw new IllegalStateException("no handler for operation " + route.operation());
        }
    }

    private SimResponse throttled(Duration wait, EchoIds ids) {
        long seconds = wait.isZero() ? 0 : Math.max(1, (wait.toNanos() + 999_999_999L) / 1_000_000_000L);
        Map<String, String> extra = new LinkedHashMap<>();
        extra.put(RETRY_AFTER, String.valueOf(seconds));
        return finish(new Reply(429, SimulatorJson.throttling(seconds), extra), ids, "application/json")
                .withFault(SimulatedFault.Kind.STATUS);
    }

    /** Adds the headers every answer carries and renders the body. */
    private SimResponse finish(Reply reply, EchoIds ids, String contentType) {
        Map<String, String> headers = new LinkedHashMap<>();
        byte[] body = null;
        if (reply.body() != null) {
            headers.put(CONTENT_TYPE, contentType != null ? contentType : Reply.JSON_UTF8);
            body = SimulatorJson.bytes(reply.body());
        }
        headers.put(DATE, HTTP_DATE.format(clock.instant()));
        headers.put(MS_CORRELATION_ID, ids.correlationId);
        headers.put(MS_REQUEST_ID, ids.requestId);
        if (reply.status() != 204) {
            headers.put(X_LOCALE, ids.locale);
        }
        headers.putAll(reply.headers());
        return new SimResponse(reply.status(), headers, body, Duration.ZERO, null, false);
    }

    /** The media type of a Content-Type value: lower case, without parameters. */
    static String mediaType(String contentType) {
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    /**
     * 401 800001 with the challenge the error-codes page's template shows on a 401:
     * {@code WWW-Authenticate: OAuth realm=urn:cpsvc:cpid:{some cid}} (the simulator puts the correlation id there).
     */
    private static Reply unauthorized(String description, EchoIds ids) {
        Reply error = Reply.error(401, 800001, description);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(WWW_AUTHENTICATE, "OAuth realm=urn:cpsvc:cpid:" + ids.correlationId);
        return new Reply(401, error.body(), headers);
    }

    /**
     * The answer of a status fault: the Partner Center error body with the code and wording Partner Center gives
     * for that status (the error-codes page), so that a fault is indistinguishable from the service's own answer.
     */
    private static Reply faultReply(int status, Operation operation, EchoIds ids) {
        switch (status) {
            case 401:
                return unauthorized(PARTNER_TOKEN_MISSING, ids);
            case 403:
                // No code is documented for 403: the status as a string code, as error-codes.md types "code".
                return new Reply(403, SimulatorJson.error("403", "The caller is not authorized to "
                        + (operation != null && operation.name().startsWith("GET") || operation == Operation.LIST_TRANSFERS
                                ? "read" : "change") + " transfers of this customer."), Map.of());
            default:
                return Reply.error(status, status >= 500 ? 800003 : 800002, describeStatus(status));
        }
    }

    /** The answer of an {@code error=<code>} fault: the code's status and the error-codes page's wording. */
    private Reply documentedError(int code, Route route, EchoIds ids) {
        String description = DocumentedErrors.describe(code, seed.callerPartnerTenantId(), route.transferId());
        return code == 800001 ? unauthorized(description, ids)
                : Reply.error(DocumentedErrors.of(code).status, code, description);
    }

    private static String describeStatus(int status) {
        switch (status) {
            case 500:
                return "An unexpected error occurred while processing the request.";
            case 502:
                return "Bad gateway (simulated fault)";
            case 503:
                return "The service is temporarily unavailable; try again later (simulated fault)";
            case 504:
                return "Gateway timeout (simulated fault)";
            default:
                return "Simulated fault with status " + status;
        }
    }

    private void notifyListeners(SimRequest request, Route route, SimResponse response) {
        if (listeners.isEmpty()) {
            return;
        }
        Map<String, List<String>> responseHeaders = new LinkedHashMap<>();
        response.headers().forEach((k, v) -> responseHeaders.put(k, List.of(v)));
        Exchange exchange = new Exchange(route.operation(), request.method(), request.path(), request.query(),
                request.headers(), request.bodyText(), response.status(), responseHeaders,
                new String(response.body(), StandardCharsets.UTF_8), response.fault(), response.replayed());
        for (ExchangeListener listener : listeners) {
            try {
                listener.onExchange(exchange);
            } catch (RuntimeException e) {
                LOG.debug("an exchange listener failed", e);
            }
        }
    }

    /** The ids an answer echoes. */
    private static final class EchoIds {
        final String requestId;
        final String correlationId;
        final String locale;

        EchoIds(String requestId, String correlationId, String locale) {
            this.requestId = requestId;
            this.correlationId = correlationId;
            this.locale = locale;
        }
    }
}
