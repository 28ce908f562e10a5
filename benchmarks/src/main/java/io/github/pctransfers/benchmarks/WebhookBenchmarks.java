package io.github.pctransfers.benchmarks;

import io.github.pctransfers.client.webhooks.WebhookReceipt;
import io.github.pctransfers.client.webhooks.WebhookReceiver;
import io.github.pctransfers.client.webhooks.WebhookTrust;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One webhook delivery (the real create-transfer body, signed with the client's test key; files in
 * {@code src/main/resources/webhook/}, copied from the client's test material): the receiver verifying and parsing it
 * with the certificate cached, side by side with the JDK's bare {@code SHA256withRSA} verify of the same bytes.
 * Throughput on one thread.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class WebhookBenchmarks {
    private static final String CERTIFICATE_URL =
            "https://3psostorageacct.blob.core.windows.net/cert/pcnotifications-dispatch.microsoft.com.cer";

    private byte[] body;
    private byte[] signature;
    private Map<String, List<String>> headers;
    private PublicKey publicKey;
    private WebhookReceiver receiver;

    @Setup
    public void setUp() throws Exception {
        body = resource("real-create-transfer.json");
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = open("webhook-test-keys.p12")) {
            keys.load(in, "changeit".toCharArray());
        }
        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign((PrivateKey) keys.getKey("signer", "changeit".toCharArray()));
        signer.update(body);
        signature = signer.sign();
        byte[] pem = resource("signer.pem");
        X509Certificate certificate;
        try (InputStream in = open("signer.pem")) {
            certificate = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
        publicKey = certificate.getPublicKey();
        headers = Map.of(
                "Authorization", List.of("Signature " + Base64.getEncoder().encodeToString(signature)),
                "X-MS-Certificate-Url", List.of(CERTIFICATE_URL),
                "X-MS-Signature-Algorithm", List.of("rsa-sha256"),
                "Content-Type", List.of("application/json; charset=utf-8"));
        // The leaf trusted directly, served from memory: the benchmark measures the cached path.
        receiver = WebhookReceiver.builder()
                .trust(WebhookTrust.builder().trustAnchor(certificate).build())
                .certificateFetcher(url -> pem.clone())
                .build();
        WebhookReceipt first = receiver.receive(headers, body);
        if (!first.isAccepted() || !verifyBare()) {
            throw new IllegalStateException("the benchmark's delivery does not verify: " + first);
        }
    }

    /** The receiver: headers, pin, JSON event with its ids, cached certificate, signature over the bytes. */
    @Benchmark
    public Object receiver_verifyAndParse() {
        return receiver.receive(headers, body).event();
    }

    /** The JDK alone: SHA256withRSA over the same bytes with the same key, nothing else. */
    @Benchmark
    public boolean jdk_signatureVerify() throws Exception {
        return verifyBare();
    }

    private boolean verifyBare() throws Exception {
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(publicKey);
        verifier.update(body);
        return verifier.verify(signature);
    }

    private static InputStream open(String name) {
        InputStream in = WebhookBenchmarks.class.getResourceAsStream("/webhook/" + name);
        if (in == null) {
            throw new IllegalStateException("no resource /webhook/" + name);
        }
        return in;
    }

    private static byte[] resource(String name) {
        try (InputStream in = open(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
