package org.archivelod.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;

/**
 * The facets of the full-text index (Lucene's sorted-set facets): what each document is filed under when it is
 * indexed ({@link DocumentFacets}), the filters a {@link SearchRequest} chooses, and the counts of each facet's
 * values among the documents found. Also the document's year as a number, for ranges, and its day, for the order
 * by date.
 */
final class SearchFacets {
    static final String YEAR = "year";
    private static final String YEAR_POINT = "year-point";
    private static final String DAY = "day";
    /** The most values shown of a facet (the years are all shown: there are few). */
    static final int MOST_VALUES = 12;

    private final FacetsConfig config = new FacetsConfig();
    private IndexReader stateReader;
    private SortedSetDocValuesReaderState state;

    SearchFacets() {
        for (String dimension : DocumentFacets.DIMENSIONS) {
            config.setMultiValued(dimension, true);
        }
    }

    /** Files {@code d} under its facet values and its date ({@code xsd:date}, gYearMonth or gYear lexical form). */
    Document file(Document d, List<DocumentFacets.Value> values, String date) throws IOException {
        firstDay(date).ifPresent(day -> {
            d.add(new IntPoint(YEAR_POINT, day.getYear()));
            d.add(new NumericDocValuesField(DAY, day.toEpochDay()));
            d.add(new SortedSetDocValuesFacetField(YEAR, String.valueOf(day.getYear())));
        });
        for (DocumentFacets.Value v : values) {
            if (!v.dimension().equals(YEAR) && DocumentFacets.DIMENSIONS.contains(v.dimension()) && !v.value().isEmpty()) {
                d.add(new SortedSetDocValuesFacetField(v.dimension(), v.value()));
            }
        }
        return config.build(d);
    }

    /** {@code query} narrowed to the chosen values (each must hold) and the range of years. */
    Query narrow(Query query, SearchRequest request) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST);
        request.chosen().forEach((dimension, values) -> values.forEach(value -> b.add(new TermQuery(
                DrillDownQuery.term(config.getDimConfig(dimension).indexFieldName, dimension, value)),
                BooleanClause.Occur.FILTER)));
        if (request.fromYear().isPresent() || request.toYear().isPresent()) {
            b.add(IntPoint.newRangeQuery(YEAR_POINT, request.fromYear().orElse(Integer.MIN_VALUE),
                    request.toYear().orElse(Integer.MAX_VALUE)), BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    /** The order of the hits: by relevance, or by date (oldest first, undated last; ties by relevance). */
    static Sort sort(SearchRequest.Order order) {
        if (order == SearchRequest.Order.RELEVANCE) {
            return Sort.RELEVANCE;
        }
        SortField byDay = new SortField(DAY, SortField.Type.LONG);
        byDay.setMissingValue(Long.MAX_VALUE);
        return new Sort(byDay, SortField.FIELD_SCORE);
    }

    /** The counts of every facet among the documents {@code found} collected, for the reader {@code reader}. */
    Map<String, List<FacetCount>> count(IndexReader reader, FacetsCollector found) throws IOException {
        Map<String, List<FacetCount>> counts = new LinkedHashMap<>();
        SortedSetDocValuesReaderState current = state(reader);
        if (current == null) {
            DocumentFacets.DIMENSIONS.forEach(d -> counts.put(d, List.of()));
            return counts;
        }
        SortedSetDocValuesFacetCounts facets = new SortedSetDocValuesFacetCounts(current, found);
        for (String dimension : DocumentFacets.DIMENSIONS) {
            FacetResult result = dimension.equals(YEAR) ? children(() -> facets.getAllChildren(dimension))
                    : children(() -> facets.getTopChildren(MOST_VALUES, dimension));
            List<FacetCount> values = new ArrayList<>();
            if (result != null) {
                for (LabelAndValue lv : result.labelValues) {
                    values.add(new FacetCount(lv.label, lv.value.intValue()));
                }
            }
            values.sort(dimension.equals(YEAR) ? Comparator.comparing(FacetCount::value)
                    : Comparator.comparingInt(FacetCount::documents).reversed().thenComparing(FacetCount::value));
            counts.put(dimension, List.copyOf(values));
        }
        return counts;
    }

    private interface Children {
        FacetResult get() throws IOException;
    }

    /** A facet's values; none when no document of the index has one (Lucene refuses a dimension it has not seen). */
    private static FacetResult children(Children children) throws IOException {
        try {
            return children.get();
        } catch (IllegalArgumentException notIndexed) {
            return null;
        }
    }

    /** The ordinals of the facet values of {@code reader}, read once per version of the index. */
    private synchronized SortedSetDocValuesReaderState state(IndexReader reader) throws IOException {
        if (reader != stateReader) {
            stateReader = reader;
            try {
                state = new DefaultSortedSetDocValuesReaderState(reader, config);
            } catch (IllegalArgumentException noFacets) {
                state = null;
            }
        }
        return state;
    }

    static Optional<LocalDate> firstDay(String lexical) {
        try {
            return Optional.of(switch (lexical.length()) {
                case 4 -> LocalDate.of(Integer.parseInt(lexical), 1, 1);
                case 7 -> LocalDate.parse(lexical + "-01");
                default -> LocalDate.parse(lexical.substring(0, 10));
            });
        } catch (RuntimeException notADate) {
            return Optional.empty();
        }
    }
}
