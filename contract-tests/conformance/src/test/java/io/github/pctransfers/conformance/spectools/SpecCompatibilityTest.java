package io.github.pctransfers.conformance.spectools;

import io.github.pctransfers.conformance.internal.spectools.SpecDocument;
import io.github.pctransfers.conformance.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The breaking-change gate. Each change is applied to the released copy in {@code openapi/released/}, read when
 * the test runs, so the tests keep working when a new release replaces that copy.
 */
class SpecCompatibilityTest {

    private static final Path RELEASED_DIR = Fixtures.openApiDirectory().resolve("released");
    private static final YAMLMapper YAML = new YAMLMapper();

    /** The response schema and property the breaking-change tests remove; both exist in every 1.x release. */
    private static final String RESPONSE_SCHEMA = "TransferEntity";
    private static final String REMOVED_PROPERTY = "customerName";

    private static String released;

    @BeforeAll
    static void readReleasedCopy() throws IOException {
        released = Files.readString(SpecCompatibility.latestRelease(RELEASED_DIR), StandardCharsets.UTF_8);
    }

    @Test
    void removedResponsePropertyIsIncompatible() throws IOException {
        String current = edit(released, spec -> removeProperty(spec, RESPONSE_SCHEMA, REMOVED_PROPERTY));

        SpecCompatibility.Result result = SpecCompatibility.compare(released, current);

        assertThat(result.incompatible()).isTrue();
        assertThat(result.passes()).isFalse();
        assertThat(result.summary()).contains("INCOMPATIBLE");
        assertThat(result.removedProperties()).contains("`" + REMOVED_PROPERTY
                + "` removed from the response body of GET /v1/customers/{customer-id}/transfers/{transfer-id}");
        assertThat(result.markdownReport()).contains("Deleted property `" + REMOVED_PROPERTY + "`");
    }

    @Test
    void removedNestedPropertyIsIncompatibleInRequestsAndResponses() throws IOException {
        // TransferLineItem sits in TransferEntity.lineItems (responses) and TransferCreateRequest.lineItems (requests).
        String current = edit(released, spec -> removeProperty(spec, "TransferLineItem", "friendlyName"));

        SpecCompatibility.Result result = SpecCompatibility.compare(released, current);

        assertThat(result.passes()).isFalse();
        assertThat(result.removedProperties())
                .contains("`friendlyName` removed from the request body of POST /v1/customers/{customer-id}/transfers",
                        "`friendlyName` removed from the response body of POST /v1/customers/{customer-id}/transfers");
    }

    @Test
    void addedOptionalResponsePropertyIsCompatible() throws IOException {
        String current = edit(released, spec -> properties(spec, RESPONSE_SCHEMA).putObject("reviewNote")
                .put("type", "string").put("description", "An optional property added after the release."));

        SpecCompatibility.Result result = SpecCompatibility.compare(released, current);

        assertThat(result.changed()).isTrue();
        assertThat(result.incompatible()).isFalse();
        assertThat(result.passes()).isTrue();
        assertThat(result.markdownReport()).contains("reviewNote");
    }

    @Test
    void majorVersionBumpAllowsABreakingChange() throws IOException {
        String releasedVersion = SpecDocument.parse("released", released).version();
        String nextMajor = (SpecCompatibility.majorVersion(releasedVersion) + 1) + ".0.0";
        String current = edit(released, spec -> {
            removeProperty(spec, RESPONSE_SCHEMA, REMOVED_PROPERTY);
            ((ObjectNode) spec.get("info")).put("version", nextMajor);
        });

        SpecCompatibility.Result result = SpecCompatibility.compare(released, current);

        assertThat(result.incompatible()).isTrue();
        assertThat(result.majorVersionBumped()).isTrue();
        assertThat(result.passes()).isTrue();
        assertThat(result.summary()).contains("allowed by the new major version");
    }

    @Test
    void minorVersionBumpDoesNotAllowABreakingChange() throws IOException {
        int major = SpecCompatibility.majorVersion(SpecDocument.parse("released", released).version());
        String current = edit(released, spec -> {
            removeProperty(spec, RESPONSE_SCHEMA, REMOVED_PROPERTY);
            ((ObjectNode) spec.get("info")).put("version", major + ".99.0");
        });

        assertThat(SpecCompatibility.compare(released, current).passes()).isFalse();
    }

    @Test
    void gateWritesTheReportAndFailsNamingTheRemovedProperty(@TempDir Path dir) throws IOException {
        Path releasedDir = Files.createDirectories(dir.resolve("released"));
        Files.writeString(releasedDir.resolve("transfers-1.0.0.yaml"), released, StandardCharsets.UTF_8);
        Path spec = dir.resolve("transfers.yaml");
        Files.writeString(spec, edit(released, s -> removeProperty(s, RESPONSE_SCHEMA, REMOVED_PROPERTY)),
                StandardCharsets.UTF_8);
        Path report = dir.resolve("target/spec-diff.md");

        assertThatThrownBy(() -> SpecTool.compatibility(releasedDir, spec, report))
                .isInstanceOf(SpecTool.SpecCheckFailedException.class)
                .hasMessageContaining("INCOMPATIBLE");
        assertThat(Files.readString(report, StandardCharsets.UTF_8))
                .contains("INCOMPATIBLE").contains(REMOVED_PROPERTY);
    }

    @Test
    void latestReleaseComparesVersionsNumerically(@TempDir Path dir) throws IOException {
        for (String name : new String[] {"transfers-1.9.3.yaml", "transfers-1.10.0.yaml", "transfers-1.2.0.yaml",
                "notes.md", "transfers-draft.yaml"}) {
            Files.writeString(dir.resolve(name), "");
        }

        assertThat(SpecCompatibility.latestRelease(dir).getFileName()).hasToString("transfers-1.10.0.yaml");
    }

    @Test
    void missingReleasedCopyIsAClearError(@TempDir Path dir) {
        assertThatThrownBy(() -> SpecCompatibility.latestRelease(dir))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("No released spec");
    }

    @Test
    void majorVersionReadsSemanticVersions() {
        assertThat(SpecCompatibility.majorVersion("1.0.0")).isEqualTo(1);
        assertThat(SpecCompatibility.majorVersion("12.3")).isEqualTo(12);
        assertThat(SpecCompatibility.majorVersion("2.0.0-beta.1")).isEqualTo(2);
        assertThatThrownBy(() -> SpecCompatibility.majorVersion("v1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("info.version");
    }

    private interface SpecEdit {
        void apply(ObjectNode spec);
    }

    private static String edit(String yaml, SpecEdit change) throws IOException {
        ObjectNode spec = (ObjectNode) YAML.readTree(yaml);
        change.apply(spec);
        return YAML.writeValueAsString(spec);
    }

    private static ObjectNode properties(ObjectNode spec, String schema) {
        JsonNode properties = spec.at("/components/schemas/" + schema + "/properties");
        assertThat(properties.isObject()).as("released spec has schema %s with properties", schema).isTrue();
        return (ObjectNode) properties;
    }

    private static void removeProperty(ObjectNode spec, String schema, String property) {
        ObjectNode properties = properties(spec, schema);
        assertThat(properties.has(property)).as("released %s has property %s", schema, property).isTrue();
        properties.remove(property);
    }
}
