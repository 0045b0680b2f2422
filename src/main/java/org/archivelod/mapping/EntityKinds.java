package org.archivelod.mapping;

import org.apache.jena.rdf.model.Resource;
import org.archivelod.vocab.CRM;

/** The CIDOC-CRM class of each entity kind of the authority file. */
public final class EntityKinds {
    private EntityKinds() {}

    public static Resource crmClass(String kind) {
        return switch (kind) {
            case "person" -> CRM.E21_Person;
            case "group" -> CRM.E74_Group;
            case "place" -> CRM.E53_Place;
            case "event" -> CRM.E5_Event;
            default -> throw new IllegalArgumentException("unknown entity kind " + kind);
        };
    }
}
