package org.archivelod.cli;

import org.archivelod.uri.UriScheme;


import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.archivelod.evaluate.Evaluation;
import org.archivelod.evaluate.Gold;
import org.archivelod.evaluate.ReportWriter;
import org.archivelod.pipeline.Conversion;
import org.archivelod.pipeline.ConversionException;
import org.archivelod.pipeline.ConversionSettings;
import org.archivelod.pipeline.RecordFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code evaluate --gold FILE.json INPUT…}: converts the records and compares the result with hand-checked facts. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "Convert record texts and compare the result with hand-checked gold: precision and recall per field "
                + "and per entity kind, and every disagreement.")
public final class EvaluateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "record files or folders")
    java.util.List<Path> inputs;

    @Option(names = "--gold", required = true, paramLabel = "FILE.json", description = "the hand-checked facts (format in the README)")
    Path gold;

    @Option(names = "--json", description = "print the report as JSON")
    boolean json;

    @picocli.CommandLine.Mixin
    AuthorityOption authority = new AuthorityOption();

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        try {
            Gold facts = Gold.read(gold);
            DatasetGraph converted = DatasetGraphFactory.createTxnMem();
            Conversion conversion = new Conversion(new ConversionSettings(UriScheme.DEFAULT_BASE, authority.folder()));
            var summary = conversion.run(inputs, StreamRDFLib.dataset(converted), true, p -> {}, false);
            summary.failures().forEach(f -> err.println("archive-lod evaluate: not converted: " + f));
            Set<String> names = new TreeSet<>();
            for (Path p : RecordFiles.find(inputs)) names.add(p.getFileName().toString());
            Evaluation.Report report = Evaluation.of(facts, converted, names);
            if (json) ReportWriter.json(report, out); else ReportWriter.text(report, out);
            return ExitCodes.OK;
        } catch (IOException | ConversionException e) {
            err.println("archive-lod evaluate: " + e.getMessage());
            return ExitCodes.USAGE;
        }
    }
}
