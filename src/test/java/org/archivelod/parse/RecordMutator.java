package org.archivelod.parse;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Seeded mutations of record texts, for fuzzing the parser and the pipeline: truncation, shuffled sections, binary
 * bytes, invalid UTF-8, very long lines, very many lines, deeply nested brackets, garbled dates, duplicated headers,
 * hostile strings. The same seed gives the same mutant, so a failure names the seed that reproduces it.
 */
public final class RecordMutator {
    /** One mutated record: its bytes, the mutations applied (for messages) and whether the date line was garbled. */
    public record Mutant(long seed, byte[] bytes, List<String> applied, boolean hugeInput) {
        public String describe() {
            return "seed " + seed + " " + applied;
        }
    }

    static final List<String> HOSTILE = List.of("<script>alert('x')</script>", "\"quoted\" and 'single'", "]]>",
            "} ; DROP ALL ; INSERT DATA { <a> <b> <c> } #", "SELECT * WHERE { ?s ?p ?o }", "../../etc/passwd",
            "<http://example.org/a> > < \" { } | ^ ` \\", "%00%2e%2e/", "&amp; &lt; &#x3c;", "${jndi:ldap://x}",
            "{{template}}", "\u202Eevil\u202C", "\uD83D\uDE00 emoji", "漢字 Кириллица");
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December", "Octobre", "OCTOBER", "october", "Oct.", "Smarch"};
    private static final List<String> SECTION_LINES = List.of("Document Information", "Source", "Rights", "Record ID",
            "Original Uploaded Date", "Author(s):", "Skip to content", "This document was made possible with support from X",
            "[Handwritten]", "From Comrade X", "to Y", "Translated by Nobody", "1950", "October 1950");

    private final List<byte[]> seeds;

    private final int validSeeds;

    /** {@code seeds}: record texts, the first {@code validSeeds} of them well-formed. */
    public RecordMutator(List<byte[]> seeds, int validSeeds) {
        this.seeds = List.copyOf(seeds);
        this.validSeeds = validSeeds;
    }

    /** Mutants of the seed letter and the parser fixtures (the letter and the labelled fixture are well-formed). */
    public static RecordMutator ofProjectRecords() throws java.io.IOException {
        List<byte[]> seeds = new ArrayList<>();
        seeds.add(java.nio.file.Files.readAllBytes(org.archivelod.TestFiles.SEED_LETTER));
        seeds.add(java.nio.file.Files.readAllBytes(org.archivelod.TestFiles.fixture("parse", "labelled-information")));
        try (var dirs = java.nio.file.Files.list(java.nio.file.Path.of("src/test/resources/fixtures/parse"))) {
            for (var dir : dirs.sorted().toList()) seeds.add(java.nio.file.Files.readAllBytes(dir.resolve("input.txt")));
        }
        return new RecordMutator(seeds, 2);
    }

    /** The mutant for {@code seed}; {@code allowHuge} lets it be one of the 10 MB-line or 100k-line kinds. */
    public Mutant mutant(long seed, boolean allowHuge) {
        Random r = new Random(seed);
        // mostly the records that parse (the first seeds), sometimes the broken fixtures
        byte[] base = seeds.get(r.nextInt(4) > 0 ? r.nextInt(Math.min(validSeeds, seeds.size())) : r.nextInt(seeds.size()));
        List<String> applied = new ArrayList<>();
        int n = 1 + r.nextInt(3);
        byte[] bytes = allowHuge ? apply(12 + r.nextInt(2), base, r, applied) : base;
        for (int i = 0; i < n; i++) bytes = apply(r.nextInt(12), bytes, r, applied);
        return new Mutant(seed, bytes, List.copyOf(applied), allowHuge);
    }

    private static byte[] apply(int kind, byte[] in, Random r, List<String> applied) {
        return switch (kind) {
            case 0 -> { int at = r.nextInt(in.length + 1); applied.add("truncate@" + at); yield java.util.Arrays.copyOf(in, at); }
            case 1 -> { applied.add("shuffle-sections"); yield shuffleSections(in, r); }
            case 2 -> { applied.add("binary"); yield insertBytes(in, r, randomBytes(r, 1 + r.nextInt(64))); }
            case 3 -> { applied.add("invalid-utf8"); yield insertBytes(in, r, invalidUtf8(r)); }
            case 4 -> { applied.add("garble-date"); yield garbleDate(in, r); }
            case 5 -> { applied.add("duplicate-headers"); yield duplicateLines(in, r, 1 + r.nextInt(5)); }
            case 6 -> { applied.add("nested-brackets"); yield insertLine(in, r, nested(r, 1 + r.nextInt(20_000))); }
            case 7 -> { applied.add("hostile"); yield insertText(in, r, HOSTILE.get(r.nextInt(HOSTILE.size()))); }
            case 8 -> { applied.add("section-line"); yield insertLine(in, r, SECTION_LINES.get(r.nextInt(SECTION_LINES.size()))); }
            case 9 -> { applied.add("delete-lines"); yield deleteLines(in, r); }
            case 10 -> { applied.add("long-line-" + (kind)); yield insertLine(in, r, longLine(r, 1_000 + r.nextInt(50_000))); }
            case 11 -> { applied.add("flip-bytes"); yield flipBytes(in, r); }
            case 12 -> { applied.add("10MB-line"); yield insertLine(in, r, longLine(r, 10_000_000)); }
            default -> { applied.add("100k-lines"); yield manyLines(in, r, 100_000); }
        };
    }

