package org.archivelod.serve.site;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.archivelod.uri.UriScheme;

/**
 * A person's dates of life and offices for the top of the page ("Born 5 March 1898 · Died 8 January 1976",
 * "Premier of the People's Republic of China, 1949–1976"), each with the page it was read in, read through the site
 * query {@code entity-life}. Empty when the authority file has none for the entity.
 */
public record EntityLife(Fact born, Fact died, List<Fact> offices) {

    /** One fact: "Born", "5 March 1898" ({@code datetime} for {@code <time>}), or an office with its years; its source. */
    public record Fact(String text, String when, String datetime, String source) {}

    /** A date in the line of dates, with what goes before it ("" for the first, " · " for the next). */
    public record Listed(String separator, Fact fact) {}

    public boolean any() {
        return born != null || died != null || !offices.isEmpty();
    }

    /** The line of dates: born, then died, those known. */
    public List<Listed> dates() {
        List<Listed> line = new ArrayList<>();
        for (Fact f : new Fact[] {born, died}) {
            if (f != null) line.add(new Listed(line.isEmpty() ? "" : " · ", f));
        }
        return line;
    }

    public boolean hasDates() {
        return born != null || died != null;
    }

    public boolean hasOffices() {
        return !offices.isEmpty();
    }

    /**
     * The facts the store holds about {@code entity} (minted under {@code base}); {@code store} is the union of its
     * graphs. The offices are looked up by their activity type, so the reading does not grow with the activities the
     * entity carried out (its letters), and the query's {@code LIMIT} bounds it.
     */
    public static EntityLife of(SiteQueries queries, DatasetGraph store, Node entity, String base) {
        Node officeType = NodeFactory.createURI(UriScheme.at(base).activityType("office"));
        List<Fact> born = new ArrayList<>();
        List<Fact> died = new ArrayList<>();
        List<Fact> offices = new ArrayList<>();
        for (Map<String, RDFNode> row : queries.select("entity-life", store, Map.of("entity", entity, "officeType", officeType))) {
            LocalDateTime begin = dateTime(row.get("begin"));
            LocalDateTime end = dateTime(row.get("end"));
            if (begin == null || end == null) continue;
            String source = row.get("source").isLiteral() ? row.get("source").asLiteral().getLexicalForm() : row.get("source").toString();
            switch (row.get("fact").asLiteral().getLexicalForm()) {
                case "born" -> born.add(day("Born", begin, end, source));
                case "died" -> died.add(day("Died", begin, end, source));
                default -> {
                    RDFNode type = row.get("type");
                    RDFNode label = row.get("label");
                    if (type != null && type.isURIResource() && UriScheme.isActivityType(type.asResource().getURI(), "office")
                            && label != null && label.isLiteral()) {
                        String years = begin.getYear() == end.getYear() ? String.valueOf(begin.getYear())
                                : begin.getYear() + "–" + end.getYear();
                        offices.add(new Fact(label.asLiteral().getLexicalForm(), years, "", source));
                    }
                }
            }
        }
        return new EntityLife(born.stream().findFirst().orElse(null), died.stream().findFirst().orElse(null),
                offices.stream().distinct().toList());
    }

    private static Fact day(String what, LocalDateTime begin, LocalDateTime end, String source) {
        WrittenDates written = WrittenDates.of(begin, end, false);
        return new Fact(what, written.text(), written.datetime(), source);
    }

    private static LocalDateTime dateTime(RDFNode node) {
        if (node == null || !node.isLiteral()) return null;
        try {
            return LocalDateTime.parse(node.asLiteral().getLexicalForm().replaceFirst("(Z|[+-]\\d{2}:\\d{2})$", ""));
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
