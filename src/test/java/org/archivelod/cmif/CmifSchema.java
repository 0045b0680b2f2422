package org.archivelod.cmif;

import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/** Validates XML against the CMIF RELAX NG schema (src/test/resources/cmif, see its SOURCE.md) with Jing. */
public final class CmifSchema {
    public static final Path SCHEMA = Path.of("src/test/resources/cmif/cmi-customization.rng");

    private CmifSchema() {}

    /** The schema's complaints about {@code xml}, one line each with line and column; empty when it is valid. */
    public static List<String> problems(byte[] xml) throws Exception {
        List<String> problems = new ArrayList<>();
        ErrorHandler collect = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {}

            @Override
            public void error(SAXParseException e) {
                problems.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
        PropertyMapBuilder properties = new PropertyMapBuilder();
        properties.put(ValidateProperty.ERROR_HANDLER, collect);
        ValidationDriver driver = new ValidationDriver(properties.toPropertyMap());
        if (!driver.loadSchema(ValidationDriver.fileInputSource(SCHEMA.toFile()))) {
            throw new IllegalStateException("cannot load " + SCHEMA + ": " + problems);
        }
        InputSource in = new InputSource(new ByteArrayInputStream(xml));
        in.setSystemId("cmif.xml");
        driver.validate(in);
        return problems;
    }
}
