package org.archivelod.synth;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.archivelod.reconcile.AuthorityEntity;
import org.archivelod.reconcile.AuthorityFile;

/**
 * Writes the text of a made-up Digital Archive record in a layout the parser reads: the current page with or
 * without a funder line and an unlabelled source paragraph, or the labelled "Document Information" layout. Names
 * come from the authority file (in their printed spellings, in capitals, with editors' identifications) and from a
 * list of people it does not know, introduced by the archive's conventions ("Cde. Zakharov"); bodies are sentences
 * built from templates with mentions, editorial brackets and dates; citations name archives, holdings and
 * translators. Record {@code n} of seed {@code s} is always the same text, whatever else is generated.
 *
 * <pre>{@code
 * String text = new RecordSynthesizer(AuthorityFile.read(Path.of("data/authority")), 42).record(7);
 * }</pre>
 */
public final class RecordSynthesizer {
    /** The layouts written, in turn by the record's random draw. */
    public enum Layout { CURRENT_WITH_FUNDER, CURRENT, LABELLED }

    private static final LocalDate FIRST = LocalDate.of(1945, 1, 1);
    private static final int DAYS = (int) (LocalDate.of(1991, 12, 31).toEpochDay() - FIRST.toEpochDay());
    private static final String[] TYPES = {"Letter", "Telegram", "Ciphered telegram", "Report", "Memorandum of conversation"};
    private static final String[] UNKNOWN = {"Zakharov", "Krasovsky", "Poskrebyshev", "Vasilevsky", "Razuvaev", "Kovalev",
            "Panyushkin", "Tunkin", "Ignatiev", "Malik", "Pak Hon-yong", "Li Kenong", "Nie Rongzhen", "Peng Dehuai"};
    private static final String[] TITLES = {"Cde.", "comrade", "Comrade", "Ambassador", "General", "Marshal", "Minister"};
    private static final String[] TRANSLATORS = {"Vladislav Zubok", "Kathryn Weathersby", "Gary Goldberg", "Sergey Radchenko",
            "Danny Rozen", "Chen Jian", "Li Xiaobing", "Svetlana Savranskaya"};
    private static final String[] FUNDERS = {"Leon Levy Foundation", "the MacArthur Foundation", "the Korea Foundation",
            "the Carnegie Corporation of New York"};
    private static final String[] ARCHIVES = {"Archive of the President of the Russian Federation (APRF)",
            "Archive of Foreign Policy of the Russian Federation (AVPRF)", "Russian State Archive of Contemporary History (RGANI)",
            "Chinese Foreign Ministry Archive (PRCFMA)"};
    private static final String[] INSERTIONS = {"[the possibility]", "[considerations of]", "[illegible]", "[sic]", "[of the troops]"};
    private static final String[] GLOSSES = {"[k bol'shoi voine]", "[high-frequency phone]", "[as in original]"};
    private static final String[] SENTENCES = {
        "I received your telegram of {day} concerning {G} and {L}.",
        "{P} informed us that {G} is not ready at present for a big war {GLOSS}.",
        "As to the arrival of comrades {P} and {P}, I would be happy to meet them and to have a conversation with them.",
        "The situation in {L} remains difficult, and {G} will be compelled to yield {INS} in the question of {L}.",
        "{U} reported on {day} that the {E} had changed the position of {G} in the {L} question.",
        "We consider it necessary to inform {P} of the conversation with {U} held on {day}.",
        "In my opinion, {G} and {G} should not fear this, because together they will be stronger than {G}.",
        "{P} [{P}] asked that the matter be raised before the leadership of {G} without delay.",
        "The delegation led by {U} arrived in {L} on {day} and was received by {P}.",
        "{CAPS} considers that the {E} will not end before {G} agrees to such terms of the settlement {INS}.",
        "Please convey to {P} that the proposals on {L} were discussed with {U} and {U}.",
        "Without serious struggle {G} would not be able to get back even {L}, which {G} clings to as its springboard.",
    };

