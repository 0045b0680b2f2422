package org.archivelod.parse;

/** Small text operations the readers share. */
final class Texts {
    private Texts() {}

    /** The line shortened for a message. */
    static String abbreviate(String s) {
        String t = s.strip();
        return t.length() <= 60 ? t : t.substring(0, 57) + "...";
    }
}
