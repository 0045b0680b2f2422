package org.archivelod;

import java.nio.file.Path;

/** Where the tests find the project's data and fixtures. */
public final class TestFiles {
    public static final Path SEED_LETTER = Path.of("data/documents/000_889d9281fe3b1f1e.txt");
    public static final Path DOCUMENTS = Path.of("data/documents");
    public static final Path AUTHORITY = Path.of("data/authority");

    private TestFiles() {}

    public static Path fixture(String area, String name) {
        return Path.of("src/test/resources/fixtures", area, name, "input.txt");
    }
}
