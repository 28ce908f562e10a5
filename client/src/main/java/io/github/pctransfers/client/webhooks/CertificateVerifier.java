package io.github.pctransfers.client.webhooks;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.InvalidAlgorithmParameterException;
import java.security.InvalidKeyException;
import java.security.KeyStore;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * Fetches, validates and caches signing certificates by URL: the pin is checked by the caller, then the chain
 * (PKIX, no revocation fetching) to the trust's anchors, the leaf's organisation and its fitness to verify
 * signatures. Thread-safe; a certificate is fetched again after the cache duration or when it expires.
 */
final class CertificateVerifier {
    /** At most this many URLs are cached; past that the cache starts over (Partner Center uses one or two). */
    static final int MAX_CACHED = 64;

    private final WebhookTrust trust;
    private final CertificateFetcher fetcher;
    private final Clock clock;
    private final Duration cacheDuration;
    private final Set<TrustAnchor> anchors;
    private final ConcurrentHashMap<String, Cached> cache = new ConcurrentHashMap<>();

    CertificateVerifier(WebhookTrust trust, CertificateFetcher fetcher, Clock clock, Duration cacheDuration) {
        this.trust = trust;
        this.fetcher = fetcher;
        this.clock = clock;
        this.cacheDuration = cacheDuration;
        this.anchors = trust.trustAnchors().isEmpty() ? JdkTrustStore.ANCHORS : anchorsOf(trust.trustAnchors());
    }

    /** The result of {@link #keyFor}: a verified key, or why there is none. */
    static final class Outcome {
        final PublicKey key;
        final Instant validUntil;
        final WebhookReceipt rejection;

        private Outcome(PublicKey key, Instant validUntil, WebhookReceipt rejection) {
            this.key = key;
            this.validUntil = validUntil;
            this.rejection = rejection;
        }

        static Outcome key(PublicKey key, Instant validUntil) {
            return new Outcome(key, validUntil, null);
        }

        static Outcome rejected(WebhookRejection.Reason reason, String message) {
            return new Outcome(null, null, WebhookReceipt.rejected(reason, message));
        }
    }

    /** The verified public key at {@code url} (already checked against the pin), from the cache or fetched now. */
    Outcome keyFor(String url) {
        Instant now = clock.instant();
        Cached cached = cache.get(url);
        if (cached != null && now.isBefore(cached.expires)) {
            return Outcome.key(cached.key, cached.expires);
        }
        Outcome outcome = fetchAndValidate(url, now);
        if (outcome.key != null) {
            if (cache.size() >= MAX_CACHED) {
                cache.clear();
            }
            Instant expires = now.plus(cacheDuration);
            cache.put(url, new Cached(outcome.key, expires.isBefore(outcome.validUntil) ? expires : outcome.validUntil));
        } else {
            cache.remove(url);
        }
        return outcome;
    }

    private Outcome fetchAndValidate(String url, Instant now) {
        byte[] bytes;
        try {
            bytes = fetcher.fetch(URI.create(url));
        } catch (Exception e) {
            return Outcome.rejected(WebhookRejection.Reason.CERTIFICATE_UNAVAILABLE,
                    "Could not fetch the certificate at " + url + ": " + e.getMessage());
        }
        if (bytes == null || bytes.length == 0) {
            return Outcome.rejected(WebhookRejection.Reason.CERTIFICATE_UNAVAILABLE, "No certificate at " + url);
        }
        List<X509Certificate> certificates;
        try {
            certificates = parse(bytes);
        } catch (CertificateException | RuntimeException e) {
            return Outcome.rejected(WebhookRejection.Reason.CERTIFICATE_UNAVAILABLE,
                    "What " + url + " serves is not an X.509 certificate: " + e.getMessage());
        }
        if (certificates.isEmpty()) {
            return Outcome.rejected(WebhookRejection.Reason.CERTIFICATE_UNAVAILABLE,
                    "What " + url + " serves holds no X.509 certificate");
        }
        X509Certificate leaf = certificates.get(0);
        String chainProblem = chainProblem(leaf, certificates, now);
        if (chainProblem != null) {
            return Outcome.rejected(WebhookRejection.Reason.CERTIFICATE_NOT_TRUSTED,
                    "The certificate at " + url + " (" + leaf.getSubjectX500Principal().getName() + ") is not trusted: "
                            + chainProblem);
        }
        List<String> organizations = organizations(leaf);
        if (!organizations.contains(trust.requiredOrganization())) {
            return Outcome.rejected(WebhookRejection.Reason.WRONG_ORGANIZATION, "The certificate at " + url
                    + " names the organisation " + (organizations.isEmpty() ? "(none)" : String.join(", ", organizations))
                    + ", not " + trust.requiredOrganization());
        }
        try {
            Signature.getInstance("SHA256withRSA").initVerify(leaf);
        } catch (InvalidKeyException e) {
            return Outcome.rejected(WebhookRejection.Reason.CERTIFICATE_NOT_TRUSTED,
                    "The certificate at " + url + " cannot verify RSA signatures: " + e.getMessage());
        } catch (GeneralSecurityException e) {
            return Outcome.rejected(WebhookRejection.Reason.CERTIFICATE_NOT_TRUSTED,
                    "SHA256withRSA is not available: " + e.getMessage());
        }
        return Outcome.key(leaf.getPublicKey(), leaf.getNotAfter().toInstant());
    }

