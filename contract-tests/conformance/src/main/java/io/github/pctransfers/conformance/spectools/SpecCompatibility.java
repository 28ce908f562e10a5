package io.github.pctransfers.conformance.spectools;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedSchema;
import org.openapitools.openapidiff.core.model.DiffContext;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/**
 * The breaking-change gate: compares the spec with the last released copy kept in {@code openapi/released/}
 * using openapi-diff. An incompatible change fails the gate unless {@code info.version}'s major number is
 * greater than the released one's (semantic versioning: a new major may break clients).
 *
 * <p>Besides what openapi-diff calls incompatible, a property removed from a request or response body counts as
 * a breaking change: openapi-diff accepts the removal of an optional property, but the generated Java client
 * would lose that property's getter and setter, so code written against the released client stops compiling.
 */
public final class SpecCompatibility {

    /** Released copies are named {@code transfers-MAJOR.MINOR.PATCH.yaml}. */
    private static final Pattern RELEASED_FILE = Pattern.compile("transfers-(\\d+)\\.(\\d+)\\.(\\d+)\\.yaml");
    private static final Pattern VERSION = Pattern.compile("(\\d+)(?:\\.\\d+)*(?:[-+].*)?");

    /** What the comparison found; {@link #passes()} is the gate's verdict. */
    public record Result(String releasedVersion, String currentVersion, boolean changed,
                         boolean openApiDiffIncompatible, List<String> removedProperties, boolean majorVersionBumped,
                         String diffMarkdown) {

        /**
         * Checks and copies the components.
         *
         * @param changed the changed
         * @param currentVersion the current version
         * @param diffMarkdown the diff markdown
         * @param majorVersionBumped the major version bumped
         * @param openApiDiffIncompatible the open api diff incompatible
         * @param releasedVersion the released version
         * @param removedProperties the removed properties
         */
        public Result {
            removedProperties = List.copyOf(removedProperties);
        }

        /**
         * Whether any change can break a client of the released spec.
         *
         * @return whether any change can break a client of the released spec
         */
        public boolean incompatible() {
            return openApiDiffIncompatible || !removedProperties.isEmpty();
        }

        /** {@return whether passes} */
        public boolean passes() {
            return !incompatible() || majorVersionBumped;
        }

        /**
         * One line for the build log.
         *
         * @return one line for the build log
         */
        public String summary() {
            String versions = "spec " + currentVersion + " against released " + releasedVersion;
            if (!changed) {
                return versions + ": no API change.";
            }
            if (!incompatible()) {
                return versions + ": compatible changes only.";
            }
            return majorVersionBumped
                    ? versions + ": incompatible changes, allowed by the new major version."
                    : versions + ": INCOMPATIBLE changes. Restore compatibility or raise the major version of "
                            + "info.version (see openapi/README-spec-tools.md).";
        }

        /**
         * The report written to {@code target/spec-diff.md}: the verdict, then openapi-diff's own report.
         *
         * @return the report written to {@code target/spec-diff.md}: the verdict, then openapi-diff's own report
         */
        public String markdownReport() {
            StringBuilder report = new StringBuilder("# Spec compatibility\n\n**Result:** ").append(summary())
                    .append("\n\n");
            if (!removedProperties.isEmpty()) {
                report.append("## Removed properties\n\nBreaking for the generated client (its getters and setters ")
                        .append("disappear), whatever openapi-diff says below:\n\n");
                removedProperties.forEach(removed -> report.append("- ").append(removed).append('\n'));
                report.append('\n');
            }
            return report.append("## openapi-diff report\n\n").append(diffMarkdown).toString();
        }
    }

    private SpecCompatibility() {
    }

    /**
     * Compares two spec texts (YAML or JSON); {@code released} is the old side.
     *
     * @param released the released
     * @param current the current
     * @return the result
     */
    public static Result compare(String released, String current) {
        ChangedOpenApi diff = OpenApiCompare.fromContents(released, current);
        String releasedVersion = diff.getOldSpecOpenApi().getInfo().getVersion();
        String currentVersion = diff.getNewSpecOpenApi().getInfo().getVersion();
        boolean majorBumped = majorVersion(currentVersion) > majorVersion(releasedVersion);
        return new Result(releasedVersion, currentVersion, diff.isDifferent(), diff.isIncompatible(),
                removedProperties(diff), majorBumped, render(diff));
    }

    /**
     * Compares two files; see {@link #compare(String, String)}.
     *
     * @param released the released
     * @param current the current
     * @return the result
     */
    public static Result compare(Path released, Path current) {
        return compare(readString(released), readString(current));
    }

    /**
     * The released copy with the highest version in {@code releasedDir}.
     *
     * @param releasedDir the released dir
     * @return the released copy with the highest version in {@code releasedDir}
     */
    public static Path latestRelease(Path releasedDir) {
        try (Stream<Path> files = Files.list(releasedDir)) {
            Optional<Path> latest = files
                    .filter(file -> RELEASED_FILE.matcher(file.getFileName().toString()).matches())
                    .max(Comparator.comparing(SpecCompatibility::releasedVersion, SpecCompatibility::compareVersions));
            return latest.orElseThrow(() -> new IllegalStateException(
                    "No released spec (transfers-X.Y.Z.yaml) in " + releasedDir));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + releasedDir, e);
        }
    }

    /**
     * The major number of a version such as {@code 1.0.0}, {@code 2.1} or {@code 3.0.0-beta.1}.
     *
     * @param version the version
     * @return the major number of a version such as {@code 1.0.0}, {@code 2.1} or {@code 3.0.0-beta.1}
     */
    public static int majorVersion(String version) {
        Matcher matcher = version == null ? null : VERSION.matcher(version.trim());
        if (matcher == null || !matcher.matches()) {
            throw new IllegalArgumentException("info.version must start with a numeric major version, got: "
                    + version);
        }
        return Integer.parseInt(matcher.group(1));
    }

    /** One line per property that a changed body schema lost, naming the property and the operation. */
    static List<String> removedProperties(ChangedOpenApi diff) {
        Set<String> removed = new TreeSet<>();
        for (ChangedSchema schema : diff.getChangedSchemas()) {
            DiffContext context = schema.getContext();
            String side = context.isRequest() ? "request" : context.isResponse() ? "response" : "schema";
            String operation = context.getMethod() == null ? context.getUrl() : context.getMethod() + " " + context.getUrl();
            schema.getMissingProperties().keySet().forEach(property ->
                    removed.add("`" + property + "` removed from the " + side + " body of " + operation));
        }
        return new ArrayList<>(removed);
    }

    private static List<Integer> releasedVersion(Path file) {
        Matcher matcher = RELEASED_FILE.matcher(file.getFileName().toString());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Not a released spec file name: " + file);
        }
        return List.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                Integer.parseInt(matcher.group(3)));
    }

    private static int compareVersions(List<Integer> a, List<Integer> b) {
        for (int i = 0; i < a.size(); i++) {
            int order = Integer.compare(a.get(i), b.get(i));
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }

    private static String render(ChangedOpenApi diff) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStreamWriter writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            new MarkdownRender().render(diff, writer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
