package io.github.pctransfers.client.webhooks;

import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One resource change event, as read from a delivery's body: what changed ({@link #eventName()}, {@link
 * #resourceName()}), where to read it ({@link #resourceUri()}), when ({@link #changedAt()}), and, for a transfer
 * event, the ids to read the transfer with ({@link #customerId()}, {@link #transferId()}). Read-only; the generated
 * model {@code io.github.pctransfers.client.model.WebhookEvent} is the wire body, this is what a receiver works with.
 *
 * <p>The event says that a resource changed, not how: read the transfer ({@code TransfersClient.getTransfer(event)})
 * to see its state. Partner Center may deliver an event more than once and out of order.
 *
 * <p>Where the ids come from: the events page promises {@code {base}/webhooks/v1/customers/{c}/transfers/{t}} as
 * {@code ResourceUri}, but real {@code create-transfer} events carry {@code {base}/v1/customers/{c}} only. The
 * transfer id is then taken from the last segment of {@code AuditUri},
 * {@code {partner}_{customer}_{transfer}_{eventnamewithouthyphens}_{ticks}}, and only when that segment has exactly
 * that shape, names this event and, if the resource URI names a customer, that same customer.
 */
public final class ResourceChangeEvent {
    private final String eventName;
    private final String resourceName;
    private final String resourceUri;
    private final String auditUri;
    private final OffsetDateTime changedAt;
    private final String customerId;
    private final String transferId;

    ResourceChangeEvent(String eventName, String resourceName, String resourceUri, String auditUri,
            OffsetDateTime changedAt, String customerId, String transferId) {
        this.eventName = Objects.requireNonNull(eventName, "eventName");
        this.resourceName = Objects.requireNonNull(resourceName, "resourceName");
        this.resourceUri = Objects.requireNonNull(resourceUri, "resourceUri");
        this.auditUri = auditUri;
        this.changedAt = Objects.requireNonNull(changedAt, "changedAt");
        this.customerId = customerId;
        this.transferId = transferId;
    }

    /**
     * {@code EventName} as sent, for example {@code create-transfer} or {@code test-created}; compare it ignoring case.
     *
     * @return {@code EventName} as sent, for example {@code create-transfer} or {@code test-created}; compare it ignoring case
     */
    public String eventName() {
        return eventName;
    }

    /**
     * {@code ResourceName} as sent, for example {@code Transfer} (real traffic) or {@code transfer} (the page).
     *
     * @return {@code ResourceName} as sent, for example {@code Transfer} (real traffic) or {@code transfer} (the page)
     */
    public String resourceName() {
        return resourceName;
    }

    /**
     * {@code ResourceUri} as sent: where the changed resource can be read.
     *
     * @return {@code ResourceUri} as sent: where the changed resource can be read
     */
    public String resourceUri() {
        return resourceUri;
    }

    /**
     * {@code AuditUri} as sent; empty when absent or null.
     *
     * @return {@code AuditUri} as sent; empty when absent or null
     */
    public Optional<String> auditUri() {
        return Optional.ofNullable(auditUri);
    }

    /**
     * {@code ResourceChangeUtcDate}: when the resource changed (the offset as sent, {@code +00:00} in practice).
     *
     * @return {@code ResourceChangeUtcDate}: when the resource changed (the offset as sent, {@code +00:00} in practice)
     */
    public OffsetDateTime changedAt() {
        return changedAt;
    }

    /**
     * Whether the event is about a transfer: its name ends in {@code -transfer} ({@code create-transfer},
     * {@code update-transfer}, {@code complete-transfer}, {@code fail-transfer}) or its resource is {@code transfer},
     * ignoring case. Other events ({@code test-created}, customer, subscription, relationship events) arrive at the
     * same URL and are accepted too.
     *
     * @return whether the event is about a transfer: its name ends in {@code -transfer} ({@code create-transfer}, {@code update-transfer}, {@code complete-transfer}, {@code fail-transfer}) or its resource is {@code transfer}, ignoring case
     */
    public boolean isTransferEvent() {
        return isTransferEvent(eventName, resourceName);
    }

    static boolean isTransferEvent(String eventName, String resourceName) {
        return eventName.toLowerCase(Locale.ROOT).endsWith("-transfer") || "transfer".equalsIgnoreCase(resourceName);
    }

    /**
     * The customer (tenant) id the event is about, from {@code ResourceUri} or, failing that, {@code AuditUri}.
     *
     * @return the customer (tenant) id the event is about, from {@code ResourceUri} or, failing that, {@code AuditUri}
     */
    public Optional<String> customerId() {
        return Optional.ofNullable(customerId);
    }

    /**
     * The transfer id, for a transfer event that names one (in {@code ResourceUri}, or in the last segment of
     * {@code AuditUri}); empty otherwise.
     *
     * @return the transfer id, for a transfer event that names one (in {@code ResourceUri}, or in the last segment of {@code AuditUri}); empty otherwise
     */
    public Optional<String> transferId() {
        return Optional.ofNullable(transferId);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ResourceChangeEvent)) {
            return false;
        }
        ResourceChangeEvent other = (ResourceChangeEvent) o;
        return eventName.equals(other.eventName) && resourceName.equals(other.resourceName)
                && resourceUri.equals(other.resourceUri) && Objects.equals(auditUri, other.auditUri)
                && changedAt.equals(other.changedAt) && Objects.equals(customerId, other.customerId)
                && Objects.equals(transferId, other.transferId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(eventName, resourceName, resourceUri, auditUri, changedAt, customerId, transferId);
    }

    @Override
    public String toString() {
        return "ResourceChangeEvent{eventName=" + eventName + ", resourceName=" + resourceName + ", customerId="
                + customerId + ", transferId=" + transferId + ", changedAt=" + changedAt + ", resourceUri="
                + resourceUri + ", auditUri=" + auditUri + "}";
    }
}
