package org.archivelod.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TitlePartsTest {
    @Test
    void numberedTelegram_toAnAmbassadorNamedByOffice() {
        TitleParts t = TitleParts.of("Ciphered Telegram No. 34691 from Feng Xi [Stalin] to Soviet Ambassador in Pyongyang Shtykov");
        assertEquals(Optional.of("ciphered telegram"), t.documentType());
        assertEquals(Optional.of("34691"), t.number());
        assertEquals(List.of("Feng Xi [Stalin]"), t.senders());
        assertEquals(List.of("Soviet Ambassador in Pyongyang Shtykov"), t.addressees());
    }

    @Test
    void via_namesAnIntermediary() {
        TitleParts t = TitleParts.of("Telegram from Filippov [Stalin] to Zhou Enlai via Zakharov");
        assertEquals(List.of("Zhou Enlai"), t.addressees());
        assertEquals(List.of("Zakharov"), t.intermediaries());
    }

    @Test
    void toOneForAnother_theFirstPassesItOn() {
        TitleParts t = TitleParts.of("Ciphered Telegram from Filippov [Stalin] to Krasovsky, for Mao Zedong");
        assertEquals(List.of("Filippov [Stalin]"), t.senders());
        assertEquals(List.of("Mao Zedong"), t.addressees());
        assertEquals(List.of("Krasovsky"), t.intermediaries());
    }

    @Test
    void severalAddressees_andOffices() {
        assertEquals(List.of("Chairman Mao [Zedong]", "the Central Committee"),
                TitleParts.of("Report, Zhou Enlai to Chairman Mao [Zedong] and the Central Committee").addressees());
        assertEquals(List.of("the USSR First Deputy Minister of Foreign Affairs"),
                TitleParts.of("Letter from Kim Il Sung to the USSR First Deputy Minister of Foreign Affairs").addressees());
        assertEquals(List.of("USSR Foreign Ministry"), TitleParts.of("Cable No. 2, Roshchin to USSR Foreign Ministry").addressees());
    }

    @Test
    void senderOnly_withATrailingDate() {
        TitleParts t = TitleParts.of("Telegram from Polish Embassy in Havana (Jeleń), 31 October 1962");
        assertEquals(List.of("Polish Embassy in Havana (Jeleń)"), t.senders());
        assertEquals(List.of(), t.addressees());
    }

    @Test
    void diaryAndConversation() {
        TitleParts diary = TitleParts.of("From the Diary of N.V. Roshchin, Memorandum of Conversation with Chairman Mao Zedong on 20 October 1949");
        assertEquals(Optional.of("memorandum of conversation"), diary.documentType());
        assertEquals(List.of("N.V. Roshchin"), diary.senders());
        TitleParts minutes = TitleParts.of("Minutes of Conversation between I.V. Stalin and Zhou Enlai");
        assertEquals(Optional.of("minutes of conversation"), minutes.documentType());
        assertEquals(List.of(), minutes.senders(), "participants in a conversation are not its authors");
        assertEquals(List.of("I.V. Stalin", "Zhou Enlai"), minutes.participants());
    }

    @Test
    void unknownForm_givesNothing() {
        TitleParts t = TitleParts.of("On the Korean question");
        assertEquals(Optional.empty(), t.documentType());
        assertEquals(List.of(), t.senders());
    }
}
