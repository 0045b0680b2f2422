package org.archivelod.pipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.archivelod.validate.DatasetValidator;
import org.archivelod.validate.ValidationReport;
import org.junit.jupiter.api.Test;

/** The converted letter conforms to the shapes and uses only official terms with their domains and ranges. */
class ConvertedLetterConformsTest {
    @Test
    void convertedLetterConforms() throws Exception {
        ValidationReport report = new DatasetValidator().validate(ConvertedLetter.dataset());
        assertTrue(report.conforms(), report.toText());
    }
}
