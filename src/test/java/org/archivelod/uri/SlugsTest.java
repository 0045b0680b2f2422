package org.archivelod.uri;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SlugsTest {
    @Test
    void hardNamesOfOurSources() {
        assertEquals("letter-filippov-stalin-for-mao-zedong", Slugs.of("Letter, Cde. Filippov [Stalin] for Mao Zedong"));
        assertEquals("bulganiin", Slugs.of("Bulganiin"));
        assertEquals("chiang-kai-shek-jiang-jieshi", Slugs.of("Chiang Kai-shek [Jiang Jieshi]"));
        assertEquals("dmitrii-antonovich-volkogonov-papers-1887-1995", Slugs.of("Dmitriĭ Antonovich Volkogonov papers, 1887-1995"));
        assertEquals("nikolai-bulganin", Slugs.of("Николай Булганин"));
        assertEquals("毛泽东", Slugs.of("毛泽东"));
        assertEquals("raul-garcia-roa", Slugs.of("Raúl Garcia Roa"));
    }
}
