package io.github.pctransfers.client.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What the delivery cases do not show: the certificate cache, the body limit's default, the default https fetcher
 * (no redirect, bounded size and time) against a loopback server, certificate validity against the clock, a leaf
 * trusted directly, and that nothing escapes as an exception.
 */
class WebhookReceiverTest {
    private static final String REAL_CREATE = "real-create-transfer";
    private HttpServer server;
    private final List<String> served = new CopyOnWriteArrayList<>();

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void aCertificateIsFetchedOncePerUrlAndThenServedFromTheCache() {
        WebhookFixtures.Delivery delivery = new WebhookFixtures.Delivery(REAL_CREATE);
        WebhookFixtures.FileCertificates certificates = new WebhookFixtures.FileCertificates();
        WebhookReceiver receiver = WebhookReceiver.builder().trust(WebhookFixtures.testTrust())
                .certificateFetcher(certificates).build();

        for (int i = 0; i < 5; i++) {
            assertThat(receiver.receive(delivery.headers, delivery.body).isAccepted()).isTrue();
        }

        assertThat(certificates.requested).hasSize(1);
    }

    @Test
    void aCachedCertificateIsFetchedAgainAfterTheCacheDuration() {
        WebhookFixtures.Delivery delivery = new WebhookFixtures.Delivery(REAL_CREATE);
        WebhookFixtures.FileCertificates certificates = new WebhookFixtures.FileCertificates();
        MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
        WebhookReceiver receiver = WebhookReceiver.builder().trust(WebhookFixtures.testTrust())
                .certificateFetcher(certificates).clock(clock).certificateCacheDuration(Duration.ofHours(1)).build();

        receiver.receive(delivery.headers, delivery.body);
        clock.now = clock.now.plus(Duration.ofMinutes(59));
        receiver.receive(delivery.headers, delivery.body);
        clock.now = clock.now.plus(Duration.ofMinutes(2));
        receiver.receive(delivery.headers, delivery.body);

        assertThat(certificates.requested).hasSize(2);
    }

    @Test
    void theDefaultBodyLimitIsOneMebibyte() {
        WebhookFixtures.Delivery delivery = new WebhookFixtures.Delivery(REAL_CREATE);
        byte[] atTheLimit = padded(delivery.body, WebhookReceiver.DEFAULT_MAX_BODY_BYTES);
        byte[] overTheLimit = padded(delivery.body, WebhookReceiver.DEFAULT_MAX_BODY_BYTES + 1);
        WebhookFixtures.FileCertificates certificates = new WebhookFixtures.FileCertificates();
        WebhookReceiver receiver = WebhookReceiver.builder().trust(WebhookFixtures.testTrust())
                .certificateFetcher(certificates).build();

        WebhookReceipt atLimit = receiver.receive(signedHeaders(atTheLimit), atTheLimit);
        WebhookReceipt overLimit = receiver.receive(signedHeaders(overTheLimit), overTheLimit);

        assertThat(atLimit.isAccepted()).as(atLimit.toString()).isTrue();
        assertThat(overLimit.rejection().reason()).isEqualTo(WebhookRejection.Reason.BODY_TOO_LARGE);
        assertThat(overLimit.suggestedStatusCode()).isEqualTo(413);
        assertThat(receiver.maxBodyBytes()).isEqualTo(1024 * 1024);
    }

    @Test
    void nothingEscapesAsAnException() {
        WebhookFixtures.Delivery delivery = new WebhookFixtures.Delivery(REAL_CREATE);
        WebhookReceiver throwingFetcher = WebhookReceiver.builder().trust(WebhookFixtures.testTrust())
                .certificateFetcher(url -> {
                    throw new IllegalStateException("the fetcher broke");
                }).build();
        WebhookReceiver nullFetcher = WebhookReceiver.builder().trust(WebhookFixtures.testTrust())
                .certificateFetcher(url -> null).build();

        assertThat(throwingFetcher.receive(null, null).rejection().reason())
                .isEqualTo(WebhookRejection.Reason.MISSING_HEADER);
        assertThat(throwingFetcher.receive(delivery.headers, null).rejection().reason())
                .isEqualTo(WebhookRejection.Reason.MALFORMED_JSON);
        assertThat(throwingFetcher.receive(delivery.headers, delivery.body).rejection().reason())
                .isEqualTo(WebhookRejection.Reason.CERTIFICATE_UNAVAILABLE);
        assertThat(nullFetcher.receive(delivery.headers, delivery.body).rejection().reason())
                .isEqualTo(WebhookRejection.Reason.CERTIFICATE_UNAVAILABLE);
    }

