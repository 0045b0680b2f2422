package org.archivelod.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.archivelod.record.ArchivalReference;

/**
 * Reads a Russian-style file reference, abbreviated or spelled out: f./fond, op./opis, d./delo, pap./papka,
 * por./poruchenie, l./ll./list/listy (folios). "p." is left unread: it stands for papka in some citations and for a
 * page in others.
 */
final class ArchivalReferences {
    private static final Pattern PART = Pattern.compile("^(?i)(f\\.|fond|fund|op\\.|opis'?|d\\.|delo|pap\\.|papka|por\\.|poruchenie|poruchen'e|"
            + "ll\\.|l\\.|listy|list|listov)\\s*([\\p{L}\\d][\\w./-]*(?:\\s*[-–]\\s*\\d+\\w*)?)$");

    private ArchivalReferences() {}

    static Optional<ArchivalReference> parse(String reference) {
        String fond = null, opis = null, delo = null, papka = null, por = null, folios = null;
        List<String> unread = new ArrayList<>();
        for (String piece : reference.strip().replaceAll("\\.$", "").split(",\\s*")) {
            Matcher m = PART.matcher(piece.strip());
            if (!m.matches()) { unread.add(piece.strip()); continue; }
            String key = m.group(1).toLowerCase(java.util.Locale.ROOT);
            String value = m.group(2).replaceAll("\\s*[-–]\\s*", "-");
            switch (key.charAt(0)) {
                case 'f' -> fond = value;
                case 'o' -> opis = value;
                case 'd' -> delo = value;
                case 'l' -> folios = value;
                default -> {
                    if (key.startsWith("pap")) papka = value; else por = value;
                }
            }
        }
        if (fond == null) return Optional.empty();
        return Optional.of(new ArchivalReference(reference, Optional.of(fond), Optional.ofNullable(opis), Optional.ofNullable(delo),
                Optional.ofNullable(papka), Optional.ofNullable(por), Optional.ofNullable(folios),
                unread.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", unread))));
    }
}
