package io.github.pctransfers.conformance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Test fixtures: files under {@code src/test/resources}, and the openapi module's folder in this checkout. */
public final class Fixtures {
    private Fixtures() {
    }

    /** A test resource as UTF-8 text, e.g. {@code http-examples/request-without-body.http}. */
    public static String read(String resource) {
        try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The {@code openapi/} folder of this checkout (tests run with the module folder as working directory). */
    public static Path openApiDirectory() {
        return Path.of("..", "..", "openapi").toAbsolutePath().normalize();
    }
}
