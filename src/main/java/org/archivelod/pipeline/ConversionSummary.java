package org.archivelod.pipeline;

import java.util.List;

/**
 * What a conversion did: documents converted, quads written, the records that failed (with why), and the people found
 * by the archive's conventions that the authority file does not know (tab-separated: label, as printed, convention,
 * source), sorted, as candidates for the authority file.
 */
public record ConversionSummary(int documents, long quads, List<String> failures, List<String> candidates) {}
