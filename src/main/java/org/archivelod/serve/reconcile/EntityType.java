package org.archivelod.serve.reconcile;

import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Resource;
import org.archivelod.vocab.CRM;

/**
 * A type the reconciliation service knows: one of our entity kinds, its id being the kind as it appears in our IRIs
 * ({@code person} for {@code {base}id/person/…}) and its CIDOC-CRM class the one the store types them with.
 */
public record EntityType(String id, String name, Resource crmClass) {
    public static final List<EntityType> ALL = List.of(
            new EntityType("person", "Person", CRM.E21_Person),
            new EntityType("group", "Group", CRM.E74_Group),
            new EntityType("place", "Place", CRM.E53_Place),
            new EntityType("document", "Document", CRM.E31_Document));

    public static Optional<EntityType> byId(String id) {
        return ALL.stream().filter(t -> t.id.equals(id)).findFirst();
    }
}
