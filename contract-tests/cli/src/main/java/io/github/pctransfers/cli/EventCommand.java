package io.github.pctransfers.cli;

import io.github.pctransfers.client.webhooks.CertificateFetcher;
import io.github.pctransfers.client.webhooks.ResourceChangeEvent;
import io.github.pctransfers.client.webhooks.WebhookReceipt;
import io.github.pctransfers.client.webhooks.WebhookReceiver;
import io.github.pctransfers.client.webhooks.WebhookTrust;
import io.github.pctransfers.conformance.gate.UnusableInputException;
import io.github.pctransfers.conformance.internal.Text;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code event FILE...}: what the client's webhook receiver makes of captured deliveries. A file is an event body
 * (JSON), or a raw HTTP request as received (request line, headers, blank line, body; {@code Content-Length}, when
 * present, bounds the body). Each is read by the receiver's one reader ({@link WebhookReceiver}); with a raw request
 * and {@code --certificate} or {@code --trust-anchor}, its signature is verified too.
 *
 * <p>Exit 0 when every file is a well-formed event (and, when verifying, every signature verifies); 1 otherwise. A
 * malformed file is a finding (1), never unusable input: only a file or certificate that cannot be read at all is
 * (2).
 */
@Command(name = "event", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Reads webhook deliveries as the client's WebhookReceiver does: for each FILE (an event body in"
                + " JSON, or a raw HTTP request as received) prints the event name, whether it is a transfer event, the"
                + " customer and transfer ids and the change time. With a raw request and --certificate or"
                + " --trust-anchor, also verifies its signature.",
            "Exit codes: 0 every file is a well-formed event (and every signature verifies), 1 otherwise,"
                    + " 2 a file or certificate that cannot be read."})
final class EventCommand implements Callable<Integer> {
    private static final Pattern REQUEST_LINE = Pattern.compile("[A-Z]+ \\S+ HTTP/\\d(\\.\\d)?\\r?");

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Event bodies (JSON) or raw HTTP requests.")
    List<Path> files;

    @ArgGroup(exclusive = true)
    Verification verification;

    @Option(names = "--allowed-certificate-url", paramLabel = "PREFIX",
            description = "With verification: the prefix X-MS-Certificate-Url must start with (https; http only for"
                    + " a loopback host). Default: ${DEFAULT-VALUE}.")
    String allowedCertificateUrl = WebhookTrust.PARTNER_CENTER_CERTIFICATE_URL_PREFIX;

    @Spec
    CommandSpec command;

    /** How to verify signatures: offline with a certificate file, or by fetching the named certificate. */
    static final class Verification {
        @Option(names = "--certificate", paramLabel = "FILE", required = true,
                description = "Verify offline: this certificate (PEM or DER) stands for the one X-MS-Certificate-Url"
                        + " names, and is trusted as it is.")
        Path certificate;

        @Option(names = "--trust-anchor", paramLabel = "FILE", required = true,
                description = "Verify online: fetch the certificate X-MS-Certificate-Url names (inside the allowed"
                        + " prefix only) and check that it chains to this root (PEM or DER).")
        Path trustAnchor;
    }

    @Override
    public Integer call() throws UnusableInputException {
        PrintWriter out = command.commandLine().getOut();
        WebhookReceiver receiver = verification == null ? null : receiver();
        boolean allGood = true;
        for (Path file : files) {
            byte[] bytes = read(file, "event file");
            out.println(file);
            allGood &= report(bytes, receiver, out);
        }
        out.flush();
        return allGood ? ConformanceMain.CONFORMS : ConformanceMain.DOES_NOT_CONFORM;
    }

    /** Prints what the receiver makes of one file; whether it is a well-formed (and, if asked, verified) event. */
    private static boolean report(byte[] bytes, WebhookReceiver receiver, PrintWriter out) {
        Delivery delivery = Delivery.parse(bytes);
        if (delivery.problem != null) {
            out.println("  not an event: " + delivery.problem);
            return false;
        }
        WebhookReceipt parsed = WebhookReceiver.parseWithoutVerifying(delivery.body);
        if (!parsed.isAccepted()) {
            out.println("  not an event: " + parsed.rejection().reason() + ": " + parsed.rejection().message());
            return false;
        }
        ResourceChangeEvent event = parsed.event();
        out.println("  event:    " + event.eventName());
        out.println("  kind:     " + (event.isTransferEvent() ? "transfer" : "other (" + event.resourceName() + ")"));
        out.println("  customer: " + event.customerId().orElse("none"));
        out.println("  transfer: " + event.transferId().orElse("none"));
        out.println("  changed:  " + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(event.changedAt()));
        if (receiver == null) {
            return true;
        }
        if (delivery.headers == null) {
            out.println("  signature: not checked (a JSON body alone has no signature headers; give the raw request)");
            return false;
        }
        WebhookReceipt verified = receiver.receive(delivery.headers, delivery.body);
        if (verified.isAccepted()) {
            out.println("  signature: verified");
            return true;
        }
        out.println("  signature: rejected (" + verified.rejection().reason() + ": "
                + Text.oneLine(verified.rejection().message()) + ")");
        return false;
    }

