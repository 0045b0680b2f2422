package org.archivelod.store;

import java.util.function.Consumer;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The reference reading of the reconciliation name index's entities, for tests: the plain reading entity by entity and
 * property by property across every graph ({@link EntityByEntityNames}), what {@link ReconcileNames} read before its
 * streaming query ({@link NamedEntities}).
 */
public final class ReferenceNames {
    private ReferenceNames() {}

    /** Tells {@code each} every entity of the published data of {@code data} minted under {@code base}, in a read transaction. */
    public static void read(DatasetGraph data, String base, Consumer<ReconcileNames.Named> each) {
        EntityByEntityNames.read(data, base, each);
    }
}
