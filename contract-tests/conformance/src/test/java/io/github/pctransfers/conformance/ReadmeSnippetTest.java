package io.github.pctransfers.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pctransfers.conformance.gate.UnusableInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Java snippet of this module's README is the method {@link #fromJava()} below (compiled with the tests), so the
 * README cannot show code that does not compile against the kit.
 */
class ReadmeSnippetTest {
    private static final String SECTION = "## From Java: one entry point";

    @SuppressWarnings("unused")
    private static void fromJava() throws UnusableInputException {
        // snippet:from-java
        ConformanceResult result = Conformance.check(ConformanceRun.builder()
                .har(Path.of("staging.har"))                 // or .examples(dir); neither: the bundled examples
                .reportDirectory(Path.of("target/conformance")) // report.md, report.html, report.json, junit.xml
                .build());
        if (!result.conforms()) {
            result.gate().problems().forEach(System.out::println);
        }
        // end-snippet
    }

    @Test
    void theReadmeSnippetIsTheCompiledOne() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        int section = readme.indexOf(SECTION);
        assertThat(section).as("README section " + SECTION).isNotNegative();
        Matcher block = Pattern.compile("(?s)```java\\n(.*?)```").matcher(readme);
        assertThat(block.find(section)).isTrue();

        String source = Files.readString(
                Path.of("src/test/java/io/github/pctransfers/conformance/ReadmeSnippetTest.java"), StandardCharsets.UTF_8);
        Matcher compiled = Pattern.compile("(?s)// snippet:from-java\\n(.*?)\\n\\s*// end-snippet").matcher(source);
        assertThat(compiled.find()).isTrue();

        assertThat(dedent(compiled.group(1)).strip()).isEqualTo(block.group(1).strip());
    }

    private static String dedent(String text) {
        int indent = text.lines().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length())
                .min().orElse(0);
        StringBuilder out = new StringBuilder();
        text.lines().forEach(l -> out.append(l.length() >= indent ? l.substring(indent) : l.strip()).append('\n'));
        return out.toString();
    }
}
