package io.github.pctransfers.client.webhooks;

import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The signing headers of one delivery, read from any header map (names ignoring case): the signature bytes, the
 * certificate URL, the algorithm. The one owner of the header format; pure functions.
 */
final class DeliveryHeaders {
    static final String AUTHORIZATION = "Authorization";
    static final String MS_SIGNATURE = "x-ms-signature";
    static final String CERTIFICATE_URL = "X-MS-Certificate-Url";
    static final String SIGNATURE_ALGORITHM = "X-MS-Signature-Algorithm";
    static final String RSA_SHA256 = "rsa-sha256";
    private static final String SIGNATURE_SCHEME = "Signature";

    /** The signature bytes; null when rejected. */
    final byte[] signature;
    /** The certificate URL as sent (trimmed); null when rejected. */
    final String certificateUrl;
    /** Why the headers are unusable; null when they are usable. */
    final WebhookReceipt rejection;

    private DeliveryHeaders(byte[] signature, String certificateUrl, WebhookReceipt rejection) {
        this.signature = signature;
        this.certificateUrl = certificateUrl;
        this.rejection = rejection;
    }

    /** The headers, or the rejection that says which is missing or unusable. */
    static DeliveryHeaders read(Map<String, List<String>> headers) {
        if (headers == null) {
            return rejected(WebhookRejection.Reason.MISSING_HEADER, "No headers");
        }
        Lookup msSignature = single(headers, MS_SIGNATURE);
        Lookup authorization = single(headers, AUTHORIZATION);
        Lookup certificateUrl = single(headers, CERTIFICATE_URL);
        Lookup algorithm = single(headers, SIGNATURE_ALGORITHM);
        for (Lookup lookup : new Lookup[] {msSignature, authorization, certificateUrl, algorithm}) {
            if (lookup.conflicting) {
                return rejected(WebhookRejection.Reason.MALFORMED_HEADER, lookup.name + " has more than one value");
            }
        }
        byte[] signature;
        if (msSignature.value != null) {
            // The registration moved the signature here; Authorization may then carry something else.
            signature = signatureBytes(msSignature.value, true);
            if (signature == null) {
                return rejected(WebhookRejection.Reason.MALFORMED_HEADER,
                        MS_SIGNATURE + " is neither 'Signature <base64>' nor base64");
            }
        } else if (authorization.value != null) {
            signature = signatureBytes(authorization.value, false);
            if (signature == null) {
                return rejected(WebhookRejection.Reason.MALFORMED_HEADER,
                        AUTHORIZATION + " is not 'Signature <base64>'");
            }
        } else {
            return rejected(WebhookRejection.Reason.MISSING_HEADER,
                    "No signature: neither " + AUTHORIZATION + " nor " + MS_SIGNATURE + " is present");
        }
        if (algorithm.value == null) {
            return rejected(WebhookRejection.Reason.MISSING_HEADER, SIGNATURE_ALGORITHM + " is missing");
        }
        if (!algorithm.value.trim().equalsIgnoreCase(RSA_SHA256)) {
            return rejected(WebhookRejection.Reason.UNSUPPORTED_ALGORITHM, SIGNATURE_ALGORITHM + " is '"
                    + abbreviate(algorithm.value.trim()) + "', only " + RSA_SHA256 + " is accepted");
        }
        if (certificateUrl.value == null || certificateUrl.value.trim().isEmpty()) {
            return rejected(WebhookRejection.Reason.MISSING_HEADER, CERTIFICATE_URL + " is missing");
        }
        return new DeliveryHeaders(signature, certificateUrl.value.trim(), null);
    }

    /** The signature in {@code Signature <base64>} or, when {@code bareAllowed}, bare base64; null when neither. */
    private static byte[] signatureBytes(String value, boolean bareAllowed) {
        String v = value.trim();
        String encoded;
        if (v.regionMatches(true, 0, SIGNATURE_SCHEME + " ", 0, SIGNATURE_SCHEME.length() + 1)) {
            encoded = v.substring(SIGNATURE_SCHEME.length() + 1).trim();
        } else if (bareAllowed) {
            encoded = v;
        } else {
            return null;
        }
        if (encoded.isEmpty()) {
            return null;
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(encoded);
            return bytes.length == 0 ? null : bytes;
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    private static Lookup single(Map<String, List<String>> headers, String name) {
        String found = null;
        boolean conflicting = false;
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            if (header.getKey() == null || !header.getKey().trim().equalsIgnoreCase(name) || header.getValue() == null) {
                continue;
            }
            for (String value : header.getValue()) {
                if (value == null) {
                    continue;
                }
                if (found == null) {
                    found = value;
                } else if (!found.equals(value)) {
                    conflicting = true;
                }
            }
        }
        return new Lookup(name, found, conflicting);
    }

    private static DeliveryHeaders rejected(WebhookRejection.Reason reason, String message) {
        return new DeliveryHeaders(null, null, WebhookReceipt.rejected(reason, message));
    }

    private static String abbreviate(String s) {
        String printable = s.replaceAll("[^\\x20-\\x7e]", "?");
        return printable.length() <= 40 ? printable : printable.substring(0, 40) + "...";
    }

    private static final class Lookup {
        final String name;
        final String value;
        final boolean conflicting;

        Lookup(String name, String value, boolean conflicting) {
            this.name = name;
            this.value = value;
            this.conflicting = conflicting;
        }
    }
}