    private final long seed;
    private final List<String> people = new ArrayList<>();
    private final List<String> peopleCaps = new ArrayList<>();
    private final List<String> groups = new ArrayList<>();
    private final List<String> places = new ArrayList<>();
    private final List<String> events = new ArrayList<>();

    /** A synthesizer drawing names from {@code authority}; {@code seed} fixes every record it writes. */
    public RecordSynthesizer(AuthorityFile authority, long seed) {
        this.seed = seed;
        for (AuthorityEntity e : authority.entities()) {
            List<String> target = switch (e.kind()) {
                case "person" -> people;
                case "group" -> groups;
                case "place" -> places;
                default -> events;
            };
            target.add(e.label());
            for (AuthorityEntity.Name n : e.names()) {
                // single words and letter-spaced forms read best in headers and capitals, not in running text
                if (n.text().contains(" ") && !n.text().matches("(?:\\p{Lu} )+\\p{Lu}")) target.add(n.text());
                if (e.kind().equals("person") && n.type().equals("pseudonym")) target.add(n.text());
            }
            if (e.kind().equals("person")) peopleCaps.add(e.label().toUpperCase(Locale.ROOT));
        }
        if (people.isEmpty() || groups.isEmpty() || places.isEmpty())
            throw new IllegalArgumentException("the authority file needs people, groups and places to draw names from");
        if (events.isEmpty()) events.add("Korean War");
    }

    /** The seed the synthesizer was made with. */
    public long seed() { return seed; }

