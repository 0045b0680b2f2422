package org.archivelod.pipeline;

import java.util.List;

/** What a conversion did: documents converted, quads written, and the records that failed (with why). */
public record ConversionSummary(int documents, long quads, List<String> failures) {}
