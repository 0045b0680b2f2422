package org.archivelod.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.Query;

/**
 * A query as typed, with each name the authority data knows replaced by the alternatives of all its spellings
 * ({@code "Chou En-lai"} → {@code ("Zhou Enlai" OR "Chou En-lai")}), parsed in Lucene's syntax with every word
 * required. A spelling that holds another one's words in the same order is left out ({@link #searchedAs}).
 */
final class WidenedQuery {
    private static final int MAX_VARIANTS = 12;

    private WidenedQuery() {}

    /** {@code typed} parsed for {@code fields}, each known name widened to all its names; a query that is not valid syntax is read as plain words. */
    static Query parse(String typed, List<NameVariants.Found> found, String[] fields, SearchAnalyzer analyzer, Map<String, Float> boosts) {
        MultiFieldQueryParser parser = new MultiFieldQueryParser(fields, analyzer, boosts);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        try {
            return parser.parse(widen(typed, found, analyzer));
        } catch (ParseException | RuntimeException notSyntax) {
            try {
                return parser.parse(QueryParser.escape(typed));
            } catch (ParseException e) {
                throw new IllegalArgumentException("cannot read the query: " + e.getMessage(), e);
            }
        }
    }

    /**
     * Replaces each known name in the query by the alternatives of the spellings it is {@linkplain #searchedAs searched
     * under}: ("Zhou Enlai" OR "Chou En-lai").
     */
    static String widen(String typed, List<NameVariants.Found> found, SearchAnalyzer analyzer) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (NameVariants.Found f : found) {
            int start = f.start();
            int end = f.end();
            if (quotesBefore(typed, start) % 2 == 1) {
                boolean whole = start > 0 && end < typed.length() && typed.charAt(start - 1) == '"' && typed.charAt(end) == '"';
                if (!whole) {
                    continue;
                }
                start--;
                end++;
            }
            if (start < at) {
                continue;
            }
            out.append(typed, at, start).append('(');
            List<String> variants = searchedAs(f.variants(), analyzer);
            for (int i = 0; i < variants.size(); i++) {
                out.append(i == 0 ? "" : " OR ").append('"').append(variants.get(i).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
            }
            out.append(')');
            at = end;
        }
        return out.append(typed.substring(at)).toString();
    }

    /**
     * The spellings a name is searched under, {@value #MAX_VARIANTS} at most, in their order: each of {@code variants}
     * but one that holds another's words in the same order as the analyzer reads them ("Joseph Stalin" and "I.V.
     * Stalin" beside "Stalin"; of two with the same words, the second), which finds no document in any field that the
     * other does not. The documents found are the same; only their scores change. Each spelling is a phrase over every
     * field, and a document's names field holds all the spellings of each name it names, so each one searched is a
     * pass over all of those documents: at 10^5, the nine spellings of Stalin (42,796 documents) cost 78 ms of Lucene's
     * collecting, the seven left 60 ms.
     */
    static List<String> searchedAs(Collection<String> variants, SearchAnalyzer analyzer) {
        List<String> spellings = List.copyOf(variants);
        List<List<String>> words = spellings.stream()
                .map(v -> analyzer.tokens(v).stream().map(SearchAnalyzer.Token::term).toList()).toList();
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < spellings.size() && kept.size() < MAX_VARIANTS; i++) {
            if (!holdsAnother(words, i)) kept.add(spellings.get(i));
        }
        return kept;
    }

    /** Whether the {@code i}-th spelling's words hold a shorter spelling's, or an earlier one's with the same words. */
    private static boolean holdsAnother(List<List<String>> words, int i) {
        for (int j = 0; j < words.size(); j++) {
            List<String> other = words.get(j);
            boolean shorterOrEarlier = other.size() < words.get(i).size() || (other.size() == words.get(i).size() && j < i);
            if (j != i && !other.isEmpty() && shorterOrEarlier && Collections.indexOfSubList(words.get(i), other) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static int quotesBefore(String s, int end) {
        int n = 0;
        for (int i = 0; i < end; i++) {
            if (s.charAt(i) == '"' && (i == 0 || s.charAt(i - 1) != '\\')) {
                n++;
            }
        }
        return n;
    }

}
