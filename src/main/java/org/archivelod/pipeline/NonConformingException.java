package org.archivelod.pipeline;

import org.archivelod.validate.ValidationReport;

/** Converted data that does not conform to the application profile; the message names the document and each problem. */
public final class NonConformingException extends ConversionException {
    private static final long serialVersionUID = 1L;

    private final transient ValidationReport report;

    public NonConformingException(String what, ValidationReport report) {
        super(what, 0, "does not conform to the profile\n" + report.toText().stripTrailing().indent(2).stripTrailing(), null);
        this.report = report;
    }

    public ValidationReport report() {
        return report;
    }
}