    private WebhookReceiver receiver() throws UnusableInputException {
        WebhookTrust.Builder trust = WebhookTrust.builder();
        try {
            trust.allowedCertificateUrlPrefix(allowedCertificateUrl);
        } catch (IllegalArgumentException e) {
            throw new UnusableInputException("--allowed-certificate-url: " + e.getMessage(), e);
        }
        WebhookReceiver.Builder receiver = WebhookReceiver.builder();
        if (verification.certificate != null) {
            byte[] certificate = read(verification.certificate, "certificate");
            trust.trustAnchor(certificate(certificate, verification.certificate));
            // Offline: the file stands for whatever the delivery names; nothing is fetched.
            CertificateFetcher fromFile = url -> certificate.clone();
            receiver.certificateFetcher(fromFile);
        } else {
            trust.trustAnchor(certificate(read(verification.trustAnchor, "trust anchor"), verification.trustAnchor));
        }
        return receiver.trust(trust.build()).build();
    }

    private static X509Certificate certificate(byte[] bytes, Path file) throws UnusableInputException {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(bytes));
        } catch (CertificateException | ClassCastException e) {
            throw new UnusableInputException("not an X.509 certificate (PEM or DER): " + file, e);
        }
    }

    private static byte[] read(Path file, String what) throws UnusableInputException {
        if (!Files.isRegularFile(file)) {
            throw new UnusableInputException(what + " not found: " + file);
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UnusableInputException("cannot read " + what + " " + file + ": " + e.getMessage(), e);
        }
    }

    /** A file as a delivery: the body bytes, and the headers when the file is a raw HTTP request. */
    static final class Delivery {
        final Map<String, List<String>> headers;
        final byte[] body;
        final String problem;

        private Delivery(Map<String, List<String>> headers, byte[] body, String problem) {
            this.headers = headers;
            this.body = body;
            this.problem = problem;
        }

        /**
         * A raw request when the first line is a request line ({@code POST /path HTTP/1.1}): headers up to the
         * first empty line (CRLF or LF), then the body, byte for byte (at most {@code Content-Length} bytes when
         * that header is present). Anything else is a body.
         */
        static Delivery parse(byte[] bytes) {
            int firstLineEnd = indexOf(bytes, (byte) '\n', 0);
            String firstLine = new String(bytes, 0, firstLineEnd < 0 ? bytes.length : firstLineEnd,
                    StandardCharsets.ISO_8859_1);
            if (!REQUEST_LINE.matcher(firstLine).matches()) {
                return new Delivery(null, bytes, null);
            }
            Map<String, List<String>> headers = new LinkedHashMap<>();
            int position = firstLineEnd + 1;
            while (true) {
                if (position >= bytes.length) {
                    return new Delivery(null, null, "the raw request has no empty line after its headers, so no body");
                }
                int end = indexOf(bytes, (byte) '\n', position);
                int lineEnd = end < 0 ? bytes.length : end;
                String line = new String(bytes, position, lineEnd - position, StandardCharsets.ISO_8859_1);
                if (line.endsWith("\r")) {
                    line = line.substring(0, line.length() - 1);
                }
                position = end < 0 ? bytes.length : end + 1;
                if (line.isEmpty()) {
                    break;
                }
                int colon = line.indexOf(':');
                if (colon <= 0) {
                    return new Delivery(null, null, "the raw request has a header line without a name: "
                            + Text.abbreviate(line, 60));
                }
                headers.computeIfAbsent(line.substring(0, colon).trim(), k -> new ArrayList<>())
                        .add(line.substring(colon + 1).trim());
            }
            byte[] body = java.util.Arrays.copyOfRange(bytes, position, bytes.length);
            String length = first(headers, "Content-Length");
            if (length != null) {
                int declared;
                try {
                    declared = Integer.parseInt(length.trim());
                } catch (NumberFormatException e) {
                    return new Delivery(null, null, "Content-Length is not a number: " + Text.abbreviate(length, 40));
                }
                if (declared < 0 || declared > body.length) {
                    return new Delivery(null, null, "Content-Length says " + declared + " bytes, the body has "
                            + body.length);
                }
                body = java.util.Arrays.copyOf(body, declared);
            }
            return new Delivery(headers, body, null);
        }

        private static String first(Map<String, List<String>> headers, String name) {
            for (Map.Entry<String, List<String>> h : headers.entrySet()) {
                if (h.getKey().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                    return h.getValue().get(0);
                }
            }
            return null;
        }

        private static int indexOf(byte[] bytes, byte b, int from) {
            for (int i = from; i < bytes.length; i++) {
                if (bytes[i] == b) {
                    return i;
                }
            }
            return -1;
        }
    }
}
