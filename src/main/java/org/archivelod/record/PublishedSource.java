package org.archivelod.record;

import java.util.List;
import java.util.Optional;

/**
 * A publication cited as the source instead of an archive file: a printed book, e.g. "X and Y, eds., <i>Title</i>, vol. 3
 * (Beijing: Publisher, 2008), 635-636", a journal ("… Bulletin, Issue 6-7 (Winter 1995/1996), p. 40") or a document
 * collection ("Zhou Enlai nianpu, vol. 1, p. 233"). Each part as printed ({@code volume} is the volume or issue,
 * {@code year} only a year printed alone); what is not recognised stays only in {@code asPrinted}.
 */
public record PublishedSource(String asPrinted, List<String> editors, Optional<String> title, Optional<String> volume,
                              Optional<String> place, Optional<String> publisher, Optional<String> year,
                              Optional<String> pages) {}
