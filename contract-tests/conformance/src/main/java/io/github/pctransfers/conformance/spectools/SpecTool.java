package io.github.pctransfers.conformance.spectools;

import io.github.pctransfers.conformance.internal.spectools.ReferenceRenderer;
import io.github.pctransfers.conformance.internal.spectools.SpecDocument;
import io.github.pctransfers.conformance.internal.spectools.SpecRules;
import io.github.pctransfers.conformance.cases.ExampleCase;
import io.github.pctransfers.conformance.internal.cases.ExampleCaseLoader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Entry point of the spec checks that the build runs on {@code openapi/} through exec-maven-plugin (and the
 * command line's {@code lint}, {@code diff} and {@code reference}):
 * <pre>
 *   lint          SPEC                          the house rules; fails on any finding
 *   compatibility RELEASED_DIR SPEC REPORT_MD   openapi-diff against the latest released copy
 *   reference     SPEC EXAMPLES_DIR OUT_HTML    the self-contained HTML reference
 * </pre>
 * A failed check throws {@link SpecCheckFailedException}, which fails the Maven build with its message.
 */
public final class SpecTool {

    /** A check found problems; the message says which. */
    public static final class SpecCheckFailedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        /**
         * Creates a {@code SpecCheckFailedException}.
         *
         * @param message what went wrong
         */
        public SpecCheckFailedException(String message) {
            super(message);
        }
    }

    private static final String USAGE = "usage: SpecTool lint SPEC | compatibility RELEASED_DIR SPEC REPORT_MD"
            + " | reference SPEC EXAMPLES_DIR OUT_HTML";

    private SpecTool() {
    }

    /**
     * Main.
     *
     * @param args the args
     */
    public static void main(String[] args) {
        if (args.length == 0) {
            throw new IllegalArgumentException(USAGE);
        }
        switch (args[0]) {
            case "lint" -> {
                requireArgs(args, 2);
                System.out.println(lint(Path.of(args[1])));
            }
            case "compatibility" -> {
                requireArgs(args, 4);
                System.out.println(compatibility(Path.of(args[1]), Path.of(args[2]), Path.of(args[3])).line());
            }
            case "reference" -> {
                requireArgs(args, 4);
                System.out.println(reference(Path.of(args[1]), Path.of(args[2]), Path.of(args[3])));
            }
            default -> throw new IllegalArgumentException("unknown command " + args[0] + "; " + USAGE);
        }
    }

    /**
     * The house rules on one spec.
     *
     * @param spec the spec
     * @return the one-line summary
     * @throws SpecCheckFailedException on any finding, every finding in the message
     */
    public static String lint(Path spec) {
        List<SpecRules.Finding> findings = SpecRules.check(SpecDocument.read(spec));
        if (!findings.isEmpty()) {
            StringBuilder message = new StringBuilder(spec + ": " + findings.size() + " lint finding(s):");
            findings.forEach(finding -> message.append(System.lineSeparator()).append("  ").append(finding));
            throw new SpecCheckFailedException(message.toString());
        }
        return "[spec lint] " + spec.getFileName() + ": 0 findings (" + String.join(", ", ruleNames()) + ")";
    }

    /**
     * A passed compatibility check: the comparison and its one-line summary.
     *
     * @param result the comparison
     * @param line   the summary, naming the report file
     */
    public record Compatibility(SpecCompatibility.Result result, String line) {
    }

    /**
     * Compares the spec with the latest release in {@code releasedDir} and writes the Markdown report.
     *
     * @param releasedDir the released dir
     * @param spec the spec
     * @param report the report
     * @return the compatibility
     * @throws SpecCheckFailedException when the spec breaks the release and the major version did not go up
     */
    public static Compatibility compatibility(Path releasedDir, Path spec, Path report) {
        Path released = SpecCompatibility.latestRelease(releasedDir);
        SpecCompatibility.Result result = SpecCompatibility.compare(released, spec);
        write(report, result.markdownReport());
        String line = "[spec compatibility] " + result.summary() + " Report: " + report;
        if (!result.passes()) {
            throw new SpecCheckFailedException(line);
        }
        return new Compatibility(result, line);
    }

    /**
     * Writes the self-contained HTML reference of the spec with every example case under its operation.
     *
     * @param spec the spec
     * @param examplesDir the examples dir
     * @param out where to write it
     * @return the one-line summary
     */
    public static String reference(Path spec, Path examplesDir, Path out) {
        SpecDocument document = SpecDocument.read(spec);
        List<ExampleCase> cases = ExampleCaseLoader.load(examplesDir).cases();
        String html = ReferenceRenderer.render(document, cases, ReferenceRenderer.sharedErrorExamples(examplesDir));
        write(out, html);
        return "[spec reference] " + document.operations().size() + " operations, " + cases.size()
                + " example cases: " + out;
    }

    private static List<String> ruleNames() {
        return List.of(SpecRules.OPERATION_METADATA, SpecRules.TAG_DECLARED,
                SpecRules.ERROR_RESPONSES, SpecRules.PARAMETER_DESCRIPTION, SpecRules.HEADER_DESCRIPTION,
                SpecRules.PROPERTY_DESCRIPTION, SpecRules.NO_UNUSED_COMPONENTS);
    }

    private static void write(Path file, String text) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    private static void requireArgs(String[] args, int count) {
        if (args.length != count) {
            throw new IllegalArgumentException(USAGE);
        }
    }
}
