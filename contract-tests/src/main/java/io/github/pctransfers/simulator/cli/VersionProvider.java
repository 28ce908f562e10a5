package io.github.pctransfers.simulator.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** {@code --version}: the version of the client library the commands drive. */
public final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        Properties p = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream(
                "/io/github/pctransfers/client/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // Fall through to "unknown": a version line is not worth failing for.
        }
        return new String[] {"transfers-conformance " + p.getProperty("version", "unknown")
                + " (Java " + System.getProperty("java.version") + ")"};
    }
}
