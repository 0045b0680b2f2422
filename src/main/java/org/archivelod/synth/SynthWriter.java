package org.archivelod.synth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.LongStream;

/**
 * Writes records {@code 0 … count-1} of a {@link RecordSynthesizer} as files under a folder, a thousand per
 * sub-folder. Each record is made and written on its own, so memory stays flat however many are written, and
 * the files are the same whichever thread writes them.
 */
public final class SynthWriter {
    private final RecordSynthesizer synthesizer;

    public SynthWriter(RecordSynthesizer synthesizer) {
        this.synthesizer = synthesizer;
    }

    /** Writes the records into {@code folder} (created if needed); returns the bytes written. */
    public long write(long count, Path folder) throws IOException {
        Files.createDirectories(folder);
        for (long dir = 0; dir * 1000 < count; dir++) {
            Files.createDirectories(folder.resolve(RecordSynthesizer.relativePath(dir * 1000)).getParent());
        }
        try {
            return LongStream.range(0, count).parallel().map(n -> {
                byte[] bytes = synthesizer.record(n).getBytes(StandardCharsets.UTF_8);
                try {
                    Files.write(folder.resolve(RecordSynthesizer.relativePath(n)), bytes);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return bytes.length;
            }).sum();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
