package org.archivelod.record;

import java.util.List;
import java.util.Optional;

/**
 * A party named in a title (author, addressee, intermediary or participant), as printed and taken apart:
 * "Cde. Filippov [Stalin]" → honorific "Cde.", name "Filippov", glosses ["Stalin"];
 * "FENG XI [FYN SI; Stalin]" → name "FENG XI", normalised "Feng Xi", glosses ["FYN SI", "Stalin"].
 * Glosses are the editor's bracketed or parenthesised additions in printed order; whether one is an identification
 * or another spelling is left to the authority file, not guessed here.
 *
 * @param normalisedName the name with letter-spacing closed up ("S H T Y K O V" → "Shtykov") and all-capital words
 *                       in title case; otherwise as printed
 * @param kind           BODY when the words name an organisation ("USSR Council of Ministers"), OFFICE when they name
 *                       a post ("the USSR First Deputy Minister of Foreign Affairs"), NAME otherwise
 */
public record PrintedName(Role role, String asPrinted, Optional<String> honorific, String name, String normalisedName,
                          List<String> glosses, Kind kind) {
    public enum Role {
        AUTHOR, ADDRESSEE, INTERMEDIARY,
        /** Named by a title "… between X and Y": a party to a conversation, not its author. */
        PARTICIPANT
    }

    public enum Kind { NAME, OFFICE, BODY }
}
