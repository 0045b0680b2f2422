package org.archivelod.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.archivelod.pipeline.DataFolders;
import org.archivelod.reconcile.AuthorityImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code authority import FILE.csv}: adds a reconciled table to the authority folder (see {@link AuthorityImport}). */
@Command(name = "authority", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "Work on the authority folder.", subcommands = AuthorityCommand.Import.class)
public final class AuthorityCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Add a reconciled table (name, kind, scheme, id, source) to the authority folder; rows without a source are refused.")
    static final class Import implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE.csv", description = "the table, as `candidates` wrote it, with scheme, id and source filled in")
        Path table;

        @Option(names = "--authority", paramLabel = "DIR", description = "authority folder to add to (default: ./data/authority)")
        Path authority;

        @Override
        public Integer call() throws Exception {
            PrintWriter err = spec.commandLine().getErr();
            Path folder = authority != null ? authority : DataFolders.LOCAL.resolve("authority");
            if (!Files.isDirectory(folder)) {
                err.println("archive-lod authority import: " + folder + ": no authority folder here (the copy in the jar cannot be changed); give --authority DIR");
                return ExitCodes.USAGE;
            }
            try {
                AuthorityImport.Result r = AuthorityImport.run(table, folder);
                err.printf("archive-lod authority import: %d entit%s added, %d identifier(s) added to entities already there, %d row(s) without an identifier left out -> %s%n",
                        r.added(), r.added() == 1 ? "y" : "ies", r.extended(), r.skipped(), folder);
                return ExitCodes.OK;
            } catch (AuthorityImport.Refused e) {
                err.println("archive-lod authority import: " + e.getMessage() + " (nothing was written)");
                return ExitCodes.USAGE;
            }
        }
    }
}
