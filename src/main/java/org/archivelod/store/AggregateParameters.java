package org.archivelod.store;

import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Var;
import org.archivelod.uri.UriScheme;

/**
 * The IRIs the aggregates' queries ({@code queries/aggregates/}) take as parameters, minted by {@link UriScheme} for
 * the store's base, so that a query matches an IRI exactly (an index lookup) instead of by its suffix:
 * {@code ?site} the site graph, {@code ?release} the release description (neither is counted in VoID),
 * {@code ?redirects} the redirects between releases and {@code ?documentSpace} the documents' IRI space (OAI-PMH's
 * deleted records), {@code ?sendingType} and {@code ?writingType} the activity types, {@code ?activityTypes} their
 * scheme.
 */
record AggregateParameters(Map<Var, Node> bindings) {
    static AggregateParameters of(String base) {
        UriScheme uris = UriScheme.at(base);
        return new AggregateParameters(Map.of(
                Var.alloc("site"), iri(uris.siteGraph()),
                Var.alloc("release"), iri(uris.releaseGraph()),
                Var.alloc("redirects"), iri(uris.redirectsGraph()),
                Var.alloc("documentSpace"), iri(uris.documentSpace()),
                Var.alloc("sendingType"), iri(uris.activityType("sending")),
                Var.alloc("writingType"), iri(uris.activityType("writing")),
                Var.alloc("activityTypes"), iri(uris.activityTypeScheme())));
    }

    Node site() {
        return bindings.get(Var.alloc("site"));
    }

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
