package io.github.pctransfers.conformance.internal.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.pctransfers.conformance.TestSpec;
import io.github.pctransfers.conformance.cases.ExampleCase;
import io.github.pctransfers.conformance.internal.cases.ExampleCaseLoader;
import io.github.pctransfers.conformance.cases.ExampleCases;
import io.github.pctransfers.conformance.cases.OpenApiBundle;
import io.github.pctransfers.conformance.internal.Json;
import io.github.pctransfers.conformance.internal.spec.SpecOperation;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The list of server-assigned values cannot rot: every entry names an operation of the spec and relaxes a value
 * that a bundled example actually shows.
 */
class ServerAssignedValuesTest {
    private static ExampleCases bundled;

    @BeforeAll
    static void load() {
        try (OpenApiBundle bundle = OpenApiBundle.fromClasspath()) {
            bundled = ExampleCaseLoader.load(bundle);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyServerAssignedValueAppearsInABundledExample() {
        return ServerAssignedValues.ALL.stream().map(entry -> DynamicTest.dynamicTest(entry.toString(), () -> {
            if (!entry.operationId().equals("*")) {
                assertThat(TestSpec.spec().operation(entry.operationId())).as("operation of " + entry).isPresent();
            }
            List<String> shownBy = new ArrayList<>();
            for (ExampleCase c : bundled.cases()) {
                if (!c.hasResponse()) {
                    continue;
                }
                String operationId = TestSpec.spec().findOperation(c.request().method(), c.request().path())
                        .map(SpecOperation::operationId).orElse(null);
                if (!entry.appliesTo(operationId, c.response().status())) {
                    continue;
                }
                boolean shows = entry.place() == ServerAssignedValues.Place.HEADER
                        ? c.response().header(entry.location()).isPresent()
                        : pointers(Json.parseQuietly(c.response().body())).stream().anyMatch(entry::names);
                if (shows) {
                    shownBy.add(c.name());
                }
            }
            assertThat(shownBy).as("bundled examples showing " + entry).isNotEmpty();
        }));
    }

    /** Every JSON pointer of a document. */
    private static List<String> pointers(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node != null) {
            walk("", node, out);
        }
        return out;
    }

    private static void walk(String pointer, JsonNode node, List<String> out) {
        out.add(pointer);
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                walk(pointer + "/" + e.getKey(), e.getValue(), out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(pointer + "/" + i, node.get(i), out);
            }
        }
    }
}
