package org.archivelod.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A title split into document type, senders and addressees as printed:
 * "Letter, Cde. Filippov [Stalin] for Mao Zedong" → letter / "Cde. Filippov [Stalin]" / "Mao Zedong";
 * "Telegram from Shtykov to USSR Council of Ministers" → telegram / "Shtykov" / "USSR Council of Ministers".
 */
public record TitleParts(Optional<String> documentType, List<String> senders, List<String> addressees) {
    private static final Pattern TYPE_COMMA = Pattern.compile("^([A-Z][A-Za-z ]{2,40}?)(?: No\\. ?[\\w-]+)?,\\s+(.+)$");
    private static final Pattern TYPE_FROM = Pattern.compile("^([A-Z][A-Za-z ]{2,40}?)(?: No\\. ?[\\w-]+)? from\\s+(.+)$");
    private static final Pattern PARTIES = Pattern.compile("^(?:from\\s+)?(.+?)\\s+(?:to|for)\\s+(.+)$");

    public static TitleParts of(String title) {
        String type = null;
        String rest = null;
        Matcher m = TYPE_FROM.matcher(title);
        if (m.matches()) {
            type = m.group(1);
            rest = m.group(2);
        } else if ((m = TYPE_COMMA.matcher(title)).matches()) {
            type = m.group(1);
            rest = m.group(2);
        }
        if (type == null) return new TitleParts(Optional.empty(), List.of(), List.of());
        Matcher parties = PARTIES.matcher(rest);
        if (!parties.matches())
            return new TitleParts(Optional.of(type.strip().toLowerCase(java.util.Locale.ROOT)), List.of(), List.of());
        return new TitleParts(Optional.of(type.strip().toLowerCase(java.util.Locale.ROOT)),
                split(parties.group(1)), split(parties.group(2)));
    }

    /** "Wu Xiuquan and Qiao Guanhua" → two names; brackets are kept with the name they follow. */
    static List<String> split(String names) {
        List<String> out = new ArrayList<>();
        for (String part : names.split("\\s+and\\s+|,\\s+(?![^\\[]*\\])")) {
            String p = part.strip();
            if (!p.isEmpty()) out.add(p);
        }
        return List.copyOf(out);
    }
}
