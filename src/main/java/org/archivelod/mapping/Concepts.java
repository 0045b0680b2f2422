package org.archivelod.mapping;

import org.archivelod.uri.IriMinter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.SKOS;

/** Our SKOS concept schemes ({@code ontology/concepts.ttl}), read against the base IRI. */
public final class Concepts {
    public static final String RESOURCE = "ontology/concepts.ttl";
    private final Graph graph;
    private final IriMinter iris;

    public Concepts(IriMinter iris) {
        this.iris = iris;
        this.graph = GraphFactory.createDefaultGraph();
        try (InputStream in = Concepts.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing classpath resource " + RESOURCE);
            RDFParser.source(in).lang(Lang.TURTLE).base(iris.base()).parse(graph);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The triples of the schemes, for the vocabulary graph. */
    public Graph graph() { return graph; }

    /** A concept of a scheme by its slug; fails if the file lacks it (a programming error, caught by tests). */
    public Node get(String scheme, String slug) {
        Node c = iris.concept(scheme, slug);
        if (!graph.contains(c, SKOS.inScheme.asNode(), iris.conceptScheme(scheme)))
            throw new IllegalStateException("no concept " + scheme + "/" + slug + " in " + RESOURCE);
        return c;
    }

    /** The concept of a scheme whose preferred or alternative label is the given words ("Ciphered telegram"). */
    public Optional<Node> byLabel(String scheme, String words) {
        String wanted = words.strip().toLowerCase(Locale.ROOT);
        Node schemeNode = iris.conceptScheme(scheme);
        for (var label : new org.apache.jena.rdf.model.Property[] {SKOS.prefLabel, SKOS.altLabel}) {
            var it = graph.find(Node.ANY, label.asNode(), Node.ANY);
            while (it.hasNext()) {
                Triple t = it.next();
                if (t.getObject().getLiteralLexicalForm().toLowerCase(Locale.ROOT).equals(wanted)
                        && graph.contains(t.getSubject(), SKOS.inScheme.asNode(), schemeNode)) {
                    it.close();
                    return Optional.of(t.getSubject());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Starts an activity of a kind in {@code g}: its class, its label and its {@code crm:P2_has_type} from the
     * activity types (the role its actors play); returns the node, for the actors and objects to be added.
     */
    public Node activity(GraphEmitter g, Node node, org.apache.jena.rdf.model.Resource crmClass, String label, String type) {
        g.type(node, crmClass);
        g.english(node, org.apache.jena.vocabulary.RDFS.label, label);
        g.add(node, org.archivelod.vocab.CRM.P2_has_type, get("activity-type", type));
        return node;
    }
}
