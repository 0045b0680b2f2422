package org.archivelod.record;

import java.util.List;

/**
 * The header lines of a document's text, as printed, by what they state: addressees ("To Cde. Bagirov",
 * "[To] The Ministry of Foreign Affairs:", "To transmit to Comrade MAO ZEDONG", "for Mao Zedong"), senders
 * ("FROM: PYONGYANG", "From…Saigon……dispatched on 29.5.63"), the document's type ("Type: Ciphered telegram"), its
 * subject ("Subject:", "Betr.: Gespräch …"), who receives it for information ("FYI: Trojanowski, Thee, Chodorek") and
 * how its copies were distributed ("Distribution list - 11 copies: Stalin - 2, …", "Copies: Stalin (2), Molotov"), and the
 * office that drafted it, alone on a line in the head ("China Division"; "AL 2" of "AL 2 Bonn, 10. Juni 1991").
 * Nothing here is resolved to a person or a body: each value is the words after the line's label.
 */
public record HeaderLines(List<HeaderLine> to, List<HeaderLine> from, List<HeaderLine> type, List<HeaderLine> subject,
                          List<HeaderLine> fyi, List<HeaderLine> distribution, List<HeaderLine> office) {
    public static final HeaderLines NONE = new HeaderLines(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

    public HeaderLines {
        to = List.copyOf(to);
        from = List.copyOf(from);
        type = List.copyOf(type);
        subject = List.copyOf(subject);
        fyi = List.copyOf(fyi);
        distribution = List.copyOf(distribution);
        office = List.copyOf(office);
    }

    /**
     * One header line: its label as printed ("FROM:", "[To]", "Betr.:", "To transmit to"), the value after it as printed
     * (without a closing colon, full stop or run of dot leaders), the value's offsets in {@link RecordBody#text}
     * ({@code start} inclusive, {@code end} exclusive) and the line of the source file.
     */
    public record HeaderLine(String label, String value, int start, int end, int sourceLine) {}
}
