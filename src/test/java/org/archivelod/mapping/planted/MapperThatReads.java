package org.archivelod.mapping.planted;

import org.archivelod.reconcile.AuthorityEntity;
import org.archivelod.reconcile.Reconciliation;

/** Planted for {@code PlantedViolationsTest}: a mapper that only reads what the reconciliation resolved. */
public final class MapperThatReads {
    public String firstAuthorLabel(Reconciliation reconciliation) {
        return reconciliation.parties().authors().stream().flatMap(p -> p.resolved().stream())
                .map(Reconciliation.Resolved::entity).filter(e -> e instanceof Reconciliation.Known)
                .map(e -> ((Reconciliation.Known) e).entity()).map(AuthorityEntity::label).findFirst().orElse("");
    }
}
