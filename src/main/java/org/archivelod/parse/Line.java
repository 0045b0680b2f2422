package org.archivelod.parse;

/** A line of a record file with its 1-based line number. */
record Line(String text, int number) {}
