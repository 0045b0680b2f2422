package org.archivelod.cli;

import java.util.Optional;

import org.archivelod.pipeline.DataFolders;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.archivelod.reconcile.AuthorityException;
import org.archivelod.reconcile.AuthorityFile;
import org.archivelod.synth.RecordSynthesizer;
import org.archivelod.synth.SynthWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code synth --count N -o DIR [--seed S]}: writes N made-up record texts to measure the pipeline with. */
@Command(name = "synth", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "Write N made-up record texts (seeded, deterministic) in the layouts the parser reads, with names "
                + "from the authority file, for measuring the pipeline.")
public final class SynthCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--count", required = true, paramLabel = "N", description = "how many records")
    long count;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "folder to write into (a thousand records per sub-folder)")
    Path output;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "seed; the same seed gives the same records (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--authority", paramLabel = "DIR", description = "authority folder (default: ./data/authority when present, else the copy in the jar)")
    Path authority;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (count < 0) {
            err.println("archive-lod synth: --count must not be negative");
            return ExitCodes.USAGE;
        }
        RecordSynthesizer synthesizer;
        try {
            synthesizer = new RecordSynthesizer(AuthorityFile.read(DataFolders.authority(Optional.ofNullable(authority))), seed);
        } catch (AuthorityException | IllegalArgumentException e) {
            err.println("archive-lod synth: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        long start = System.nanoTime();
        long bytes = new SynthWriter(synthesizer).write(count, output);
        err.printf("archive-lod synth: %d record(s), %d bytes -> %s (%.1f s)%n", count, bytes, output, (System.nanoTime() - start) / 1e9);
        return ExitCodes.OK;
    }
}
