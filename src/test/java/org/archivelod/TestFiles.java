package org.archivelod;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Where the tests find the project's data and fixtures. */
public final class TestFiles {
    public static final Path SEED_LETTER = Path.of("data/documents/000_889d9281fe3b1f1e.txt");
    public static final Path DOCUMENTS = Path.of("data/documents");
    public static final Path AUTHORITY = Path.of("data/authority");

    private TestFiles() {}

    public static Path fixture(String area, String name) {
        return Path.of("src/test/resources/fixtures", area, name, "input.txt");
    }

    /**
     * A copy of the authority file in {@code root/data/authority} beside a curated event of the seed letter that names
     * nobody (an activity needs an actor or a participant), so that the seed letter no longer conforms; returns the
     * authority folder.
     */
    public static Path authorityWithAnEventOfNobody(Path root) throws IOException {
        Path authority = Files.createDirectories(root.resolve("data/authority"));
        try (Stream<Path> files = Files.list(AUTHORITY)) {
            for (Path f : files.toList()) Files.copy(f, authority.resolve(f.getFileName()));
        }
        Path curation = Files.createDirectories(root.resolve("data/curation"));
        Files.writeString(curation.resolve("000_889d9281fe3b1f1e.json"), """
                {"events": [{"id": "a-dispatch-of-nobody", "type": "dispatch", "label": "A dispatch that names nobody",
                  "quote": "As to the arrival of comrades Zhou Enlai and Lin Biao", "participants": []}]}
                """, StandardCharsets.UTF_8);
        return authority;
    }
}
