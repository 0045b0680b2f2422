package org.archivelod.pipeline;

import org.archivelod.uri.UriScheme;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.archivelod.TestFiles;

/** The seed letter converted once per JVM, in memory, for tests that read the result. */
public final class ConvertedLetter {
    private static DatasetGraph dataset;

    private ConvertedLetter() {}

    public static synchronized DatasetGraph dataset() throws ConversionException {
        if (dataset == null) {
            DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
            new Conversion(new ConversionSettings(UriScheme.DEFAULT_BASE, TestFiles.AUTHORITY))
                    .run(List.of(TestFiles.SEED_LETTER), StreamRDFLib.dataset(dsg));
            dataset = dsg;
        }
        return dataset;
    }
}
