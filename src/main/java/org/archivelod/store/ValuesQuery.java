package org.archivelod.store;

import java.util.Collection;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.graph.Node;

/**
 * A query asked for many terms at once: a {@code VALUES} block of the terms, built as syntax (never spliced into the
 * query text), put ahead of the query's pattern so that the store looks up just those terms.
 */
public final class ValuesQuery {
    private ValuesQuery() {}

    /** {@code template} with {@code VALUES ?var { nodes… }} ahead of its pattern. */
    public static Query of(Query template, String var, Collection<Node> nodes) {
        Var v = Var.alloc(var);
        ElementData values = new ElementData();
        values.add(v);
        nodes.forEach(n -> values.add(BindingFactory.binding(v, n)));
        ElementGroup pattern = new ElementGroup();
        pattern.addElement(values);
        pattern.addElement(template.getQueryPattern());
        Query query = template.cloneQuery();
        query.setQueryPattern(pattern);
        return query;
    }
}
