package org.archivelod.serve.http;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.RDFNode;
import org.archivelod.serve.site.SiteAggregatesView;

/**
 * What a page of the home page reads of the site lists before it prints anything: each section's entries and size, the
 * collection's span, and the kinds of document and the archives with their counts; {@link #named} is every thing of
 * them whose label the page prints, to be read together ({@link org.archivelod.serve.site.PageLabels}).
 */
record HomeReads(Map<String, List<SiteAggregatesView.Entry>> pages, Map<String, Integer> sizes,
        List<Map<String, RDFNode>> span, List<Map<String, RDFNode>> types, List<Map<String, RDFNode>> archives) {
    /** The home page's sections: the site lists it shows a page of. */
    static final List<String> SECTIONS = List.of("documents", "people", "groups", "places", "events");

    /**
     * Page {@code number} of each section, read for the five sections at once, with the overview of {@code release}
     * (the sections' sizes, the span, the kinds and the archives), kept in {@code overview} once read for it; the
     * caller holds a read transaction.
     */
    static HomeReads read(SiteAggregatesView aggregates, int number, ReleaseOverview overview, DatasetRelease release) {
        ReleaseOverview.Read read = overview.of(release, () -> new ReleaseOverview.Read(aggregates.sizes(SECTIONS),
                aggregates.select("overview-span", Map.of()), aggregates.select("overview-types", Map.of()),
                aggregates.select("overview-archives", Map.of())));
        return new HomeReads(aggregates.pages(SECTIONS, number), read.sizes(), read.span(), read.types(), read.archives());
    }

    /** The sections' entries, the kinds and the archives, in that order, each once. */
    Set<Node> named() {
        Set<Node> named = new LinkedHashSet<>();
        pages.values().forEach(entries -> entries.forEach(e -> named.add(e.item())));
        Stream.concat(types.stream().map(r -> r.get("type")), archives.stream().map(r -> r.get("archive")))
                .map(RDFNode::asNode).forEach(named::add);
        return named;
    }
}
