package org.archivelod.serve.site;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;

/**
 * English labels of vocabulary terms (CIDOC-CRM, Dublin Core, Web Annotation, SKOS, PROV), so pages say "refers to",
 * not an IRI. They come from the official files under {@code ontology/official/}; a server reads them from the table
 * derived from those files, {@code ontology/term-labels.tsv} (694 lines, read in milliseconds when the first label is
 * asked), not from the files themselves: parsing them was the largest share of a start's CPU (about 1.1 s of it).
 * {@code TermLabelsTest} derives the table again and fails, writing {@code target/term-labels.tsv}, when it is stale.
 */
public final class TermLabels {
    /** A label file built into the jar that cannot be read is a defect of the build, logged, not a failure of the site. */
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(TermLabels.class);

    /** The derived table on the classpath: a comment line, then {@code IRI<TAB>label} lines in IRI order. */
    public static final String TABLE = "/ontology/term-labels.tsv";
    private static final String HEADER = "# IRI\tEnglish label, derived from ontology/official/ by TermLabels (TermLabelsTest checks it)";
    private static final Map<String, Lang> FILES = Map.of(
            "CIDOC_CRM_v7.1.3.rdf", Lang.RDFXML, "dublin_core_terms.ttl", Lang.TURTLE, "oa.ttl", Lang.TURTLE,
            "skos.rdf", Lang.RDFXML, "prov-o.ttl", Lang.TURTLE, "void.ttl", Lang.TURTLE);
    private final ReadOnFirstUse<Map<Node, String>> labels;

    private TermLabels(Supplier<Map<Node, String>> source) {
        this.labels = new ReadOnFirstUse<>(source);
    }

    /** The labels of the table built into the jar, read when the first label is asked. */
    public static TermLabels fromClasspath() {
        return new TermLabels(TermLabels::readTable);
    }

    /** The labels of the official vocabulary files on the classpath (missing files are skipped), parsed when first asked. */
    public static TermLabels fromVocabularies() {
        return new TermLabels(TermLabels::parseVocabularies);
    }

    /** The English label of a vocabulary term, if the official files give one. */
    public Optional<String> label(Node term) {
        return Optional.ofNullable(labels().get(term));
    }

    /** Every term's label, as a table ({@link #TABLE}'s format: a comment line, then the terms in IRI order). */
    public String table() {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        Map<String, String> byIri = new TreeMap<>();
        labels().forEach((term, label) -> {
            if (term.isURI()) byIri.put(term.getURI(), label);   // a blank node's label is no term's
        });
        byIri.forEach((iri, label) -> {
            if (label.indexOf('\t') >= 0 || label.indexOf('\n') >= 0 || label.indexOf('\r') >= 0) {
                throw new IllegalStateException("the label of " + iri + " holds a tab or a line break: " + label);
            }
            out.append(iri).append('\t').append(label).append('\n');
        });
        return out.toString();
    }

    private Map<Node, String> labels() {
        return labels.get();
    }

    private static Map<Node, String> readTable() {
        Map<Node, String> labels = new HashMap<>();
        try (InputStream in = TermLabels.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                LOG.warn("no {} in the build: vocabulary terms are shown by their IRIs", TABLE);
                return Map.of();
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                int tab = line.indexOf('\t');
                if (line.startsWith("#") || tab < 0) continue;
                labels.put(NodeFactory.createURI(line.substring(0, tab)), line.substring(tab + 1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + TABLE + " from the build", e);
        }
        return Map.copyOf(labels);
    }

    private static Map<Node, String> parseVocabularies() {
        Map<Node, String> labels = new HashMap<>();
        FILES.forEach((file, lang) -> {
            try (InputStream in = TermLabels.class.getResourceAsStream("/ontology/official/" + file)) {
                if (in != null) {
                    Graph graph = GraphFactory.createDefaultGraph();
                    RDFParser.source(in).lang(lang).base("http://www.cidoc-crm.org/cidoc-crm/").parse(graph);
                    collect(graph, labels);
                }
            } catch (java.io.IOException | RuntimeException e) {
                LOG.warn("cannot read labels from ontology/official/{}: {}", file, e.getMessage());
            }
        });
        return Map.copyOf(labels);
    }

    private static void collect(Graph graph, Map<Node, String> labels) {
        graph.find(Node.ANY, RDFS.label.asNode(), Node.ANY).forEachRemaining(t -> {
            Node o = t.getObject();
            if (o.isLiteral() && (o.getLiteralLanguage().isEmpty() || o.getLiteralLanguage().startsWith("en"))) {
                labels.merge(t.getSubject(), words(o.getLiteralLexicalForm()),
                        (old, neu) -> o.getLiteralLanguage().isEmpty() ? old : neu);
            }
        });
    }

    /** A label written as one camel-cased word ("hasBody", as some vocabularies label their terms) as words: "has body". */
    static String words(String label) {
        if (label.contains(" ") || !label.matches("[a-z]+(?:[A-Z][a-z]+)+")) {
            return label;
        }
        return label.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }
}
