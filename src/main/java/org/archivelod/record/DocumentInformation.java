package org.archivelod.record;

import java.util.Optional;

/**
 * The "Document Information" section of a record page, each value only when printed with one.
 *
 * @param citation   the source paragraph, read into archive, holding, translators and published sources
 * @param rights     the rights statement as printed
 * @param uploaded   "Original Uploaded Date"
 * @param recordId   "Record ID"
 * @param recordType the "Type" value ("Telegram")
 * @param language   the original language as the page states it ("Language" or "Original Language:")
 */
public record DocumentInformation(
        Optional<SourceCitation> citation,
        Optional<String> rights,
        Optional<String> uploaded,
        Optional<String> recordId,
        Optional<String> recordType,
        Optional<String> language) {
}
