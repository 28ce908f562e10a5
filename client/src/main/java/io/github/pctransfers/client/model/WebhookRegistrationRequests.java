package io.github.pctransfers.client.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Builds the body of a webhook registration or its replacement ({@link WebhookRegistrationRequest}), checked before
 * anything is sent: an absolute https callback URL (plain http only for a loopback host, for the simulator and
 * tests) and at least one event name.
 *
 * <pre>{@code
 * WebhookRegistrationRequest request = WebhookRegistrationRequests.builder()
 *         .webhookUrl("https://partner.example/hooks/partner-center")
 *         .event("create-transfer").event("update-transfer").event("complete-transfer").event("fail-transfer")
 *         .build();
 * }</pre>
 */
public final class WebhookRegistrationRequests {
    private WebhookRegistrationRequests() {
    }

    /**
     * A new builder.
     *
     * @return A new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds one {@link WebhookRegistrationRequest}; {@link #build()} checks it. */
    public static final class Builder {
        private String webhookUrl;
        private final Set<String> events = new LinkedHashSet<>();
        private Boolean signatureInMsSignatureHeader;

        private Builder() {
        }

        /**
         * The URL Partner Center POSTs events to: absolute https (http only for a loopback host).
         *
         * @param webhookUrl the webhook url
         * @return the URL Partner Center POSTs events to: absolute https (http only for a loopback host)
         */
        public Builder webhookUrl(String webhookUrl) {
            this.webhookUrl = Objects.requireNonNull(webhookUrl, "webhookUrl");
            return this;
        }

        /**
         * Adds an event to deliver, as {@code listEvents} names it (e.g. {@code create-transfer}); repeats are kept once.
         *
         * @param eventName the event name
         * @return this builder
         */
        public Builder event(String eventName) {
            Objects.requireNonNull(eventName, "eventName");
            if (eventName.trim().isEmpty()) {
                throw new IllegalArgumentException("An event name must not be blank");
            }
            events.add(eventName.trim());
            return this;
        }

        /**
         * Adds each of the events.
         *
         * @param eventNames the event names
         * @return adds each of the events
         */
        public Builder events(Collection<String> eventNames) {
            Objects.requireNonNull(eventNames, "eventNames").forEach(this::event);
            return this;
        }

        /**
         * Whether Partner Center should put the signature in {@code x-ms-signature} instead of
         * {@code Authorization} ({@code signatureTokenToMsSignatureHeader}); unset leaves the service's default
         * ({@code Authorization}).
         *
         * @param inMsSignatureHeader the in ms signature header
         * @return whether Partner Center should put the signature in {@code x-ms-signature} instead of {@code Authorization} ({@code signatureTokenToMsSignatureHeader}); unset leaves the service's default ({@code Authorization})
         */
        public Builder signatureInMsSignatureHeader(boolean inMsSignatureHeader) {
            this.signatureInMsSignatureHeader = inMsSignatureHeader;
            return this;
        }

        /**
         * The request body.
         *
         * @throws IllegalArgumentException when the URL is missing or not absolute https (http only for a loopback
         *                                  host), or no event was added
         * @return the request body
         */
        public WebhookRegistrationRequest build() {
            if (webhookUrl == null) {
                throw new IllegalArgumentException("webhookUrl is required");
            }
            URI url;
            try {
                url = new URI(webhookUrl);
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("webhookUrl is not a URL: " + webhookUrl, e);
            }
            String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
            if (!url.isAbsolute() || url.getHost() == null
                    || !(scheme.equals("https") || scheme.equals("http") && isLoopback(url.getHost()))) {
                throw new IllegalArgumentException("webhookUrl must be an absolute https URL (http only for a "
                        + "loopback host): " + webhookUrl);
            }
            if (events.isEmpty()) {
                throw new IllegalArgumentException("At least one event is required (see listEvents)");
            }
            List<String> eventList = new ArrayList<>(events);
            WebhookRegistrationRequest.Builder request = WebhookRegistrationRequest.builder().webhookUrl(url)
                    .webhookEvents(eventList);
            if (signatureInMsSignatureHeader != null) {
                request.signatureTokenToMsSignatureHeader(signatureInMsSignatureHeader);
            }
            return request.build();
        }

        private static boolean isLoopback(String host) {
            String h = host.toLowerCase(Locale.ROOT);
            return h.equals("localhost") || h.equals("[::1]") || h.startsWith("127.");
        }
    }
}
