package org.archivelod.parse;

import java.util.List;
import java.util.Optional;
import org.archivelod.record.PageLayout;
import org.archivelod.record.PrintedDate;

/**
 * A record page cut into its parts by a {@link LayoutReader}, before the parts are read further.
 *
 * @param information the Document Information section, or {@link InformationSection#NONE}
 * @param missing     what the layout should have shown but the text does not (e.g. "Document Information")
 */
record PageParts(PageLayout layout, PrintedDate date, String title, int titleLine, List<String> funders,
                 List<Line> body, Optional<String> summary, InformationSection information, List<String> missing) {}
