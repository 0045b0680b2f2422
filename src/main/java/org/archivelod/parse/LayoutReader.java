package org.archivelod.parse;

import java.util.List;

/** Cuts the lines of a record page in one layout into its parts. */
interface LayoutReader {
    PageParts read(String source, List<String> lines) throws RecordFormatException;
}
