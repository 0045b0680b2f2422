package org.archivelod.reconcile;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reading a curated JSON file through {@link Files}, so that it may lie in a folder on disk or inside the jar. */
final class JsonFiles {
    private JsonFiles() {}

    static <T> T read(ObjectMapper json, Path file, Class<T> type) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return json.readValue(in, type);
        }
    }
}
