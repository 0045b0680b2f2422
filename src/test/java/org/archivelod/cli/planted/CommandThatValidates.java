package org.archivelod.cli.planted;

import org.apache.jena.sparql.core.DatasetGraph;
import org.archivelod.validate.DatasetValidator;

/** Planted for {@code PlantedViolationsTest}: a command that validates by itself instead of through the pipeline. */
public final class CommandThatValidates {
    public boolean conforms(DatasetGraph data) {
        return new DatasetValidator().validate(data).conforms();
    }
}
