package org.archivelod.dump;

import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.archivelod.vocab.Prefixes;

/** The fixed prefixes written at the top of every Turtle, TriG and JSON-LD file the tool produces. */
public final class DumpPrefixes {
    private DumpPrefixes() {}

    /** The vocabulary prefixes of the application profile. */
    public static PrefixMap standard() {
        PrefixMap map = PrefixMapFactory.create();
        Prefixes.vocabularies().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .forEach(e -> map.add(e.getKey(), e.getValue()));
        return map;
    }
}
