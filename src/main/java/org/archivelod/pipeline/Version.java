package org.archivelod.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The tool's version, from the build. */
public final class Version {
    private static final String VERSION = read();

    private Version() {}

    public static String get() { return VERSION; }

    private static String read() {
        try (InputStream in = Version.class.getResourceAsStream("/org/archivelod/version.properties")) {
            if (in == null) return "unknown";
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
