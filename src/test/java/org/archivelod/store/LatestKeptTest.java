package org.archivelod.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What was written last is kept, however often what was kept before it is read: the least recently used is forgotten
 * first, past a bound on the entries' weight, and never the entry just written nor the one used last before it.
 */
class LatestKeptTest {
    @Test
    void whatWasJustWritten_isKept_whenTheEntriesBeforeItWereReadOften() {
        LatestKept<String, String> kept = new LatestKept<>(100, 300);
        for (int i = 0; i < 100; i++) kept.put("earlier " + i, "e");
        for (int read = 0; read < 10; read++) {
            for (int i = 0; i < 100; i++) kept.get("earlier " + i);
        }
        for (int i = 0; i < 60; i++) kept.put("new " + i, "n");
        List<String> forgotten = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            if (kept.get("new " + i) == null) forgotten.add("new " + i);
        }
        assertEquals(List.of(), forgotten);
        assertNull(kept.get("earlier 59"), "the 60 used least recently are forgotten");
        assertEquals("e", kept.get("earlier 60"));
    }

    @Test
    void theLeastRecentlyUsed_isForgottenFirst_andToldOf() {
        List<String> told = new ArrayList<>();
        LatestKept<String, Integer> kept = new LatestKept<>(10, 300, weight -> weight, (key, weight) -> told.add(key));
        kept.put("a", 4);
        kept.put("b", 4);
        kept.get("a");
        kept.put("c", 4);
        assertEquals(List.of("b"), told, "b was used least recently");
        assertEquals(4, kept.get("a"));
        assertNull(kept.get("b"));
    }

    @Test
    void theEntryWritten_andTheOneUsedBeforeIt_areKept_whateverTheirWeight() {
        List<String> told = new ArrayList<>();
        LatestKept<String, Integer> kept = new LatestKept<>(10, 300, weight -> weight, (key, weight) -> told.add(key));
        kept.put("a", 3);
        kept.put("long", 50);
        kept.put("longer", 60);
        assertEquals(List.of("a"), told);
        assertEquals(50, kept.get("long"));
        assertEquals(60, kept.get("longer"));
        kept.put("next", 1);
        assertEquals(List.of("a", "long"), told, "past the bound: all but the last two used");
    }
}
