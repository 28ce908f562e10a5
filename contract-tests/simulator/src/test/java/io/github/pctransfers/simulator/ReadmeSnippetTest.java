package io.github.pctransfers.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's extension snippet is the test class {@code examples/TransferWorkflowTest} (without its package line),
 * so the snippet compiles and passes with every build.
 */
class ReadmeSnippetTest {
    private static final String SECTION = "## Testing with the JUnit 5 extension";
    private static final Path EXAMPLE =
            Path.of("src/test/java/io/github/pctransfers/simulator/examples/TransferWorkflowTest.java");

    @Test
    void theExtensionSnippetIsTheTestedExampleClass() throws IOException {
        String example = Files.readString(EXAMPLE, StandardCharsets.UTF_8)
                .replaceFirst("(?s)^package [^;]+;\\s*", "");

        assertThat(snippet()).isEqualTo(example);
    }

    private static String snippet() throws IOException {
        for (Path readme : new Path[] {Path.of("README.md")}) {
            if (!Files.exists(readme)) {
                continue;
            }
            String text = Files.readString(readme, StandardCharsets.UTF_8);
            int section = text.indexOf(SECTION);
            if (section < 0) {
                continue;
            }
            Matcher m = Pattern.compile("(?s)```java\\n(.*?)```").matcher(text);
            if (m.find(section)) {
                return m.group(1);
            }
        }
        throw new AssertionError("no README has a java snippet under \"" + SECTION + "\"");
    }
}
