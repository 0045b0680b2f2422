package org.archivelod.pipeline;

import java.util.List;

/**
 * What a conversion did: documents converted, quads written, the records that failed (with why), and the people found
 * by the archive's conventions that the authority file does not know (tab-separated: label, as printed, convention,
 * source), sorted, as candidates for the authority file; and for each field some converted records lack, how many
 * and which (the first few), e.g. {@code rights: 3 record(s): a.txt, b.txt, c.txt}.
 */
public record ConversionSummary(int documents, long quads, List<String> failures, List<String> candidates, List<String> missingFields) {}
