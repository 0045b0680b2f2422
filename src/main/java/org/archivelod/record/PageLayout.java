package org.archivelod.record;

/** Which of the archive's page layouts a record text was read in. */
public enum PageLayout {
    /** Date, title, body, summary, "Document Information" (labelled or not), with or without blank lines. */
    PAGE,
    /** The older site: "Search in" header, the title only inside the quoted citation of a "get citation" block. */
    CITATION_BLOCK,
    /** The archive's PDF export: "Citation:", "Summary:", "Original Language:", "Contents:" run together. */
    PDF_EXPORT
}
