package io.github.pctransfers.client.internal.transport;

import feign.RequestInterceptor;
import feign.RequestTemplate;
import io.github.pctransfers.client.http.PartnerCenterHeaders;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The User-Agent naming this library, its version and the runtime, e.g. {@code pc-transfers-java/0.1.0 (Java 17; Linux)}. */
final class UserAgent implements RequestInterceptor {
    /** The library's version, read from the jar. */
    static final String LIBRARY_VERSION = readVersion();

    private final String value;

    UserAgent(String applicationName) {
        String base = "pc-transfers-java/" + LIBRARY_VERSION + " (Java " + System.getProperty("java.version") + "; "
                + System.getProperty("os.name") + ")";
        this.value = applicationName == null ? base : applicationName + " " + base;
    }

    String value() {
        return value;
    }

    @Override
    public void apply(RequestTemplate template) {
        template.removeHeader(PartnerCenterHeaders.USER_AGENT);
        template.header(PartnerCenterHeaders.USER_AGENT, value);
    }

    private static String readVersion() {
        try (InputStream in = UserAgent.class.getResourceAsStream("/io/github/pctransfers/client/version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
