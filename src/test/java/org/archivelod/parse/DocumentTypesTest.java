package org.archivelod.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The kind a title or a Type line states, wherever a title states it, and nothing where it states none. */
class DocumentTypesTest {
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "Decree of the CC CPSU Politburo to Mir Bagirov CC Secretary of the Communist Party of Azerbaijan, 'Measures to Organize…'|decree",
            "Note from N. Khrushchev to the CPSU CC Presidium regarding conversations with Yugoslav leaders in Belgrade|note",
            "Note of Comrade Bergold, East German Ambassador, with the Polish Ambassador in North Vietnam, Comrade Siedliecky|note",
            "Record of Meeting between Prime Minister Fukuda and Vice Premier Deng (First Meeting)|record of meeting",
            "From the Journal of M.G. Podol’sky, 'Record of a Conversation with R. Berthold, Counsellor of the GDR Embassy in Hanoi, 18 February 1971'|record of a conversation",
            "From the Diary of N.V. Roshchin, Memorandum of Conversation with Chairman Mao Zedong on 20 October 1949|memorandum of conversation",
            "From the Journal of A. B. Petrov, 1 March 1951|journal entry",
            "From the Diary of A. B. Petrov|diary",
            "Report on the Political and Economic Situation in Tabriz in 1943|report",
            "Report, Hungarian Foreign Ministry to the Embassy of Hungary in North Korea (Excerpt)|report",
            "Telegram of the Ministry of Foreign Affairs to the Romanian Embassy in Beijing Regarding the Stopover|telegram",
            "Secret Telegram from Maneli (Saigon) to Spasowski (Warsaw) [Ciphergram No. 7237]|telegram",
            "Ciphered Telegram No. 34691 from Feng Xi [Stalin] to Soviet Ambassador in Pyongyang Shtykov|ciphered telegram",
            "Cable No. 2220, from Filippov [Stalin] to Mao Zedong|cable",
            "Rezső Nyers’s handwritten Notes on Gorbachev’s Briefing on the Malta Summit|notes",
            "Kim Il Sung's Letter to Stalin|letter",
            "Minutes of the Meeting of the Politburo of the CC CPSU, 12 May 1956|minutes of the meeting",
            "Excerpt from the Minutes of Conversation between Mao Zedong and Stalin|minutes of conversation",
            "Speech by Mao Zedong at the Supreme State Conference|speech",
            "Transcript of Conversation between Kim Il Sung and Todor Zhivkov|transcript",
            "Interview with Fidel Castro|interview",
            "Instructions to the Soviet Delegation at the Geneva Conference|instructions",
            "Resolution of the CC CPSU Presidium on the Hungarian Question|resolution",
            "Memorandum from Carlos Rafael Rodriguez to Commander Raúl Castro, re: Sending of Documents|memorandum",
            "Hungarian Embassy in Pyongyang, Report, 12 May 1960|report",
            "Polish Embassy in Hanoi, Ciphergram No. 123, 4 June 1965|ciphergram",
            "Soviet Foreign Ministry Memorandum on the Korean Question|memorandum",
            "Trần Đông, 'Speech at the Conference of Leading Cadres'|speech",
            "Conversation with the Chinese Ambassador [Ciphergram No. 99]|ciphergram",
            "Flash Telegram from Bucharest to Beijing|telegram",
            "Joint Communiqué of the Governments of China and Albania|joint communiqué",
            "Statement of the Soviet Government on the Situation in Laos|statement",
            "Message from Mao Zedong to Kim Il Sung|message",
            "From the Diary of V.V. Kuznetsov: Record of Conversation with Mao Zedong|record of conversation",
            "CIA Intelligence Report, 'Soviet Plans in the Far East'|report",
            "Journal of Soviet Ambassador A. B. Petrov for 3 March 1957|journal",
            "Minutes, Meeting of the Fixture Politburo|minutes",
    })
    void titleStatesItsKind(String title, String type) {
        assertEquals(Optional.of(type), DocumentTypes.inTitle(title));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Trần Đông, 'Key Issues in the Struggle against Chinese Spies and American Spies' [Excerpts]",
            "The Chancellor's [Helmut Kohl's] Meeting with British Prime Minister Major on Sunday, 9 June 1991, in Chequers",
            "Documents Concerning Conversations in Moscow between Carlos Rafael Rodriguez and Nikita Khrushchev",
            "Conversation between Mao Zedong and Kim Il Sung",
            "Draft Resolution of the CC CPSU on Hungary",
            "Soviet Draft Resolution on the Congo",
            "Mao Zedong and the Resolution of the Korean Question",
            "The Message from Premier Zhou has been handed to the Indonesian officials",
            "Notebooks of a Soviet Diplomat",
            "Reporting on the Chinese Delegation",
            "Talks on the Agreement, 1962",
            "Stalin and the Decision to Intervene",
    })
    void titleStatesNoKind(String title) {
        assertEquals(Optional.empty(), DocumentTypes.inTitle(title));
    }

    @Test
    void typeLine_wholeValueMustBeAKind() {
        assertEquals(Optional.of("ciphered telegram"), DocumentTypes.fromTypeLine("Ciphered telegram"));
        assertEquals(Optional.of("telegram"), DocumentTypes.fromTypeLine("Telegram"));
        assertEquals(Optional.of("memorandum of conversation"), DocumentTypes.fromTypeLine("Memorandum of Conversation."));
        assertEquals(Optional.of("telegram"), DocumentTypes.fromTypeLine("Secret telegram"));
        assertEquals(Optional.empty(), DocumentTypes.fromTypeLine("Telegram about the visit"));
        assertEquals(Optional.empty(), DocumentTypes.fromTypeLine("note of comrade bergold"));
        assertEquals(Optional.empty(), DocumentTypes.fromTypeLine("Diplomatic"));
    }

    @Test
    void heading_speechGivenBy() {
        assertEquals(Optional.of("speech"), DocumentTypes.inHeading("(Speech given by Deputy Minister Trần Đông [Tran Dong] at the Conference)"));
        assertEquals(Optional.empty(), DocumentTypes.inHeading("The speech of the Minister was long."));
    }
}
