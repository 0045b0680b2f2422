package org.archivelod.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArchiveRecordTest {

    private static final PrintedDate DATE = PrintedDate.of("May 3, 1950", LocalDate.of(1950, 5, 3));

    @Test
    void builderPutsEachValueInTheGroupThatHoldsIt() {
        ArchiveRecord r = ArchiveRecord.builder("x.txt", PageLayout.PAGE)
                .date(DATE).title("Cable No. 2220, from Filippov [Stalin] to Mao Zedong").documentNumber(Optional.of("2220"))
                .authors(List.of("Filippov [Stalin]")).addressees(List.of("Mao Zedong"))
                .text("Comrade Mao Zedong!").recordId(Optional.of("111199")).language(Optional.of("Russian"))
                .missing(List.of("summary"))
                .build();

        assertEquals("x.txt", r.source());
        assertEquals(PageLayout.PAGE, r.layout());
        assertEquals(DATE, r.heading().date());
        assertEquals(Optional.of("2220"), r.heading().documentNumber());
        assertEquals(List.of("Filippov [Stalin]"), r.heading().authors());
        assertEquals(List.of("Mao Zedong"), r.heading().addressees());
        assertEquals("Comrade Mao Zedong!", r.body().text());
        assertEquals(Optional.of("111199"), r.information().recordId());
        assertEquals(Optional.of("Russian"), r.information().language());
        assertEquals(List.of("summary"), r.missing());
    }

    @Test
    void builderLeavesWhatIsNotSetEmpty() {
        ArchiveRecord r = ArchiveRecord.builder("x.txt", PageLayout.PDF_EXPORT).date(DATE).title("A title").build();

        assertEquals(new RecordBody("", List.of(), HeaderLines.NONE, List.of(), List.of(), List.of(), Optional.empty(),
                List.of()), r.body());
        assertEquals(new DocumentInformation(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty()), r.information());
        assertEquals(List.of(), r.heading().parties());
        assertEquals(Optional.empty(), r.heading().summary());
        assertEquals(List.of(), r.missing());
    }

    @Test
    void builderRefusesARecordWithoutDateOrTitle() {
        assertThrows(NullPointerException.class,
                () -> ArchiveRecord.builder("x.txt", PageLayout.PAGE).title("A title").build());
        assertThrows(NullPointerException.class,
                () -> ArchiveRecord.builder("x.txt", PageLayout.PAGE).date(DATE).build());
    }
}
