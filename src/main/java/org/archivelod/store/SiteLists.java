package org.archivelod.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.archivelod.io.ClasspathFolders;
import org.archivelod.vocab.SITE;

/**
 * The site's long lists in their order, cut into pages at load time, so that a page of a list is one lookup of a few
 * statements however long the list: each {@code queries/aggregates/lists/NAME.rq} selects the {@code ?item}s with a
 * sort {@code ?key} and {@code ?tie} (and, for an activity, its {@code ?document}); they are sorted here and written to
 * the site graph as {@code <site#NAME> site:size N}, {@code <site#NAME-P> site:entry <site#NAME.I>} for the page P
 * ({@link #PAGE} entries each) and {@code <site#NAME.I> site:item ?item ; site:position I}. A query that selects a
 * {@code ?list} too makes one list per value of it ({@link SiteAggregates#listName}): the passages of each entity.
 */
final class SiteLists {
    private static final int PAGE = SiteAggregates.PAGE_SIZE;
    private static final String FOLDER = "/queries/aggregates/lists";
    private static final int BATCH = 20_000;

    /** Where the lists are read from and written to: an embedded dataset or a remote store. */
    interface Store {
        void select(Query query, Consumer<QuerySolution> row);

        void update(UpdateRequest request);
    }

    private record Row(Node item, String key, String tie, Node document) {}

    /** The rows of one list: of the whole file, or of one {@code ?list} of it. */
    private record Key(String name, Node of) {}

    private SiteLists() {}

    /** Computes every list of {@code queries/aggregates/lists/} and writes it into the site graph {@code site}. */
    static void write(Store store, Node site) {
        for (Map.Entry<String, Query> list : queries().entrySet()) {
            Query query = QueryTransformOps.transform(list.getValue(), Map.of(Var.alloc("site"), site));
            Map<Key, Map<Node, Row>> lists = new HashMap<>();
            store.select(query, s -> {
                Node item = s.get("item").asNode();
                Row row = new Row(item, s.contains("key") ? lexical(s, "key") : localName(item),
                        s.contains("tie") ? lexical(s, "tie") : "",
                        s.contains("document") ? s.get("document").asNode() : null);
                Key key = new Key(list.getKey(), s.contains("list") ? s.get("list").asNode() : null);
                lists.computeIfAbsent(key, k -> new HashMap<>()).merge(item, row, (a, b) -> ORDER.compare(a, b) <= 0 ? a : b);
            });
            if (!list.getValue().getResultVars().contains("list")) lists.putIfAbsent(new Key(list.getKey(), null), Map.of());
            lists.forEach((key, rows) -> {
                List<Row> sorted = new ArrayList<>(rows.values());
                sorted.sort(ORDER);
                write(store, site, key.of() == null ? key.name() : SiteAggregates.listName(key.name(), key.of()), sorted);
            });
        }
    }

    private static final Comparator<Row> ORDER = Comparator.comparing(Row::key).thenComparing(Row::tie)
            .thenComparing(r -> r.item().toString());

    private static void write(Store store, Node site, String name, List<Row> rows) {
        String list = site.getURI() + "#" + name;
        QuadDataAcc quads = new QuadDataAcc();
        quads.addQuad(Quad.create(site, NodeFactory.createURI(list), SITE.size.asNode(), NodeFactory.createLiteralDT(
                Integer.toString(rows.size()), org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger)));
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            int position = i + 1;
            Node entry = NodeFactory.createURI(list + "." + position);
            Node page = NodeFactory.createURI(list + "-" + (i / PAGE + 1));
            quads.addQuad(Quad.create(site, page, SITE.entry.asNode(), entry));
            quads.addQuad(Quad.create(site, entry, SITE.item.asNode(), row.item()));
            quads.addQuad(Quad.create(site, entry, SITE.position.asNode(), NodeFactory.createLiteralDT(
                    Integer.toString(position), org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger)));
            if (row.document() != null) quads.addQuad(Quad.create(site, entry, SITE.document.asNode(), row.document()));
            if (quads.getQuads().size() >= BATCH) {
                send(store, quads);
                quads = new QuadDataAcc();
            }
        }
        send(store, quads);
    }

    private static void send(Store store, QuadDataAcc quads) {
        if (quads.getQuads().isEmpty()) return;
        UpdateRequest request = UpdateFactory.create();
        request.add(new UpdateDataInsert(quads));
        store.update(request);
    }

    private static Map<String, Query> queries() {
        Map<String, Query> queries = new java.util.TreeMap<>();
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

    private static String lexical(QuerySolution row, String var) {
        return row.get(var).isLiteral() ? row.getLiteral(var).getLexicalForm() : row.get(var).toString();
    }

    private static String localName(Node node) {
        String iri = node.isURI() ? node.getURI() : node.toString();
        String tail = iri.replaceAll("[/#]+$", "");
        int cut = Math.max(tail.lastIndexOf('/'), tail.lastIndexOf('#'));
        return (cut >= 0 ? tail.substring(cut + 1) : tail).replace('_', ' ');
    }
}
