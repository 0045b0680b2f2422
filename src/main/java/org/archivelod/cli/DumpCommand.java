package org.archivelod.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.archivelod.dump.DumpFile;
import org.archivelod.pipeline.Publication;
import org.archivelod.store.ArchiveStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dump --store DIR -o DIR}: writes the dataset dumps (TriG, Turtle, N-Triples.gz, JSON-LD) and SHA256SUMS. */
@Command(name = "dump", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "Write the dataset as archive-lod.trig, .ttl, .nt.gz and .jsonld with SHA256SUMS; same data, same bytes.")
public final class DumpCommand implements Callable<Integer>, Faults.Guarded {
    @Spec
    CommandSpec spec;

    @Option(names = "--store", required = true, paramLabel = "DIR", description = "TDB2 store folder")
    Path store;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "folder to write the dumps into")
    Path output;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(store)) {
            err.println("archive-lod dump: " + store + ": no such store folder");
            return ExitCodes.USAGE;
        }
        try (ArchiveStore archive = ArchiveStore.open(store)) {
            for (DumpFile file : Publication.dumps(archive, output)) {
                spec.commandLine().getOut().println(file.sha256() + "  " + output.resolve(file.name()));
            }
        }
        return ExitCodes.OK;
    }

    @Override
    public String place() {
        return output.toString();
    }

    @Override
    public String stillHolds() {
        return "no dump was replaced";
    }
}
