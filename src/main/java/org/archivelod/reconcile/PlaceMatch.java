package org.archivelod.reconcile;

/**
 * A place or state named in a text: where ({@code start} inclusive, {@code end} exclusive, Java char offsets),
 * the words as printed there ("MOSCOW", "Port Arthur"), and the gazetteer entry they name.
 */
public record PlaceMatch(int start, int end, String exact, GazetteerEntry entry) {}
