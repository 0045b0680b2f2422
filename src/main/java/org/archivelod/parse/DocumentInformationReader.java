package org.archivelod.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a page's "Document Information" section, labelled ("Source" / value, "Rights" / value, "Original Uploaded
 * Date", "Type", "Language", "Record ID", values possibly empty) or not (a source paragraph, then the rights text).
 * A value cut off part-way ("2011-11-") is not taken.
 */
final class DocumentInformationReader {
    static final String HEADING = "Document Information";
    private static final Set<String> LABELS = Set.of("Source", "Original Archive", "Rights", "Original Uploaded Date",
            "Type", "Language", "Record ID");
    static final Pattern RIGHTS_START = Pattern.compile("^(?:The History and Public Policy Program welcomes|To enquire about)");
    private static final Pattern UPLOADED = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}$");
    private static final Pattern RECORD_ID = Pattern.compile("^\\d{1,12}$");
    private static final Pattern WORDS = Pattern.compile("^[\\p{L}][\\p{L} ,;()-]{0,60}$");

    private DocumentInformationReader() {}

    /** Reads from the line after the heading ({@code from} is 0-based) to the end. */
    static InformationSection read(List<String> lines, int from) {
        Optional<Line> source = Optional.empty();
        List<String> rights = new ArrayList<>();
        Optional<String> uploaded = Optional.empty();
        Optional<String> recordId = Optional.empty();
        Optional<String> type = Optional.empty();
        Optional<String> language = Optional.empty();
        String label = null;
        for (int i = from; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (l.isEmpty()) continue;
            if (LABELS.contains(l)) { label = l; continue; }
            if (label == null && source.isEmpty() && rights.isEmpty() && !RIGHTS_START.matcher(l).find()) label = "Source";
            if (label == null && RIGHTS_START.matcher(l).find()) label = "Rights";
            if (label == null) continue;
            switch (label) {
                case "Source", "Original Archive" -> {
                    // a label left empty: the rights text that follows is no source
                    if (RIGHTS_START.matcher(l).find()) {
                        rights.add(l);
                        label = "Rights";
                    } else {
                        if (source.isEmpty()) source = Optional.of(new Line(l, i + 1));
                        label = null;
                    }
                }
                case "Rights" -> rights.add(l);
                case "Original Uploaded Date" -> {
                    if (UPLOADED.matcher(l).matches() && isCalendarDate(l)) uploaded = Optional.of(l);
                    label = null;
                }
                case "Record ID" -> {
                    if (RECORD_ID.matcher(l).matches()) recordId = Optional.of(l);
                    label = null;
                }
                case "Type" -> {
                    if (WORDS.matcher(l).matches()) type = Optional.of(l);
                    label = null;
                }
                case "Language" -> {
                    if (WORDS.matcher(l).matches()) language = Optional.of(l);
                    label = null;
                }
                default -> label = null;
            }
        }
        return new InformationSection(source, rights.isEmpty() ? Optional.empty() : Optional.of(String.join("\n\n", rights)),
                uploaded, recordId, type, language);
    }

    /** "2011-13-45" has the form of a date but is none: it is not read (an xsd:date must be a real day). */
    private static boolean isCalendarDate(String isoDate) {
        try {
            java.time.LocalDate.parse(isoDate);
            return true;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }
}
