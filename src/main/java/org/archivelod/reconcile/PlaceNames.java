package org.archivelod.reconcile;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.archivelod.parse.NameShape;

/**
 * Names of places the gazetteer does not list, in two shapes only:
 * <ul>
 *   <li>a geographic feature: capitalised words before a feature's head word ("Korean Peninsula", "Brioni Islands",
 *       "Akmolinskaya Oblast'", "Yalu River", "Taiwan Strait", "38th Parallel");</li>
 *   <li>a part of a known place or continent named by its direction ("Northern Iran", "Southern Azerbaijan",
 *       "Eastern Europe", "North China"), where the gazetteer or the authority file knows the place;</li>
 *   <li>a name the text itself calls a place: after "the city of", "the cities of", "the provinces of" … with a list
 *       ("the cities of Rezaye, Maku, and Ardebil"), or before "region" or "district" ("the Ahar region",
 *       "Maragheh District"); each name must be name-shaped (no demonym, office or sentence word).</li>
 * </ul>
 * The words before a head must be shaped like a name (no sentence words, no offices); a head alone names nothing.
 */
public final class PlaceNames {
    private static final String WORD = "(?:\\p{Lu}[\\p{L}\\p{M}’'-]*\\p{L}|\\d+(?:st|nd|rd|th))";
    private static final Pattern FEATURE = Pattern.compile("(?<![\\p{L}\\p{N}])((?:" + WORD + "[ \\u00A0]){1,3})"
            + "(Peninsula|Islands|Island|Isles|Oblast'?|Oblast’|Krai|Province|Sea|Strait|Straits|River|Canal|Mountains|Bay|Gulf|"
            + "Lake|Valley|Desert|Plateau|Parallel|Archipelago|Ostan|peninsula)(?![\\p{L}\\p{N}])");
    /** One place's name after a place noun: one to three capitalised words ("Rezaye", "Port Said"). */
    private static final String CUED_NAME = "\\p{Lu}[\\p{L}\\p{M}’'-]*\\p{L}(?:[ \\u00A0]\\p{Lu}[\\p{L}\\p{M}’'-]*\\p{L}){0,2}";
    /** The place nouns a list of names may follow: "the cities of Rezaye, Maku, and Ardebil". */
    private static final java.util.Set<String> LIST_NOUNS = java.util.Set.of("city", "cities", "town", "towns", "village",
            "villages", "port", "ports", "province", "provinces", "region", "regions", "district", "districts", "county",
            "counties", "prefecture", "prefectures", "oblast", "oblasts", "shakhristan", "shakhristans", "ostan", "ostans",
            "settlement", "settlements");
    /** What follows "{noun} of": the names, separated by commas and a last "and". */
    private static final Pattern CUED_LIST = Pattern.compile(":?[ \\u00A0]+(" + CUED_NAME
            + "(?:,[ \\u00A0]+" + CUED_NAME + ")*(?:,?[ \\u00A0]+and[ \\u00A0]+" + CUED_NAME + ")?)");
    /** "the Ahar region", "of Miandub district": one capitalised word between "the" or "of" and a lower-case noun. */
    private static final Pattern CUED_BEFORE = Pattern.compile("(?<![\\p{L}\\p{N}])(?:the|of)[ \\u00A0]"
            + "(\\p{Lu}[\\p{L}\\p{M}’'-]*\\p{L})[ \\u00A0](?:region|district|area)(?![\\p{L}\\p{N}])");
    /** Adjectives of peoples and directions ("the Kurdish region", "the Baltic area"), which a place noun does not make places. */
    private static final Pattern ADJECTIVE = Pattern.compile(".*(?:ian|ean|ese|ish|ern|ic)");
    private static final Pattern LIST_ITEM = Pattern.compile(CUED_NAME);
    private static final Pattern DIRECTED = Pattern.compile("(?<![\\p{L}\\p{N}])(Northern|Southern|Eastern|Western|Central|"
            + "North|South|East|West|Northeast|Northwest|Southeast|Southwest|North-East|North-West|South-East|South-West|"
            + "Inner|Outer|Upper|Lower)[ \\u00A0](" + WORD + "(?:[ \\u00A0]" + WORD + ")?)(?![\\p{L}\\p{N}])");
    private static final List<String> HEADS = List.of("Peninsula", "Ostan", "peninsula", "Island", "Isles", "Oblast", "Krai", "Province", "Sea",
            "Strait", "River", "Canal", "Mountains", "Bay", "Gulf", "Lake", "Valley", "Desert", "Plateau", "Parallel", "Archipelago");
    private static final Set<String> CONTINENTS = Set.of("Europe", "Asia", "Africa", "America", "Pacific", "Atlantic", "Korea",
            "Vietnam", "China", "Azerbaijan", "Iran", "Germany", "Manchuria", "Mongolia", "Caucasus", "Siberia");
    private static final Set<String> NOT_BEFORE_HEAD = Set.of("The", "A", "An", "This", "That", "Our", "Their", "His", "Her",
            "In", "On", "At", "To", "From", "Of", "And", "For", "By", "With");

