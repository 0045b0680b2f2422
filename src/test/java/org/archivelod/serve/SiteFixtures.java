package org.archivelod.serve;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.archivelod.pipeline.Conversion;
import org.archivelod.pipeline.ConversionException;
import org.archivelod.pipeline.ConversionSettings;
import org.archivelod.store.ArchiveStore;
import org.archivelod.reconcile.AuthorityException;
import org.archivelod.reconcile.AuthorityFile;
import org.archivelod.store.DatasetLoader;
import org.archivelod.synth.RecordSynthesizer;
import org.archivelod.synth.SynthWriter;

/**
 * Several documents for the historian's site: the project's letter of 5 October 1950 and two short records we wrote
 * in the archive's layout (a reply from Mao Zedong naming "Chou En-lai", a telegram from Stalin to Kim Il Sung),
 * converted with the project's authority file by the real pipeline.
 */
public final class SiteFixtures {
    public static final Path DOCUMENTS = Path.of("src/test/resources/fixtures/site/documents");
    public static final String REPLY = ServeFixtures.BASE
            + "id/document/1950-10-07-ciphered-telegram-from-mao-zedong-to-filippov-stalin";
    public static final String TO_KIM = ServeFixtures.BASE + "id/document/1950-11-02-telegram-from-filippov-stalin-to-kim-il-sung";

    private SiteFixtures() {}

    /** A fresh in-memory store holding the three documents. */
    public static ArchiveStore store() throws Exception {
        ArchiveStore store = ArchiveStore.inMemory();
        Conversion conversion = new Conversion(new ConversionSettings(ServeFixtures.BASE, Path.of("data/authority")));
        new DatasetLoader(store).load(sink -> conversion.run(List.of(Path.of("data/documents"), DOCUMENTS), sink));
        return store;
    }

    /**
     * A fresh in-memory store holding {@code count} synthetic records (written to {@code folder} by the seeded
     * synthesizer, with names from the project's authority file), converted and loaded as {@code load} would.
     */
    public static ArchiveStore synthetic(Path folder, int count, long seed) throws Exception {
        DatasetLoader.QuadSource<ConversionException> records = syntheticRecords(folder, count, seed);
        ArchiveStore store = ArchiveStore.inMemory();
        new DatasetLoader(store).load(records);
        return store;
    }

    /**
     * Writes {@code count} synthetic records to {@code folder} (as {@link #synthetic} does) and returns their
     * conversion by the real pipeline, to be sent to a store as {@code load} sends it: for a test that loads them
     * elsewhere than into a store of this JVM (a remote store, as {@code load --endpoint} does).
     */
    public static DatasetLoader.QuadSource<ConversionException> syntheticRecords(Path folder, int count, long seed)
            throws IOException, AuthorityException, ConversionException {
        Path authority = Path.of("data/authority");
        new SynthWriter(new RecordSynthesizer(AuthorityFile.read(authority), seed)).write(count, folder);
        Conversion conversion = new Conversion(new ConversionSettings(ServeFixtures.BASE, authority));
        return sink -> conversion.run(List.of(folder), sink);
    }
}
