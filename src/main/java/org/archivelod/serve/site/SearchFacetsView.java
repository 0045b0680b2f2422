package org.archivelod.serve.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.archivelod.search.DocumentFacets;
import org.archivelod.search.FacetCount;

/**
 * The search page's facets as a reader sees them: for each (year, type, archive, correspondent, person named) its
 * values among the documents found, with their labels in the reader's language, how many documents have each, and
 * the link that narrows the search to it; and the choices made so far, each with the link that takes it away.
 * Callers hold a read transaction (for the labels).
 */
public record SearchFacetsView(List<Facet> facets, List<Chosen> chosen) {
    private static final Map<String, String> NAMES = Map.of("year", "Year", "type", "Type of document",
            "archive", "Archive", "correspondent", "Correspondent", "person", "Person named");

    /** One facet: its name and values. */
    record Facet(String name, String dimension, List<Value> values) {
        public boolean hasValues() {
            return !values.isEmpty();
        }
    }

    /** A value: its label, its count ({@code countLabel} "1 document", "3 documents"), the link that chooses it. */
    record Value(String label, int count, String countLabel, String href, boolean chosen) {}

    /** A choice made: "Person named: Joseph Stalin", and the link without it. */
    record Chosen(String facet, String label, String removeHref) {}

    public boolean hasChosen() {
        return !chosen.isEmpty();
    }

    public static SearchFacetsView of(Map<String, List<FacetCount>> counts, SearchParameters p, Labels labels) {
        List<Facet> facets = new ArrayList<>();
        for (String dimension : DocumentFacets.DIMENSIONS) {
            List<Value> values = new ArrayList<>();
            for (FacetCount c : counts.getOrDefault(dimension, List.of())) {
                boolean year = dimension.equals("year");
                Optional<Integer> y = year ? Optional.of(Integer.parseInt(c.value())) : Optional.empty();
                boolean chosen = year ? p.from().equals(y) && p.to().equals(y) : p.isChosen(dimension, c.value());
                String href = year ? p.years(y, y).href() : p.with(dimension, c.value()).href();
                values.add(new Value(label(dimension, c.value(), labels), c.documents(),
                        Counted.of(c.documents(), "document"), href, chosen));
            }
            if (!dimension.equals("year")) {
                values.sort(java.util.Comparator.comparingInt(Value::count).reversed().thenComparing(Value::label));
            }
            facets.add(new Facet(NAMES.get(dimension), dimension, List.copyOf(values)));
        }
        List<Chosen> chosen = new ArrayList<>();
        if (p.from().isPresent() || p.to().isPresent()) {
            String range = p.from().equals(p.to()) ? String.valueOf(p.from().get())
                    : p.from().map(String::valueOf).orElse("…") + "–" + p.to().map(String::valueOf).orElse("…");
            chosen.add(new Chosen("Years", range, p.years(Optional.empty(), Optional.empty()).href()));
        }
        for (String dimension : DocumentFacets.DIMENSIONS) {
            for (String v : p.chosen().getOrDefault(dimension, List.of())) {
                chosen.add(new Chosen(NAMES.get(dimension), label(dimension, v, labels), p.without(dimension, v).href()));
            }
        }
        return new SearchFacetsView(List.copyOf(facets), List.copyOf(chosen));
    }

    /** The things whose labels {@link #of} prints: the values of the facets (not the years) and the values chosen. */
    public static List<Node> labelled(Map<String, List<FacetCount>> counts, SearchParameters p) {
        List<Node> nodes = new ArrayList<>();
        for (String dimension : DocumentFacets.DIMENSIONS) {
            if (dimension.equals("year")) continue;
            counts.getOrDefault(dimension, List.of()).forEach(c -> labelled(c.value(), nodes));
            p.chosen().getOrDefault(dimension, List.of()).forEach(v -> labelled(v, nodes));
        }
        return nodes;
    }

    private static void labelled(String value, List<Node> nodes) {
        if (value.contains(":")) nodes.add(NodeFactory.createURI(value));
    }

    private static String label(String dimension, String value, Labels labels) {
        if (dimension.equals("year") || !value.contains(":")) return value;
        return labels.label(NodeFactory.createURI(value));
    }
}
