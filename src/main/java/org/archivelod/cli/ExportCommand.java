package org.archivelod.cli;

import org.archivelod.uri.UriScheme;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import javax.xml.stream.XMLStreamException;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.archivelod.cmif.CmifExport;
import org.archivelod.io.AtomicFiles;
import org.archivelod.pipeline.Publication;
import org.archivelod.pipeline.Conversion;
import org.archivelod.pipeline.ConversionException;
import org.archivelod.pipeline.ConversionSettings;
import org.archivelod.pipeline.DataFolders;
import org.archivelod.store.ArchiveStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code export --cmif (--store DIR | --data DIR) [-o FILE]}: writes the letters as a CMIF file (TEI
 * {@code correspDesc}, for correspondence indexes such as correspSearch), the same as the site's {@code /cmif.xml}.
 */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "Write the letters of a store, or of a data folder converted on the fly, as a CMIF file (TEI correspDesc).")
public final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--cmif", required = true, description = "the Correspondence Metadata Interchange Format (the only format so far)")
    boolean cmif;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    /** What to export: a store, or a data folder to convert. */
    static final class Source {
        @Option(names = "--store", paramLabel = "DIR", description = "TDB2 store folder")
        Path store;

        @Option(names = "--data", paramLabel = "DIR", description = "folder with documents/ (and authority/, else the bundled one), converted in memory")
        Path data;
    }

    @Option(names = "--base", paramLabel = "IRI", defaultValue = UriScheme.DEFAULT_BASE,
            description = "the site's address: the file's own URL is {base}cmif.xml; IRIs of --data are minted under it (default: ${DEFAULT-VALUE})")
    String base;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue = "-", description = "file to write, or - for standard output (default)")
    String output;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (!base.endsWith("/")) {
            err.println("archive-lod export: --base must end with '/': " + base);
            return ExitCodes.USAGE;
        }
        Path folder = source.store != null ? source.store : source.data.resolve("documents");
        if (!Files.isDirectory(folder)) {
            err.println("archive-lod export: " + folder + ": no such folder");
            return ExitCodes.USAGE;
        }
        try {
            int letters;
            if (source.store != null) {
                try (ArchiveStore store = ArchiveStore.open(source.store)) {
                    letters = write(store.datasetGraph(), Publication.issued(store));
                }
            } else {
                letters = write(converted(), Optional.empty());
            }
            err.println("archive-lod export: " + letters + " letter(s)" + ("-".equals(output) ? "" : " written to " + output));
            return ExitCodes.OK;
        } catch (ConversionException e) {
            err.println("archive-lod export: " + e.getMessage());
            return ExitCodes.INVALID;
        }
    }

    /** The data folder converted in memory. */
    private DatasetGraph converted() throws ConversionException {
        Path authority = Files.isDirectory(source.data.resolve("authority")) ? source.data.resolve("authority")
                : DataFolders.bundled().resolve("authority");
        DatasetGraph data = DatasetGraphFactory.createTxnMem();
        new Conversion(new ConversionSettings(base, authority)).run(List.of(source.data.resolve("documents")),
                StreamRDFLib.dataset(data));
        return data;
    }

    private int write(DatasetGraph data, Optional<Instant> released) throws IOException {
        int[] letters = new int[1];
        AtomicFiles.Writing<IOException> writing = out -> {
            try {
                letters[0] = CmifExport.write(data, base, released, out);
            } catch (XMLStreamException e) {
                throw new IOException("cannot write the CMIF file: " + e.getMessage(), e);
            }
        };
        if ("-".equals(output)) {
            OutputStream out = System.out;
            writing.to(out);
            out.flush();
        } else {
            AtomicFiles.write(Path.of(output), writing);
        }
        return letters[0];
    }
}
