package org.archivelod.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.archivelod.validate.DatasetValidator;
import org.archivelod.validate.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code validate FILE…}: checks RDF files, taken together, against the application profile (SHACL shapes and
 * the official vocabularies) and prints the report; exit 0 when the data conforms, 1 when it does not, 2 when a
 * file cannot be read.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check RDF files against the application profile: SHACL shapes, terms of the official "
                + "vocabularies, and the domain and range of CIDOC-CRM properties.",
                "The files are validated together, as one dataset (all graphs merged)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the data conforms", "1:the data does not conform", "2:bad usage or an unreadable file"})
public final class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "RDF files: .trig .ttl .nt .nq .jsonld .rdf (optionally .gz)")
    List<Path> files = new ArrayList<>();

    @Option(names = "--json", description = "Print the report as JSON instead of text.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DatasetGraph data = DatasetGraphFactory.create();
        if (!readAll(data, err)) return ExitCodes.USAGE;
        ValidationReport report = new DatasetValidator().validate(data);
        out.print(json ? report.toJson() : report.toText());
        out.flush();
        return report.conforms() ? ExitCodes.OK : ExitCodes.INVALID;
    }

    /** Reads every file, reporting each one that fails; true when all were read. */
    private boolean readAll(DatasetGraph data, PrintWriter err) {
        RdfFileReader reader = new RdfFileReader(err::println);
        boolean allRead = true;
        for (Path file : files) {
            try {
                reader.read(file, data);
            } catch (UnreadableInputException e) {
                err.println(e.getMessage());
                allRead = false;
            }
        }
        err.flush();
        return allRead;
    }
}
