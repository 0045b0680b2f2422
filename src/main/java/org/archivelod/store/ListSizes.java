package org.archivelod.store;

import java.util.HexFormat;
import java.util.function.ObjIntConsumer;

/**
 * How many entries each of many lists has so far, for lists written a few entries at a time in any order (the
 * passages of every entity, {@link PassageLists}): keyed by the 128-bit MD5 in hexadecimal that ends each list's name
 * ({@link SiteAggregates#listName}), held as two {@code long}s in an open-addressed table, so that a list costs about
 * 40 bytes however long its entity's IRI (an entity per document event at 10^5 documents is hundreds of thousands).
 */
final class ListSizes {
    private static final HexFormat HEX = HexFormat.of();
    private long[] high = new long[1 << 10];
    private long[] low = new long[1 << 10];
    private int[] counts = new int[1 << 10];
    private int used;

    /** Counts one more entry of the list whose name ends with {@code md5} (32 hexadecimal digits); its position. */
    int next(String md5) {
        long h = HexFormat.fromHexDigitsToLong(md5, 0, 16);
        long l = HexFormat.fromHexDigitsToLong(md5, 16, 32);
        int i = slot(high, low, counts, h, l);
        if (counts[i] == 0) {
            high[i] = h;
            low[i] = l;
            if (++used * 2 > counts.length) {
                counts[i] = 1;
                grow();
                return 1;
            }
        }
        return ++counts[i];
    }

    /** Each list's MD5 (as given to {@link #next}) and size, in no particular order. */
    void forEach(ObjIntConsumer<String> list) {
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) list.accept(HEX.toHexDigits(high[i]) + HEX.toHexDigits(low[i]), counts[i]);
        }
    }

    /** The slot of a key: its own, or the empty one where it goes (linear probing). */
    private static int slot(long[] high, long[] low, int[] counts, long h, long l) {
        int mask = counts.length - 1;
        int i = (int) ((h ^ l) ^ ((h ^ l) >>> 32)) & mask;
        while (counts[i] != 0 && (high[i] != h || low[i] != l)) i = (i + 1) & mask;
        return i;
    }

    private void grow() {
        long[] h = new long[counts.length * 2];
        long[] l = new long[counts.length * 2];
        int[] c = new int[counts.length * 2];
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == 0) continue;
            int j = slot(h, l, c, high[i], low[i]);
            h[j] = high[i];
            l[j] = low[i];
            c[j] = counts[i];
        }
        high = h;
        low = l;
        counts = c;
    }
}
