package io.github.pctransfers.client.internal.checks;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Objects;

/**
 * Checks the URLs a token or a client secret is sent to: https, or plain http only to a loopback address (tests,
 * a local simulator). Used by the client builder and the Entra credential alike.
 */
public final class SecureUrls {
    private SecureUrls() {
    }

    /**
     * Returns {@code url} without trailing slashes when it is an absolute https URL (or http to a loopback
     * address) with a host and no user info, query or fragment.
     *
     * @param name the setting's name, for the message
     * @throws IllegalArgumentException naming the setting and the refused URL
     */
    public static String requireSecureBase(String name, String url) {
        Objects.requireNonNull(url, name);
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException(name + " is not a URL: " + url, e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new IllegalArgumentException(name + " must be an https URL with a host, got " + url);
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException(name + " must not carry user info, a query or a fragment: " + url);
        }
        if (scheme.equals("http") && !isLoopback(uri.getHost())) {
            throw new IllegalArgumentException(name + ": plain http would send credentials in clear; only https is "
                    + "allowed, except to a loopback address (localhost, 127.0.0.0/8, [::1]); got " + url);
        }
        String s = uri.toString();
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    /** Whether {@code host} is {@code localhost} or a literal loopback address; names are never resolved. */
    static boolean isLoopback(String host) {
        String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (h.equalsIgnoreCase("localhost")) {
            return true;
        }
        // Only literal addresses: resolving a name here would let DNS turn plain http into a remote call.
        boolean ipv4 = h.matches("\\d{1,3}(\\.\\d{1,3}){3}");
        boolean ipv6 = h.contains(":") && h.matches("[0-9A-Fa-f:.]+");
        if (!ipv4 && !ipv6) {
            return false;
        }
        try {
            return InetAddress.getByName(h).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