    @Test
    void anExpiredCertificateIsNotTrusted() {
        WebhookFixtures.Delivery delivery = new WebhookFixtures.Delivery(REAL_CREATE);
        WebhookReceiver receiver = WebhookReceiver.builder().trust(WebhookFixtures.testTrust())
                .certificateFetcher(new WebhookFixtures.FileCertificates())
                .clock(Clock.fixed(Instant.parse("2150-01-01T00:00:00Z"), ZoneOffset.UTC)).build();

        WebhookReceipt receipt = receiver.receive(delivery.headers, delivery.body);

        assertThat(receipt.rejection().reason()).isEqualTo(WebhookRejection.Reason.CERTIFICATE_NOT_TRUSTED);
        assertThat(receipt.suggestedStatusCode()).isEqualTo(401);
    }

    @Test
    void aLeafGivenAsTheTrustAnchorIsTrustedDirectly() {
        WebhookFixtures.Delivery delivery = new WebhookFixtures.Delivery(REAL_CREATE);
        WebhookTrust leafOnly = WebhookTrust.builder().trustAnchor(WebhookFixtures.certificate("signer.pem")).build();

        WebhookReceipt receipt = WebhookReceiver.builder().trust(leafOnly)
                .certificateFetcher(new WebhookFixtures.FileCertificates()).build()
                .receive(delivery.headers, delivery.body);

        assertThat(receipt.isAccepted()).as(receipt.toString()).isTrue();
    }

    @Test
    void theJdkTrustStoreDoesNotTrustTheTestRoot() {
        WebhookFixtures.Delivery delivery = new WebhookFixtures.Delivery(REAL_CREATE);

        WebhookReceipt receipt = WebhookReceiver.builder().certificateFetcher(new WebhookFixtures.FileCertificates())
                .build().receive(delivery.headers, delivery.body);

        assertThat(receipt.rejection().reason()).isEqualTo(WebhookRejection.Reason.CERTIFICATE_NOT_TRUSTED);
    }

    @Test
    void theDefaultFetcherGetsTheCertificateFromALoopbackServer() throws IOException {
        startServer();
        WebhookFixtures.Delivery delivery = deliveryWithCertificateUrl(REAL_CREATE, url("/cert/signer.cer"));

        WebhookReceipt receipt = loopbackReceiver(Duration.ofSeconds(5), 64 * 1024)
                .receive(delivery.headers, delivery.body);

        assertThat(receipt.isAccepted()).as(receipt.toString()).isTrue();
        assertThat(served).containsExactly("/cert/signer.cer");
    }

    @Test
    void theDefaultFetcherFollowsNoRedirect() throws IOException {
        startServer();
        WebhookFixtures.Delivery delivery = deliveryWithCertificateUrl(REAL_CREATE, url("/cert/redirect.cer"));

        WebhookReceipt receipt = loopbackReceiver(Duration.ofSeconds(5), 64 * 1024)
                .receive(delivery.headers, delivery.body);

        assertThat(receipt.rejection().reason()).isEqualTo(WebhookRejection.Reason.CERTIFICATE_UNAVAILABLE);
        assertThat(receipt.rejection().message()).contains("302");
        assertThat(served).containsExactly("/cert/redirect.cer");
    }

    @Test
    void theDefaultFetcherReadsNoMoreThanItsLimit() throws IOException {
        startServer();
        WebhookFixtures.Delivery delivery = deliveryWithCertificateUrl(REAL_CREATE, url("/cert/huge.cer"));

        WebhookReceipt receipt = loopbackReceiver(Duration.ofSeconds(5), 64 * 1024)
                .receive(delivery.headers, delivery.body);

        assertThat(receipt.rejection().reason()).isEqualTo(WebhookRejection.Reason.CERTIFICATE_UNAVAILABLE);
        assertThat(receipt.rejection().message()).contains("more than 65536 bytes");
    }

