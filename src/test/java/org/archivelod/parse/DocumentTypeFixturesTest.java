package org.archivelod.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.archivelod.record.ArchiveRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The kind of document each fixture's page states, read by the parser in the order title, Type line, Type field,
 * heading; the fixtures reproduce records2/202, 211, 213, 212, 210, 214 and a page whose only statement is a Type line.
 */
class DocumentTypeFixturesTest {
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "type-decree, decree",
            "type-journal-record, record of a conversation",
            "type-line, memorandum",
            "type-speech-heading, speech",
            "type-record-of-meeting, record of meeting",
            "type-note-of, note",
            "search-header, notes",
            "header-lines-telegram, telegram",
            "citation-block-bare, memorandum",   // no kind in the title: the heading "Memorandum from … to …" opens the text
    })
    void pageStatesItsKind(String fixture, String type) throws Exception {
        ArchiveRecord r = LayoutVariantsTest.parse(fixture);
        assertEquals(type.isEmpty() ? Optional.empty() : Optional.of(type), r.heading().documentType());
        assertEquals(type.isEmpty(), r.missing().contains("document type"), r.missing().toString());
    }

    @Test
    void theTitlesKindComesBeforeATypeLine() throws Exception {
        ArchiveRecord r = LayoutVariantsTest.parse("header-lines-telegram");
        assertEquals("Ciphered telegram", r.body().headerLines().type().get(0).value());
        assertEquals(Optional.of("telegram"), r.heading().documentType(), "'Secret Telegram' in the title");
    }
}
