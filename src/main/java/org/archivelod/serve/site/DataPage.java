package org.archivelod.serve.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;

/**
 * One page of an entity's description document ({@code /data/person/zhou-enlai.ttl?page=2}) and how it says it is one.
 * Page 1 is the IRI without {@code ?page}. A description that fits one page says nothing about paging (it is the
 * whole document, as before); a paged one states, on the page's own IRI, in the default graph,
 * {@code a hydra:PartialCollectionView} with {@code hydra:first}, and {@code hydra:previous} / {@code hydra:next} where
 * there is such a page (Hydra Core, {@value #HYDRA}), and its response carries {@code Link: <…?page=N>; rel="next"}
 * (and {@code "prev"}, {@code "first"}), as LDP paging does.
 *
 * @param document the description document's IRI without the page ({@code {base}data/person/zhou-enlai.ttl})
 */
public record DataPage(String document, int page, boolean more) {
    static final String HYDRA = "http://www.w3.org/ns/hydra/core#";

    /** Whether the description is cut into pages at all. */
    boolean paged() {
        return page > 1 || more;
    }

    String iri(int number) {
        return number == 1 ? document : document + "?page=" + number;
    }

    Optional<Integer> next() {
        return more ? Optional.of(page + 1) : Optional.empty();
    }

    Optional<Integer> previous() {
        return page > 1 ? Optional.of(page - 1) : Optional.empty();
    }

    /** Adds the Hydra statements about this page to {@code description} (nothing when it is not paged). */
    public void state(DatasetGraph description) {
        if (!paged()) return;
        description.prefixes().add("hydra", HYDRA);
        Node self = NodeFactory.createURI(iri(page));
        add(description, self, RDF.type.asNode(), NodeFactory.createURI(HYDRA + "PartialCollectionView"));
        add(description, self, hydra("first"), NodeFactory.createURI(iri(1)));
        previous().ifPresent(p -> add(description, self, hydra("previous"), NodeFactory.createURI(iri(p))));
        next().ifPresent(n -> add(description, self, hydra("next"), NodeFactory.createURI(iri(n))));
    }

    /** The {@code Link} header values of this page: first, prev, next (none when it is not paged). */
    public List<String> links() {
        List<String> links = new ArrayList<>();
        if (!paged()) return links;
        links.add("<" + iri(1) + ">; rel=\"first\"");
        previous().ifPresent(p -> links.add("<" + iri(p) + ">; rel=\"prev\""));
        next().ifPresent(n -> links.add("<" + iri(n) + ">; rel=\"next\""));
        return links;
    }

    private static Node hydra(String term) {
        return NodeFactory.createURI(HYDRA + term);
    }

    private static void add(DatasetGraph description, Node s, Node p, Node o) {
        description.add(Quad.defaultGraphIRI, s, p, o);
    }
}
