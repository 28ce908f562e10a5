package io.github.pctransfers.conformance.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.pctransfers.conformance.Fixtures;
import io.github.pctransfers.conformance.TestSpec;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The tolerance the bundled spec declares on the create body ({@code x-tolerated-by-service}), applied to one body
 * per folder of {@code service-tolerance/} (see its README.txt); one test per folder, named after it.
 */
class ServiceToleranceTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static SpecOperation create() {
        return TestSpec.spec().operation("createTransfer").orElseThrow();
    }

    @TestFactory
    Stream<DynamicTest> eachBodyIsBoundAsTheServiceBindsIt() throws IOException, URISyntaxException {
        Path root = Path.of(ServiceToleranceTest.class.getClassLoader().getResource("service-tolerance").toURI());
        try (Stream<Path> folders = Files.list(root)) {
            return folders.filter(Files::isDirectory).sorted().toList().stream()
                    .map(folder -> dynamicTest(folder.getFileName().toString(), () -> check(folder)));
        }
    }

    private static void check(Path folder) throws IOException {
        String name = "service-tolerance/" + folder.getFileName() + "/";
        String body = Fixtures.read(name + "body.json");
        SpecOperation op = create();

        ServiceTolerance.Bound bound = op.requestTolerance().bind(body, op.requestBodySchema().orElseThrow());

        List<String> expected = Fixtures.read(name + "expected-deviations.txt").lines()
                .filter(l -> !l.isBlank()).toList();
        assertThat(bound.deviations()).extracting(d -> d.kind() + " " + d.pointer() + " " + d.expected() + " "
                + d.found()).containsExactlyElementsOf(expected);
        if (Files.exists(folder.resolve("expected-body.json"))) {
            assertThat(JSON.readTree(bound.body())).isEqualTo(JSON.readTree(Fixtures.read(name
                    + "expected-body.json")));
        } else {
            assertThat(bound.body()).as("unchanged, byte for byte").isSameAs(body);
        }
    }

    @Test
    void theCreateBodyDeclaresBothTolerancesAndOtherOperationsNone() {
        assertThat(create().requestTolerance().caseInsensitiveNames()).isTrue();
        assertThat(create().requestTolerance().ignoresNullForOptional()).isTrue();
        SpecOperation update = TestSpec.spec().operation("updateTransfer").orElseThrow();
        assertThat(update.requestTolerance()).isSameAs(ServiceTolerance.NONE);
        String pascal = "{\"Status\":\"reject\"}";
        assertThat(ServiceTolerance.NONE.bind(pascal, update.requestBodySchema().orElseThrow()).body())
                .as("no tolerance: nothing is rewritten").isSameAs(pascal);
    }

    @Test
    void anExtensionTheKitCannotReadIsRefused() {
        assertThatThrownBy(() -> ServiceTolerance.parse(Map.of("propertyNameCase", "maybe"), "createTransfer"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown tolerance")
                .hasMessageContaining("createTransfer");
        assertThatThrownBy(() -> ServiceTolerance.parse(Map.of("extraProperties", "ignored"), "createTransfer"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("extraProperties");
        assertThatThrownBy(() -> ServiceTolerance.parse("insensitive", "createTransfer"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be a map");
        assertThat(ServiceTolerance.parse(Map.of("propertyNameCase", "sensitive"), "x").isNone()).isTrue();
    }
}
