package org.archivelod.reconcile;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.archivelod.io.AtomicFiles;
import org.archivelod.uri.Slugs;

/**
 * The curators' loop closed: a reconciled table (the CSV {@code candidates} writes, with {@code scheme}, {@code id} and
 * {@code source} filled in, e.g. in OpenRefine) added to the authority folder. A row with an identifier becomes an entity
 * of its kind ({@code people.json}, {@code groups.json}, {@code places.json}) with the name as its label and preferred
 * name and the identifier with the curator's source; a row for an entity already there adds the identifier. Rows without
 * an identifier are left out (not reconciled); a row with an identifier but no source, an identifier that is not of its
 * scheme's form, or one that contradicts the authority file refuses the whole import, naming the line, and nothing is
 * written.
 */
public final class AuthorityImport {
    private static final Map<String, String> FILES = Map.of("person", "people.json", "group", "groups.json", "place", "places.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What an import did: the entities added and the identifiers added to entities already there. */
    public record Result(int added, int extended, int skipped) {}

    /** A row the import cannot take: the line of the table and why. */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }

        Refused(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private AuthorityImport() {}

    public static Result run(Path table, Path authorityFolder) throws Refused, IOException {
        List<Map<String, String>> rows = read(table);
        Map<String, ArrayNode> files = new LinkedHashMap<>();
        int added = 0;
        int extended = 0;
        int skipped = 0;
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> row = rows.get(i);
            String where = table + ":" + (i + 2) + ": ";
            String id = row.getOrDefault("id", "").strip();
            if (id.isEmpty()) {
                skipped++;
                continue;
            }
            String name = row.getOrDefault("name", "").strip();
            String kind = row.getOrDefault("kind", "").strip();
            String scheme = row.getOrDefault("scheme", "").strip().toLowerCase(java.util.Locale.ROOT);
            String source = row.getOrDefault("source", "").strip();
            if (name.isEmpty()) throw new Refused(where + "no name");
            if (!FILES.containsKey(kind)) throw new Refused(where + "kind '" + kind + "' is not one of person, group, place");
            if (source.isEmpty()) throw new Refused(where + "the identifier " + id + " has no source: say where it was read (a dataset and version, or a public URL)");
            if (new AuthorityEntity.Identifier(scheme, id, source).iri().isEmpty()) {
                throw new Refused(where + "'" + id + "' is not a " + scheme + " identifier (schemes: wikidata Q…, viaf digits, lcnaf n…, geonames digits)");
            }
            ArrayNode entities = files.computeIfAbsent(kind, k -> load(authorityFolder.resolve(FILES.get(k))));
            String slug = Slugs.of(name);
            Optional<ObjectNode> existing = find(entities, slug, name);
            ObjectNode identifier = JSON.createObjectNode().put("scheme", scheme).put("value", id).put("source", source);
            if (existing.isPresent()) {
                ArrayNode ids = existing.get().has("identifiers") ? (ArrayNode) existing.get().get("identifiers")
                        : existing.get().putArray("identifiers");
                Optional<JsonNode> same = find(ids, scheme);
                if (same.isPresent() && !same.get().get("value").asText().equals(id)) {
                    throw new Refused(where + existing.get().get("id").asText() + " already has " + scheme + " "
                            + same.get().get("value").asText() + ", not " + id);
                }
                if (same.isEmpty()) {
                    ids.add(identifier);
                    extended++;
                }
                continue;
            }
            ObjectNode entity = entities.addObject().put("id", slug).put("kind", kind).put("label", name);
            entity.putArray("names").addObject().put("text", name).put("type", "preferred");
            entity.putArray("identifiers").add(identifier);
            added++;
        }
        Map<Path, byte[]> out = new LinkedHashMap<>();
        for (Map.Entry<String, ArrayNode> file : files.entrySet()) {
            out.put(authorityFolder.resolve(FILES.get(file.getKey())),
                    (writer().writeValueAsString(file.getValue()) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        checkReadsBack(authorityFolder, out);
        for (Map.Entry<Path, byte[]> file : out.entrySet()) {
            AtomicFiles.write(file.getKey(), o -> o.write(file.getValue()));
        }
        return new Result(added, extended, skipped);
    }

    /** The folder as it would be after the import must read as a valid authority folder, before anything is written. */
    private static void checkReadsBack(Path folder, Map<Path, byte[]> changed) throws IOException, Refused {
        Path trial = Files.createTempDirectory("authority-import");
        try {
            try (var files = Files.list(folder)) {
                for (Path f : files.filter(f -> f.toString().endsWith(".json")).toList()) Files.copy(f, trial.resolve(f.getFileName().toString()));
            }
            for (Map.Entry<Path, byte[]> f : changed.entrySet()) Files.write(trial.resolve(f.getKey().getFileName().toString()), f.getValue());
            AuthorityFile.read(trial);
        } catch (AuthorityException e) {
            throw new Refused("the authority folder would not be valid after the import: " + e.getMessage(), e);
        } finally {
            try (var files = Files.list(trial)) {
                for (Path f : files.toList()) Files.delete(f);
            }
            Files.delete(trial);
        }
    }

    private static List<Map<String, String>> read(Path table) throws IOException, Refused {
        CsvMapper csv = new CsvMapper();
        try (Reader in = Files.newBufferedReader(table, StandardCharsets.UTF_8);
             MappingIterator<Map<String, String>> it = csv.readerForMapOf(String.class)
                     .with(CsvSchema.emptySchema().withHeader()).readValues(in)) {
            List<Map<String, String>> rows = new ArrayList<>();
            while (it.hasNext()) rows.add(it.next());
            if (!rows.isEmpty() && !rows.get(0).containsKey("id")) {
                throw new Refused(table + ":1: no 'id' column (the columns are name, kind, scheme, id, source)");
            }
            return rows;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            var loc = e.getLocation();
            throw new Refused(table + (loc == null ? "" : ":" + loc.getLineNr()) + ": " + e.getOriginalMessage(), e);
        }
    }

    private static ArrayNode load(Path file) {
        try {
            return Files.exists(file) ? (ArrayNode) JSON.readTree(file.toFile()) : JSON.createArrayNode();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(file + ": cannot read", e);
        }
    }

    private static Optional<ObjectNode> find(ArrayNode entities, String slug, String label) {
        for (JsonNode e : entities) {
            if (e.path("id").asText().equals(slug) || e.path("label").asText().equals(label)) return Optional.of((ObjectNode) e);
        }
        return Optional.empty();
    }

    private static Optional<JsonNode> find(ArrayNode identifiers, String scheme) {
        for (JsonNode i : identifiers) {
            if (i.path("scheme").asText().equals(scheme)) return Optional.of(i);
        }
        return Optional.empty();
    }

    /** Pretty JSON in the authority files' own layout: two spaces, {@code "key": value}, one array element a line. */
    private static com.fasterxml.jackson.databind.ObjectWriter writer() {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER).withArrayEmptySeparator("").withObjectEmptySeparator(""))
                .withObjectIndenter(new DefaultIndenter("  ", "\n")).withArrayIndenter(new DefaultIndenter("  ", "\n"));
        return JSON.writer(printer);
    }
}
