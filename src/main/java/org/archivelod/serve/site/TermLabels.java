package org.archivelod.serve.site;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;

/**
 * English labels of vocabulary terms (CIDOC-CRM, Dublin Core, Web Annotation, SKOS, PROV), read once from the
 * official files on the classpath under {@code ontology/official/}, so pages say "refers to", not an IRI. The files
 * are parsed on another thread while the server starts (the largest share of a start's own work); the first label
 * asked waits for them.
 */
public final class TermLabels {
    /** A label file built into the jar that cannot be read is a defect of the build, logged, not a failure of the site. */
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(TermLabels.class);

    private static final Map<String, Lang> FILES = Map.of(
            "CIDOC_CRM_v7.1.3.rdf", Lang.RDFXML, "dublin_core_terms.ttl", Lang.TURTLE, "oa.ttl", Lang.TURTLE,
            "skos.rdf", Lang.RDFXML, "prov-o.ttl", Lang.TURTLE, "void.ttl", Lang.TURTLE);
    private final CompletableFuture<Map<Node, String>> labels;

    private TermLabels(CompletableFuture<Map<Node, String>> labels) {
        this.labels = labels;
    }

    /**
     * The labels of every official vocabulary file found on the classpath (missing files are skipped), read on a
     * thread of the common pool from now on.
     */
    public static TermLabels fromClasspath() {
        return new TermLabels(CompletableFuture.supplyAsync(TermLabels::read));
    }

    private static Map<Node, String> read() {
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

    /** The English label of a vocabulary term, if the official files give one. */
    public Optional<String> label(Node term) {
        return Optional.ofNullable(labels.join().get(term));
    }
}
