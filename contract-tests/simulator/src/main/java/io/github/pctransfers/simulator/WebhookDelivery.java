package io.github.pctransfers.simulator;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One event the simulator delivers (or tried to) to the registered URL, with its attempts so far: what
 * {@link TransfersSimulator#webhookDeliveries()} answers. A read-only snapshot; ask again for newer attempts.
 */
public final class WebhookDelivery {
    /** Where a delivery stands. */
    public enum State {
        /** Not yet acknowledged; another attempt is due. */
        PENDING,
        /** An attempt got a 2xx answer. */
        DELIVERED,
        /** Every attempt failed; the event is dropped (Partner Center's offline queue, which is not retried). */
        DROPPED
    }

    private final String id;
    private final String eventName;
    private final String url;
    private final Map<String, String> headers;
    private final byte[] body;
    private final State state;
    private final List<Attempt> attempts;

    WebhookDelivery(String id, String eventName, String url, Map<String, String> headers, byte[] body, State state,
            List<Attempt> attempts) {
        this.id = id;
        this.eventName = eventName;
        this.url = url;
        this.headers = Map.copyOf(headers);
        this.body = body.clone();
        this.state = state;
        this.attempts = List.copyOf(attempts);
    }

    /**
     * The delivery's id: the correlation id of a {@code test-created} event, a new GUID otherwise.
     *
     * @return the delivery's id: the correlation id of a {@code test-created} event, a new GUID otherwise
     */
    public String id() {
        return id;
    }

    /**
     * The event's name, e.g. {@code create-transfer}.
     *
     * @return the event's name
     */
    public String eventName() {
        return eventName;
    }

    /**
     * Where it is delivered: the registration's URL when the event happened.
     *
     * @return where it is delivered: the registration's URL when the event happened
     */
    public String url() {
        return url;
    }

    /**
     * The headers every attempt sends, besides {@code Content-Type}: the signature ({@code Authorization} or
     * {@code x-ms-signature}), {@code X-MS-Certificate-Url} and {@code X-MS-Signature-Algorithm}. Empty until the
     * first attempt (the body is signed when it is first sent).
     *
     * @return the headers every attempt sends, besides {@code Content-Type}: the signature ({@code Authorization} or {@code x-ms-signature}), {@code X-MS-Certificate-Url} and {@code X-MS-Signature-Algorithm}
     */
    public Map<String, String> headers() {
        return headers;
    }

    /**
     * The exact body bytes sent (compact JSON, PascalCase names).
     *
     * @return the exact body bytes sent (compact JSON, PascalCase names)
     */
    public byte[] body() {
        return body.clone();
    }

    /**
     * {@link #body()} as text.
     *
     * @return {@link #body()} as text
     */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /**
     * Where it stands.
     *
     * @return where it stands
     */
    public State state() {
        return state;
    }

    /**
     * The attempts made, oldest first (at most 10).
     *
     * @return the attempts made, oldest first (at most 10)
     */
    public List<Attempt> attempts() {
        return attempts;
    }

    @Override
    public String toString() {
        return "WebhookDelivery{" + eventName + " " + state + " after " + attempts.size() + " attempt(s) to " + url
                + "}";
    }

    /** One attempt: when (on the simulator's clock), and the receiver's status or why there was none. */
    public static final class Attempt {
        private final Instant at;
        private final int statusCode;
        private final String failure;

        Attempt(Instant at, int statusCode, String failure) {
            this.at = Objects.requireNonNull(at, "at");
            this.statusCode = statusCode;
            this.failure = failure;
        }

        /**
         * When it was made, on the simulator's clock.
         *
         * @return when it was made, on the simulator's clock
         */
        public Instant at() {
            return at;
        }

        /**
         * The HTTP status the receiver answered; empty when it could not be reached or did not answer in time.
         *
         * @return the HTTP status the receiver answered; empty when it could not be reached or did not answer in time
         */
        public Optional<Integer> statusCode() {
            return statusCode > 0 ? Optional.of(statusCode) : Optional.empty();
        }

        /**
         * Why it failed without a status (connection refused, timeout), or empty.
         *
         * @return why it failed without a status (connection refused, timeout), or empty
         */
        public Optional<String> failure() {
            return Optional.ofNullable(failure);
        }

        /**
         * Whether the receiver acknowledged the event (a 2xx status).
         *
         * @return whether the receiver acknowledged the event (a 2xx status)
         */
        public boolean succeeded() {
            return statusCode >= 200 && statusCode < 300;
        }

        @Override
        public String toString() {
            return "Attempt{" + at + " " + (statusCode > 0 ? String.valueOf(statusCode) : failure) + "}";
        }
    }
}
