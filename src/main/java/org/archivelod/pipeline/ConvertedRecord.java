package org.archivelod.pipeline;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.sparql.core.Quad;

/**
 * One record converted in memory: its quads (or, when the output is line-based, their bytes in that format, and how
 * many) and the people found by convention, or why it failed.
 */
record ConvertedRecord(Path file, List<Quad> quads, List<String> candidates, ConversionException failure, byte[] encoded, int count,
                       List<String> missing) {}
