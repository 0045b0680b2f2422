package org.archivelod.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.archivelod.validate.DatasetValidator;
import org.archivelod.validate.ValidationReport;

/**
 * {@code validate}'s flow: RDF files read together as one dataset, then checked against the application profile (SHACL
 * shapes, the official vocabularies) as a whole, so that what only the whole dataset shows is seen too.
 *
 * <pre>{@code
 * Optional<ValidationReport> report = RdfValidation.validate(files, Problems.keepGoing(p -> err.println(p)));
 * }</pre>
 */
public final class RdfValidation {
    private RdfValidation() {}

    /**
     * Reads every file, telling {@code problems} of each one that cannot be read (an error each: a keep-going policy
     * hears of them all); the report of the whole, or empty when a file could not be read.
     */
    public static Optional<ValidationReport> validate(List<Path> files, ProblemHandler problems) throws ConversionException {
        DatasetGraph data = DatasetGraphFactory.create();
        RdfFileReader reader = new RdfFileReader(problems);
        boolean allRead = true;
        for (Path file : files) {
            try {
                reader.read(file, data);
            } catch (ConversionException e) {
                problems.error(e);
                allRead = false;
            }
        }
        return allRead ? Optional.of(new DatasetValidator().validate(data)) : Optional.empty();
    }
}
