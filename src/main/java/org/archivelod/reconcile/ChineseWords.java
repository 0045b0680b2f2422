package org.archivelod.reconcile;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.BitSet;

/**
 * Where words begin and end in Chinese running text, which has no spaces: ICU's dictionary-based word break rules
 * ("在朝鲜战场上" is 在 / 朝鲜 / 战场 / 上; "方法国家" is 方法 / 国家, so it names no 法国). A name inside such text is
 * taken only where both its edges are word boundaries.
 */
final class ChineseWords {
    private final BitSet boundaries;

    private ChineseWords(BitSet boundaries) {
        this.boundaries = boundaries;
    }

    /** The word boundaries of the text; every offset is one when the text holds no Chinese character. */
    static ChineseWords of(String text) {
        if (text.codePoints().noneMatch(ChineseWords::isHan)) return new ChineseWords(null);
        BitSet b = new BitSet(text.length() + 1);
        BreakIterator words = BreakIterator.getWordInstance(ULocale.CHINESE);
        words.setText(text);
        for (int at = words.first(); at != BreakIterator.DONE; at = words.next()) b.set(at);
        return new ChineseWords(b);
    }

    /** True when a word begins or ends at this offset. */
    boolean boundary(int offset) {
        return boundaries == null || boundaries.get(offset);
    }

    /** Han script; every code point below U+2E80 (Latin, Cyrillic, punctuation) answers at once, without a table look-up. */
    static boolean isHan(int codePoint) {
        return codePoint >= 0x2E80 && Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }
}
