package org.archivelod.evaluate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Hand-checked facts of records, keyed by the record's file name: what a careful reader finds on each page.
 * The format is documented in the README ("Measuring extraction"); unknown keys (such as "notes") are ignored.
 */
public record Gold(Map<String, GoldRecord> records) {

    /** One record's facts. A null field means "the page does not say"; an empty list, "nobody". */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record GoldRecord(String title, String date, String type, @JsonProperty("record_id") String recordId,
                             List<GoldEntity> creators, List<GoldEntity> addressees, List<GoldEntity> intermediaries,
                             List<GoldEntity> translators, List<String> archives, List<GoldEntity> people,
                             List<GoldEntity> places, List<GoldEntity> groups) {
        public GoldRecord {
            creators = orEmpty(creators);
            addressees = orEmpty(addressees);
            intermediaries = orEmpty(intermediaries);
            translators = orEmpty(translators);
            archives = orEmpty(archives);
            people = orEmpty(people);
            places = orEmpty(places);
            groups = orEmpty(groups);
        }
    }

    /**
     * A party or a named entity: its name, its kind where it matters ("person", "group", "state"), and the forms the
     * record prints for it. {@code state} marks a place that is a state (our data may type it as a group).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record GoldEntity(String name, String kind, List<String> forms, boolean state) {
        public GoldEntity {
            forms = orEmpty(forms);
        }

        /** The name and every printed form. */
        public List<String> allNames() {
            return java.util.stream.Stream.concat(java.util.stream.Stream.ofNullable(name), forms.stream()).toList();
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    private record File(Map<String, GoldRecord> records) {}

    /** Reads a gold file; a malformed one is an {@link IOException} naming the file, line and problem. */
    public static Gold read(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, false);
        try {
            File f = json.readValue(Files.readAllBytes(file), File.class);
            if (f.records() == null) throw new IOException(file + ": no \"records\" object");
            return new Gold(new TreeMap<>(f.records()));
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : ":" + e.getLocation().getLineNr();
            throw new IOException(file + where + ": " + e.getOriginalMessage(), e);
        }
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
