package org.archivelod.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.sparql.util.ExprUtils;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.archivelod.io.ClasspathFolders;
import org.archivelod.vocab.SITE;

/**
 * The site's long lists in their order, cut into pages at load time, so that a page of a list is one lookup of a few
 * statements however long the list: each {@code queries/aggregates/lists/NAME.rq} selects the {@code ?item}s with a
 * sort {@code ?key} and {@code ?tie} (and, for an activity, its {@code ?document}); the store sorts them (this class
 * adds the {@code ORDER BY}: {@code ?key}, or the item's local name where it has none, then {@code ?tie}, then the
 * item's IRI), and they are written to the site graph as they come, {@link #BATCH} statements at a time:
 * {@code <site#NAME> site:size N}, {@code <site#NAME-P> site:entry <site#NAME.I>} for the page P ({@link #PAGE} entries
 * each) and {@code <site#NAME.I> site:item ?item ; site:position I}. An item met again further down a list (a document
 * with two titles) keeps its first place. A query that selects a {@code ?list} too makes one list per value of it
 * ({@link SiteAggregates#listName}), its rows sorted by {@code ?list} first: the passages of each entity. Memory holds
 * one batch and the items of the list being written, never the rows of every list.
 */
final class SiteLists {
    private static final int PAGE = SiteAggregates.PAGE_SIZE;
    private static final String FOLDER = "/queries/aggregates/lists";
    private static final int BATCH = 20_000;
    private static final Expr LIST = ExprUtils.parse("STR(?list)");
    private static final Expr KEY = ExprUtils.parse(
            "COALESCE(STR(?key), REPLACE(REPLACE(REPLACE(STR(?item), '[/#]+$', ''), '^.*[/#]', ''), '_', ' '))");
    private static final Expr TIE = ExprUtils.parse("COALESCE(STR(?tie), '')");
    private static final Expr ITEM = ExprUtils.parse("STR(?item)");

    /** Where the lists are read from and written to: an embedded dataset or a remote store. */
    interface Store {
        void select(Query query, Consumer<QuerySolution> row);

        void update(UpdateRequest request);
    }

    private SiteLists() {}

    /** Computes every list of {@code queries/aggregates/lists/} and writes it into the site graph of {@code parameters}. */
    static void write(Store store, AggregateParameters parameters) {
        for (Map.Entry<String, Query> list : queries().entrySet()) {
            Query query = ordered(QueryTransformOps.transform(list.getValue(), parameters.bindings()));
            boolean perThing = query.getResultVars().contains("list");
            Writer writer = new Writer(store, parameters.site(), list.getKey(), perThing);
            store.select(query, writer::row);
            writer.finish();
        }
    }

    /**
     * The names of the lists that are one list each, not one per thing ({@code ?list}): a refresh writes each of them,
     * with its {@code site:size}, even when it is empty, so a site graph that lacks one was written by an older version.
     */
    static List<String> wholeLists() {
        return queries().entrySet().stream()
                .filter(list -> !list.getValue().getResultVars().contains("list"))
                .map(Map.Entry::getKey).toList();
    }

    /** The query with the list's order: by {@code ?list} (if it has one), key, tie, item. */
    static Query ordered(Query query) {
        Query sorted = query.cloneQuery();
        if (sorted.getResultVars().contains("list")) sorted.addOrderBy(LIST, Query.ORDER_ASCENDING);
        for (Expr e : new Expr[] {KEY, TIE, ITEM}) sorted.addOrderBy(e, Query.ORDER_ASCENDING);
        return sorted;
    }

    /** Writes the rows of one query file, in the order they come, as one list or (with {@code ?list}) several. */
    private static final class Writer {
        private final Store store;
        private final Node site;
        private final String name;
        private final boolean perThing;
        private final Set<Node> finished = new HashSet<>();
        private final Set<Node> items = new HashSet<>();
        private QuadDataAcc quads = new QuadDataAcc();
        private Node of;
        private String list;
        private int size;

        Writer(Store store, Node site, String name, boolean perThing) {
            this.store = store;
            this.site = site;
            this.name = name;
            this.perThing = perThing;
            if (!perThing) start(null);
        }

        void row(QuerySolution s) {
            if (perThing) {
                Node thing = s.get("list").asNode();
                if (!thing.equals(of)) {
                    if (list != null) end();
                    if (!finished.add(thing)) {
                        throw new IllegalStateException("site list " + name + ": the rows of " + thing + " are not together");
                    }
                    start(thing);
                }
            }
            Node item = s.get("item").asNode();
            if (!items.add(item)) return;
            int position = ++size;
            Node entry = NodeFactory.createURI(list + "." + position);
            add(NodeFactory.createURI(list + "-" + ((position - 1) / PAGE + 1)), SITE.entry.asNode(), entry);
            add(entry, SITE.item.asNode(), item);
            add(entry, SITE.position.asNode(), integer(position));
            if (s.contains("document")) add(entry, SITE.document.asNode(), s.get("document").asNode());
        }

        private void start(Node thing) {
            of = thing;
            list = site.getURI() + "#" + (thing == null ? name : SiteAggregates.listName(name, thing));
            size = 0;
            items.clear();
        }

        private void end() {
            add(NodeFactory.createURI(list), SITE.size.asNode(), integer(size));
        }

        private void add(Node s, Node p, Node o) {
            quads.addQuad(Quad.create(site, s, p, o));
            if (quads.getQuads().size() >= BATCH) flush();
        }

        private void flush() {
            if (quads.getQuads().isEmpty()) return;
            UpdateRequest request = UpdateFactory.create();
            request.add(new UpdateDataInsert(quads));
            store.update(request);
            quads = new QuadDataAcc();
        }

        void finish() {
            if (list != null) end();
            flush();
        }
    }

    private static Node integer(int n) {
        return NodeFactory.createLiteralDT(Integer.toString(n), XSDDatatype.XSDinteger);
    }

    private static Map<String, Query> queries() {
        Map<String, Query> queries = new TreeMap<>();
        Path folder = ClasspathFolders.path(FOLDER)
                .orElseThrow(() -> new IllegalStateException("no " + FOLDER + " on the classpath"));
        try (var files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".rq")).toList()) {
                queries.put(file.getFileName().toString().replaceFirst("\\.rq$", ""),
                        QueryFactory.create(Files.readString(file, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the site lists in " + folder, e);
        }
        return queries;
    }
}
