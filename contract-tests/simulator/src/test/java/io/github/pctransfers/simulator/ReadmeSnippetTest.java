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
 * The README's extension snippets are test classes of {@code examples/} (without their package line), so each
 * snippet compiles and passes with every build.
 */
class ReadmeSnippetTest {
    private static final Path EXAMPLES = Path.of("src/test/java/io/github/pctransfers/simulator/examples");

    @Test
    void theExtensionSnippetIsTheTestedExampleClass() throws IOException {
        assertThat(snippet("## Testing with the JUnit 5 extension")).isEqualTo(example("TransferWorkflowTest.java"));
    }

    @Test
    void theVirtualTimeSnippetIsTheTestedExampleClass() throws IOException {
        assertThat(snippet("### In virtual time")).isEqualTo(example("VirtualTimeTest.java"));
    }

    @Test
    void theWebhooksSnippetIsTheTestedExampleClass() throws IOException {
        assertThat(snippet("## Webhooks")).isEqualTo(example("WebhookWorkflowTest.java"));
    }

    private static String example(String file) throws IOException {
        return Files.readString(EXAMPLES.resolve(file), StandardCharsets.UTF_8)
                .replaceFirst("(?s)^package [^;]+;\\s*", "");
    }

    private static String snippet(String section) throws IOException {
        for (Path readme : new Path[] {Path.of("README.md")}) {
            if (!Files.exists(readme)) {
                continue;
            }
            String text = Files.readString(readme, StandardCharsets.UTF_8);
            int at = text.indexOf(section);
            if (at < 0) {
                continue;
            }
            Matcher m = Pattern.compile("(?s)```java\\n(.*?)```").matcher(text);
            if (m.find(at)) {
                return m.group(1);
            }
        }
        throw new AssertionError("no README has a java snippet under \"" + section + "\"");
    }
}
