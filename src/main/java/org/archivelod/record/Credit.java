package org.archivelod.record;

import java.util.Optional;

/**
 * A person the citation credits: "Translated for NKIDP by James F. Person" → TRANSLATOR, "James F. Person",
 * programme "NKIDP"; "Obtained by James G. Hershberg (George Washington University)" → OBTAINED_BY with the
 * affiliation apart.
 */
public record Credit(Role role, String name, Optional<String> affiliation, Optional<String> forProgramme) {
    public enum Role { TRANSLATOR, OBTAINED_BY }
}
