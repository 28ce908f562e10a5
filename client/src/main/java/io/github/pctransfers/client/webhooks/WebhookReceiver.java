package io.github.pctransfers.client.webhooks;

import io.github.pctransfers.client.internal.observe.GuardedObserver;
import io.github.pctransfers.client.observability.TransfersObserver;
import io.github.pctransfers.client.observability.WebhookDelivery;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Verifies Partner Center webhook deliveries and reads their events. Framework-neutral: hand it the request's
 * headers and its body bytes exactly as received, from any HTTP server (see the client README for a JDK
 * {@code HttpServer} and a Spring controller). Thread-safe; build one and share it.
 *
 * <p>{@link #receive} checks, in this order, and stops at the first problem with a typed {@link WebhookRejection}:
 * the body size; the signature, certificate URL and algorithm headers ({@code rsa-sha256} only); the certificate URL
 * against the {@link WebhookTrust}'s pin; that the body is a JSON event. None of these makes a network call. Only
 * then is the certificate fetched (once per URL, then cached), its chain validated (PKIX to the trust's anchors, no
 * revocation fetching), its organisation checked, and the RSA PKCS#1 v1.5 SHA-256 signature verified over the exact
 * body bytes.
 *
 * <pre>{@code
 * WebhookReceiver receiver = WebhookReceiver.builder().trust(WebhookTrust.partnerCenter()).build();
 * WebhookReceipt receipt = receiver.receive(headers, body);
 * if (receipt.isAccepted() && receipt.event().isTransferEvent()) { ... }
 * }</pre>
 */
public final class WebhookReceiver {
    /** The default body size limit: 1 MiB (Partner Center's events are a few hundred bytes). */
    public static final int DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
    /** How long the default fetcher waits for a certificate: 10 s in all. */
    public static final Duration DEFAULT_CERTIFICATE_FETCH_TIMEOUT = Duration.ofSeconds(10);
    /** The largest certificate (with its chain) the default fetcher reads: 64 KiB. */
    public static final int DEFAULT_MAX_CERTIFICATE_BYTES = 64 * 1024;
    /** How long a verified certificate is cached (never past its expiry): 24 hours. */
    public static final Duration DEFAULT_CERTIFICATE_CACHE_DURATION = Duration.ofHours(24);

    private final WebhookTrust trust;
    private final int maxBodyBytes;
    private final CertificateVerifier certificates;
    /** Told of every delivery; null when no observer is set (then no event is built). */
    private final GuardedObserver observer;

    private WebhookReceiver(Builder b) {
        this.observer = GuardedObserver.of(b.observer);
        this.trust = b.trust;
        this.maxBodyBytes = b.maxBodyBytes;
        CertificateFetcher fetcher = b.certificateFetcher != null ? b.certificateFetcher
                : CertificateFetcher.https(DEFAULT_CERTIFICATE_FETCH_TIMEOUT, DEFAULT_MAX_CERTIFICATE_BYTES);
        this.certificates = new CertificateVerifier(b.trust, fetcher, b.clock, b.certificateCacheDuration);
    }

    /**
     * A builder: Partner Center's trust, a 1 MiB body limit, the default https fetcher, the system clock.
     *
     * @return A builder: Partner Center's trust, a 1 MiB body limit, the default https fetcher, the system clock
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The body size limit: read at most this many bytes plus one from a request before calling {@link #receive}.
     *
     * @return the body size limit: read at most this many bytes plus one from a request before calling {@link #receive}
     */
    public int maxBodyBytes() {
        return maxBodyBytes;
    }

    /**
     * Where certificates may come from and what they must chain to.
     *
     * @return where certificates may come from and what they must chain to
     */
    public WebhookTrust trust() {
        return trust;
    }

    /**
     * Verifies one delivery and reads its event. Never throws on bad input: whatever is wrong (including null
     * headers or body) becomes a rejection; no network call is made unless the headers, the certificate URL and the
     * body passed every check that needs none.
     *
     * @param headers the request's headers; names are compared ignoring case, a name may appear under several keys
     * @param body    the request's body, byte for byte as received
     * @return verifies one delivery and reads its event
     */
    public WebhookReceipt receive(Map<String, List<String>> headers, byte[] body) {
        if (observer == null) {
            return verify(headers, body);
        }
        long start = System.nanoTime();
        WebhookReceipt receipt = verify(headers, body);
        observer.webhookReceived(new WebhookDelivery(receipt.isAccepted(),
                receipt.isAccepted() ? receipt.event().eventName() : null,
                receipt.isAccepted() ? null : receipt.rejection().reason().name(), body == null ? 0 : body.length,
                Duration.ofNanos(Math.max(0, System.nanoTime() - start))));
        return receipt;
    }

    private WebhookReceipt verify(Map<String, List<String>> headers, byte[] body) {
        if (body != null && body.length > maxBodyBytes) {
            return WebhookReceipt.rejected(WebhookRejection.Reason.BODY_TOO_LARGE,
                    "The body has " + body.length + " bytes, more than the limit of " + maxBodyBytes);
        }
        DeliveryHeaders delivery = DeliveryHeaders.read(headers);
        if (delivery.rejection != null) {
            return delivery.rejection;
        }
        // A URL whose certificate is cached passed this check when it was fetched; only new ones are parsed.
        if (!certificates.isCached(delivery.certificateUrl) && !trust.allows(delivery.certificateUrl)) {
            return WebhookReceipt.rejected(WebhookRejection.Reason.CERTIFICATE_URL_NOT_ALLOWED,
                    DeliveryHeaders.CERTIFICATE_URL + " is outside " + trust.allowedCertificateUrlPrefix()
                            + "; nothing was fetched");
        }
        WebhookReceipt parsed = EventReader.read(body);
        if (!parsed.isAccepted()) {
            return parsed;
        }
        CertificateVerifier.Outcome certificate = certificates.keyFor(delivery.certificateUrl);
        if (certificate.rejection != null) {
            return certificate.rejection;
        }
        if (!verifies(certificate, delivery.signature, body)) {
            return WebhookReceipt.rejected(WebhookRejection.Reason.BAD_SIGNATURE,
                    "The signature does not verify over the body with the certificate at " + delivery.certificateUrl);
        }
        return parsed;
    }

    private static boolean verifies(CertificateVerifier.Outcome certificate, byte[] signature, byte[] body) {
        try {
            Signature verifier = Signature.getInstance("SHA256withRSA");
            verifier.initVerify(certificate.key);
            verifier.update(body);
            return verifier.verify(signature);
        } catch (GeneralSecurityException | RuntimeException e) {
            // A signature of the wrong length or encoding is a bad signature, not an error.
            return false;
        }
    }

    /**
     * Reads an event body WITHOUT verifying anything but its shape: for tools that inspect captured bodies (the
     * conformance CLI's {@code event} command) and for tests. Never use it on a request from the network: anyone
     * can send a body. Same limit and rejections as {@link #receive} for the body; never throws.
     *
     * @param body the body bytes
     * @return reads an event body WITHOUT verifying anything but its shape: for tools that inspect captured bodies (the conformance CLI's {@code event} command) and for tests
     */
    public static WebhookReceipt parseWithoutVerifying(byte[] body) {
        if (body != null && body.length > DEFAULT_MAX_BODY_BYTES) {
            return WebhookReceipt.rejected(WebhookRejection.Reason.BODY_TOO_LARGE,
                    "The body has " + body.length + " bytes, more than the limit of " + DEFAULT_MAX_BODY_BYTES);
        }
        return EventReader.read(body);
    }

    @Override
    public String toString() {
        return "WebhookReceiver{trust=" + trust + ", maxBodyBytes=" + maxBodyBytes + "}";
    }

    /** Builds a {@link WebhookReceiver}. */
    public static final class Builder {
        private WebhookTrust trust = WebhookTrust.partnerCenter();
        private int maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
        private CertificateFetcher certificateFetcher;
        private Clock clock = Clock.systemUTC();
        private Duration certificateCacheDuration = DEFAULT_CERTIFICATE_CACHE_DURATION;
        private TransfersObserver<?> observer;

        private Builder() {
        }

        /**
         * Tells {@code observer} of every delivery, accepted (with its event name) or rejected (with the reason),
         * e.g. the client's observer, for meters of deliveries. None by default. What it throws is caught and
         * logged once; it never changes a receipt.
         *
         * @param observer the observer
         * @return this builder
         */
        public Builder observer(TransfersObserver<?> observer) {
            this.observer = Objects.requireNonNull(observer, "observer");
            return this;
        }

        /**
         * Where certificates may come from and what they must chain to; default {@link WebhookTrust#partnerCenter()}.
         *
         * @param trust where certificates may come from and what they chain to
         * @return where certificates may come from and what they must chain to; default {@link WebhookTrust#partnerCenter()}
         */
        public Builder trust(WebhookTrust trust) {
            this.trust = Objects.requireNonNull(trust, "trust");
            return this;
        }

        /**
         * The largest body accepted, in bytes; default 1 MiB.
         *
         * @throws IllegalArgumentException when below 1
         * @param maxBodyBytes the max body bytes
         * @return the largest body accepted, in bytes; default 1 MiB
         */
        public Builder maxBodyBytes(int maxBodyBytes) {
            if (maxBodyBytes < 1) {
                throw new IllegalArgumentException("maxBodyBytes must be at least 1: " + maxBodyBytes);
            }
            this.maxBodyBytes = maxBodyBytes;
            return this;
        }

        /**
         * What fetches certificates; default {@link CertificateFetcher#https} with a 10 s timeout and 64 KiB. It is
         * called only for URLs the trust allows.
         *
         * @param certificateFetcher the certificate fetcher
         * @return what fetches certificates; default {@link CertificateFetcher#https} with a 10 s timeout and 64 KiB
         */
        public Builder certificateFetcher(CertificateFetcher certificateFetcher) {
            this.certificateFetcher = Objects.requireNonNull(certificateFetcher, "certificateFetcher");
            return this;
        }

        /**
         * The time at which certificates must be valid, and the cache's clock; default the system clock.
         *
         * @param clock the clock
         * @return the time at which certificates must be valid, and the cache's clock; default the system clock
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * How long a verified certificate is kept before it is fetched and validated again (never past its own
         * expiry); default 24 hours.
         *
         * @throws IllegalArgumentException when negative
         * @param duration how long
         * @return how long a verified certificate is kept before it is fetched and validated again (never past its own expiry); default 24 hours
         */
        public Builder certificateCacheDuration(Duration duration) {
            Objects.requireNonNull(duration, "duration");
            if (duration.isNegative()) {
                throw new IllegalArgumentException("The certificate cache duration must not be negative: " + duration);
            }
            this.certificateCacheDuration = duration;
            return this;
        }

        /**
         * The receiver, as set.
         *
         * @return the receiver, as set
         */
        public WebhookReceiver build() {
            return new WebhookReceiver(this);
        }
    }
}
