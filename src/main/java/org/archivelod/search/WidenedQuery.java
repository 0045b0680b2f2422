package org.archivelod.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.Query;

/**
 * A query as typed, with each name the authority data knows replaced by the alternatives of all its spellings
 * ({@code "Chou En-lai"} → {@code ("Zhou Enlai" OR "Chou En-lai")}), parsed in Lucene's syntax with every word
 * required.
 */
final class WidenedQuery {
    private static final int MAX_VARIANTS = 12;

    private WidenedQuery() {}

    /** {@code typed} parsed for {@code fields}, each known name widened to all its names; a query that is not valid syntax is read as plain words. */
    static Query parse(String typed, List<NameVariants.Found> found, String[] fields, Analyzer analyzer, Map<String, Float> boosts) {
        MultiFieldQueryParser parser = new MultiFieldQueryParser(fields, analyzer, boosts);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        try {
            return parser.parse(widen(typed, found));
        } catch (ParseException | RuntimeException notSyntax) {
            try {
                return parser.parse(QueryParser.escape(typed));
            } catch (ParseException e) {
                throw new IllegalArgumentException("cannot read the query: " + e.getMessage(), e);
            }
        }
    }

    /** Replaces each known name in the query by the alternatives of all its spellings: ("Zhou Enlai" OR "Chou En-lai"). */
    static String widen(String typed, List<NameVariants.Found> found) {
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
            List<String> variants = new ArrayList<>(f.variants()).subList(0, Math.min(MAX_VARIANTS, f.variants().size()));
            for (int i = 0; i < variants.size(); i++) {
                out.append(i == 0 ? "" : " OR ").append('"').append(variants.get(i).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
            }
            out.append(')');
            at = end;
        }
        return out.append(typed.substring(at)).toString();
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
