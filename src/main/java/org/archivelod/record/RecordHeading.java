package org.archivelod.record;

import java.util.List;
import java.util.Optional;

/**
 * The head of a record page as printed: the date, the title and what the title says (kind, number, parties), the
 * archive's summary and the credits under it.
 *
 * @param date           the document's date as printed at the top of the page
 * @param title          the title as printed
 * @param documentType   the kind of document the page states, lower case as a label of the document types ("letter",
 *                       "ciphered telegram", "record of meeting"): from the title, else a "Type:" line, the "Type" field
 *                       or a heading ("(Speech given by …)"); never guessed from what the text says
 * @param documentNumber the number the title gives the document ("2220" in "Cable No. 2220, …")
 * @param authors        authors as printed in the title ("Cde. Filippov [Stalin]")
 * @param addressees     addressees as printed in the title ("Mao Zedong")
 * @param intermediaries parties the title names as go-betweens, as printed ("Zakharov" in "to Zhou Enlai via
 *                       Zakharov"; "Mao Zedong" in "to Krasovsky, for Mao Zedong")
 * @param parties        the title's authors, addressees, intermediaries and conversation participants taken apart
 *                       (honorific, name, glosses)
 * @param summary        the archive's summary
 * @param funders        funders named in "made possible with support from" lines
 */
public record RecordHeading(
        PrintedDate date,
        String title,
        Optional<String> documentType,
        Optional<String> documentNumber,
        List<String> authors,
        List<String> addressees,
        List<String> intermediaries,
        List<PrintedName> parties,
        Optional<String> summary,
        List<String> funders) {
}
