package org.archivelod.record;

import java.util.List;
import java.util.Optional;

/**
 * A printed book cited as the source instead of an archive file, e.g. "X and Y, eds., <i>Title</i>, vol. 3
 * (Beijing: Publisher, 2008), 635-636": each part as printed; what is not recognised stays only in {@code asPrinted}.
 */
public record PublishedSource(String asPrinted, List<String> editors, Optional<String> title, Optional<String> volume,
                              Optional<String> place, Optional<String> publisher, Optional<String> year,
                              Optional<String> pages) {}
