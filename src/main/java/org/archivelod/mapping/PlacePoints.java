package org.archivelod.mapping;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.archivelod.reconcile.GazetteerEntry;
import org.archivelod.vocab.CRM;

/**
 * Where a place is, as the data states it: {@code crm:P168_place_is_defined_by "POINT(lon lat)"}, a WKT point in
 * WGS84 (longitude first, as WKT and Linked Art write it), taken from the GeoNames city of the gazetteer. Only a city
 * has a point: states, territories and regions ("Korea", "the Far East") are areas, and get none.
 */
final class PlacePoints {
    private final Function<String, Optional<GazetteerEntry>> gazetteer;

    /** {@code gazetteer} reads a whole name as the gazetteer does ("Moscow", "Port Arthur"). */
    PlacePoints(Function<String, Optional<GazetteerEntry>> gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** A point for nothing: where no gazetteer is at hand. */
    static PlacePoints none() {
        return new PlacePoints(name -> Optional.empty());
    }

    /** The WKT point of a gazetteer entry, if it is a city with coordinates. */
    static Optional<String> wkt(GazetteerEntry e) {
        if (!e.kind().equals(GazetteerEntry.PLACE) || e.latitude() == null || e.longitude() == null) return Optional.empty();
        return Optional.of("POINT(" + plain(e.longitude()) + " " + plain(e.latitude()) + ")");
    }

    /** States the point of {@code place} from the entry, if it has one. */
    static void write(GraphEmitter g, Node place, GazetteerEntry e) {
        wkt(e).ifPresent(p -> g.text(place, CRM.P168_place_is_defined_by, p));
    }

    /** States the point of a curated place whose label the gazetteer reads as a city ("Moscow" → Moscow, RU). */
    void writeByName(GraphEmitter g, Node place, String label) {
        gazetteer.apply(label).ifPresent(e -> write(g, place, e));
    }

    private static String plain(double degrees) {
        return BigDecimal.valueOf(degrees).stripTrailingZeros().toPlainString();
    }
}
