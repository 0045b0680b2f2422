package org.archivelod.store;

import org.archivelod.io.ClasspathFolders;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.SortCondition;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.archivelod.uri.UriScheme;

/**
 * Reads the entities of the reconciliation name index ({@link ReconcileNames}) in one streaming query a kind
 * ({@code queries/aggregates/names/entities.rq}): the store gives each entity's names together, one row a name, and
 * they are merged into one {@link ReconcileNames.Named} as the next entity's rows begin, so memory holds one entity.
 * The rows come from the union of the named graphs, where a statement made in many graphs is one row (before, each
 * entity was read property by property across every graph, its appellations once per graph stating them: quadratic in
 * the graphs naming a person). An entity's names are taken as before: the English label (else one without a language,
 * else the first), the other names in the order label, preferred, alternative, title, appellation, each in the order
 * the store gives them, and the first date.
 *
 * <pre>{@code
 * Txn.executeRead(dataset, () -> NamedEntities.local(dataset).read(base, named -> …));
 * }</pre>
 */
final class NamedEntities implements ReconcileNames.Source {
    private static final String QUERY = "/queries/aggregates/names/entities.rq";
    private static final String UNION_SHOWN = "/queries/aggregates/names/union-shown.rq";
    private static final Var ENTITY = Var.alloc("entity");
    /** The variables of the names, in the order an entity's other names are listed. */
    private static final List<String> NAMES = List.of("label", "preferred", "alternative", "title", "appellation");

    /** Where the rows come from: an embedded dataset or a remote store (its default graph the union). */
    interface Rows {
        void select(Query query, Consumer<QuerySolution> row);
    }

    private final Rows rows;
    private final boolean grouped;

    private NamedEntities(Rows rows, boolean grouped) {
        this.rows = rows;
        this.grouped = grouped;
    }

    /**
     * The entities of an embedded dataset, read over the union of its named graphs (TDB2 joins them by node id), inside
     * the caller's transaction. The store's evaluation gives an entity's rows together, in the order of its indexes.
     */
    static NamedEntities local(DatasetGraph dataset) {
        boolean tdb2 = TDBInternal.isTDB2(dataset);
        DatasetGraph view = tdb2 ? dataset : DatasetGraphFactory.wrap(dataset.getUnionGraph());
        return new NamedEntities((query, row) -> {
            try (QueryExecution exec = QueryExecution.dataset(DatasetFactory.wrap(view)).query(query)
                    .set(TDB2.symUnionDefaultGraph, tdb2).build()) {
                exec.execSelect().forEachRemaining(row);
            }
        }, true);
    }

    /** The entities of a remote store, whose default graph is the union of its graphs, asked for in entity order. */
    static NamedEntities remote(Rows rows) {
        return new NamedEntities(rows, false);
    }

    /** Tells {@code each} every entity of each kind of {@link ReconcileNames#KINDS} minted under {@code base}. */
    @Override
    public void read(String base, Consumer<ReconcileNames.Named> each) {
        String space = UriScheme.at(base).idSpace();
        Query template = template();
        for (Map.Entry<String, Resource> kind : ReconcileNames.KINDS.entrySet()) {
            Query query = QueryTransformOps.transform(template, Map.of(Var.alloc("class"), kind.getValue().asNode()));
            if (!grouped) query.addOrderBy(new SortCondition(ENTITY, Query.ORDER_ASCENDING));
            String prefix = space + kind.getKey() + "/";
            Merger merger = new Merger(kind.getKey(), each);
            rows.select(query, row -> {
                Node entity = row.get(ENTITY.getVarName()).asNode();
                if (entity.isURI() && entity.getURI().startsWith(prefix)) merger.row(entity, row);
            });
            merger.finish();
        }
    }

    /**
     * Whether the remote store {@code connection} reaches shows the union of its named graphs as its default graph, so that
     * {@link #remote} reads its entities ({@code queries/aggregates/names/union-shown.rq}).
     */
    static boolean unionShown(RDFConnection connection) {
        return connection.queryAsk(query(UNION_SHOWN));
    }

    private static Query template() {
        return query(QUERY);
    }

    private static Query query(String file) {
        return QueryFactory.create(ClasspathFolders.text(file)
                .orElseThrow(() -> new IllegalStateException("no " + file + " on the classpath")));
    }

    /** Gathers the rows of one entity at a time (the store gives them together). */
    private static final class Merger {
        private final String kind;
        private final Consumer<ReconcileNames.Named> each;
        private Node current;
        private Map<String, Set<Node>> names;

        Merger(String kind, Consumer<ReconcileNames.Named> each) {
            this.kind = kind;
            this.each = each;
        }

        void row(Node entity, QuerySolution row) {
            if (!entity.equals(current)) {
                finish();
                current = entity;
                names = new LinkedHashMap<>();
            }
            row.varNames().forEachRemaining(var -> {
                RDFNode value = row.get(var);
                if (value != null && value.isLiteral()) {
                    names.computeIfAbsent(var, v -> new LinkedHashSet<>()).add(value.asNode());
                }
            });
        }

        void finish() {
            if (current != null) named(current, kind, names).ifPresent(each);
            current = null;
        }
    }

    private static Optional<ReconcileNames.Named> named(Node entity, String kind, Map<String, Set<Node>> found) {
        List<Node> labels = List.copyOf(found.getOrDefault("label", Set.of()));
        Optional<String> label = ReconcileNames.label(labels);
        if (label.isEmpty()) return Optional.empty();
        Set<String> names = new LinkedHashSet<>();
        for (String var : NAMES) found.getOrDefault(var, Set.of()).forEach(n -> names.add(n.getLiteralLexicalForm()));
        names.remove(label.get());
        Optional<String> date = found.getOrDefault("date", Set.of()).stream().map(Node::getLiteralLexicalForm).findFirst();
        return Optional.of(new ReconcileNames.Named(entity, kind, label.get(), List.copyOf(names), date));
    }
}
