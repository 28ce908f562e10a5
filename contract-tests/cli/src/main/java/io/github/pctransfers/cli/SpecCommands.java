package io.github.pctransfers.cli;

import io.github.pctransfers.conformance.cases.OpenApiBundle;
import io.github.pctransfers.conformance.spectools.SpecTool;
import io.github.pctransfers.conformance.spectools.SpecTool.SpecCheckFailedException;
import io.github.pctransfers.conformance.gate.UnusableInputException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The spec tools as commands: {@code lint}, {@code diff} and {@code reference}, the same checks the build runs on
 * {@code openapi/}. Each prints one summary line; exit 0 when the check passes, 1 when it finds something, 2 for an
 * input it cannot use.
 */
final class SpecCommands {
    private SpecCommands() {
    }

    /** What a spec command does, once its input files are known to exist. */
    @FunctionalInterface
    interface SpecAction {
        String run() throws UnusableInputException;
    }

    /** Runs a spec tool: its summary on standard output, findings on standard error, and the exit code. */
    static int run(CommandSpec command, SpecAction action) throws UnusableInputException {
        PrintWriter out = command.commandLine().getOut();
        PrintWriter err = command.commandLine().getErr();
        try {
            out.println(action.run());
            return ConformanceMain.CONFORMS;
        } catch (SpecCheckFailedException e) {
            err.println(e.getMessage());
            return ConformanceMain.DOES_NOT_CONFORM;
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            throw new UnusableInputException(Messages.oneLine(e.getMessage()), e);
        }
    }

    static Path existingFile(Path file, String what) throws UnusableInputException {
        if (!Files.isRegularFile(file)) {
            throw new UnusableInputException(what + " not found: " + file);
        }
        return file;
    }

    /** The given spec file, which must exist, or the bundled spec when none was given. */
    static Path specOrBundled(Path spec, OpenApiBundle bundle) throws UnusableInputException {
        return spec != null ? existingFile(spec, "spec") : bundle.specFile();
    }

    static Path existingFolder(Path folder, String what) throws UnusableInputException {
        if (!Files.isDirectory(folder)) {
            throw new UnusableInputException(what + " not found: " + folder);
        }
        return folder;
    }

    @Command(name = "lint", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "Checks a spec against the house rules (operation metadata, declared tags, error responses"
                    + " on every operation, described parameters, headers and properties, no unused components).")
    static final class Lint implements Callable<Integer> {
        @Parameters(paramLabel = "SPEC", arity = "0..1",
                description = "The spec (YAML or JSON). Default: the bundled transfers.yaml.")
        Path spec;

        @Spec
        CommandSpec command;

        @Override
        public Integer call() throws UnusableInputException {
            try (OpenApiBundle bundle = OpenApiBundle.fromClasspath()) {
                Path file = specOrBundled(spec, bundle);
                return run(command, () -> SpecTool.lint(file));
            }
        }
    }

    @Command(name = "diff", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "The breaking-change gate: compares a spec with the latest released copy in a folder"
                    + " (openapi-diff and the removed-property rule), writes a Markdown report, and fails on an"
                    + " incompatible change unless info.version's major number went up.")
    static final class Diff implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "RELEASED_DIR",
                description = "The folder of released specs (transfers-X.Y.Z.yaml).")
        Path releasedDir;

        @Parameters(index = "1", paramLabel = "SPEC", arity = "0..1",
                description = "The spec to check. Default: the bundled transfers.yaml.")
        Path spec;

        @Option(names = "--report", paramLabel = "FILE", description = "Default: ${DEFAULT-VALUE}.")
        Path report = Path.of("target", "spec-diff.md");

        @Spec
        CommandSpec command;

        @Override
        public Integer call() throws UnusableInputException {
            existingFolder(releasedDir, "released specs folder");
            try (OpenApiBundle bundle = OpenApiBundle.fromClasspath()) {
                Path file = specOrBundled(spec, bundle);
                return run(command, () -> SpecTool.compatibility(releasedDir, file, report).line());
            }
        }
    }

    @Command(name = "reference", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "Writes the self-contained HTML reference of a spec, with each operation's documented and"
                    + " authored example cases.")
    static final class Reference implements Callable<Integer> {
        @Option(names = "--spec", paramLabel = "FILE", description = "Default: the bundled transfers.yaml.")
        Path spec;

        @Option(names = "--examples", paramLabel = "DIR", description = "Default: the bundled examples.")
        Path examples;

        @Option(names = "--out", paramLabel = "FILE", description = "Default: ${DEFAULT-VALUE}.")
        Path out = Path.of("target", "reference", "transfers-api.html");

        @Spec
        CommandSpec command;

        @Override
        public Integer call() throws UnusableInputException {
            try (OpenApiBundle bundle = OpenApiBundle.fromClasspath()) {
                Path file = specOrBundled(spec, bundle);
                Path folder = examples != null ? existingFolder(examples, "examples folder")
                        : bundle.examplesDirectory();
                return run(command, () -> SpecTool.reference(file, folder, out));
            }
        }
    }
}
