package io.github.pctransfers.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.pctransfers.client.errors.DocumentedErrorCode;
import io.github.pctransfers.client.model.TransferIds;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The webhook registration API and what it sets going: the partner's one registration, test events (at most
 * {@value #VALIDATION_EVENTS_PER_MINUTE} a minute on the simulator's clock), and the transfer events each change of
 * a transfer sends ({@link TransferEvents}) to the registered URL, signed and delivered by a
 * {@link WebhookDispatcher}. Request bodies bind property names in any case (the webhooks page writes PascalCase,
 * the REST reference camelCase). Thread-safe.
 */
final class Webhooks implements AutoCloseable {
    /** Where the simulator serves its signing certificate, outside {@code /v1}. */
    static final String CERTIFICATE_PATH = "/simulator/webhooks/certificate";
    static final int VALIDATION_EVENTS_PER_MINUTE = 2;
    /**
     * The events a registration may name (as the project's authored listWebhookEvents example lists them), of which
     * the simulator sends {@code test-created} and the transfer ones. Names compare in any case.
     */
    static final List<String> EVENT_NAMES = List.of(WebhookEventBodies.TEST_CREATED, TransferEvents.CREATE,
            TransferEvents.UPDATE, TransferEvents.COMPLETE, TransferEvents.FAIL, "customer-created",
            "subscription-updated", "usagerecords-thresholdExceeded", "dap-admin-relationship-approved");
    /** How often a real-time clock is looked at for changes and retries that fell due with no request. */
    static final Duration TICK = Duration.ofMillis(250);
    private static final DateTimeFormatter ATTEMPT_DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSS").withZone(ZoneOffset.UTC);

    private final String partnerTenantId;
    private final SimulatorClock clock;
    private final WebhookResourceUri resourceUris;
    private final WebhookSigner signer;
    private final WebhookDispatcher dispatcher;
    /** Settles every transfer at the clock's now, so that changes made by time alone send their events. */
    private final Runnable settleTransfers;
    private final Deque<Instant> validationTimes = new ArrayDeque<>();
    private volatile Registration registration;
    private volatile String baseUrl = "http://127.0.0.1";
    private ScheduledExecutorService ticker;
    private boolean closed;

    Webhooks(String partnerTenantId, SimulatorClock clock, WebhookResourceUri resourceUris, Runnable settleTransfers) {
        this.partnerTenantId = partnerTenantId;
        this.clock = clock;
        this.resourceUris = resourceUris;
        this.signer = WebhookSigner.bundled();
        this.settleTransfers = settleTransfers;
        this.dispatcher = new WebhookDispatcher(clock, signer::sign, this::certificateUrl);
    }

    /** The simulator listens at {@code baseUrl}: the certificate URL and the documented URIs are made from it. */
    void listening(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    String certificateUrl() {
        return baseUrl + CERTIFICATE_PATH;
    }

    WebhookSigner signer() {
        return signer;
    }

    /** Forgets the registration, the deliveries and the test-event throttle. */
    void reset() {
        registration = null;
        synchronized (validationTimes) {
            validationTimes.clear();
        }
        dispatcher.clear();
    }

    /** Whether a registration exists that names a transfer event (the store's changes are looked at only then). */
    boolean wantsTransferEvents() {
        Registration r = registration;
        return r != null && r.transferEvents;
    }

    /** A transfer changed: queues the events it sends that the registration names. Called under the store's lock. */
    void transferChanged(TransferRecord before, TransferRecord after) {
        Registration r = registration;
        if (r == null) {
            return;
        }
        List<String> events = TransferEvents.between(before, after);
        if (events.isEmpty()) {
            return;
        }
        TransferRecord t = after != null ? after : before;
        Instant at = after != null && (before == null || !after.lastModifiedTime().equals(before.lastModifiedTime()))
                ? after.lastModifiedTime() : clock.instant();
        String partner = after != null && after.partnerTenantId() != null ? after.partnerTenantId()
                : before != null && before.sourcePartnerTenantId() != null ? before.sourcePartnerTenantId()
                : partnerTenantId;
        for (String event : events) {
            if (r.events.contains(event)) {
                String base = baseUrl;
                dispatcher.enqueue(RandomIds.uuid(), event, r.url, r.msSignatureHeader,
                        () -> WebhookEventBodies.transferEvent(event, t.customerId(), t.id(), partner, at,
                                resourceUris, base));
            }
        }
    }

    /** The clock moved, a request was served, or the ticker ticked: start the attempts that are due. */
    void runDue() {
        dispatcher.runDue();
    }

    List<WebhookDelivery> deliveries() {
        return dispatcher.deliveries();
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            if (ticker != null) {
                ticker.shutdownNow();
            }
        }
        dispatcher.close();
    }

    // ---- the registration API --------------------------------------------------------------------------------

    /** The operation's answer; {@code resourceId} is the validation event's correlation id. */
    Reply serve(Operation operation, String bodyText, String resourceId) {
        switch (operation) {
            case LIST_WEBHOOK_EVENTS:
                ArrayNode names = SimulatorJson.MAPPER.createArrayNode();
                EVENT_NAMES.forEach(names::add);
                return Reply.of(200, names);
            case CREATE_WEBHOOK_REGISTRATION:
                return register(bodyText, false);
            case UPDATE_WEBHOOK_REGISTRATION:
                return register(bodyText, true);
            case GET_WEBHOOK_REGISTRATION:
                Registration r = registration;
                return r == null ? noRegistration("") : Reply.of(200, r.json());
            case CREATE_WEBHOOK_VALIDATION_EVENT:
                return sendTestEvent();
            case GET_WEBHOOK_VALIDATION_EVENT:
                return validationEvent(resourceId);
            default:
                throw new IllegalStateException("not a webhook operation: " + operation);
        }
    }

    private synchronized Reply register(String bodyText, boolean replace) {
        Registration current = registration;
        if (!replace && current != null) {
            return Reply.statusError(409, "A webhook registration already exists for partner " + partnerTenantId
                    + ": update it with PUT /webhooks/v1/registration");
        }
        if (replace && current == null) {
            return noRegistration(": create one with POST /webhooks/v1/registration");
        }
        Registration next;
        try {
            next = Registration.read(bodyText, partnerTenantId);
        } catch (IllegalArgumentException e) {
            return Reply.error(DocumentedErrorCode.INVALID_INPUT, Map.of(), e.getMessage());
        }
        registration = next;
        startTicker();
        return Reply.of(200, next.json());
    }

    private Reply sendTestEvent() {
        Registration r = registration;
        if (r == null) {
            return noRegistration(": register a URL before asking for a test event");
        }
        Instant now = clock.instant();
        synchronized (validationTimes) {
            while (!validationTimes.isEmpty() && !validationTimes.peekFirst().plus(Duration.ofMinutes(1)).isAfter(now)) {
                validationTimes.removeFirst();
            }
            if (validationTimes.size() >= VALIDATION_EVENTS_PER_MINUTE) {
                Duration wait = Duration.between(now, validationTimes.peekFirst().plus(Duration.ofMinutes(1)));
                long seconds = Math.max(1, (wait.toNanos() + 999_999_999L) / 1_000_000_000L);
                Map<String, String> headers = new LinkedHashMap<>();
                headers.put("Retry-After", String.valueOf(seconds));
                headers.put("Content-Type", "application/json");
                return new Reply(429, SimulatorJson.throttling(seconds), headers);
            }
            validationTimes.addLast(now);
        }
        String correlationId = UUID.randomUUID().toString();
        dispatcher.enqueue(correlationId, WebhookEventBodies.TEST_CREATED, r.url, r.msSignatureHeader,
                WebhookEventBodies.testEvent(correlationId, now, baseUrl));
        ObjectNode out = SimulatorJson.MAPPER.createObjectNode();
        out.put("correlationId", correlationId);
        return Reply.of(200, out);
    }

    private Reply validationEvent(String correlationId) {
        if (!TransferIds.isGuid(correlationId)) {
            return Reply.error(DocumentedErrorCode.INVALID_INPUT, Map.of(), "correlation-id must be a GUID, got \""
                    + correlationId + "\"");
        }
        WebhookDelivery d = dispatcher.find(correlationId.toLowerCase(Locale.ROOT));
        if (d == null || !WebhookEventBodies.TEST_CREATED.equals(d.eventName())) {
            return Reply.statusError(404, "No test event " + correlationId + " (test events are kept 7 days)");
        }
        ObjectNode out = SimulatorJson.MAPPER.createObjectNode();
        out.put("correlationId", d.id());
        out.put("partnerId", partnerTenantId);
        out.put("status", d.state() == WebhookDelivery.State.DELIVERED ? "completed"
                : d.state() == WebhookDelivery.State.DROPPED ? "failed" : "pending");
        ArrayNode events = out.putArray("events");
        for (WebhookDelivery.Attempt a : d.attempts()) {
            ObjectNode e = events.addObject();
            if (a.statusCode().isPresent()) {
                e.put("responseCode", a.statusCode().get());
                e.put("responseMessage", a.succeeded() ? "OK" : "The endpoint answered " + a.statusCode().get());
            } else {
                e.put("responseMessage", a.failure().orElse("no answer"));
            }
            e.put("dateTimeUtc", trimmedFraction(ATTEMPT_DATE.format(a.at())));
        }
        return Reply.of(200, out);
    }

    private Reply noRegistration(String hint) {
        return Reply.statusError(404, "No webhook registration for partner " + partnerTenantId + hint);
    }

    /** {@code 2024-12-05T10:41:22.1300000} as {@code 2024-12-05T10:41:22.13}, as .NET writes a DateTime. */
    static String trimmedFraction(String sevenDigits) {
        String s = sevenDigits;
        while (s.endsWith("0")) {
            s = s.substring(0, s.length() - 1);
        }
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    private synchronized void startTicker() {
        if (ticker != null || closed) {
            return;
        }
        ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "simulator-webhooks-ticker");
            t.setDaemon(true);
            return t;
        });
        ticker.scheduleWithFixedDelay(this::tick, TICK.toMillis(), TICK.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** A clock that runs moves without telling anyone: what fell due since the last look happens now. */
    private void tick() {
        try {
            if (clock.rate() == 0) {
                return;
            }
            if (wantsTransferEvents()) {
                settleTransfers.run();
            }
            dispatcher.runDue();
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(Webhooks.class).debug("webhook tick failed", e);
        }
    }

    /** The partner's registration, as read from a POST or PUT body. Immutable. */
    static final class Registration {
        final String subscriberId;
        final String url;
        final List<String> events;
        final boolean msSignatureHeader;
        final boolean transferEvents;

        Registration(String subscriberId, String url, List<String> events, boolean msSignatureHeader) {
            this.subscriberId = subscriberId;
            this.url = url;
            this.events = List.copyOf(events);
            this.msSignatureHeader = msSignatureHeader;
            boolean any = false;
            for (String e : events) {
                any |= TransferEvents.ALL.contains(e);
            }
            this.transferEvents = any;
        }

        ObjectNode json() {
            ObjectNode n = SimulatorJson.MAPPER.createObjectNode();
            n.put("subscriberId", subscriberId);
            n.put("webhookUrl", url);
            ArrayNode a = n.putArray("webhookEvents");
            events.forEach(a::add);
            if (msSignatureHeader) {
                // Shown only when set, as the authored examples show it.
                n.put("signatureTokenToMsSignatureHeader", true);
            }
            return n;
        }

        /**
         * Reads {@code {"webhookUrl", "webhookEvents", "signatureTokenToMsSignatureHeader"}}, names in any case, an
         * explicit null as absent, other properties ignored.
         *
         * @throws IllegalArgumentException saying what is wrong
         */
        static Registration read(String bodyText, String subscriberId) {
            JsonNode body;
            try {
                body = bodyText == null || bodyText.isBlank() ? null : SimulatorJson.MAPPER.readTree(bodyText);
            } catch (IOException e) {
                throw new IllegalArgumentException("The request body is not valid JSON: "
                        + e.getMessage().lines().findFirst().orElse(""));
            }
            if (body == null || !body.isObject()) {
                throw new IllegalArgumentException("The request body must be a JSON object: {\"webhookUrl\": "
                        + "\"https://...\", \"webhookEvents\": [\"create-transfer\"]}");
            }
            Map<String, JsonNode> byName = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = body.properties().iterator(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                if (f.getValue().isNull()) {
                    continue;
                }
                String key = f.getKey().toLowerCase(Locale.ROOT);
                if (byName.put(key, f.getValue()) != null) {
                    throw new IllegalArgumentException("The request body names " + f.getKey() + " twice (property "
                            + "names are compared in any case)");
                }
            }
            String url = url(byName.get("webhookurl"));
            List<String> events = events(byName.get("webhookevents"));
            JsonNode header = byName.get("signaturetokentomssignatureheader");
            if (header != null && !header.isBoolean()) {
                throw new IllegalArgumentException("signatureTokenToMsSignatureHeader must be true or false, got "
                        + header);
            }
            return new Registration(subscriberId, url, events, header != null && header.booleanValue());
        }

        private static String url(JsonNode n) {
            if (n == null) {
                throw new IllegalArgumentException("webhookUrl is required: the URL to deliver events to");
            }
            if (!n.isTextual()) {
                throw new IllegalArgumentException("webhookUrl must be a string, got " + n);
            }
            String text = n.asText().strip();
            URI uri;
            try {
                uri = new URI(text);
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("webhookUrl is not a URL: \"" + text + "\"");
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null
                    || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
                throw new IllegalArgumentException("webhookUrl must be an absolute http(s) URL with a host and no "
                        + "user info or fragment, got \"" + text + "\"");
            }
            return text;
        }

        private static List<String> events(JsonNode n) {
            if (n == null) {
                throw new IllegalArgumentException("webhookEvents is required: the events to deliver, from GET "
                        + "/webhooks/v1/registration/events");
            }
            if (!n.isArray() || n.isEmpty()) {
                throw new IllegalArgumentException("webhookEvents must be a non-empty array of event names, got " + n);
            }
            List<String> events = new ArrayList<>();
            for (JsonNode e : n) {
                String name = e.isTextual() ? known(e.asText().strip()) : null;
                if (name == null) {
                    throw new IllegalArgumentException("webhookEvents names an unknown event " + e + "; known: "
                            + String.join(", ", EVENT_NAMES));
                }
                if (!events.contains(name)) {
                    events.add(name);
                }
            }
            return events;
        }

        /** The event's name as {@link #EVENT_NAMES} writes it, or null when it names none. */
        private static String known(String name) {
            for (String known : EVENT_NAMES) {
                if (known.equalsIgnoreCase(name)) {
                    return known;
                }
            }
            return null;
        }
    }
}
