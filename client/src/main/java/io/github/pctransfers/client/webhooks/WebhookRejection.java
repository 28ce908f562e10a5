package io.github.pctransfers.client.webhooks;

import java.util.Objects;

/**
 * Why a delivery was not accepted: a {@link Reason} to branch on and a message for a log line. The message names
 * what was wrong (a header, a URL, a JSON position), never a signature value or a body. Immutable.
 */
public final class WebhookRejection {
    private final Reason reason;
    private final String message;

    WebhookRejection(Reason reason, String message) {
        this.reason = Objects.requireNonNull(reason, "reason");
        this.message = Objects.requireNonNull(message, "message");
    }

    /**
     * What kind of problem the delivery had.
     *
     * @return what kind of problem the delivery had
     */
    public Reason reason() {
        return reason;
    }

    /**
     * What exactly was wrong, for a log line.
     *
     * @return what exactly was wrong, for a log line
     */
    public String message() {
        return message;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof WebhookRejection)) {
            return false;
        }
        WebhookRejection other = (WebhookRejection) o;
        return reason == other.reason && message.equals(other.message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(reason, message);
    }

    @Override
    public String toString() {
        return "WebhookRejection{" + reason + ": " + message + "}";
    }

    /**
     * The kinds of problem, in the order the receiver checks for them: the checks that need no network come first,
     * so a delivery rejected for any reason before {@link #CERTIFICATE_UNAVAILABLE} caused no request.
     */
    public enum Reason {
        /** The body is larger than the receiver's limit (1 MiB by default); it was not read further. */
        BODY_TOO_LARGE,
        /** A required header is absent: the signature ({@code Authorization} or {@code x-ms-signature}),
         *  {@code X-MS-Certificate-Url} or {@code X-MS-Signature-Algorithm}. */
        MISSING_HEADER,
        /** A header is present but unusable: a signature that is not {@code Signature <base64>} or base64, two
         *  different values for one header, a certificate URL that is not a URL. */
        MALFORMED_HEADER,
        /** {@code X-MS-Signature-Algorithm} names an algorithm other than {@code rsa-sha256}. */
        UNSUPPORTED_ALGORITHM,
        /** {@code X-MS-Certificate-Url} is outside the pinned prefix of the {@link WebhookTrust}; nothing was fetched. */
        CERTIFICATE_URL_NOT_ALLOWED,
        /** The body is not JSON (or not a JSON object). */
        MALFORMED_JSON,
        /** The body is a JSON object but not an event: a required property is missing, not a string, or the
         *  change date is not a date-time. */
        NOT_AN_EVENT,
        /** The certificate could not be fetched (refused, redirected, too slow, too large) or is not an X.509
         *  certificate. */
        CERTIFICATE_UNAVAILABLE,
        /** The certificate does not chain to a trust anchor of the {@link WebhookTrust}, or is not valid now. */
        CERTIFICATE_NOT_TRUSTED,
        /** The certificate's subject organisation ({@code O=}) is not the required one. */
        WRONG_ORGANIZATION,
        /** The signature does not verify over the body bytes with the certificate's key: the body was altered, or
         *  signed with another key. */
        BAD_SIGNATURE
    }
}
