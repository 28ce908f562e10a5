package io.github.pctransfers.client.internal.transport;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a recorded exchange may not carry, taken out before a recorder sees it. Pure functions.
 *
 * <ul>
 *   <li>{@code Authorization} and {@code Proxy-Authorization}: the scheme stays ({@code Bearer REDACTED}), so a
 *       checker still sees a Bearer token was sent.</li>
 *   <li>Cookies and any header whose name suggests a secret (token, secret, password, key, signature,
 *       credential, session): {@code REDACTED}.</li>
 *   <li>In URLs and bodies: the values of {@code access_token}, {@code refresh_token}, {@code id_token},
 *       {@code client_secret}, {@code client_assertion}, {@code password} (JSON properties and form or query
 *       parameters).</li>
 *   <li>The attempt's own token, wherever else it appears (an echo in a body, a header of another name).</li>
 * </ul>
 */
final class ExchangeRedaction {
    static final String REDACTED = "REDACTED";

    private static final Pattern SECRET_HEADER = Pattern.compile(
            "(?i).*(authorization|cookie|token|secret|password|passwd|api-?key|apikey|subscription-key|signature"
                    + "|credential|session).*");
    private static final String SECRET_NAMES =
            "access_token|refresh_token|id_token|client_secret|client_assertion|password";
    private static final Pattern SECRET_JSON = Pattern.compile(
            "(\"(?:" + SECRET_NAMES + ")\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern SECRET_PARAMETER = Pattern.compile(
            "((?:^|[?&])(?:" + SECRET_NAMES + ")=)[^&#\\s\"]*", Pattern.CASE_INSENSITIVE);
    /** Shorter tokens are not looked for in free text: too likely to match something else. */
    private static final int MIN_TOKEN_LENGTH = 8;

    private ExchangeRedaction() {
    }

    /** The token of a {@code Bearer <token>} value, or null. */
    static String bearerToken(String authorization) {
        if (authorization == null) {
            return null;
        }
        String v = authorization.strip();
        int space = v.indexOf(' ');
        String token = space < 0 ? "" : v.substring(space + 1).strip();
        return token.isEmpty() ? null : token;
    }

    /** A header value as it may be recorded. */
    static String header(String name, String value, String token) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.equals("authorization") || lower.equals("proxy-authorization")) {
            String v = value == null ? "" : value.strip();
            int space = v.indexOf(' ');
            return space < 0 ? REDACTED : v.substring(0, space) + " " + REDACTED;
        }
        if (SECRET_HEADER.matcher(name).matches()) {
            return REDACTED;
        }
        return text(value, token);
    }

    /** A URL or a text body as it may be recorded. */
    static String text(String text, String token) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = text;
        if (token != null && token.length() >= MIN_TOKEN_LENGTH) {
            out = out.replace(token, REDACTED);
        }
        out = replace(SECRET_JSON, out, "\"" + REDACTED + "\"");
        return replace(SECRET_PARAMETER, out, REDACTED);
    }

    /**
     * A body as it may be recorded. A body that is not UTF-8 text is passed on as it is: the HAR writer leaves
     * such bodies out. The attempt's token, an ASCII string, is replaced in its bytes too.
     */
    static byte[] body(byte[] body, String token) {
        if (body == null || body.length == 0) {
            return body;
        }
        String text = new String(body, StandardCharsets.UTF_8);
        byte[] roundTrip = text.getBytes(StandardCharsets.UTF_8);
        if (java.util.Arrays.equals(roundTrip, body)) {
            return text(text, token).getBytes(StandardCharsets.UTF_8);
        }
        if (token == null || token.length() < MIN_TOKEN_LENGTH) {
            return body;
        }
        // Not UTF-8: replace the token byte by byte (ISO-8859-1 maps each byte to one char and back).
        String bytes = new String(body, StandardCharsets.ISO_8859_1);
        return bytes.replace(new String(token.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1),
                REDACTED).getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String replace(Pattern pattern, String text, String replacement) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return text;
        }
        return m.replaceAll(r -> Matcher.quoteReplacement(r.group(1) + replacement));
    }
}
