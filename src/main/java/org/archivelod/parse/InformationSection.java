package org.archivelod.parse;

import java.util.Optional;

/**
 * What a page's "Document Information" section gives: the source paragraph (with its line), rights, uploaded date,
 * record id, type and language, each only when printed with a value.
 */
record InformationSection(Optional<Line> source, Optional<String> rights, Optional<String> uploaded,
                          Optional<String> recordId, Optional<String> type, Optional<String> language) {
    static final InformationSection NONE = new InformationSection(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty());
}
