package org.archivelod.reconcile;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One curated entity of {@code data/authority/*.json}: who or what it is, the names it goes by,
 * and identifiers in other authority files, each with the source it was read in.
 *
 * @param id          slug of the entity IRI, {@code {base}id/{kind}/{id}}
 * @param kind        person, group, place or event
 * @param label       preferred English label
 * @param names       names and spellings to recognise in texts
 * @param labels      labels in other languages and scripts, keyed by language tag (e.g. "ru", "zh")
 * @param identifiers identifiers in Wikidata, VIAF, LCNAF, GeoNames
 * @param note        a scope note, e.g. why a name is used in a particular way
 * @param born        a person's birth, as a source gives it; null when no source was read
 * @param died        a person's death, as a source gives it; null when no source was read (or the person lives)
 * @param offices     the main offices a person held in the period of the records, each with its source
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record AuthorityEntity(
        @JsonProperty(required = true) String id,
        @JsonProperty(required = true) String kind,
        @JsonProperty(required = true) String label,
        List<Name> names,
        java.util.Map<String, String> labels,
        List<Identifier> identifiers,
        String note,
        Dated born,
        Dated died,
        List<Office> offices) {

    public AuthorityEntity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        names = names == null ? List.of() : List.copyOf(names);
        labels = labels == null ? java.util.Map.of() : java.util.Map.copyOf(labels);
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
        offices = offices == null ? List.of() : List.copyOf(offices);
    }

    /**
     * A birth or a death: {@code date} is a day ({@code 1898-03-05}) or, where the sources give only that, a year
     * ({@code 1875}) (see {@link AuthorityDates}); {@code source} is the public URL of the reference work page where it
     * was read; {@code note} says where sources disagree.
     */
    public record Dated(@JsonProperty(required = true) String date, @JsonProperty(required = true) String source,
                        String note) {}

    /**
     * An office held, e.g. "Premier of the People's Republic of China" from {@code 1949} to {@code 1976} (years or
     * days, as for {@link Dated}), with the URL of the page where it was read.
     */
    public record Office(@JsonProperty(required = true) String label, @JsonProperty(required = true) String from,
                         @JsonProperty(required = true) String to, @JsonProperty(required = true) String source,
                         String note) {}

    /**
     * A name the entity goes by in sources; {@code type} is an appellation type of
     * {@code ontology/concepts.ttl} (preferred, pseudonym, romanization, spelling-in-source, short-form,
     * abbreviation, alternative, native-script); {@code alone}, for a short form that other entities share ("Kim"),
     * says where it may name the entity by itself (see {@link #standsAloneIn}).
     */
    public record Name(@JsonProperty(required = true) String text, @JsonProperty(required = true) String type, String note,
                       String alone) {
        public Name(String text, String type, String note) {
            this(text, type, note, null);
        }

        /**
         * Whether the name may stand alone in a document dated {@code year} (null when undated): always, unless the
         * curator restricted it ({@code "alone": "with-full-name"}: only where the document also names the entity
         * otherwise; {@code "alone": "1950-1953"}: alone only in documents of those years, else as with-full-name).
         */
        public boolean standsAloneIn(Integer year) {
            if (alone == null || alone.isBlank()) return true;
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{4})-(\\d{4})").matcher(alone);
            return m.matches() && year != null && year >= Integer.parseInt(m.group(1)) && year <= Integer.parseInt(m.group(2));
        }
    }

    /**
     * An identifier in another authority file; {@code scheme} is wikidata, viaf, lcnaf or geonames,
     * {@code source} where it was read next to this entity's name.
     */
    public record Identifier(@JsonProperty(required = true) String scheme, @JsonProperty(required = true) String value,
                             @JsonProperty(required = true) String source) {
        /** The IRI the identifier stands for in its own authority file; empty when the value is not of its scheme's form. */
        public Optional<String> iri() {
            String v = value.strip();
            return switch (scheme) {
                case "wikidata" -> v.matches("Q[1-9]\\d*") ? Optional.of("http://www.wikidata.org/entity/" + v) : Optional.empty();
                case "viaf" -> v.matches("\\d+") ? Optional.of("http://viaf.org/viaf/" + v) : Optional.empty();
                case "lcnaf" -> v.matches("n[a-z]?\\d+") ? Optional.of("http://id.loc.gov/authorities/names/" + v) : Optional.empty();
                case "geonames" -> v.matches("\\d+") ? Optional.of("https://sws.geonames.org/" + v + "/") : Optional.empty();
                default -> Optional.empty();
            };
        }
    }
}