    /** The text of record {@code n} (0-based). */
    public String record(long n) {
        SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + n);
        Layout layout = Layout.values()[r.nextInt(Layout.values().length)];
        LocalDate date = FIRST.plusDays(r.nextInt(DAYS));
        String type = pick(r, TYPES);
        String sender = pick(r, people);
        String addressee = pick(r, people);
        String title = r.nextBoolean()
                ? type + " No. " + (n + 1) + " from " + sender + " to " + addressee
                : type + " No. " + (n + 1) + ", " + sender + " for " + addressee;
        StringBuilder b = new StringBuilder(4096);
        b.append("Skip to content\n\n");
        b.append(longDate(date)).append("\n\n");
        b.append(title).append("\n\n");
        String funder = pick(r, FUNDERS);
        if (layout == Layout.CURRENT_WITH_FUNDER) b.append("This document was made possible with support from ").append(funder).append("\n\n");
        b.append("From ").append(r.nextBoolean() ? "cde. " + sender.toUpperCase(Locale.ROOT) : sender).append("\n\n");
        b.append("To ").append(addressee).append("\n\n\n");
        int paragraphs = 1 + r.nextInt(4);
        for (int p = 0; p < paragraphs; p++) {
            int sentences = 1 + r.nextInt(3);
            for (int s = 0; s < sentences; s++) {
                if (s > 0) b.append(' ');
                b.append(sentence(r, date));
            }
            b.append("\n\n\n");
        }
        if (r.nextInt(3) == 0) b.append(sender.toUpperCase(Locale.ROOT)).append("\n\n");
        b.append(shortDate(date)).append("\n\n");
        if (r.nextInt(3) == 0) {
            b.append("[Handwritten]  Dispatched to cde. ").append(pick(r, people)).append(" via VCh [high-frequency phone] at ")
                    .append(r.nextInt(24)).append(" hours, ").append(date.getDayOfMonth()).append(' ')
                    .append(date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)).append(".\n\n");
        }
        b.append(sender).append(" writes to ").append(addressee).append(" about ").append(pick(r, groups)).append(" and ")
                .append(pick(r, places)).append(".\n\n\n");
        String citation = citation(r);
        String rights = "The History and Public Policy Program welcomes reuse of Digital Archive materials for research and "
                + "educational purposes. Some documents may be subject to copyright, which is retained by the rights holders "
                + "in accordance with US and international copyright laws.";
        String uploaded = LocalDate.of(2011, 1, 1).plusDays(r.nextInt(4000)).toString();
        String recordId = Long.toString(100000 + n);
        if (layout == Layout.LABELLED) {
            b.append("Author(s):\n\n\nDocument Information\n\nSource\n\n").append(citation).append("\n\nRights\n\n").append(rights)
                    .append("\n\nOriginal Uploaded Date\n\n").append(uploaded).append("\n\nType\n\n").append(type)
                    .append("\n\nLanguage\n\nRussian\n\nRecord ID\n\n").append(recordId).append('\n');
        } else {
            b.append("Document Information\n\n\n").append(citation).append("\n\n\n").append(rights).append("\n\n")
                    .append("To enquire about this document's rights status or request permission for commercial use, please "
                            + "contact the History and Public Policy Program at [email protected].\n\n");
            b.append("Original Uploaded Date\n\n").append(r.nextBoolean() ? uploaded : "").append("\n\nRecord ID\n\n")
                    .append(r.nextBoolean() ? recordId : "").append("\n\n");
            if (layout == Layout.CURRENT_WITH_FUNDER) b.append(funder).append('\n');
        }
        return b.toString();
    }

    private String sentence(SplittableRandom r, LocalDate date) {
        String template = pick(r, SENTENCES);
        StringBuilder out = new StringBuilder(template.length() + 64);
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) { out.append(template, i, template.length()); break; }
            out.append(template, i, open);
            int close = template.indexOf('}', open);
            out.append(fill(r, template.substring(open + 1, close), date));
            i = close + 1;
        }
        return out.toString();
    }

    private String fill(SplittableRandom r, String slot, LocalDate date) {
        return switch (slot) {
            case "P" -> pick(r, people);
            case "CAPS" -> pick(r, peopleCaps);
            case "G" -> pick(r, groups);
            case "L" -> pick(r, places);
            case "E" -> pick(r, events);
            case "U" -> pick(r, TITLES) + " " + pick(r, UNKNOWN);
            case "INS" -> pick(r, INSERTIONS);
            case "GLOSS" -> pick(r, GLOSSES);
            case "day" -> date.minusDays(1 + r.nextInt(20)).getDayOfMonth() + " "
                    + date.minusDays(1 + r.nextInt(20)).getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            default -> throw new IllegalStateException("no slot " + slot);
        };
    }

    private static String citation(SplittableRandom r) {
        String archive = pick(r, ARCHIVES);
        StringBuilder c = new StringBuilder(archive);
        c.append(", fond ").append(3 + r.nextInt(90)).append(", opis ").append(1 + r.nextInt(9)).append(", delo ")
                .append(1 + r.nextInt(900)).append(", listy ").append(1 + r.nextInt(200));
        if (r.nextInt(3) == 0)
            c.append("; copy available in Library of Congress, Manuscript Division, Dmitriĭ Antonovich Volkogonov papers, 1887-1995, mm97083838");
        c.append(". ");
        c.append(r.nextBoolean() ? "Translated by " : "Translated for CWIHP by ").append(pick(r, TRANSLATORS));
        if (r.nextInt(4) == 0) c.append(" and ").append(pick(r, TRANSLATORS));
        return c.toString();
    }

    private static String longDate(LocalDate d) {
        return d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + d.getDayOfMonth() + ", " + d.getYear();
    }

    private static String shortDate(LocalDate d) {
        return d.getDayOfMonth() + " " + d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + d.getYear();
    }

    private static String pick(SplittableRandom r, String[] from) { return from[r.nextInt(from.length)]; }

    private static String pick(SplittableRandom r, List<String> from) { return from.get(r.nextInt(from.size())); }

    /** Where record {@code n} goes under the output folder: a thousand records per folder, in path order. */
    public static String relativePath(long n) {
        return String.format(Locale.ROOT, "%04d/r%07d.txt", n / 1000, n);
    }
}
