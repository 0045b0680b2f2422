package org.archivelod.serve.reconcile;

import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Resource;
import org.archivelod.store.ReconcileNames;

/**
 * A type the reconciliation service knows: one of our entity kinds, its id being the kind as it appears in our IRIs
 * ({@code person} for {@code {base}id/person/…}) and its CIDOC-CRM class the one the store types them with.
 */
public record EntityType(String id, String name, Resource crmClass) {
    /** The kinds the name index holds ({@link ReconcileNames#KINDS}), named by their kind ("Person" for person). */
    public static final List<EntityType> ALL = ReconcileNames.KINDS.entrySet().stream()
            .map(k -> new EntityType(k.getKey(), k.getKey().substring(0, 1).toUpperCase(java.util.Locale.ROOT)
                    + k.getKey().substring(1), k.getValue()))
            .toList();

    public static Optional<EntityType> byId(String id) {
        return ALL.stream().filter(t -> t.id.equals(id)).findFirst();
    }
}
