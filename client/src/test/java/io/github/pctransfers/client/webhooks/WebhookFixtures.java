package io.github.pctransfers.client.webhooks;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The webhook test material: the certificates and keys of {@code webhook-certificates/} (made once with keytool,
 * see its README) and the delivery cases of {@code fixtures/webhook-deliveries/<case>/}: {@code body.json} (the
 * bytes as received), {@code headers.txt} (one {@code Name: value} a line; {@code {signature:ALIAS}} is replaced by
 * the signature of the signed bytes with that key, computed when the test runs), {@code expected.properties}, and
 * optionally {@code signed-body.json} (the bytes that were signed, when the body was altered afterwards) and
 * {@code receiver.properties} (receiver settings).
 */
final class WebhookFixtures {
    static final String DELIVERIES = "fixtures/webhook-deliveries/";
    static final String CERTIFICATES = "webhook-certificates/";
    private static final Pattern SIGNATURE = Pattern.compile("\\{signature:([a-z-]+)}");
    private static final char[] PASSWORD = "changeit".toCharArray();

    private WebhookFixtures() {
    }

    /** One delivery case, read from its folder. */
    static final class Delivery {
        final String name;
        final byte[] body;
        final Map<String, List<String>> headers;
        final Properties expected;
        final Properties receiver;

        Delivery(String name) {
            this.name = name;
            String folder = DELIVERIES + name + "/";
            this.body = bytes(folder + "body.json");
            byte[] signed = exists(folder + "signed-body.json") ? bytes(folder + "signed-body.json") : body;
            this.headers = headers(text(folder + "headers.txt"), signed);
            this.expected = properties(folder + "expected.properties");
            this.receiver = exists(folder + "receiver.properties") ? properties(folder + "receiver.properties")
                    : new Properties();
        }
    }

    /** The header lines, each {@code {signature:ALIAS}} replaced by the base64 signature over {@code signed}. */
    static Map<String, List<String>> headers(String lines, byte[] signed) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String line : lines.split("\r?\n")) {
            if (line.isBlank()) {
                continue;
            }
            int colon = line.indexOf(':');
            String name = line.substring(0, colon);
            Matcher m = SIGNATURE.matcher(line.substring(colon + 1).trim());
            StringBuilder value = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(value, Matcher.quoteReplacement(sign(m.group(1), signed)));
            }
            m.appendTail(value);
            headers.computeIfAbsent(name, k -> new ArrayList<>()).add(value.toString());
        }
        return headers;
    }

    /** SHA256withRSA over {@code bytes} with the key {@code alias} of the test key store, base64. */
    static String sign(String alias, byte[] bytes) {
        try {
            Signature signer = Signature.getInstance("SHA256withRSA");
            signer.initSign((PrivateKey) keyStore().getKey(alias, PASSWORD));
            signer.update(bytes);
            return Base64.getEncoder().encodeToString(signer.sign());
        } catch (Exception e) {
            throw new IllegalStateException("cannot sign with " + alias, e);
        }
    }

    static KeyStore keyStore() {
        try (InputStream in = resource(CERTIFICATES + "webhook-test-keys.p12")) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, PASSWORD);
            return store;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A certificate of {@code webhook-certificates/}, e.g. {@code root-ca.pem}. */
    static X509Certificate certificate(String file) {
        try (InputStream in = resource(CERTIFICATES + file)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The trust the delivery cases are checked with: Partner Center's pin and organisation, the test root. */
    static WebhookTrust testTrust() {
        return WebhookTrust.builder().trustAnchor(certificate("root-ca.pem")).build();
    }

    /** Serves the files {@code certificate-urls.txt} names and fails for any other URL; records every request. */
    static final class FileCertificates implements CertificateFetcher {
        final List<URI> requested = new CopyOnWriteArrayList<>();
        private final Map<String, String> files = new LinkedHashMap<>();

        FileCertificates() {
            for (String line : text(DELIVERIES + "certificate-urls.txt").split("\r?\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] parts = line.trim().split("\\s+");
                    files.put(parts[0], parts[1]);
                }
            }
        }

        @Override
        public byte[] fetch(URI certificateUrl) throws IOException {
            requested.add(certificateUrl);
            String file = files.get(certificateUrl.toString());
            if (file == null) {
                throw new IOException("404 Not Found: " + certificateUrl);
            }
            return bytes(CERTIFICATES + file);
        }
    }

    static List<String> caseNames() {
        URL url = WebhookFixtures.class.getClassLoader().getResource(DELIVERIES);
        try (Stream<Path> children = Files.list(Paths.get(url.toURI()))) {
            return children.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted()
                    .collect(Collectors.toList());
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean exists(String resource) {
        return WebhookFixtures.class.getClassLoader().getResource(resource) != null;
    }

    static InputStream resource(String resource) {
        InputStream in = WebhookFixtures.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalArgumentException("no test resource " + resource);
        }
        return in;
    }

    static byte[] bytes(String resource) {
        try (InputStream in = resource(resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String resource) {
        return new String(bytes(resource), StandardCharsets.UTF_8);
    }

    static Properties properties(String resource) {
        Properties p = new Properties();
        try (InputStream in = resource(resource)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
