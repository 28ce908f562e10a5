package io.github.pctransfers.simulator.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Temporary entry point of the command-line jar, with {@code serve} and {@code demo}, until the conformance kit's
 * main (which adds {@code check}) registers these commands. The demo's conformance step is not wired here.
 */
@Command(name = "transfers-conformance", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Partner Center transfers: a local simulator of the API and a demo of the Java client.")
public final class SimulatorMain implements Runnable {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // The jar's SLF4J binding (slf4j-simple) logs at INFO by default; the commands print what matters.
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        System.exit(commandLine().execute(args));
    }

    /** The command line with both subcommands, for tests and for the final main to copy. */
    public static CommandLine commandLine() {
        return new CommandLine(new SimulatorMain())
                .addSubcommand("serve", new ServeCommand())
                .addSubcommand("demo", new DemoCommand(ConformanceCheck.notWired()));
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
