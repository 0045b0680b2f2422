package org.archivelod.cli;

import org.archivelod.pipeline.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code archive-lod} command: archival records to validated, published linked open data. */
@Command(name = "archive-lod", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "Turns archival records into CIDOC-CRM / Dublin Core linked open data, validates and publishes it.",
        subcommands = {ConvertCommand.class, ValidateCommand.class, ServeCommand.class, LoadCommand.class, QueryCommand.class,
                DumpCommand.class, ExportCommand.class, SynthCommand.class, EvaluateCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done; data conforms", "1:invalid data or failed checks", "2:bad usage or unreadable input"})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, also for tests. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExitCodeExceptionMapper(e -> ExitCodes.USAGE);
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("archive-lod: " + cmd.getCommandName() + ": " + e);
            return ExitCodes.USAGE;
        });
        return cl;
    }

    /** Prints the version the build wrote. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"archive-lod " + Version.get()};
        }
    }
}
