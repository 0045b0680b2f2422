package org.archivelod.serve.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameScoreTest {
    private static final List<String> ZHOU = List.of("Chou En-lai", "周恩来");

    @Test
    void exactLabel_100_exactVariant_95() {
        assertEquals(100, NameScore.score("Zhou Enlai", "Zhou Enlai", ZHOU));
        assertEquals(100, NameScore.score(" Zhou  Enlai ", "Zhou Enlai", ZHOU));
        assertEquals(95, NameScore.score("Chou En-lai", "Zhou Enlai", ZHOU));
        assertEquals(95, NameScore.score("周恩来", "Zhou Enlai", ZHOU));
    }

    @Test
    void caseAccentsAndPunctuationAside_90() {
        assertEquals(90, NameScore.score("chou en lai", "Zhou Enlai", ZHOU));
        assertEquals(90, NameScore.score("Trần Đông", "Tran Dong", List.of()));
        assertEquals(90, NameScore.score("Jelen", "Jeleń", List.of()));
    }

    @Test
    void sharedWords_scoreByTheirShare_upTo80() {
        assertEquals(40, NameScore.score("Stalin", "Joseph Stalin", List.of()));
        assertEquals(27, NameScore.score("Kim", "Kim Il Sung", List.of()));
        assertEquals(0, NameScore.score("Xqzvbrt", "Kim Il Sung", List.of()));
        assertEquals(0, NameScore.score(" - ", "Kim Il Sung", List.of()));
        assertEquals(80, NameScore.score("Sung Il Kim", "Kim Il Sung", List.of("Kim Il Sung Il")));
    }

    @Test
    void startsWith_aNameOrAWordOfOne() {
        assertTrue(NameScore.startsWith("zho", "Zhou Enlai", ZHOU));
        assertTrue(NameScore.startsWith("EN", "Zhou Enlai", ZHOU));
        assertFalse(NameScore.startsWith("lai", "Zhou Enlai", List.of()));
        assertFalse(NameScore.startsWith("", "Zhou Enlai", ZHOU));
    }
}
