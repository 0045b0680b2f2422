package org.archivelod.serve;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.archivelod.pipeline.Conversion;
import org.archivelod.pipeline.ConversionSettings;
import org.archivelod.store.ArchiveStore;
import org.archivelod.store.DatasetLoader;

/**
 * The project's letter and the sample records of ../shared/sources/records and records2 (real Digital Archive pages,
 * kept outside the repository) converted together by the real pipeline, for the site tests that need many documents.
 * Tests skip where the samples are absent.
 */
final class SampleRecordsSite {
    static final Path SOURCES = Path.of(System.getProperty("archivelod.sources", "../shared/sources"));
    static final List<Path> FOLDERS = List.of(SOURCES.resolve("records"), SOURCES.resolve("records2"));
    /** records/016: its page gives "Record ID 111199". */
    static final String RECORD_111199 = "/page/document/record-111199";
    /** records/024: the archive's PDF export, whose citation prints http://digitalarchive.wilsoncenter.org/document/111244. */
    static final String RECORD_111244 = "/page/document/record-111244";

    private SampleRecordsSite() {}

    static boolean available() {
        return FOLDERS.stream().allMatch(Files::isDirectory);
    }

    static String skipReason() {
        return "no sample records at " + SOURCES.toAbsolutePath().normalize() + "/records*/ (they stay outside the repository)";
    }

    /** A fresh in-memory store holding the letter and every sample record. */
    static ArchiveStore store() throws Exception {
        ArchiveStore store = ArchiveStore.inMemory();
        Conversion conversion = new Conversion(new ConversionSettings(ServeFixtures.BASE, Path.of("data/authority")));
        List<Path> inputs = new java.util.ArrayList<>(List.of(Path.of("data/documents")));
        inputs.addAll(FOLDERS);
        new DatasetLoader(store).load(sink -> conversion.run(inputs, sink));
        return store;
    }

    /** The letter and the samples, served read-only on a free port. */
    static RunningSite start() throws Exception {
        return RunningSite.serve(store(), false);
    }
}
