package org.archivelod.cmif;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * One sending of correspondence as the data states it: the document sent, its senders and addressees, the places of
 * sending and of receipt where the record states them, and the document's date as written ({@code xsd:date},
 * {@code gYearMonth} or {@code gYear}).
 */
public record Letter(String document, String sending, String title, List<Party> senders, List<Party> addressees,
        List<Party> placesSent, List<Party> placesReceived, Optional<Date> date) {

    /** Whom or where a name stands for: our IRI, the label, what kind of name it is, and an authority IRI if we have one. */
    public record Party(String iri, String name, Kind kind, Optional<String> authority) {
        /** The authority IRI where we have one, else our own. */
        public String ref() {
            return authority.orElse(iri);
        }
    }

    /** How TEI names it. */
    public enum Kind { PERSON, ORGANISATION, PLACE }

    /** A date as the data writes it: {@code lexical} in the form {@code datatype} (date, gYearMonth, gYear) says. */
    public record Date(String lexical, String datatype) {
        /** True for a whole day ({@code xsd:date}); a month or a year is partial. */
        public boolean day() {
            return datatype.endsWith("#date") || lexical.length() == 10;
        }

        /** The first day the date may be: the date itself, or the first of its month or year. */
        public LocalDate first() {
            return switch (lexical.length()) {
                case 4 -> Year.parse(lexical).atDay(1);
                case 7 -> YearMonth.parse(lexical).atDay(1);
                default -> LocalDate.parse(lexical.substring(0, 10));
            };
        }

        /** The last day the date may be: the date itself, or the last of its month or year. */
        public LocalDate last() {
            return switch (lexical.length()) {
                case 4 -> Year.parse(lexical).atMonth(12).atEndOfMonth();
                case 7 -> YearMonth.parse(lexical).atEndOfMonth();
                default -> LocalDate.parse(lexical.substring(0, 10));
            };
        }
    }
}
