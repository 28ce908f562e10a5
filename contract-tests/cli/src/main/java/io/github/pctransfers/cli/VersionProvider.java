package io.github.pctransfers.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;

/**
 * {@code --version} of every command: the version of this build (filtered into {@code version.properties}), which is
 * also the version of the client, simulator and kit it bundles, since they are released together.
 */
public final class VersionProvider implements CommandLine.IVersionProvider {
    private static final String VERSION = load();

    /** The tool's version, e.g. {@code 0.1.0-SNAPSHOT}. */
    public static String version() {
        return VERSION;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"transfers-conformance " + VERSION + " (Java " + System.getProperty("java.version")
                + ")"};
    }

    private static String load() {
        Properties p = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                throw new IllegalStateException("version.properties missing from the build");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("version");
    }
}