    private static List<String> lines(byte[] in) {
        return new ArrayList<>(List.of(new String(in, StandardCharsets.ISO_8859_1).split("\n", -1)));
    }

    private static byte[] join(List<String> lines) {
        return String.join("\n", lines).getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String utf8AsLatin1(String s) {
        return new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    private static byte[] shuffleSections(byte[] in, Random r) {
        List<String> sections = new ArrayList<>(List.of(new String(in, StandardCharsets.ISO_8859_1).split("\n\n")));
        Collections.shuffle(sections, r);
        return String.join("\n\n", sections).getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] randomBytes(Random r, int n) {
        byte[] b = new byte[n];
        r.nextBytes(b);
        return b;
    }

    private static byte[] invalidUtf8(Random r) {
        byte[][] bad = {{(byte) 0xC3, 0x28}, {(byte) 0xFF}, {(byte) 0x80}, {(byte) 0xC0, (byte) 0xAF},
                {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xE2, (byte) 0x82}};
        return bad[r.nextInt(bad.length)];
    }

    private static byte[] insertBytes(byte[] in, Random r, byte[] insert) {
        int at = r.nextInt(in.length + 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(in, 0, at);
        out.write(insert, 0, insert.length);
        out.write(in, at, in.length - at);
        return out.toByteArray();
    }

    private static byte[] insertText(byte[] in, Random r, String text) {
        return insertBytes(in, r, text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] insertLine(byte[] in, Random r, String line) {
        List<String> lines = lines(in);
        lines.add(r.nextInt(lines.size() + 1), utf8AsLatin1(line));
        return join(lines);
    }

    /** Replaces the first line that holds a digit (the date line of a well-formed record) by a garbled date. */
    private static byte[] garbleDate(byte[] in, Random r) {
        List<String> lines = lines(in);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).chars().anyMatch(Character::isDigit)) {
                lines.set(i, utf8AsLatin1(garbledDate(r)));
                break;
            }
        }
        return join(lines);
    }

    static String garbledDate(Random r) {
        String month = MONTHS[r.nextInt(MONTHS.length)];
        int day = r.nextInt(40) - 2;
        int year = switch (r.nextInt(5)) { case 0 -> r.nextInt(10_000); case 1 -> 1950; case 2 -> 99999; default -> 1400 + r.nextInt(700); };
        String[] forms = {
            month + " " + day + ", " + year, day + " " + month + " " + year, month + " " + year, Integer.toString(year),
            month + " " + day + ",, " + year, month + " " + day + " " + year, "February 30, 1950", "February 29, 1951",
            "February 29, 1952", month + " " + day + ", " + year + " " + r.nextInt(30) + "." + r.nextInt(70),
            "October ٥, ١٩٥٠", "October 5, 1950 and more", "Circa 1950", "October 5th, 1950", "00 October 1950",
            month + " 0" + Math.abs(day % 10) + ", " + year, "  " + year + "  ", "1950-10-05", "October 5, 1950 25.61",
        };
        return forms[r.nextInt(forms.length)];
    }

    private static byte[] duplicateLines(byte[] in, Random r, int count) {
        List<String> lines = lines(in);
        for (int i = 0; i < count && !lines.isEmpty(); i++) {
            int from = r.nextInt(Math.min(lines.size(), 12));  // the header lines are near the top
            lines.add(r.nextInt(lines.size() + 1), lines.get(from));
        }
        return join(lines);
    }

    private static byte[] deleteLines(byte[] in, Random r) {
        List<String> lines = lines(in);
        int count = 1 + r.nextInt(Math.max(1, lines.size() / 3));
        for (int i = 0; i < count && !lines.isEmpty(); i++) lines.remove(r.nextInt(lines.size()));
        return join(lines);
    }

    private static byte[] flipBytes(byte[] in, Random r) {
        byte[] out = in.clone();
        for (int i = 0; i < 1 + r.nextInt(8) && out.length > 0; i++) out[r.nextInt(out.length)] ^= (byte) (1 << r.nextInt(8));
        return out;
    }

    static String nested(Random r, int depth) {
        return "[".repeat(depth) + (r.nextBoolean() ? "Stalin" : "") + "]".repeat(r.nextInt(depth + 1));
    }

    /** A long line of a repeated pattern chosen to stress regular expressions and loops. */
    static String longLine(Random r, int length) {
        String[] patterns = {"x", " ", "a, ", "[a] ", "[a]", "Mao Zedong ", "From ", " and ", ". Translated by ", "\t",
                "\u00A0", "1", "October 5, 1950 ", "(", "a (APRF)", "Filippov [Stalin], ", "at 23 hours, 5 October "};
        String p = patterns[r.nextInt(patterns.length)];
        StringBuilder s = new StringBuilder(length + p.length());
        if (r.nextBoolean()) s.append("Letter, a");
        while (s.length() < length) s.append(p);
        if (r.nextBoolean()) s.append(" for b");
        return s.toString();
    }

    private static byte[] manyLines(byte[] in, Random r, int count) {
        String[] kinds = {"From x", "para", "[Handwritten] at 23 hours, 5 October", "October 5, 1950", "", "\u00A0",
                "Mao Zedong met FILIPPOV [Stalin].", "Source"};
        String kind = kinds[r.nextInt(kinds.length)];
        List<String> lines = lines(in);
        int at = Math.min(lines.size(), 4 + r.nextInt(Math.max(1, lines.size() - 4)));
        List<String> block = Collections.nCopies(count, utf8AsLatin1(kind));
        lines.addAll(at, block);
        return join(lines);
    }
}
