package org.archivelod.parse;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.archivelod.HangGuard;
import org.archivelod.TestFiles;
import org.archivelod.record.ArchiveRecord;
import org.junit.jupiter.api.Test;

/**
 * Thousands of seeded mutants of real and fixture records through {@link SourceText} and the parser: each one is read
 * or refused with a {@link RecordFormatException}, within a hang guard, and what is read is checked by
 * {@link RecordOracle}. A failure names the seed, so {@code mutator().mutant(seed, true)} reproduces it.
 */
class RecordFuzzTest {
    static final int MUTANTS = 5_000;
    /** Every this-many-th mutant may hold a 10 MB line or 100k extra lines. */
    static final int HUGE_EVERY = 250;
    static final Duration HANG_GUARD = Duration.ofSeconds(30);   // the JVM's CPU, GC threads included: a 10 MB line passed 10 s once on a busy machine

    private final WilsonCenterRecordParser parser = new WilsonCenterRecordParser();

    @Test
    void mutatedRecords_areReadOrRefused_neverCrashHangOrGuess() throws Exception {
        RecordMutator mutator = RecordMutator.ofProjectRecords();
        List<String> failures = new ArrayList<>();
        int read = 0;
        int refused = 0;
        int huge = 0;
        for (long seed = 1; seed <= MUTANTS; seed++) {
            RecordMutator.Mutant m = mutator.mutant(seed, seed % HUGE_EVERY == 0);
            if (m.hugeInput()) huge++;
            try {
                boolean ok = HangGuard.within(HANG_GUARD, () -> readOrRefuse(m), () -> "hang: " + m.describe());
                if (ok) read++; else refused++;
            } catch (AssertionError | RuntimeException e) {
                failures.add(m.describe() + ": " + e);
                if (failures.size() >= 20) break;
            }
        }
        System.out.printf("RecordFuzzTest: %d mutants (%d with 10 MB lines or 100k lines): %d read, %d refused, %d failures%n",
                read + refused + failures.size(), huge, read, refused, failures.size());
        if (!failures.isEmpty()) fail(failures.size() + " mutants failed:\n" + String.join("\n", failures));
        assertTrue(read > MUTANTS / 10, "the mutants are not all refused (the fuzzer reaches the parser): " + read);
    }

    @Test
    void garbledDateLines_areRefusedOrReadAsPrinted() throws Exception {
        byte[] letter = Files.readAllBytes(TestFiles.SEED_LETTER);
        String text = new String(letter, java.nio.charset.StandardCharsets.UTF_8);
        Random r = new Random(42);
        for (int i = 0; i < 2_000; i++) {
            String garbled = RecordMutator.garbledDate(r);
            byte[] mutated = text.replace("October 5, 1950", garbled).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            try {
                List<String> lines = SourceText.lines("x", mutated);
                ArchiveRecord record = parser.parse("x", lines);
                RecordOracle.checkDate(record.heading().date(), garbled);
            } catch (RecordFormatException refused) {
                // refused, with a line number: fine
                assertTrue(refused.line() >= 0);
            }
        }
    }

    @Test
    void impossibleUploadedDate_isNotRead() throws Exception {
        byte[] bytes = Files.readString(TestFiles.fixture("parse", "labelled-information"))
                .replace("2011-11-20", "2011-13-45").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        ArchiveRecord record = parser.parse("x", SourceText.lines("x", bytes));
        assertTrue(record.information().uploaded().isEmpty(), "not a day: " + record.information().uploaded());
    }

    /** True when read (and checked), false when refused. */
    private boolean readOrRefuse(RecordMutator.Mutant m) {
        List<String> lines;
        try {
            lines = SourceText.lines("fuzz.txt", m.bytes());
        } catch (RecordFormatException e) {
            return false;
        }
        try {
            ArchiveRecord record = parser.parse("fuzz.txt", lines);
            RecordOracle.check(record, lines);
            return true;
        } catch (RecordFormatException e) {
            assertTrue(e.getMessage().startsWith("fuzz.txt"), "a refusal names the file: " + e.getMessage());
            return false;
        }
    }
}
