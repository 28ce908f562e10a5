package io.github.pctransfers.client.webhooks;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Where a delivery's signing certificate may be fetched from and what it must chain to. Immutable.
 *
 * <p>{@link #partnerCenter()} is what production needs: certificates only from
 * {@code https://3psostorageacct.blob.core.windows.net/cert/} (the host and path of the documented
 * {@code X-MS-Certificate-Url}), chained to the JDK's trust store, with the leaf's subject organisation
 * {@code O=Microsoft Corporation}. A request naming any other URL is rejected before anything is fetched: fetching
 * whatever URL a request names would let anyone make the receiver call any host (server-side request forgery).
 *
 * <p>The real Partner Center certificate is issued by an intermediate CA. If its delivery does not carry that CA
 * (the certificate URL serves the leaf alone) and the JDK trust store holds only the root, add the intermediate with
 * {@link Builder#intermediateCertificate(X509Certificate)} so the chain can be built.
 *
 * <p>Tests and the simulator build their own: {@code WebhookTrust.builder().allowedCertificateUrlPrefix("http://127.0.0.1:8080/cert/")
 * .trustAnchor(testRoot).build()}; plain http is allowed only for a loopback host.
 */
public final class WebhookTrust {
    /** The documented certificate location's host and path: {@code X-MS-Certificate-Url} must start with it. */
    public static final String PARTNER_CENTER_CERTIFICATE_URL_PREFIX = "https://3psostorageacct.blob.core.windows.net/cert/";
    /** The subject organisation of Partner Center's signing certificate. */
    public static final String PARTNER_CENTER_ORGANIZATION = "Microsoft Corporation";

    private static final WebhookTrust PARTNER_CENTER = builder().build();

    private final String allowedCertificateUrlPrefix;
    private final URI prefix;
    private final List<X509Certificate> trustAnchors;
    private final List<X509Certificate> intermediateCertificates;
    private final String requiredOrganization;

    private WebhookTrust(Builder b) {
        this.allowedCertificateUrlPrefix = b.allowedCertificateUrlPrefix;
        this.prefix = URI.create(b.allowedCertificateUrlPrefix);
        this.trustAnchors = Collections.unmodifiableList(new ArrayList<>(b.trustAnchors));
        this.intermediateCertificates = Collections.unmodifiableList(new ArrayList<>(b.intermediateCertificates));
        this.requiredOrganization = b.requiredOrganization;
    }

    /**
     * Partner Center's: the pinned https location, the JDK trust store, {@code O=Microsoft Corporation}.
     *
     * @return partner Center's: the pinned https location, the JDK trust store, {@code O=Microsoft Corporation}
     */
    public static WebhookTrust partnerCenter() {
        return PARTNER_CENTER;
    }

    /**
     * A builder starting from {@link #partnerCenter()}'s settings; each setter replaces (or adds to) one of them.
     *
     * @return A builder starting from {@link #partnerCenter()}'s settings; each setter replaces (or adds to) one of them
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The prefix every {@code X-MS-Certificate-Url} must start with (scheme, host, port and path compared).
     *
     * @return the prefix every {@code X-MS-Certificate-Url} must start with (scheme, host, port and path compared)
     */
    public String allowedCertificateUrlPrefix() {
        return allowedCertificateUrlPrefix;
    }

    /**
     * The trust anchors the certificate must chain to; empty means the JDK's default trust store.
     *
     * @return the trust anchors the certificate must chain to; empty means the JDK's default trust store
     */
    public List<X509Certificate> trustAnchors() {
        return trustAnchors;
    }

    /**
     * Extra certificates offered for building the chain (never trusted by themselves).
     *
     * @return extra certificates offered for building the chain (never trusted by themselves)
     */
    public List<X509Certificate> intermediateCertificates() {
        return intermediateCertificates;
    }

    /**
     * The organisation ({@code O=}) the leaf certificate's subject must name, compared exactly.
     *
     * @return the organisation ({@code O=}) the leaf certificate's subject must name, compared exactly
     */
    public String requiredOrganization() {
        return requiredOrganization;
    }

    /**
     * Whether a certificate URL is inside the pin: same scheme, host (ignoring case) and port, no user info or
     * fragment, a path without dot segments or percent escapes, under the prefix's path when that ends with
     * {@code /}, else equal to it. A pure function of the two strings: nothing is fetched.
     */
    boolean allows(String certificateUrl) {
        URI url;
        try {
            url = new URI(certificateUrl);
        } catch (URISyntaxException e) {
            return false;
        }
        if (!url.isAbsolute() || url.isOpaque() || url.getRawUserInfo() != null || url.getRawFragment() != null
                || url.getHost() == null) {
            return false;
        }
        if (!prefix.getScheme().equalsIgnoreCase(url.getScheme())
                || !prefix.getHost().equalsIgnoreCase(url.getHost())
                || effectivePort(prefix) != effectivePort(url)) {
            return false;
        }
        String path = url.getRawPath();
        if (path == null || path.indexOf('%') >= 0 || path.indexOf('\\') >= 0 || hasDotSegment(path)) {
            return false;
        }
        String prefixPath = prefix.getRawPath().isEmpty() ? "/" : prefix.getRawPath();
        return prefixPath.endsWith("/") ? path.startsWith(prefixPath) && path.length() > prefixPath.length()
                : path.equals(prefixPath);
    }

    private static boolean hasDotSegment(String path) {
        for (String segment : path.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return true;
            }
        }
        return false;
    }

    private static int effectivePort(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    @Override
    public String toString() {
        return "WebhookTrust{allowedCertificateUrlPrefix=" + allowedCertificateUrlPrefix + ", trustAnchors="
                + (trustAnchors.isEmpty() ? "JDK trust store" : trustAnchors.size() + " given")
                + ", intermediateCertificates=" + intermediateCertificates.size() + ", requiredOrganization="
                + requiredOrganization + "}";
    }

    /** Builds a {@link WebhookTrust}; starts from Partner Center's settings. */
    public static final class Builder {
        private String allowedCertificateUrlPrefix = PARTNER_CENTER_CERTIFICATE_URL_PREFIX;
        private final List<X509Certificate> trustAnchors = new ArrayList<>();
        private final List<X509Certificate> intermediateCertificates = new ArrayList<>();
        private String requiredOrganization = PARTNER_CENTER_ORGANIZATION;

        private Builder() {
        }

        /**
         * The prefix every certificate URL must start with: an absolute https URL with a host and a path, for
         * example {@code https://3psostorageacct.blob.core.windows.net/cert/}. Plain http is allowed only when the
         * host is a loopback address ({@code localhost}, {@code 127.x.x.x}, {@code [::1]}), for the simulator and
         * tests. A prefix whose path does not end with {@code /} allows that exact URL only.
         *
         * @throws IllegalArgumentException when the prefix is not such a URL
         * @param prefix the prefix
         * @return the prefix every certificate URL must start with: an absolute https URL with a host and a path, for example {@code https://3psostorageacct.blob.core.windows.net/cert/}
         */
        public Builder allowedCertificateUrlPrefix(String prefix) {
            Objects.requireNonNull(prefix, "prefix");
            URI uri;
            try {
                uri = new URI(prefix);
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("Not a URL: " + prefix, e);
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!uri.isAbsolute() || uri.isOpaque() || uri.getHost() == null || uri.getRawUserInfo() != null
                    || uri.getRawQuery() != null || uri.getRawFragment() != null) {
                throw new IllegalArgumentException("The certificate URL prefix must be an absolute URL with a host and"
                        + " no user info, query or fragment: " + prefix);
            }
            if (uri.getRawPath() == null || uri.getRawPath().isEmpty() || uri.getRawPath().equals("/")) {
                throw new IllegalArgumentException("The certificate URL prefix must pin a path, not a whole host: " + prefix);
            }
            if (scheme.equals("http")) {
                if (!isLoopback(uri.getHost())) {
                    throw new IllegalArgumentException("Plain http is allowed only for a loopback host: " + prefix);
                }
            } else if (!scheme.equals("https")) {
                throw new IllegalArgumentException("The certificate URL prefix must be https: " + prefix);
            }
            this.allowedCertificateUrlPrefix = prefix;
            return this;
        }

        /**
         * Adds a certificate the chain may end at. Once any is given, only the given ones are trusted (the JDK trust
         * store no longer is).
         *
         * @param anchor the anchor
         * @return adds a certificate the chain may end at
         */
        public Builder trustAnchor(X509Certificate anchor) {
            trustAnchors.add(Objects.requireNonNull(anchor, "anchor"));
            return this;
        }

        /**
         * Adds an intermediate CA certificate offered for building the chain from the leaf to a trust anchor (for
         * example the CA that issued Partner Center's signing certificate, when the certificate URL serves the leaf
         * alone). An intermediate is never trusted by itself.
         *
         * @param intermediate the intermediate
         * @return adds an intermediate CA certificate offered for building the chain from the leaf to a trust anchor (for example the CA that issued Partner Center's signing certificate, when the certificate URL serves the leaf alone)
         */
        public Builder intermediateCertificate(X509Certificate intermediate) {
            intermediateCertificates.add(Objects.requireNonNull(intermediate, "intermediate"));
            return this;
        }

        /**
         * The organisation the leaf certificate's subject must name ({@code O=}), compared exactly; default
         * {@code Microsoft Corporation}.
         *
         * @throws IllegalArgumentException when blank
         * @param organization the organization
         * @return the organisation the leaf certificate's subject must name ({@code O=}), compared exactly; default {@code Microsoft Corporation}
         */
        public Builder requiredOrganization(String organization) {
            Objects.requireNonNull(organization, "organization");
            if (organization.trim().isEmpty()) {
                throw new IllegalArgumentException("The required organisation must not be blank");
            }
            this.requiredOrganization = organization;
            return this;
        }

        /**
         * The trust, as set.
         *
         * @return the trust, as set
         */
        public WebhookTrust build() {
            return new WebhookTrust(this);
        }

        private static boolean isLoopback(String host) {
            String h = host.toLowerCase(Locale.ROOT);
            if (h.equals("localhost") || h.equals("[::1]") || h.equals("::1")) {
                return true;
            }
            String[] octets = h.split("\\.", -1);
            if (octets.length != 4 || !octets[0].equals("127")) {
                return false;
            }
            for (String octet : octets) {
                if (octet.isEmpty() || octet.length() > 3 || !octet.chars().allMatch(Character::isDigit)
                        || Integer.parseInt(octet) > 255) {
                    return false;
                }
            }
            return true;
        }
    }
}
