package org.archivelod.serve.render;

/**
 * How wide a label is drawn, estimated on the server so that the pictures can keep every label inside their view box.
 * The estimate is generous (it takes the widths of DejaVu Sans, the widest of the usual sans-serif fallbacks): Chinese,
 * Japanese and Korean characters count a full em, capitals and Cyrillic more than Latin small letters.
 */
final class TextWidths {
    private TextWidths() {}

    /** The width in pixels of {@code text} set at {@code fontSize} pixels. */
    static double of(String text, double fontSize) {
        double ems = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            ems += em(c);
            i += Character.charCount(c);
        }
        return ems * fontSize;
    }

    /** {@code text}, cut at a word or character and ended with "…" where it would be wider than {@code maxWidth}. */
    static String fit(String text, double maxWidth, double fontSize) {
        if (of(text, fontSize) <= maxWidth) return text;
        double budget = maxWidth - em('…') * fontSize;
        StringBuilder out = new StringBuilder();
        double used = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            used += em(c) * fontSize;
            if (used > budget) break;
            out.appendCodePoint(c);
            i += Character.charCount(c);
        }
        return out.toString().stripTrailing() + "…";
    }

    private static double em(int c) {
        if (c == ' ') return 0.32;
        if ("iIl.,;:'!|ıj()[]".indexOf(c) >= 0) return 0.34;
        if (wide(c)) return 1.0;
        if (Character.isUpperCase(c) || c == 'm' || c == 'w' || c == 'M' || c == 'W') return 0.74;
        if (Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC) return 0.68;
        if (Character.isDigit(c)) return 0.64;
        return 0.62;
    }

    private static boolean wide(int c) {
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HANGUL || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || (c >= 0xFF00 && c <= 0xFFEF) || (c >= 0x3000 && c <= 0x303F)
                || c == '…' || c == '—' || c == '→';
    }
}
