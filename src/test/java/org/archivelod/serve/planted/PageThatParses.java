package org.archivelod.serve.planted;

import org.archivelod.parse.WilsonCenterRecordParser;

/** Planted for {@code PlantedViolationsTest}: a server class that parses records instead of reading the store. */
public final class PageThatParses {
    private final WilsonCenterRecordParser parser = new WilsonCenterRecordParser();

    public WilsonCenterRecordParser parser() {
        return parser;
    }
}