    @Test
    void theDefaultFetcherGivesUpAfterItsTimeout() throws IOException {
        startServer();
        WebhookFixtures.Delivery delivery = deliveryWithCertificateUrl(REAL_CREATE, url("/cert/slow.cer"));
        WebhookReceiver receiver = loopbackReceiver(Duration.ofMillis(300), 64 * 1024);

        long start = System.nanoTime();
        WebhookReceipt receipt = receiver.receive(delivery.headers, delivery.body);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(receipt.rejection().reason()).isEqualTo(WebhookRejection.Reason.CERTIFICATE_UNAVAILABLE);
        assertThat(took).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void theReceiptGivesOnlyWhatItHolds() {
        WebhookReceipt rejected = WebhookReceiver.parseWithoutVerifying("[]".getBytes(StandardCharsets.UTF_8));
        WebhookReceipt accepted = WebhookReceiver.parseWithoutVerifying(
                WebhookFixtures.bytes(WebhookFixtures.DELIVERIES + REAL_CREATE + "/body.json"));

        assertThat(rejected.rejection().reason()).isEqualTo(WebhookRejection.Reason.NOT_AN_EVENT);
        assertThat(rejected.suggestedStatusCode()).isEqualTo(400);
        assertThatThrownBy(rejected::event).isInstanceOf(IllegalStateException.class);
        assertThat(accepted.event().transferId()).contains("0f8e7d6c-5b4a-4938-a271-6f5e4d3c2b1a");
        assertThatThrownBy(accepted::rejection).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theTrustPinsHttpsOrALoopbackHostAndAPath() {
        assertThatThrownBy(() -> WebhookTrust.builder().allowedCertificateUrlPrefix("http://example.com/cert/"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("loopback");
        assertThatThrownBy(() -> WebhookTrust.builder().allowedCertificateUrlPrefix("https://example.com/"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("path");
        assertThatThrownBy(() -> WebhookTrust.builder().allowedCertificateUrlPrefix("ftp://example.com/cert/"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(WebhookTrust.builder().allowedCertificateUrlPrefix("http://127.0.0.1:8080/cert/").build()
                .allows("http://127.0.0.1:8080/cert/sim.cer")).isTrue();
        WebhookTrust partnerCenter = WebhookTrust.partnerCenter();
        assertThat(partnerCenter.allows(
                "https://3psostorageacct.blob.core.windows.net/cert/pcnotifications-dispatch.microsoft.com.cer")).isTrue();
        assertThat(partnerCenter.allows(
                "https://3psostorageacct.blob.core.windows.net/cert/pcnotifications.microsoft.com.cer")).isTrue();
        assertThat(partnerCenter.allows("https://3PSOSTORAGEACCT.blob.core.windows.net:443/cert/x.cer")).isTrue();
        assertThat(partnerCenter.allows("https://3psostorageacct.blob.core.windows.net/cert/")).isFalse();
        assertThat(partnerCenter.allows("https://3psostorageacct.blob.core.windows.net/cert/%2e%2e/x.cer")).isFalse();
        assertThat(partnerCenter.allows("https://3psostorageacct.blob.core.windows.net.attacker.example/cert/x.cer"))
                .isFalse();
        assertThat(partnerCenter.allows("not a url")).isFalse();
        assertThat(partnerCenter.requiredOrganization()).isEqualTo("Microsoft Corporation");
        assertThat(partnerCenter.trustAnchors()).isEmpty();
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    private static byte[] padded(byte[] body, int length) {
        byte[] padded = Arrays.copyOf(body, length);
        Arrays.fill(padded, body.length, length, (byte) ' ');
        return padded;
    }

    private static Map<String, List<String>> signedHeaders(byte[] body) {
        return WebhookFixtures.headers(WebhookFixtures.text(WebhookFixtures.DELIVERIES + REAL_CREATE + "/headers.txt"),
                body);
    }

    private static WebhookFixtures.Delivery deliveryWithCertificateUrl(String name, String url) {
        WebhookFixtures.Delivery delivery = new WebhookFixtures.Delivery(name);
        delivery.headers.put("X-MS-Certificate-Url", List.of(url));
        return delivery;
    }

    private WebhookReceiver loopbackReceiver(Duration timeout, int maxBytes) {
        WebhookTrust trust = WebhookTrust.builder().allowedCertificateUrlPrefix(url("/cert/"))
                .trustAnchor(WebhookFixtures.certificate("root-ca.pem")).build();
        return WebhookReceiver.builder().trust(trust).certificateFetcher(CertificateFetcher.https(timeout, maxBytes))
                .build();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** A loopback server: the signer certificate, a redirect to it, 1 MiB of garbage, and an answer after 3 s. */
    private void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            served.add(path);
            try (OutputStream out = exchange.getResponseBody()) {
                switch (path) {
                    case "/cert/signer.cer": {
                        byte[] pem = WebhookFixtures.bytes(WebhookFixtures.CERTIFICATES + "signer.pem");
                        exchange.sendResponseHeaders(200, pem.length);
                        out.write(pem);
                        break;
                    }
                    case "/cert/redirect.cer":
                        exchange.getResponseHeaders().add("Location", url("/cert/signer.cer"));
                        exchange.sendResponseHeaders(302, -1);
                        break;
                    case "/cert/huge.cer": {
                        byte[] chunk = new byte[64 * 1024];
                        exchange.sendResponseHeaders(200, 0);
                        for (int i = 0; i < 16; i++) {
                            out.write(chunk);
                        }
                        break;
                    }
                    case "/cert/slow.cer":
                        try {
                            Thread.sleep(3000);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        exchange.sendResponseHeaders(200, -1);
                        break;
                    default:
                        exchange.sendResponseHeaders(404, -1);
                }
            } catch (IOException ignored) {
                // the client gave up first (size or time limit)
            }
        });
        server.start();
    }

    /** A clock the test moves. */
    private static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
