package io.github.pctransfers.apigate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** The source fixtures of {@code src/test/resources/cases/<case>/}, compiled with javac into class folders. */
final class Sources {

    private Sources() {
    }

    /** {@code cases/<name>} on the test classpath. */
    static Path caseFolder(String name) {
        try {
            Path folder = Path.of(Sources.class.getResource("/cases/" + name).toURI());
            assertThat(folder).isDirectory();
            return folder;
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("no fixture folder cases/" + name, e);
        }
    }

    /** Compiles every {@code .java} file under {@code sourceRoot} (Java 17) into {@code classesDir}. */
    static Path compile(Path sourceRoot, Path classesDir) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertThat(javac).as("the tests need a JDK, not a JRE").isNotNull();
        try (Stream<Path> walk = Files.walk(sourceRoot);
                StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
            List<Path> sources = walk.filter(path -> path.toString().endsWith(".java")).sorted().toList();
            assertThat(sources).as("sources under " + sourceRoot).isNotEmpty();
            Files.createDirectories(classesDir);
            StringWriter diagnostics = new StringWriter();
            boolean compiled = javac.getTask(diagnostics, files, null,
                    List.of("--release", "17", "-proc:none", "-implicit:none", "-d", classesDir.toString()), null,
                    files.getJavaFileObjectsFromPaths(sources)).call();
            assertThat(compiled).as("javac on " + sourceRoot + ":%n" + diagnostics).isTrue();
            return classesDir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
