package org.archivelod.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.Optional;
import org.archivelod.pipeline.ConversionException;
import org.archivelod.pipeline.ProblemHandler;
import org.archivelod.pipeline.Problems;
import org.archivelod.pipeline.RdfFileReader;
import org.archivelod.pipeline.RdfValidation;
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
    public Integer call() throws ConversionException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<ValidationReport> report = RdfValidation.validate(files, Problems.keepGoing(p -> err.println(
                p.severity() == ProblemHandler.Severity.WARNING ? RdfFileReader.warningLine(p) : p.toString())));
        err.flush();
        if (report.isEmpty()) return ExitCodes.USAGE;
        out.print(json ? report.get().toJson() : report.get().toText());
        out.flush();
        return report.get().conforms() ? ExitCodes.OK : ExitCodes.INVALID;
    }
}
