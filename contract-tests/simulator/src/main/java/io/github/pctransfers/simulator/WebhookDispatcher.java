package io.github.pctransfers.simulator;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers events over HTTP with the JDK's {@link HttpClient}, off the request thread, and retries failed ones on the
 * simulator's clock: an attempt falls due at a moment of that clock, and {@link #runDue()} (called after each
 * request, when the clock moves, and by a ticker) starts every attempt that is due. Up to {@value #MAX_ATTEMPTS}
 * attempts in all, {@link #BACKOFF} apart, then the event is dropped. Bounded: at most {@value #MAX_KEPT}
 * deliveries are remembered (past that the oldest are forgotten, pending or not) and at most {@value #MAX_IN_FLIGHT}
 * attempts run at once.
 */
final class WebhookDispatcher implements AutoCloseable {
    static final int MAX_ATTEMPTS = 10;
    /** The wait before attempt 2, 3, ... 10, in the simulator's time. */
    static final List<Duration> BACKOFF = List.of(Duration.ofSeconds(10), Duration.ofSeconds(30),
            Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(5), Duration.ofMinutes(10),
            Duration.ofMinutes(30), Duration.ofHours(1), Duration.ofHours(2));
    static final int MAX_KEPT = 10_000;
    static final int MAX_IN_FLIGHT = 64;
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(5);
    private static final Logger LOG = LoggerFactory.getLogger(WebhookDispatcher.class);
    private static final long NONE_DUE = Long.MAX_VALUE;
    static final String AUTHORIZATION = "Authorization";
    static final String MS_SIGNATURE = "x-ms-signature";
    static final String CERTIFICATE_URL = "X-MS-Certificate-Url";
    static final String SIGNATURE_ALGORITHM = "X-MS-Signature-Algorithm";

    private final int maxKept;
    private final Clock clock;
    /** The base64 signature of a body; runs on the delivery threads. */
    private final Function<byte[], String> signer;
    /** Where the signing certificate is served ({@code X-MS-Certificate-Url}). */
    private final Supplier<String> certificateUrl;
    private final Object lock = new Object();
    private final PriorityQueue<Entry> due = new PriorityQueue<>();
    private final LinkedHashMap<String, Entry> kept = new LinkedHashMap<>();
    private long sequence;
    private int inFlight;
    /** Epoch milliseconds of the earliest due attempt, read without the lock on every request. */
    private volatile long nextDueMillis = NONE_DUE;
    private ExecutorService executor;
    private HttpClient http;
    private boolean closed;

    WebhookDispatcher(Clock clock, Function<byte[], String> signer, Supplier<String> certificateUrl) {
        this(clock, signer, certificateUrl, MAX_KEPT);
    }

    /** As above, remembering at most {@code maxKept} deliveries (tests use a small bound). */
    WebhookDispatcher(Clock clock, Function<byte[], String> signer, Supplier<String> certificateUrl, int maxKept) {
        this.maxKept = maxKept;
        this.clock = clock;
        this.signer = signer;
        this.certificateUrl = certificateUrl;
    }

    /**
     * Queues an event for {@code url}; its first attempt is due now.
     *
     * @param msSignatureHeader the signature goes in {@code x-ms-signature} rather than {@code Authorization}
     */
    void enqueue(String id, String eventName, String url, boolean msSignatureHeader, byte[] body) {
        enqueue(id, eventName, url, msSignatureHeader, () -> body);
    }

    /**
     * As above, with a body made when first needed (on a delivery thread, or when the delivery is looked at): a
     * transfer's change enqueues its events under the store's lock, which every request needs, so the JSON is not
     * written there (profiled: a large share of the lock's hold time under load).
     */
    void enqueue(String id, String eventName, String url, boolean msSignatureHeader, Supplier<byte[]> body) {
        synchronized (lock) {
            if (closed) {
                return;
            }
            Entry e = new Entry(id, eventName, URI.create(url), msSignatureHeader, body, sequence++);
            e.dueAt = clock.instant();
            kept.put(id, e);
            forgetOldest();
            due.add(e);
            nextDueMillis = Math.min(nextDueMillis, e.dueAt.toEpochMilli());
        }
    }

    /** Starts every attempt due at the simulator's now (as many as the in-flight bound allows). */
    void runDue() {
        if (nextDueMillis == NONE_DUE || clock.millis() < nextDueMillis) {
            return;
        }
        List<Entry> start = new ArrayList<>();
        Instant now = clock.instant();
        synchronized (lock) {
            while (!closed && inFlight < MAX_IN_FLIGHT && !due.isEmpty() && !due.peek().dueAt.isAfter(now)) {
                Entry e = due.poll();
                if (e.forgotten) {
                    continue;
                }
                e.dueAt = null;
                inFlight++;
                start.add(e);
            }
            updateNextDue();
            ensureClient();
        }
        for (Entry e : start) {
            attempt(e, now);
        }
    }

    private void attempt(Entry e, Instant at) {
        CompletableFuture.supplyAsync(() -> headersOf(e), executor)
                .thenCompose(headers -> {
                    HttpRequest.Builder request = HttpRequest.newBuilder(e.url).timeout(REQUEST_TIMEOUT)
                            .header("Content-Type", "application/json; charset=utf-8")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(e.body()));
                    headers.forEach(request::header);
                    return http.sendAsync(request.build(), HttpResponse.BodyHandlers.discarding());
                })
                .whenComplete((response, failure) -> finished(e, at, response, failure));
    }

    private Map<String, String> headersOf(Entry e) {
        synchronized (lock) {
            if (e.headers != null) {
                return e.headers;
            }
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(e.msSignatureHeader ? MS_SIGNATURE : AUTHORIZATION, "Signature " + signer.apply(e.body()));
        headers.put(CERTIFICATE_URL, certificateUrl.get());
        headers.put(SIGNATURE_ALGORITHM, WebhookSigner.ALGORITHM_HEADER_VALUE);
        synchronized (lock) {
            e.headers = headers;
        }
        return headers;
    }

    private void finished(Entry e, Instant at, HttpResponse<Void> response, Throwable failure) {
        synchronized (lock) {
            inFlight--;
            if (e.forgotten) {
                return;
            }
            int status = response != null ? response.statusCode() : 0;
            e.attempts.add(new WebhookDelivery.Attempt(at, status, failure == null ? null : describe(failure)));
            if (status >= 200 && status < 300) {
                e.state = WebhookDelivery.State.DELIVERED;
            } else if (e.attempts.size() >= MAX_ATTEMPTS) {
                e.state = WebhookDelivery.State.DROPPED;
                LOG.debug("webhook {} to {} dropped after {} attempts", e.eventName, e.url, MAX_ATTEMPTS);
            } else if (!closed) {
                e.dueAt = at.plus(BACKOFF.get(e.attempts.size() - 1));
                due.add(e);
                updateNextDue();
            }
        }
        runDue();
    }

    /** Every delivery remembered, oldest first. */
    List<WebhookDelivery> deliveries() {
        synchronized (lock) {
            List<WebhookDelivery> out = new ArrayList<>(kept.size());
            for (Entry e : kept.values()) {
                out.add(e.snapshot());
            }
            return out;
        }
    }

    /** The delivery with this id, or null. */
    WebhookDelivery find(String id) {
        synchronized (lock) {
            Entry e = kept.get(id);
            return e == null ? null : e.snapshot();
        }
    }

    /** Forgets every delivery; attempts still running are not recorded. */
    void clear() {
        synchronized (lock) {
            for (Entry e : kept.values()) {
                e.forgotten = true;
            }
            kept.clear();
            due.clear();
            updateNextDue();
        }
    }

    @Override
    public void close() {
        ExecutorService pool;
        synchronized (lock) {
            closed = true;
            pool = executor;
        }
        clear();
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    private void ensureClient() {
        if (http == null && !closed) {
            AtomicInteger n = new AtomicInteger();
            ThreadFactory threads = r -> {
                Thread t = new Thread(r, "simulator-webhooks-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            };
            executor = Executors.newFixedThreadPool(2, threads);
            http = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(CONNECT_TIMEOUT)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .executor(executor)
                    .build();
        }
    }

    /**
     * Forgets the oldest deliveries past the bound ({@value #MAX_KEPT} by default). A forgotten entry stays in {@link #due} until it is
     * polled and skipped: removing it there at once is a linear search of the queue on every event once the
     * simulator makes events faster than it delivers them (profiled: it held the lock the request threads need).
     * The queue is swept of them when it holds twice the kept bound, so memory stays bounded.
     */
    private void forgetOldest() {
        Iterator<Entry> oldest = kept.values().iterator();
        while (kept.size() > maxKept && oldest.hasNext()) {
            Entry e = oldest.next();
            oldest.remove();
            e.forgotten = true;
        }
        if (due.size() > 2 * maxKept) {
            due.removeIf(e -> e.forgotten);
        }
    }

    private void updateNextDue() {
        Entry first = due.peek();
        nextDueMillis = first == null ? NONE_DUE : first.dueAt.toEpochMilli();
    }

    private static String describe(Throwable failure) {
        Throwable t = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause()
                : failure;
        if (t instanceof HttpTimeoutException) {
            return "timed out: " + t.getMessage();
        }
        String message = t.getMessage();
        return t.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    /** One delivery's state; guarded by the dispatcher's lock. */
    private static final class Entry implements Comparable<Entry> {
        final String id;
        final String eventName;
        final URI url;
        final boolean msSignatureHeader;
        private Supplier<byte[]> bodySource;
        private byte[] body;
        final long sequence;
        final List<WebhookDelivery.Attempt> attempts = new ArrayList<>();
        Map<String, String> headers;
        Instant dueAt;
        WebhookDelivery.State state = WebhookDelivery.State.PENDING;
        boolean forgotten;

        Entry(String id, String eventName, URI url, boolean msSignatureHeader, Supplier<byte[]> body, long sequence) {
            this.id = id;
            this.eventName = eventName;
            this.url = url;
            this.msSignatureHeader = msSignatureHeader;
            this.bodySource = body;
            this.sequence = sequence;
        }

        @Override
        public int compareTo(Entry o) {
            int c = dueAt.compareTo(o.dueAt);
            return c != 0 ? c : Long.compare(sequence, o.sequence);
        }

        /** The body, made once (from any thread: the supplier is pure, so a race makes equal bytes twice). */
        synchronized byte[] body() {
            if (body == null) {
                body = bodySource.get();
                bodySource = null;
            }
            return body;
        }

        WebhookDelivery snapshot() {
            return new WebhookDelivery(id, eventName, url.toString(), headers == null ? Map.of() : headers, body(),
                    state, attempts);
        }
    }
}
