package org.archivelod.cli;

import java.util.List;
import org.archivelod.pipeline.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code archive-lod} command: archival records to validated, published linked open data. */
@Command(name = "archive-lod", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "Turns archival records into CIDOC-CRM / Dublin Core linked open data, validates and publishes it.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done; data conforms", "1:invalid data, failed checks, or an I/O fault (a full disk, a read-only or locked store)",
                "2:bad usage or unreadable input", "3:a bug in archive-lod (the stack trace is shown; please report it)"})
public final class Main implements Runnable {
    /** The subcommands, in the order the help lists them. */
    private static final List<Class<?>> COMMANDS = List.of(ConvertCommand.class, ValidateCommand.class, ServeCommand.class,
            LoadCommand.class, QueryCommand.class, DumpCommand.class, ExportCommand.class, CandidatesCommand.class,
            AuthorityCommand.class, SynthCommand.class, EvaluateCommand.class, CommandLine.HelpCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "on a failure, show the stack trace too")
    boolean debug;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    public static void main(String[] args) {
        int exit = commandLine(args.length > 0 ? args[0] : "").execute(args);
        if (exit == ExitCodes.OK && System.out.checkError()) {
            // data went to standard output (a dump's checksums, a query's rows) and did not all arrive
            System.err.println("archive-lod: standard output: cannot write (a full disk or a closed pipe); the output is incomplete");
            exit = Math.max(exit, ExitCodes.INVALID);
        }
        System.exit(exit);
    }

    /** The configured command line, also for tests. */
    public static CommandLine commandLine() {
        return commandLine("");
    }

    /**
     * The command line for arguments that begin with {@code first}: when that names a command (other than {@code help}),
     * only that command is built, not the other ten. picocli reads each command's options, mixins and their types by
     * reflection, about 0.5 s of CPU for all of them, and a server's start pays for it; what that command parses, prints
     * and exits with is the same either way.
     */
    static CommandLine commandLine(String first) {
        CommandLine cl = new CommandLine(new Main());
        List<Class<?>> named = COMMANDS.stream().filter(c -> !c.equals(CommandLine.HelpCommand.class))
                .filter(c -> c.getAnnotation(Command.class).name().equals(first)).toList();
        (named.isEmpty() ? COMMANDS : named).forEach(cl::addSubcommand);
        cl.setExitCodeExceptionMapper(e -> ExitCodes.USAGE);
        cl.setExecutionStrategy(Main::execute);
        // one line, never a stack trace (unless --debug): an I/O fault with its place and what still holds, exit 1
        cl.setExecutionExceptionHandler((e, cmd, parsed) ->
                Faults.report(e, cmd.getCommandName(), cmd.getCommand(), cmd.getErr(), debug(parsed)));
        return cl;
    }

    /**
     * Runs the command; a failed write to a memory-mapped file on a full disk surfaces as an {@link InternalError},
     * which goes to the exception handler like any exception, from the command that was running.
     */
    private static int execute(CommandLine.ParseResult parsed) {
        try {
            return new CommandLine.RunLast().execute(parsed);
        } catch (InternalError e) {
            CommandLine.ParseResult last = parsed;
            while (last.hasSubcommand()) last = last.subcommand();
            throw new CommandLine.ExecutionException(last.commandSpec().commandLine(), String.valueOf(e.getMessage()), e);
        }
    }

    private static boolean debug(CommandLine.ParseResult parsed) {
        for (CommandLine.ParseResult p = parsed; p != null; p = p.hasSubcommand() ? p.subcommand() : null) {
            if (p.hasMatchedOption("--debug")) return true;
        }
        return false;
    }

    /** Prints the version the build wrote. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"archive-lod " + Version.get()};
        }
    }
}
