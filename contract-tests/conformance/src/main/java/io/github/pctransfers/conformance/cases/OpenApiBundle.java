package io.github.pctransfers.conformance.cases;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The files of the {@code openapi} module: {@code transfers.yaml}, {@code errata.yaml}, {@code examples/} and
 * {@code errata/} (corrected bodies), read either from a directory (a checkout) or from the classpath copy under
 * {@value #CLASSPATH_ROOT}, which also works when the classes come from a jar.
 *
 * <p>Close the bundle when done: a classpath bundle read from a jar holds the jar open (bundles over the same jar
 * share it). Thread-safe.
 */
public final class OpenApiBundle implements AutoCloseable {
    /** Where the openapi module puts its files on the classpath. */
    public static final String CLASSPATH_ROOT = "pctransfers/openapi";
    /** The file name {@code transfers.yaml}. */
    public static final String SPEC_FILE = "transfers.yaml";
    /** The file name {@code errata.yaml}. */
    public static final String ERRATA_FILE = "errata.yaml";
    /** The folder name {@code examples}. */
    public static final String EXAMPLES_DIR = "examples";

    private final Path root;
    private final URI jar;
    private final String location;
    private boolean closed;

    private OpenApiBundle(Path root, URI jar, String location) {
        this.root = root;
        this.jar = jar;
        this.location = location;
    }

    /**
     * The bundle in a directory laid out like the openapi module ({@code openapi/} of a checkout).
     *
     * @param directory the directory
     * @return the bundle in a directory laid out like the openapi module ({@code openapi/} of a checkout)
     */
    public static OpenApiBundle fromDirectory(Path directory) {
        Objects.requireNonNull(directory, "directory");
        Path root = directory.toAbsolutePath().normalize();
        if (!Files.isRegularFile(root.resolve(SPEC_FILE))) {
            throw new IllegalArgumentException("not an openapi bundle: " + root + " has no " + SPEC_FILE);
        }
        return new OpenApiBundle(root, null, root.toString());
    }

    /**
     * The bundle on the classpath of this class's loader.
     *
     * @return the bundle on the classpath of this class's loader
     */
    public static OpenApiBundle fromClasspath() {
        return fromClasspath(OpenApiBundle.class.getClassLoader());
    }

    /**
     * The bundle on the classpath of {@code loader}, from a directory or from a jar.
     *
     * @param loader the loader
     * @return the bundle on the classpath of {@code loader}, from a directory or from a jar
     */
    public static OpenApiBundle fromClasspath(ClassLoader loader) {
        String specResource = CLASSPATH_ROOT + "/" + SPEC_FILE;
        URL url = loader.getResource(specResource);
        if (url == null) {
            throw new IllegalStateException(specResource + " is not on the classpath: add the pc-transfers-openapi"
                    + " artifact");
        }
        try {
            URI uri = url.toURI();
            if ("file".equals(uri.getScheme())) {
                return new OpenApiBundle(Path.of(uri).getParent(), null, uri.toString());
            }
            if ("jar".equals(uri.getScheme())) {
                URI jar = URI.create(uri.toString().substring(0, uri.toString().indexOf("!/")));
                FileSystem fs = OpenJars.acquire(jar);
                return new OpenApiBundle(fs.getPath("/" + CLASSPATH_ROOT), jar, uri.toString());
            }
            throw new IllegalStateException("cannot read " + specResource + " from " + uri
                    + ": only directories and jars are supported");
        } catch (URISyntaxException e) {
            throw new IllegalStateException("unreadable classpath location " + url, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + url, e);
        }
    }

    /**
     * The bundle's root: holds {@code transfers.yaml}.
     *
     * @return the bundle's root: holds {@code transfers.yaml}
     */
    public Path root() {
        return root;
    }

    /**
     * Where the bundle was read from, for reports.
     *
     * @return where the bundle was read from, for reports
     */
    public String location() {
        return location;
    }

    /** {@return the spec file} */
    public Path specFile() {
        return root.resolve(SPEC_FILE);
    }

    /** {@return the errata file} */
    public Path errataFile() {
        return root.resolve(ERRATA_FILE);
    }

    /** {@return the examples directory} */
    public Path examplesDirectory() {
        return root.resolve(EXAMPLES_DIR);
    }

    /**
     * A file of the bundle by its path relative to the root, e.g. {@code errata/x.json}; refuses to leave it.
     *
     * @param relativePath the relative path
     * @return a file of the bundle by its path relative to the root, e.g. {@code errata/x.json}; refuses to leave it
     */
    public Path resolve(String relativePath) {
        Path p = root.resolve(relativePath).normalize();
        if (!p.startsWith(root)) {
            throw new IllegalArgumentException("path leaves the bundle: " + relativePath);
        }
        return p;
    }

    /**
     * Reads a file of the bundle as UTF-8.
     *
     * @param relativePath the relative path
     * @return a file of the bundle as UTF-8
     */
    public String read(String relativePath) {
        return readString(resolve(relativePath));
    }

    static String readString(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Releases the jar this bundle reads from, if any; closing twice is harmless. */
    @Override
    public synchronized void close() {
        if (jar != null && !closed) {
            OpenJars.release(jar);
        }
        closed = true;
    }

    /**
     * The jar file systems bundles read from. Bundles over the same jar share one file system, which is closed when
     * the last of them is (a jar file system is one per JVM: closing it under another bundle would break that one).
     */
    private static final class OpenJars {
        private static final Map<URI, Integer> USERS = new HashMap<>();
        private static final Map<URI, FileSystem> OWNED = new HashMap<>();

        static synchronized FileSystem acquire(URI jar) throws IOException {
            FileSystem fs;
            try {
                fs = FileSystems.getFileSystem(jar);
            } catch (FileSystemNotFoundException notOpen) {
                fs = FileSystems.newFileSystem(jar, Map.of());
                OWNED.put(jar, fs);
            }
            USERS.merge(jar, 1, Integer::sum);
            return fs;
        }

        static synchronized void release(URI jar) {
            int left = USERS.merge(jar, -1, Integer::sum);
            if (left > 0) {
                return;
            }
            USERS.remove(jar);
            FileSystem owned = OWNED.remove(jar);
            if (owned != null) {
                try {
                    owned.close();
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot close " + jar, e);
                }
            }
        }
    }

    @Override
    public String toString() {
        return "OpenApiBundle{" + location + "}";
    }
}
