package io.github.pctransfers.client.webhooks;

import java.util.Objects;

/**
 * What {@link WebhookReceiver#receive} made of one delivery: either an accepted {@link ResourceChangeEvent} or a
 * {@link WebhookRejection}, never both. Immutable.
 *
 * <p>Answer the delivery with a 2xx when accepted (Partner Center retries anything else, up to 10 attempts in all);
 * a rejected delivery is best answered 401 (a signature or certificate problem) or 400 (a body problem), as
 * {@link #suggestedStatusCode()} says.
 */
public final class WebhookReceipt {
    private final ResourceChangeEvent event;
    private final WebhookRejection rejection;

    private WebhookReceipt(ResourceChangeEvent event, WebhookRejection rejection) {
        this.event = event;
        this.rejection = rejection;
    }

    static WebhookReceipt accepted(ResourceChangeEvent event) {
        return new WebhookReceipt(Objects.requireNonNull(event, "event"), null);
    }

    static WebhookReceipt rejected(WebhookRejection.Reason reason, String message) {
        return new WebhookReceipt(null, new WebhookRejection(reason, message));
    }

    /**
     * Whether the delivery was verified and holds an event.
     *
     * @return whether the delivery was verified and holds an event
     */
    public boolean isAccepted() {
        return event != null;
    }

    /**
     * The accepted event.
     *
     * @throws IllegalStateException when the delivery was rejected
     * @return the accepted event
     */
    public ResourceChangeEvent event() {
        if (event == null) {
            throw new IllegalStateException("The delivery was rejected: " + rejection);
        }
        return event;
    }

    /**
     * Why the delivery was rejected.
     *
     * @throws IllegalStateException when the delivery was accepted
     * @return why the delivery was rejected
     */
    public WebhookRejection rejection() {
        if (rejection == null) {
            throw new IllegalStateException("The delivery was accepted: " + event);
        }
        return rejection;
    }

    /**
     * The HTTP status to answer the delivery with: 200 when accepted, 413 for a body over the limit, 400 for a body
     * that is not an event, 401 for any header, certificate or signature problem.
     *
     * @return the HTTP status to answer the delivery with: 200 when accepted, 413 for a body over the limit, 400 for a body that is not an event, 401 for any header, certificate or signature problem
     */
    public int suggestedStatusCode() {
        if (event != null) {
            return 200;
        }
        switch (rejection.reason()) {
            case BODY_TOO_LARGE:
                return 413;
            case MALFORMED_JSON:
            case NOT_AN_EVENT:
                return 400;
            default:
                return 401;
        }
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof WebhookReceipt)) {
            return false;
        }
        WebhookReceipt other = (WebhookReceipt) o;
        return Objects.equals(event, other.event) && Objects.equals(rejection, other.rejection);
    }

    @Override
    public int hashCode() {
        return Objects.hash(event, rejection);
    }

    @Override
    public String toString() {
        return event != null ? "WebhookReceipt{accepted " + event + "}" : "WebhookReceipt{rejected " + rejection + "}";
    }
}
