package org.archivelod.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Bodies and places the authority file and the gazetteer do not list, found by their shapes only (sentences we wrote). */
class BodiesAndPlacesTest {
    private static List<String> bodies(String text) {
        return GroupNames.find(text).stream().map(GroupNames.Found::name).toList();
    }

    private static List<String> places(String text) {
        return PlaceNames.find(text, Set.of("Iran", "Taiwan")::contains).stream().map(PlaceNames.Found::name).toList();
    }

    @Test
    void bodiesHaveAHeadAndAName() {
        assertEquals(List.of("Korean Workers’ Party"), bodies("He met the Korean Workers’ Party leaders."));
        assertEquals(List.of("Ministry of Foreign Affairs of Albania"), bodies("In the Ministry of Foreign Affairs of Albania we met."));
        assertEquals(List.of("Soviet Embassy in Beijing"), bodies("The Soviet Embassy in Beijing reported."));
        assertEquals(List.of("State Council"), bodies("State Council Deputy Secretary-General Li Liyin arrived."));
        assertEquals(List.of("Hungarian Socialist Party"), bodies("President of the Hungarian Socialist Party spoke."));
        assertEquals(List.of("Romanian Communist Party", "Korean Workers’ Party"),
                bodies("Both the Romanian Communist Party and the Korean Workers’ Party agreed."));
        assertEquals(List.of("Ministry of Foreign Affairs of the DPRK"), bodies("the Ministry of Foreign Affairs of the DPRK informed"));
    }

    @Test
    void officesEventsAgreementsAndLoneHeadsAreNotBodies() {
        assertEquals(List.of(), bodies("The Chief of Staff said so."));
        assertEquals(List.of(), bodies("The Ministry agreed. The Committee met."));
        assertEquals(List.of(), bodies("At the Meeting of the Politburo nothing was decided."));
        assertEquals(List.of(), bodies("The Warsaw Pact and the Politburo Resolution."));
        assertEquals(List.of(), bodies("Throughout Our Service we did."));
    }

    @Test
    void genericBodiesAreToldFromOnesThatSayWhose() {
        assertTrue(GroupNames.generic("Ministry of Foreign Affairs"));
        assertTrue(GroupNames.generic("Central Committee"));
        assertFalse(GroupNames.generic("Romanian Communist Party"));
    }

    @Test
    void featuresAndDirectedPartsOfKnownPlaces() {
        assertEquals(List.of("Korean Peninsula"), places("troops on the Korean Peninsula were"));
        assertEquals(List.of("Brioni Islands"), places("my stay in the Brioni Islands was"));
        assertEquals(List.of("Northern Iran"), places("the provinces of Northern Iran and"));
        assertEquals(List.of("Taiwan Strait"), places("ships in the Taiwan Strait"));
        assertEquals(List.of(), places("the Northern Department and the Island"));
        assertEquals(List.of(), places("The River was high."));
    }

    @Test
    void namesTheTextCallsPlaces_afterOrBeforeAPlaceNoun() {
        assertEquals(List.of("Dornfeld", "Kalvi", "Ostrava Nova"), places("the consulates in the cities of Dornfeld, Kalvi, and Ostrava Nova worked"));
        assertEquals(List.of("Tarnak", "Sulvar", "Oberhain", "Wesel"), places("including the towns of: Tarnak, Sulvar, Oberhain and Wesel."));
        assertEquals(List.of("Northern Iran", "Qarvan"), places("a movement in the provinces of Northern Iran and the Qarvan region"));
        assertEquals(List.of("Split"), places("the city of Split was calm"));
        // demonyms, directions, offices and sentence words are not places, whatever noun follows them
        assertEquals(List.of(), places("the Kurdish region, the Eastern region, the Military District, Each district"));
        assertEquals(List.of(), places("the province of the Far East; the city of Comrade Kim; the village of Mao's birth"));
    }
}
