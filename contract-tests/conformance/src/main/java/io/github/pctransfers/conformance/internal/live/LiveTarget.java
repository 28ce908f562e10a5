package io.github.pctransfers.conformance.internal.live;

import io.github.pctransfers.conformance.gate.UnusableInputException;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The server a live run sends the cases to, and the safety rules for it. Pure: nothing is resolved or contacted.
 *
 * <ul>
 *   <li>The URL is {@code http://} or {@code https://} with a host, and no user info, query or fragment (user info
 *       would print credentials in the reports). Its path, if any, is a base path the documented targets
 *       ({@code /v1/...}) are appended to.</li>
 *   <li>{@code http://} is refused for a host that is not loopback: the access token must not travel in clear.</li>
 *   <li>Against a host that is not loopback only {@linkplain #SAFE_METHODS safe methods} are sent unless writes are
 *       allowed; the other cases are skipped with the reason.</li>
 * </ul>
 * Loopback is decided on the URL alone, never by resolving the name (a name that a resolver maps to 127.0.0.1 is
 * still treated as a remote server): {@code localhost}, a name ending in {@code .localhost} (RFC 6761), an IPv4
 * address in 127.0.0.0/8, or {@code [::1]}.
 *
 * @param baseUrl     the server's base URL, without a trailing slash
 * @param loopback    whether the host is a loopback host
 * @param allowWrites whether state-changing requests may be sent to a host that is not loopback
 */
public record LiveTarget(URI baseUrl, boolean loopback, boolean allowWrites) {
    /** The methods sent to any server: they do not change state. */
    public static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD");

    private static final Pattern IPV4_LOOPBACK =
            Pattern.compile("127(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");

    /**
     * Checks and copies the components.
     *
     * @param allowWrites whether state-changing requests may be sent to a host that is not loopback
     * @param baseUrl the server's base URL, without a trailing slash
     * @param loopback whether the host is a loopback host
     */
    public LiveTarget {
        Objects.requireNonNull(baseUrl, "baseUrl");
    }

    /**
     * Checks a URL against the rules above.
     *
     * @param url the url
     * @param allowWrites the allow writes
     * @return checks a URL against the rules above
     * @throws UnusableInputException naming what is wrong with the URL
     */
    public static LiveTarget of(URI url, boolean allowWrites) throws UnusableInputException {
        Objects.requireNonNull(url, "url");
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new UnusableInputException("--against needs an http:// or https:// URL, got \"" + safe(url) + "\"");
        }
        if (url.getHost() == null || url.getHost().isEmpty()) {
            throw new UnusableInputException("--against URL has no host: \"" + safe(url) + "\"");
        }
        if (url.getRawUserInfo() != null) {
            throw new UnusableInputException("--against URL must not carry user info (credentials would end up in"
                    + " the reports); give the token with --token-env");
        }
        if (url.getRawQuery() != null || url.getRawFragment() != null) {
            throw new UnusableInputException("--against URL must not have a query or fragment: \"" + safe(url)
                    + "\"");
        }
        boolean loopback = isLoopbackHost(url.getHost());
        if (scheme.equals("http") && !loopback) {
            throw new UnusableInputException("refusing http:// to " + url.getHost() + ", which is not a loopback"
                    + " host: the access token must not travel in clear; use https://");
        }
        String path = url.getRawPath() == null ? "" : url.getRawPath().replaceAll("/+$", "");
        URI base = URI.create(scheme + "://" + url.getRawAuthority() + path);
        return new LiveTarget(base, loopback, allowWrites);
    }

    /**
     * Whether a host, as written in a URL, is a loopback host (see the class comment; nothing is resolved).
     *
     * @param host the host
     * @return whether a host, as written in a URL, is a loopback host (see the class comment; nothing is resolved)
     */
    public static boolean isLoopbackHost(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return h.equals("localhost") || h.endsWith(".localhost") || IPV4_LOOPBACK.matcher(h).matches()
                || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1");
    }

    /**
     * Why a request with this method is not sent to this server, or empty when it is sent: a state-changing method
     * goes to a loopback host always, and to another host only when writes are allowed.
     *
     * @param method the method
     * @return why a request with this method is not sent to this server, or empty when it is sent: a state-changing
     *     method goes to a loopback host always, and to another host only when writes are allowed
     */
    public Optional<String> refusal(String method) {
        if (SAFE_METHODS.contains(method.toUpperCase(Locale.ROOT)) || loopback || allowWrites) {
            return Optional.empty();
        }
        return Optional.of("not sent: " + method.toUpperCase(Locale.ROOT) + " changes state and "
                + baseUrl.getHost() + " is not a loopback host; allow writes (--allow-writes) to send it");
    }

    /**
     * The address of a documented request target ({@code /v1/...?query}, as written) on this server.
     *
     * @param target the target
     * @return the address of a documented request target ({@code /v1/...?query}, as written) on this server
     * @throws IllegalArgumentException when the target is not a valid URI path and query
     */
    public URI resolve(String target) {
        return URI.create(baseUrl + (target.startsWith("/") ? target : "/" + target));
    }

    /**
     * The URL and the write policy, for reports, e.g. {@code https://staging.example (GET only)}.
     *
     * @return the URL and the write policy, for reports, e.g. {@code https://staging.example (GET only)}
     */
    public String describe() {
        String policy = loopback ? "loopback: every method sent"
                : allowWrites ? "writes allowed" : "only " + String.join("/", SAFE_METHODS.stream().sorted().toList())
                        + " sent";
        return baseUrl + " (" + policy + ")";
    }

    /** A URL for a message: without user info, which may hold a password. */
    private static String safe(URI url) {
        if (url.getRawUserInfo() == null) {
            return url.toString();
        }
        return url.toString().replace(url.getRawUserInfo() + "@", "");
    }
}
