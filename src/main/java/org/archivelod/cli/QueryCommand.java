package org.archivelod.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.archivelod.store.ArchiveStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import org.archivelod.io.RdfFormat;

/**
 * {@code query FILE.rq (--store DIR | --data FILE | --endpoint URL) [--format table|csv|json]}: runs a SPARQL query
 * (with the union of the named graphs as default graph for a store or file) and prints the answer to stdout.
 */
@Command(name = "query", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "Run a SPARQL query against a TDB2 store, an RDF file or a SPARQL endpoint.")
public final class QueryCommand implements Callable<Integer> {
    /** How results are printed; CONSTRUCT and DESCRIBE print Turtle, N-Triples or JSON-LD respectively. */
    enum Format { table, csv, json }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.rq", description = "the query")
    Path queryFile;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    /** What to query: exactly one of a store, a file and an endpoint. */
    static final class Source {
        @Option(names = "--store", paramLabel = "DIR", description = "TDB2 store folder")
        Path store;

        @Option(names = "--data", paramLabel = "FILE", description = "an RDF file (TriG, Turtle, N-Quads, JSON-LD...)")
        Path data;

        @Option(names = "--endpoint", paramLabel = "URL", description = "a SPARQL endpoint URL")
        String endpoint;
    }

    @Option(names = "--format", defaultValue = "table", description = "table, csv or json (default: ${DEFAULT-VALUE})")
    Format format;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Query query;
        try {
            query = QueryFactory.create(Files.readString(queryFile, StandardCharsets.UTF_8));
        } catch (IOException e) {
            err.println("archive-lod query: " + queryFile + ": cannot read: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (QueryParseException e) {
            err.println("archive-lod query: " + queryFile + ": " + e.getMessage());
            return ExitCodes.USAGE;
        }
        try {
            if (source.endpoint != null) {
                try (RDFConnection remote = RDFConnection.connect(source.endpoint);
                        QueryExec exec = QueryExec.adapt(remote.query(query))) {
                    print(query, exec);
                }
            } else if (source.store != null) {
                if (!Files.isDirectory(source.store)) {
                    err.println("archive-lod query: " + source.store + ": no such store folder");
                    return ExitCodes.USAGE;
                }
                try (ArchiveStore store = ArchiveStore.open(source.store)) {
                    runLocally(query, store.queryView());
                }
            } else {
                try (ArchiveStore store = ArchiveStore.inMemory()) {
                    DatasetGraph file = RDFParser.source(source.data).toDatasetGraph();
                    store.datasetGraph().executeWrite(() -> file.find().forEachRemaining(store.datasetGraph()::add));
                    runLocally(query, store.queryView());
                }
            }
            return ExitCodes.OK;
        } catch (RiotException | HttpException e) {
            err.println("archive-lod query: " + e.getMessage());
            return ExitCodes.USAGE;
        }
    }

    private void runLocally(Query query, DatasetGraph view) {
        view.executeRead(() -> {
            try (QueryExec exec = QueryExec.dataset(view).query(query).build()) {
                print(query, exec);
            }
        });
    }

    private void print(Query query, QueryExec exec) {
        OutputStream out = System.out;
        if (query.isSelectType()) {
            RowSet rows = exec.select();
            switch (format) {
                case csv -> ResultSetFormatter.outputAsCSV(out, ResultSet.adapt(rows));
                case json -> ResultSetFormatter.outputAsJSON(out, ResultSet.adapt(rows));
                default -> ResultSetFormatter.out(out, ResultSet.adapt(rows), query.getPrologue());
            }
        } else if (query.isAskType()) {
            boolean answer = exec.ask();
            switch (format) {
                case json -> ResultSetFormatter.outputAsJSON(out, answer);
                case csv -> ResultSetFormatter.outputAsCSV(out, answer);
                default -> spec.commandLine().getOut().println(answer ? "yes" : "no");
            }
        } else {
            Graph graph = query.isDescribeType() ? exec.describe() : exec.construct();
            RdfFormat rdf = switch (format) {
                case csv -> RdfFormat.NTRIPLES;
                case json -> RdfFormat.JSONLD;
                default -> RdfFormat.TURTLE;
            };
            RDFDataMgr.write(out, graph, rdf.prettyFormat());
        }
        spec.commandLine().getOut().flush();
    }
}
