package org.archivelod.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Turns the highlighter's passages into {@link Snippet}s (data, not HTML: the page template escapes them), cut to
 * a window of about {@link #CONTEXT} characters around the matches, on word boundaries, with an ellipsis where cut.
 */
final class SnippetFormatter extends PassageFormatter {
    static final int CONTEXT = 90;
    private static final String ELLIPSIS = "…";
    private final String field;

    SnippetFormatter(String field) {
        this.field = field;
    }

    @Override
    public Object format(Passage[] passages, String content) {
        List<Snippet> snippets = new ArrayList<>();
        for (Passage p : passages) {
            if (p.getNumMatches() == 0) {
                continue;
            }
            int from = wordStart(content, Math.max(p.getStartOffset(), p.getMatchStarts()[0] - CONTEXT));
            int to = wordEnd(content, Math.min(p.getEndOffset(), p.getMatchEnds()[p.getNumMatches() - 1] + CONTEXT));
            List<Snippet.Run> runs = new ArrayList<>();
            if (from > 0) {
                runs.add(new Snippet.Run(ELLIPSIS, false));
            }
            int at = from;
            for (int i = 0; i < p.getNumMatches(); i++) {
                int start = Math.max(p.getMatchStarts()[i], at);
                int end = Math.min(p.getMatchEnds()[i], to);
                if (start >= end) {
                    continue;
                }
                add(runs, content.substring(at, start), false);
                add(runs, content.substring(start, end), true);
                at = end;
            }
            add(runs, content.substring(at, to), false);
            if (to < content.length()) {
                runs.add(new Snippet.Run(ELLIPSIS, false));
            }
            snippets.add(new Snippet(field, clean(runs)));
        }
        return snippets;
    }

    private static void add(List<Snippet.Run> runs, String text, boolean match) {
        if (text.isEmpty()) {
            return;
        }
        if (!runs.isEmpty() && runs.get(runs.size() - 1).match() == match && !runs.get(runs.size() - 1).text().equals(ELLIPSIS)) {
            Snippet.Run last = runs.remove(runs.size() - 1);
            runs.add(new Snippet.Run(last.text() + text, match));
        } else {
            runs.add(new Snippet.Run(text, match));
        }
    }

    /** Line breaks and runs of spaces read as one space in a snippet. */
    private static List<Snippet.Run> clean(List<Snippet.Run> runs) {
        return runs.stream().map(r -> new Snippet.Run(r.text().replaceAll("\\s+", " "), r.match())).toList();
    }

    private static int wordStart(String s, int i) {
        int at = Math.max(0, i);
        while (at > 0 && !Character.isWhitespace(s.charAt(at - 1))) {
            at--;
        }
        return at;
    }

    private static int wordEnd(String s, int i) {
        int at = Math.min(s.length(), i);
        while (at < s.length() && !Character.isWhitespace(s.charAt(at))) {
            at++;
        }
        return at;
    }
}
