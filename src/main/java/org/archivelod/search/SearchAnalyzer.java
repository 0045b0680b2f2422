package org.archivelod.search;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * How the search reads words: Unicode word breaks (Chinese ideographs one by one), lower case, accents folded
 * ("Dmitriĭ" finds "Dmitrii"), English possessives and plurals reduced ("divisions" finds "division").
 * Built by hand rather than by SPI names, so that the shaded jar needs no service files for it.
 */
public final class SearchAnalyzer extends Analyzer {
    /** A word of a text with its UTF-16 offsets. */
    public record Token(String term, int start, int end) {}

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream chain = new EnglishPossessiveFilter(source);
        chain = new LowerCaseFilter(chain);
        chain = new ASCIIFoldingFilter(chain);
        chain = new EnglishMinimalStemFilter(chain);
        return new TokenStreamComponents(source, chain);
    }

    /** The words of {@code text} as this analyzer reads them. */
    public List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = tokenStream("text", new StringReader(text))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new IllegalStateException("cannot analyse a string: " + e.getMessage(), e);
        }
        return tokens;
    }

    /** The words of {@code text} joined by one space: the key under which names are compared. */
    public String key(String text) {
        return String.join(" ", tokens(text).stream().map(Token::term).toList());
    }
}
