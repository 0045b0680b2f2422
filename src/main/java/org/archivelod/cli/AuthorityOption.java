package org.archivelod.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.archivelod.pipeline.DataFolders;
import picocli.CommandLine.Option;

/** {@code --authority DIR}, shared by the commands that convert records ({@code convert}, {@code load}, {@code candidates}, {@code evaluate}). */
final class AuthorityOption {
    @Option(names = "--authority", paramLabel = "DIR",
            description = "authority folder (default: ./data/authority when present, else the copy in the jar)")
    Path authority;

    /** The folder asked for, else {@code ./data/authority} when present, else the copy in the jar. */
    Path folder() {
        return DataFolders.authority(Optional.ofNullable(authority));
    }
}