    static List<X509Certificate> parse(byte[] bytes) throws CertificateException {
        Collection<? extends Certificate> parsed = CertificateFactory.getInstance("X.509")
                .generateCertificates(new ByteArrayInputStream(bytes));
        List<X509Certificate> certificates = new ArrayList<>();
        for (Certificate certificate : parsed) {
            if (certificate instanceof X509Certificate) {
                certificates.add((X509Certificate) certificate);
            }
        }
        return certificates;
    }

    /** Why {@code leaf} does not chain to a trust anchor at {@code now}; null when it does. */
    private String chainProblem(X509Certificate leaf, List<X509Certificate> served, Instant now) {
        Date date = Date.from(now);
        for (TrustAnchor anchor : anchors) {
            if (leaf.equals(anchor.getTrustedCert())) {
                try {
                    leaf.checkValidity(date);
                    return null;
                } catch (CertificateException e) {
                    return "it is not valid at " + now + ": " + e.getMessage();
                }
            }
        }
        try {
            X509CertSelector target = new X509CertSelector();
            target.setCertificate(leaf);
            PKIXBuilderParameters parameters = new PKIXBuilderParameters(anchors, target);
            parameters.setRevocationEnabled(false);
            parameters.setDate(date);
            List<X509Certificate> pool = new ArrayList<>(served);
            pool.addAll(trust.intermediateCertificates());
            parameters.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(pool)));
            CertPathBuilder.getInstance("PKIX").build(parameters);
            return null;
        } catch (CertPathBuilderException e) {
            return e.getMessage() == null ? "no chain to a trust anchor" : e.getMessage();
        } catch (InvalidAlgorithmParameterException e) {
            return "no trust anchor (" + e.getMessage() + ")";
        } catch (GeneralSecurityException e) {
            return e.getMessage();
        }
    }

    /** The values of the {@code O} attributes of the certificate's subject. */
    static List<String> organizations(X509Certificate certificate) {
        List<String> organizations = new ArrayList<>();
        try {
            for (Rdn rdn : new LdapName(certificate.getSubjectX500Principal().getName()).getRdns()) {
                if (rdn.getType().equalsIgnoreCase("O")) {
                    organizations.add(String.valueOf(rdn.getValue()));
                }
            }
        } catch (InvalidNameException e) {
            return Collections.emptyList();
        }
        return organizations;
    }

    private static Set<TrustAnchor> anchorsOf(Collection<X509Certificate> certificates) {
        Set<TrustAnchor> anchors = new HashSet<>();
        for (X509Certificate certificate : certificates) {
            anchors.add(new TrustAnchor(certificate, null));
        }
        return Collections.unmodifiableSet(anchors);
    }

    private static final class Cached {
        final PublicKey key;
        final Instant expires;

        Cached(PublicKey key, Instant expires) {
            this.key = key;
            this.expires = expires;
        }
    }

    /** The JDK's default trust store, read once when first needed. */
    private static final class JdkTrustStore {
        static final Set<TrustAnchor> ANCHORS = load();

        private static Set<TrustAnchor> load() {
            try {
                TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                factory.init((KeyStore) null);
                List<X509Certificate> certificates = new ArrayList<>();
                for (TrustManager manager : factory.getTrustManagers()) {
                    if (manager instanceof X509TrustManager) {
                        Collections.addAll(certificates, ((X509TrustManager) manager).getAcceptedIssuers());
                    }
                }
                return anchorsOf(certificates);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("Cannot read the JDK trust store", e);
            }
        }
    }
}
