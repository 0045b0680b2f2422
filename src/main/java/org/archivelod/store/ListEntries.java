package org.archivelod.store;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.archivelod.vocab.SITE;

/**
 * The statements of the site's long lists, sent to the store {@link #BATCH} at a time (one {@code INSERT DATA} each):
 * an entry {@code <LIST.I> site:item ?item ; site:position I} on its page ({@code <LIST-P> site:entry <LIST.I>},
 * {@link SiteAggregates#PAGE_SIZE} entries a page) and a list's size ({@code <LIST> site:size N}), where {@code LIST}
 * is the list's IRI ({@code <site#timeline>}, {@code <site#passages-…>}). Memory holds one batch.
 */
final class ListEntries {
    private static final int PAGE = SiteAggregates.PAGE_SIZE;
    private static final int BATCH = 20_000;
    private final SiteLists.Store store;
    private final Node site;
    private QuadDataAcc quads = new QuadDataAcc();

    ListEntries(SiteLists.Store store, Node site) {
        this.store = store;
        this.site = site;
    }

    /** The list's IRI: {@code name} ("timeline", "passages-…") in the site graph's namespace. */
    String list(String name) {
        return site.getURI() + "#" + name;
    }

    /** Entry {@code position} (from 1) of {@code list}: {@code item} and, for an activity, its {@code document}. */
    void entry(String list, int position, Node item, Node document) {
        Node entry = NodeFactory.createURI(list + "." + position);
        add(NodeFactory.createURI(list + "-" + ((position - 1) / PAGE + 1)), SITE.entry.asNode(), entry);
        add(entry, SITE.item.asNode(), item);
        add(entry, SITE.position.asNode(), integer(position));
        if (document != null) add(entry, SITE.document.asNode(), document);
    }

    /** How many entries {@code list} has. */
    void size(String list, int size) {
        add(NodeFactory.createURI(list), SITE.size.asNode(), integer(size));
    }

    private void add(Node s, Node p, Node o) {
        quads.addQuad(Quad.create(site, s, p, o));
        if (quads.getQuads().size() >= BATCH) flush();
    }

    /** Sends what is left. */
    void flush() {
        if (quads.getQuads().isEmpty()) return;
        UpdateRequest request = UpdateFactory.create();
        request.add(new UpdateDataInsert(quads));
        store.update(request);
        quads = new QuadDataAcc();
    }

    private static Node integer(int n) {
        return NodeFactory.createLiteralDT(Integer.toString(n), XSDDatatype.XSDinteger);
    }
}
