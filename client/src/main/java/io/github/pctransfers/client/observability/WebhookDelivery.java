package io.github.pctransfers.client.observability;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One webhook delivery, verified and accepted or rejected by a {@code WebhookReceiver}. Immutable; built by the
 * receiver. No header, signature, certificate or body is in it.
 */
public final class WebhookDelivery {
    private final boolean accepted;
    private final String eventName;
    private final String rejectionReason;
    private final int bodyBytes;
    private final Duration duration;

    /**
     * @param accepted        whether the delivery was verified and accepted
     * @param eventName       the event's name (e.g. {@code complete-transfer}) when accepted, else null
     * @param rejectionReason the name of the rejection reason when rejected, else null
     * @param bodyBytes       the size of the body received
     * @param duration        how long verifying took (fetching the certificate included)
     */
    public WebhookDelivery(boolean accepted, String eventName, String rejectionReason, int bodyBytes,
            Duration duration) {
        this.accepted = accepted;
        this.eventName = eventName;
        this.rejectionReason = rejectionReason;
        this.bodyBytes = bodyBytes;
        this.duration = Objects.requireNonNull(duration, "duration");
    }

    /**
     * Whether the delivery was verified and accepted.
     *
     * @return whether the delivery was verified and accepted
     */
    public boolean accepted() {
        return accepted;
    }

    /**
     * The event's name, when accepted (a short list of names Partner Center sends: fit for a tag).
     *
     * @return the event's name, when accepted (a short list of names Partner Center sends: fit for a tag)
     */
    public Optional<String> eventName() {
        return Optional.ofNullable(eventName);
    }

    /**
     * Why it was rejected (the name of the receiver's rejection reason), when rejected.
     *
     * @return why it was rejected (the name of the receiver's rejection reason), when rejected
     */
    public Optional<String> rejectionReason() {
        return Optional.ofNullable(rejectionReason);
    }

    /**
     * The size of the body received, in bytes.
     *
     * @return the size of the body received, in bytes
     */
    public int bodyBytes() {
        return bodyBytes;
    }

    /**
     * How long verifying took.
     *
     * @return how long verifying took
     */
    public Duration duration() {
        return duration;
    }

    @Override
    public String toString() {
        return "WebhookDelivery{" + (accepted ? "accepted, eventName=" + eventName
                : "rejected, reason=" + rejectionReason) + ", bodyBytes=" + bodyBytes + ", duration=" + duration
                + "}";
    }
}
