package org.archivelod.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.lib.Lib;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryBuildException;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.pfunction.PropFuncArg;
import org.apache.jena.sparql.pfunction.PropertyFunctionBase;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.util.Context;

/**
 * The full-text search in SPARQL, as a property function over the same {@link SearchIndex} as {@code /search}:
 *
 * <pre>
 * PREFIX search: &lt;http://localhost:3030/def/search#&gt;
 * SELECT ?doc ?score ?snippet WHERE { (?doc ?score ?snippet) search:query ("volunteer divisions" 10) }
 * </pre>
 *
 * The subject is the document, or a list of the document, its score and its best passage as plain text; the object
 * is the query string, or a list of the query string and the greatest number of documents to return (default 100).
 */
public final class SearchPropertyFunction extends PropertyFunctionBase {
    /** The local name of the function in its namespace ({@code {base}def/search#}). */
    public static final String LOCAL_NAME = "query";
    private static final int DEFAULT_LIMIT = 100;
    private final SearchIndex index;

    private SearchPropertyFunction(SearchIndex index) {
        this.index = index;
    }

    /** The namespace of the search function for a dataset under {@code base}. */
    public static String namespace(String base) {
        return base + "def/search#";
    }

    /** Makes {@code search:query} available to SPARQL on the dataset whose context is {@code context}. */
    public static void register(Context context, String base, SearchIndex index) {
        PropertyFunctionRegistry registry = PropertyFunctionRegistry.createFrom(PropertyFunctionRegistry.get());
        registry.put(namespace(base) + LOCAL_NAME, uri -> new SearchPropertyFunction(index));
        PropertyFunctionRegistry.set(context, registry);
        context.set(SearchIndex.CONTEXT_KEY, index);
    }

    @Override
    public void build(PropFuncArg subject, Node predicate, PropFuncArg object, ExecutionContext cxt) {
        if (subject.isList() && (subject.getArgListSize() < 1 || subject.getArgListSize() > 3)) {
            throw new QueryBuildException("search:query: the subject is ?doc or (?doc ?score ?snippet)");
        }
        if (object.isList() && (object.getArgListSize() < 1 || object.getArgListSize() > 2)) {
            throw new QueryBuildException("search:query: the object is \"query\" or (\"query\" limit)");
        }
    }

    @Override
    public QueryIterator exec(Binding binding, PropFuncArg subject, Node predicate, PropFuncArg object,
            ExecutionContext cxt) {
        Node queryNode = value(binding, object.isList() ? object.getArg(0) : object.getArg());
        if (!queryNode.isLiteral()) {
            throw new QueryExecException("search:query: the query must be a string, not " + queryNode);
        }
        int limit = DEFAULT_LIMIT;
        if (object.isList() && object.getArgListSize() == 2) {
            Node n = value(binding, object.getArg(1));
            try {
                limit = Integer.parseInt(n.getLiteralLexicalForm());
            } catch (RuntimeException e) {
                throw new QueryExecException("search:query: the limit must be a number, not " + n);
            }
        }
        List<Node> out = subject.isList() ? subject.getArgList() : List.of(subject.getArg());
        List<Binding> rows = new ArrayList<>();
        try {
            for (SearchIndex.Hit hit : index.search(queryNode.getLiteralLexicalForm(), limit).hits()) {
                List<Node> values = List.of(NodeFactory.createURI(hit.iri()),
                        NodeFactory.createLiteralDT(Float.toString(hit.score()), org.apache.jena.datatypes.xsd.XSDDatatype.XSDfloat),
                        NodeFactory.createLiteralString(hit.snippets().isEmpty() ? "" : hit.snippets().get(0).text()));
                bind(binding, out, values).ifPresent(rows::add);
            }
        } catch (IOException e) {
            throw new QueryExecException("search:query: the index cannot be read: " + e.getMessage(), e);
        }
        return QueryIterPlainWrapper.create(rows.iterator(), cxt);
    }

    private static java.util.Optional<Binding> bind(Binding parent, List<Node> slots, List<Node> values) {
        BindingBuilder row = Binding.builder(parent);
        for (int i = 0; i < slots.size(); i++) {
            Node slot = slots.get(i);
            Node value = values.get(i);
            if (slot.isVariable()) {
                Var v = Var.alloc(slot);
                Node already = parent.get(v);
                if (already == null) {
                    row.add(v, value);
                } else if (!Lib.equals(already, value)) {
                    return java.util.Optional.empty();
                }
            } else if (!slot.equals(value)) {
                return java.util.Optional.empty();
            }
        }
        return java.util.Optional.of(row.build());
    }

    private static Node value(Binding binding, Node node) {
        if (node.isVariable()) {
            Node bound = binding.get(Var.alloc(node));
            if (bound == null) {
                throw new QueryExecException("search:query: " + node + " is not bound");
            }
            return bound;
        }
        return node;
    }
}
