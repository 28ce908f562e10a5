package io.github.pctransfers.simulator;

import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

/**
 * The simulator's webhook signing identity: the leaf key and certificate and the simulator root of the bundled
 * {@code webhooks/webhook-signer.p12} (its README says how it was made). Signs with SHA256withRSA over exact bytes.
 * Immutable and thread-safe (each signature gets its own {@link Signature}).
 */
final class WebhookSigner {
    static final String ALGORITHM_HEADER_VALUE = "rsa-sha256";
    private static final String KEYSTORE = "/pctransfers/simulator/webhooks/webhook-signer.p12";
    /** A test credential, shipped in the open: it protects nothing. */
    private static final char[] PASSWORD = "simulator".toCharArray();
    private static final String SIGNER = "webhook-signer";
    private static final String ROOT = "simulator-root";

    private final PrivateKey key;
    private final X509Certificate leaf;
    private final X509Certificate root;
    private final byte[] leafDer;

    private WebhookSigner(PrivateKey key, X509Certificate leaf, X509Certificate root) throws CertificateEncodingException {
        this.key = key;
        this.leaf = leaf;
        this.root = root;
        this.leafDer = leaf.getEncoded();
    }

    /** The bundled identity. */
    static WebhookSigner bundled() {
        try (InputStream in = WebhookSigner.class.getResourceAsStream(KEYSTORE)) {
            if (in == null) {
                throw new IllegalStateException("the simulator's webhook keystore " + KEYSTORE + " is missing");
            }
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, PASSWORD);
            PrivateKey key = (PrivateKey) store.getKey(SIGNER, PASSWORD);
            Certificate[] chain = store.getCertificateChain(SIGNER);
            X509Certificate root = (X509Certificate) store.getCertificate(ROOT);
            if (key == null || chain == null || chain.length == 0 || root == null) {
                throw new IllegalStateException("the simulator's webhook keystore lacks " + SIGNER + " or " + ROOT);
            }
            return new WebhookSigner(key, (X509Certificate) chain[0], root);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the simulator's webhook keystore " + KEYSTORE, e);
        }
    }

    /** The base64 SHA256withRSA signature of {@code body}. */
    String sign(byte[] body) {
        try {
            Signature s = Signature.getInstance("SHA256withRSA");
            s.initSign(key);
            s.update(body);
            return Base64.getEncoder().encodeToString(s.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a webhook body", e);
        }
    }

    X509Certificate leaf() {
        return leaf;
    }

    X509Certificate root() {
        return root;
    }

    /** The leaf in DER, as served at the certificate URL (a {@code .cer} file). */
    byte[] leafDer() {
        return leafDer.clone();
    }

    /** The leaf subject's organisation ({@code O=}). */
    String leafOrganization() {
        try {
            for (Rdn rdn : new LdapName(leaf.getSubjectX500Principal().getName()).getRdns()) {
                if (rdn.getType().equalsIgnoreCase("O")) {
                    return rdn.getValue().toString();
                }
            }
        } catch (InvalidNameException e) {
            throw new IllegalStateException("the webhook certificate's subject is unreadable", e);
        }
        throw new IllegalStateException("the webhook certificate's subject names no organisation");
    }
}
