package io.github.pctransfers.cli;

import io.github.pctransfers.conformance.gate.UnusableInputException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExitCodeExceptionMapper;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * {@code transfers-conformance}: the conformance kit as a command-line tool ({@code java -jar
 * transfers-conformance.jar}). {@code check} is the default command: without a subcommand the top command runs it,
 * with the same options.
 *
 * <p>Exit codes: {@value #CONFORMS} everything conforms; {@value #DOES_NOT_CONFORM} something does not;
 * {@value #UNUSABLE_INPUT} unusable input or bad options (one line on standard error, no stack trace);
 * {@value #INTERNAL_ERROR} the tool itself failed (a bug: the stack trace is printed).
 *
 * <p>{@code serve} runs the transfers simulator and {@code demo} drives the client through a transfer lifecycle
 * against it, then runs {@code check} on the bundled examples. {@code lint}, {@code diff} and {@code reference} are
 * the spec tools the build runs on {@code openapi/}. {@code event} reads captured webhook deliveries as the client's
 * receiver does.
 */
@Command(name = "transfers-conformance", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        subcommands = {CheckCommand.class, CommandLine.HelpCommand.class},
        description = {
            "The Partner Center transfers API conformance kit. Without a command, runs 'check' with the options"
                    + " given (so 'transfers-conformance --har x.har' is 'transfers-conformance check --har x.har').",
            ""},
        footer = {"", "Exit codes: 0 conforms, 1 does not conform, 2 unusable input or bad options, 3 internal error."})
public final class ConformanceMain implements Callable<Integer> {
    public static final int CONFORMS = 0;
    public static final int DOES_NOT_CONFORM = 1;
    public static final int UNUSABLE_INPUT = 2;
    public static final int INTERNAL_ERROR = 3;

    @Mixin
    CheckOptions options;

    @Spec
    CommandSpec spec;

    private final PrintWriter out;
    private final PrintWriter err;
    private final Function<String, String> environment;

    private ConformanceMain(PrintWriter out, PrintWriter err, Function<String, String> environment) {
        this.out = out;
        this.err = err;
        this.environment = environment;
    }

    public static void main(String[] args) {
        // The tool's output is its reports and summary: libraries log errors only, and the spec parser nothing
        // (its problems are reported as the one-line "unparseable spec" reason, not as a logged stack trace).
        defaultProperty("org.slf4j.simpleLogger.defaultLogLevel", "error");
        defaultProperty("org.slf4j.simpleLogger.log.io.swagger.v3.parser", "off");
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(out, err, args));
    }

    private static void defaultProperty(String name, String value) {
        if (System.getProperty(name) == null) {
            System.setProperty(name, value);
        }
    }

    /** Runs the tool in this JVM, as {@code java -jar} would, and returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(out, err, System::getenv, args);
    }

    /**
     * Runs the tool in this JVM with another environment (for tests: the variable of {@code --token-env}).
     *
     * @param environment reads an environment variable, null when unset
     */
    static int run(PrintWriter out, PrintWriter err, Function<String, String> environment, String... args) {
        int code = commandLine(out, err, environment).execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /**
     * The configured command line: output to {@code out} and {@code err}, exit codes as documented, usage errors
     * as one line. Add further subcommands to it before executing.
     */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(out, err, System::getenv);
    }

    private static CommandLine commandLine(PrintWriter out, PrintWriter err, Function<String, String> environment) {
        ConformanceMain main = new ConformanceMain(out, err, environment);
        CommandLine cl = new CommandLine(main)
                .addSubcommand("serve", new ServeCommand())
                .addSubcommand("demo", new DemoCommand(new BundledExamplesCheck(err)))
                .addSubcommand("lint", new SpecCommands.Lint())
                .addSubcommand("diff", new SpecCommands.Diff())
                .addSubcommand("reference", new SpecCommands.Reference())
                .addSubcommand("event", new EventCommand());
        cl.setOut(out);
        cl.setErr(err);
        IExitCodeExceptionMapper exitCodes = t -> t instanceof UnusableInputException ? UNUSABLE_INPUT
                : INTERNAL_ERROR;
        cl.setExitCodeExceptionMapper(exitCodes);
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println(c.getCommandSpec().qualifiedName() + ": " + Messages.oneLine(ex.getMessage())
                    + " (see --help)");
            return UNUSABLE_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, c, parseResult) -> {
            if (ex instanceof UnusableInputException) {
                c.getErr().println("transfers-conformance: " + Messages.oneLine(ex.getMessage()));
            } else {
                c.getErr().println("transfers-conformance: internal error: " + ex);
                ex.printStackTrace(c.getErr());
            }
            return exitCodes.getExitCode(ex);
        });
        // Options given before a subcommand would be silently ignored by it: refuse them.
        cl.setExecutionStrategy(parseResult -> {
            if (parseResult.hasSubcommand() && givenOptions(parseResult)) {
                throw new ParameterException(cl, "options must follow the command: put them after '"
                        + parseResult.subcommand().commandSpec().name() + "'");
            }
            return new CommandLine.RunLast().execute(parseResult);
        });
        return cl;
    }

    private static boolean givenOptions(ParseResult parseResult) {
        for (OptionSpec o : parseResult.matchedOptions()) {
            if (!o.usageHelp() && !o.versionHelp()) {
                return true;
            }
        }
        return false;
    }

    /** Without a subcommand: check. */
    @Override
    public Integer call() throws Exception {
        return check(options, spec);
    }

    /** Runs check with the options of {@code command} and the writers of the top command. */
    static int check(CheckOptions options, CommandSpec command) throws UnusableInputException {
        CommandLine root = command.commandLine();
        while (root.getParent() != null) {
            root = root.getParent();
        }
        ConformanceMain main = root.getCommand();
        if (options.examples != null && options.har != null) {
            throw new ParameterException(command.commandLine(), "--examples and --har exclude each other");
        }
        if (!options.hosts.isEmpty() && options.har == null) {
            throw new ParameterException(command.commandLine(), "--host applies only with --har");
        }
        if (options.threads != null && (options.threads < 1 || options.threads > 64)) {
            throw new ParameterException(command.commandLine(), "--threads must be between 1 and 64");
        }
        liveOptions(options, command);
        return new Checker(options, main.out, main.err, main.environment).run();
    }

    /** The options of a live run fit together, and are not given without one. */
    private static void liveOptions(CheckOptions options, CommandSpec command) {
        if (options.against == null) {
            if (options.allowWrites || options.tokenEnv != null || options.timeoutSeconds != null) {
                throw new ParameterException(command.commandLine(),
                        "--allow-writes, --token-env and --timeout apply only with --against");
            }
            return;
        }
        if (options.har != null) {
            throw new ParameterException(command.commandLine(), "--against sends example cases; it excludes --har");
        }
        if (options.requireCoverage) {
            throw new ParameterException(command.commandLine(),
                    "--require-coverage does not apply with --against: a live run does not gate coverage");
        }
        if (options.threads != null) {
            throw new ParameterException(command.commandLine(),
                    "--threads does not apply with --against: a live run sends its cases one at a time, in order");
        }
        if (options.timeoutSeconds != null && (options.timeoutSeconds < 1 || options.timeoutSeconds > 600)) {
            throw new ParameterException(command.commandLine(), "--timeout must be between 1 and 600 seconds");
        }
    }
}
