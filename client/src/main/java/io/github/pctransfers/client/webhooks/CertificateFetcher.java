package io.github.pctransfers.client.webhooks;

import java.io.IOException;
import java.net.URI;

/**
 * Gets the bytes of the certificate a delivery names in {@code X-MS-Certificate-Url}: an X.509 certificate, DER or
 * PEM, optionally followed by the CA certificates of its chain. The receiver calls it only for a URL its
 * {@link WebhookTrust} allows, and only after the delivery's headers and body passed every check that needs no
 * certificate; it caches what it verified by URL.
 *
 * <p>The default ({@link #https(java.time.Duration, int)}) uses the JDK's HTTP client, follows no redirect and
 * bounds the size and the time. Give the receiver another one to read certificates from files or a test server,
 * or to count the requests made.
 */
@FunctionalInterface
public interface CertificateFetcher {
    /**
     * The certificate bytes at {@code certificateUrl}.
     *
     * @throws IOException when they cannot be had (the delivery is then rejected with
     *                     {@link WebhookRejection.Reason#CERTIFICATE_UNAVAILABLE})
     * @param certificateUrl the certificate url
     * @return the certificate bytes at {@code certificateUrl}
     */
    byte[] fetch(URI certificateUrl) throws IOException;

    /**
     * The default fetcher: one GET with the JDK's HTTP client, no redirect followed, only a 200 accepted, at most
     * {@code maxBytes} read, everything within {@code timeout}.
     *
     * @throws IllegalArgumentException when the timeout is not positive or {@code maxBytes} is below 1
     * @param timeout the timeout
     * @param maxBytes the max bytes
     * @return the default fetcher: one GET with the JDK's HTTP client, no redirect followed, only a 200 accepted, at most {@code maxBytes} read, everything within {@code timeout}
     */
    static CertificateFetcher https(java.time.Duration timeout, int maxBytes) {
        return new HttpCertificateFetcher(timeout, maxBytes);
    }
}