    private static final Set<String> OFFICES = Set.of("Minister", "Ambassador", "Chairman", "Premier", "President", "Secretary",
            "Comrade", "General", "Marshal", "Commander", "Department", "Ministry", "Committee", "Embassy", "Government");

    /** A place's name in the text: [start, end) and the words. */
    public record Found(int start, int end, String name) {}

    private PlaceNames() {}

    /** The places of both shapes; {@code known} tells whether a name is a place or state the data knows. */
    public static List<Found> find(String text, Predicate<String> known) {
        List<Found> out = new ArrayList<>();
        // most texts name no feature: the heads are looked for first, as plain words
        Matcher f = FEATURE.matcher(HEADS.stream().anyMatch(text::contains) ? text : "");
        while (f.find()) {
            String[] before = f.group(1).strip().split("[ \\u00A0]");
            int skip = 0;
            while (skip < before.length && NOT_BEFORE_HEAD.contains(before[skip])) skip++;
            if (skip == before.length) continue;
            boolean named = true;
            for (int i = skip; i < before.length; i++) {
                boolean word = before[i].matches("\\d+(?:st|nd|rd|th)") || known.test(before[i])
                        || (NameShape.whyNotGroup(before[i]).isEmpty() && NameShape.whyNotBody(before[i]).isEmpty()
                            && !OFFICES.contains(before[i]));
                if (!word) named = false;
            }
            if (!named) continue;
            int start = f.start(1);
            for (int i = 0; i < skip; i++) start = text.indexOf(before[i], start) + before[i].length() + 1;
            out.add(new Found(start, f.end(), text.substring(start, f.end())));
        }
        Matcher d = DIRECTED.matcher(text);
        while (d.find()) {
            String place = d.group(2);
            String first = place.split("[ \\u00A0]")[0];
            String whole = known.test(place) || CONTINENTS.contains(place) ? place
                    : known.test(first) || CONTINENTS.contains(first) ? first : null;
            if (whole == null) continue;
            int end = d.start(2) + whole.length();
            if (out.stream().anyMatch(o -> o.start() < end && d.start() < o.end())) continue;
            out.add(new Found(d.start(), end, text.substring(d.start(), end)));
        }
        cued(text, out);
        out.sort(java.util.Comparator.comparingInt(Found::start));
        return List.copyOf(out);
    }

    /** The names a place noun introduces or follows, where no other shape has found a place already. */
    private static void cued(String text, List<Found> out) {
        List<Found> cued = new ArrayList<>();
        // "{noun} of": found by the plain " of", then the word before it; the list is read from there on
        for (int of = text.indexOf(" of"); of >= 0; of = text.indexOf(" of", of + 3)) {
            int start = of;
            while (start > 0 && Character.isLetter(text.charAt(start - 1))) start--;
            if (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) continue;
            if (!LIST_NOUNS.contains(text.substring(start, of))) continue;
            Matcher list = CUED_LIST.matcher(text).region(of + 3, text.length());
            if (!list.lookingAt()) continue;
            Matcher item = LIST_ITEM.matcher(text).region(list.start(1), list.end(1));
            while (item.find()) cued.add(new Found(item.start(), item.end(), item.group()));
        }
        boolean after = text.contains(" region") || text.contains(" district") || text.contains(" area");
        Matcher before = CUED_BEFORE.matcher(after ? text : "");
        while (before.find()) {
            if (!ADJECTIVE.matcher(before.group(1)).matches()) cued.add(new Found(before.start(1), before.end(1), before.group(1)));
        }
        for (Found c : cued) {
            boolean named = !c.name().matches(".*['’]s") && java.util.Arrays.stream(c.name().split("[ \\u00A0]")).allMatch(NameShape::isNameWord)
                    && NameShape.whyNotGroup(c.name()).isEmpty() && !OFFICES.contains(c.name()) && !NOT_BEFORE_HEAD.contains(c.name());
            boolean overlaps = out.stream().anyMatch(o -> o.start() < c.end() && c.start() < o.end())
                    || cued.stream().anyMatch(o -> o != c && o.start() <= c.start() && c.end() <= o.end() && o.name().length() > c.name().length());
            if (named && !overlaps && out.stream().noneMatch(o -> o.start() == c.start())) out.add(c);
        }
    }
}
