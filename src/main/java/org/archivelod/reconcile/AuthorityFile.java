package org.archivelod.reconcile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** The curated entities of an authority folder ({@code data/authority/*.json}), read with Jackson and checked. */
public final class AuthorityFile {
    public static final Set<String> KINDS = Set.of("person", "group", "place", "event");
    public static final Set<String> NAME_TYPES = Set.of("preferred", "pseudonym", "romanization", "spelling-in-source",
            "short-form", "abbreviation", "alternative", "native-script");
    public static final Set<String> SCHEMES = Set.of("wikidata", "viaf", "lcnaf", "geonames");
    /** The form of each scheme's identifiers, so that a typo cannot become a link to the wrong record. */
    static final Map<String, String> IDENTIFIER_FORMS = Map.of("wikidata", "Q[1-9][0-9]*", "viaf", "[1-9][0-9]*",
            "lcnaf", "n[a-z]?[0-9]{8,10}", "geonames", "[1-9][0-9]*");

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();

    private final Map<String, AuthorityEntity> byKey;

    private AuthorityFile(Map<String, AuthorityEntity> byKey) {
        this.byKey = byKey;
    }

    public static AuthorityFile empty() {
        return new AuthorityFile(Map.of());
    }

    /** Reads every {@code .json} file of the folder, in name order; a bad entry is an {@link AuthorityException}. */
    public static AuthorityFile read(Path folder) throws AuthorityException {
        if (!Files.isDirectory(folder)) throw new AuthorityException(folder + ": authority folder not found");
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new AuthorityException(folder + ": cannot list authority files: " + e.getMessage(), e);
        }
        Map<String, AuthorityEntity> byKey = new LinkedHashMap<>();
        for (Path file : files) {
            for (AuthorityEntity e : readFile(file)) {
                check(file, e);
                AuthorityEntity before = byKey.put(key(e.kind(), e.id()), e);
                if (before != null) throw new AuthorityException(file + ": entity " + e.kind() + "/" + e.id() + " is defined twice");
            }
        }
        return new AuthorityFile(Map.copyOf(byKey));
    }

    private static List<AuthorityEntity> readFile(Path file) throws AuthorityException {
        try {
            return Arrays.asList(JsonFiles.read(JSON, file, AuthorityEntity[].class));
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw new AuthorityException(file + (loc == null ? "" : ":" + loc.getLineNr()) + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new AuthorityException(file + ": cannot read: " + e.getMessage(), e);
        } catch (UncheckedIOException | IllegalArgumentException | NullPointerException e) {
            throw new AuthorityException(file + ": " + e.getMessage(), e);
        }
    }

    private static void check(Path file, AuthorityEntity e) throws AuthorityException {
        String where = file + ": entity '" + e.id() + "': ";
        if (!e.id().matches("[a-z0-9]+(?:-[a-z0-9]+)*")) throw new AuthorityException(where + "id must be lower-case ascii words joined by '-'");
        if (!KINDS.contains(e.kind())) throw new AuthorityException(where + "kind '" + e.kind() + "' is not one of " + sorted(KINDS));
        for (AuthorityEntity.Name n : e.names())
            if (!NAME_TYPES.contains(n.type())) throw new AuthorityException(where + "name type '" + n.type() + "' is not one of " + sorted(NAME_TYPES));
        for (AuthorityEntity.Identifier i : e.identifiers()) {
            if (!SCHEMES.contains(i.scheme())) throw new AuthorityException(where + "identifier scheme '" + i.scheme() + "' is not one of " + sorted(SCHEMES));
            if (i.source() == null || i.source().isBlank()) throw new AuthorityException(where + "identifier " + i.value() + " has no source");
            if (!i.value().matches(IDENTIFIER_FORMS.get(i.scheme())))
                throw new AuthorityException(where + i.scheme() + " identifier '" + i.value() + "' is not of the form " + IDENTIFIER_FORMS.get(i.scheme()));
        }
        checkLife(where, e);
    }

    /** Dates of life and offices: a person's only, each a day or a year, each with the URL of where it was read. */
    private static void checkLife(String where, AuthorityEntity e) throws AuthorityException {
        boolean any = e.born() != null || e.died() != null || !e.offices().isEmpty();
        if (any && !e.kind().equals("person")) throw new AuthorityException(where + "only a person has dates of life and offices");
        for (var d : new AuthorityEntity.Dated[] {e.born(), e.died()}) {
            if (d == null) continue;
            checkDate(where, d.date());
            checkSource(where, d.date(), d.source());
        }
        if (e.born() != null && e.died() != null
                && AuthorityDates.first(e.born().date()).orElseThrow().isAfter(AuthorityDates.last(e.died().date()).orElseThrow()))
            throw new AuthorityException(where + "born " + e.born().date() + " after died " + e.died().date());
        for (AuthorityEntity.Office o : e.offices()) {
            if (o.label() == null || o.label().isBlank()) throw new AuthorityException(where + "an office has no label");
            checkDate(where, o.from());
            checkDate(where, o.to());
            checkSource(where, o.label(), o.source());
            if (AuthorityDates.first(o.from()).orElseThrow().isAfter(AuthorityDates.last(o.to()).orElseThrow()))
                throw new AuthorityException(where + "office '" + o.label() + "' ends (" + o.to() + ") before it begins (" + o.from() + ")");
        }
    }

    private static void checkDate(String where, String date) throws AuthorityException {
        if (AuthorityDates.first(date).isEmpty())
            throw new AuthorityException(where + "date '" + date + "' is neither a day (YYYY-MM-DD) nor a year (YYYY)");
    }

    private static void checkSource(String where, String what, String source) throws AuthorityException {
        if (source == null || !source.matches("https?://\\S+"))
            throw new AuthorityException(where + "'" + what + "' has no source URL (http:// or https://)");
    }

    private static List<String> sorted(Set<String> s) {
        return s.stream().sorted().toList();
    }

    private static String key(String kind, String id) {
        return kind + "/" + id;
    }

    public Optional<AuthorityEntity> get(String kind, String id) {
        return Optional.ofNullable(byKey.get(key(kind, id)));
    }

    /** All entities, ordered by kind and id. */
    public List<AuthorityEntity> entities() {
        List<AuthorityEntity> all = new ArrayList<>(byKey.values());
        all.sort(Comparator.comparing(AuthorityEntity::kind).thenComparing(AuthorityEntity::id));
        return all;
    }

}
