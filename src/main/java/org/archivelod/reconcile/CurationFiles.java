package org.archivelod.reconcile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Reads the curated events of a record from {@code {curation}/{record file name without .txt}.json}, checking that each
 * quote is in the document text and each entity reference is in the authority file.
 */
public final class CurationFiles {
    public static final Set<String> EVENT_TYPES = Set.of("planned-activity", "dispatch", "sending", "funding", "publication");
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path folder;
    private final AuthorityFile authority;

    public CurationFiles(Path folder, AuthorityFile authority) {
        this.folder = folder;
        this.authority = authority;
    }

    /** The curated events of the record read from {@code recordFile}; none when there is no curation file. */
    public List<CuratedEvent> eventsFor(Path recordFile, String documentText) throws AuthorityException {
        String name = recordFile.getFileName().toString().replaceFirst("\\.txt$", "") + ".json";
        Path file = folder.resolve(name);
        if (!Files.isRegularFile(file)) return List.of();
        CuratedEvent.File curation;
        try {
            curation = JsonFiles.read(JSON, file, CuratedEvent.File.class);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw new AuthorityException(file + (loc == null ? "" : ":" + loc.getLineNr()) + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new AuthorityException(file + ": cannot read: " + e.getMessage(), e);
        }
        for (CuratedEvent e : curation.events()) {
            String where = file + ": event '" + e.id() + "': ";
            if (!EVENT_TYPES.contains(e.type())) throw new AuthorityException(where + "type '" + e.type() + "' is not one of " + EVENT_TYPES.stream().sorted().toList());
            if (!e.id().matches("[a-z0-9]+(?:-[a-z0-9]+)*")) throw new AuthorityException(where + "id must be lower-case ascii words joined by '-'");
            if (!documentText.contains(e.quote())) throw new AuthorityException(where + "quote not found in the document text: '" + e.quote() + "'");
            for (String ref : concat(e.participants(), e.refersTo())) {
                String[] kindId = ref.split("/", 2);
                if (kindId.length != 2 || authority.get(kindId[0], kindId[1]).isEmpty())
                    throw new AuthorityException(where + "'" + ref + "' is not an entity of the authority file (kind/id)");
            }
        }
        return curation.events();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

}
