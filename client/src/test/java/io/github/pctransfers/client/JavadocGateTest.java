package io.github.pctransfers.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The javadoc check of the published modules: the root pom's {@code doclint.check} with {@code -Werror}, as their
 * main compile runs it. On the fixtures ({@code fixtures/javadoc-gate/<case>/}) it fails the compile on a public
 * member without javadoc or without a tag, and passes a documented one. On this module's hand-written model
 * classes, which the main compile leaves out with the generated models they share a package with, it finds nothing.
 */
class JavadocGateTest {
    /** The lint options of the root pom's compiler configuration. */
    private static final String LINT = "-Xlint:all,-processing,-serial,-options";
    private static final Pattern DOCLINT_CHECK = Pattern.compile("<doclint\\.check>([^<]+)</doclint\\.check>");
    /** The model classes openapi-generator writes; the rest of the model package is hand-written. */
    private static final Path GENERATED_MODELS = Paths.get("target", "generated-sources", "openapi-models", "src",
            "main", "java", "io", "github", "pctransfers", "client", "model");
    private static final Path MODEL_SOURCES = Paths.get("src", "main", "java", "io", "github", "pctransfers",
            "client", "model");

    static List<String> cases() {
        return Fixtures.caseNames("fixtures/javadoc-gate");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theCheckFailsTheCompileOnAMissingJavadocAndPassesADocumentedType(String name, @TempDir Path out)
            throws Exception {
        Path folder = Paths.get(Fixtures.class.getClassLoader().getResource("fixtures/javadoc-gate/" + name).toURI());
        List<String> expected = Files.readAllLines(folder.resolve("expected.txt"), StandardCharsets.UTF_8);

        Compilation c = compile(List.of(folder.resolve("Example.java")), out, "", "none-needed");

        assertThat(c.succeeded).as("compile succeeded; diagnostics: %s", c.diagnostics)
                .isEqualTo(expected.contains("fails: false"));
        List<String> wanted = expected.stream().filter(l -> l.startsWith("diagnostic: "))
                .map(l -> l.substring("diagnostic: ".length())).collect(Collectors.toList());
        assertThat(c.diagnostics).containsAll(wanted);
    }

    @Test
    void theHandWrittenModelClassesPassTheCheck(@TempDir Path out) throws IOException {
        List<Path> handWritten;
        try (Stream<Path> files = Files.list(MODEL_SOURCES)) {
            handWritten = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !Files.exists(GENERATED_MODELS.resolve(p.getFileName()))).sorted()
                    .collect(Collectors.toList());
        }
        assertThat(handWritten).extracting(p -> p.getFileName().toString())
                .contains("TransferAcceptance.java", "TransferIds.java", "ErrorCode.java");

        Compilation c = compile(handWritten, out, Paths.get("target", "classes").toString(), "jackson", "jakarta");

        assertThat(c.diagnostics).as("doclint findings in the hand-written model classes").isEmpty();
        assertThat(c.succeeded).isTrue();
    }

    /** The check's compiler arguments, as the root pom spells them. */
    private static String doclintCheck() {
        try {
            Matcher m = DOCLINT_CHECK.matcher(Files.readString(Paths.get("..", "pom.xml")));
            assertThat(m.find()).as("doclint.check in the root pom").isTrue();
            return m.group(1).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Compiles {@code sources} with the check; the class path is {@code extraClasspath} and the test's own class and
     * module path, or only their entries whose name holds one of {@code only} when any are given.
     */
    private static Compilation compile(List<Path> sources, Path out, String extraClasspath, String... only)
            throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        // The tests run on the module path: what the compile needs is there, or on the class path.
        List<String> entries = new ArrayList<>();
        for (String key : List.of("jdk.module.path", "java.class.path")) {
            String value = System.getProperty(key);
            if (value == null || value.isEmpty()) {
                continue;
            }
            for (String entry : value.split(java.io.File.pathSeparator)) {
                if (only.length == 0 || Stream.of(only).anyMatch(entry::contains)) {
                    entries.add(entry);
                }
            }
        }
        if (!extraClasspath.isEmpty()) {
            entries.add(0, extraClasspath);
        }
        String classpath = String.join(java.io.File.pathSeparator, entries);
        List<String> options = List.of(LINT, doclintCheck(), "-Werror", "-proc:none", "-d", out.toString(),
                "-cp", classpath);
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            boolean ok = javac.getTask(new StringWriter(), files, diagnostics, options, null,
                    files.getJavaFileObjectsFromPaths(sources)).call();
            List<String> found = new ArrayList<>();
            for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                if (d.getSource() == null || d.getLineNumber() < 0) {
                    continue; // "warnings found and -Werror specified"
                }
                found.add(Paths.get(d.getSource().toUri()).getFileName() + ":" + d.getLineNumber() + ": "
                        + d.getMessage(Locale.ROOT));
            }
            return new Compilation(ok, found);
        }
    }

    private static final class Compilation {
        final boolean succeeded;
        final List<String> diagnostics;

        Compilation(boolean succeeded, List<String> diagnostics) {
            this.succeeded = succeeded;
            this.diagnostics = diagnostics;
        }
    }
}
