package org.archivelod.serve.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Label widths are estimated generously for every script, and labels too wide are cut with an ellipsis. */
class TextWidthsTest {
    @Test
    void chineseCountsAFullEm_widerThanLatinOrCyrillicOfAsManyCharacters() {
        assertEquals(4 * 12, TextWidths.of("毛泽东主", 12), 0.001);
        assertTrue(TextWidths.of("毛泽东主", 12) > TextWidths.of("Мао ", 12));
        assertTrue(TextWidths.of("Сталин", 12) > TextWidths.of("stalin", 12));
    }

    @Test
    void fitCutsAtTheBudget_withAnEllipsis() {
        String cut = TextWidths.fit("Ciphered Telegram from Mao Zedong to Filippov [Stalin]", 120, 12);
        assertTrue(cut.endsWith("…") && TextWidths.of(cut, 12) <= 120, cut);
        assertEquals("Mao Zedong", TextWidths.fit("Mao Zedong", 120, 12));
        String chinese = TextWidths.fit("中共中央关于抗美援朝的决定", 60, 12);
        assertTrue(chinese.endsWith("…") && TextWidths.of(chinese, 12) <= 60, chinese);
    }
}
