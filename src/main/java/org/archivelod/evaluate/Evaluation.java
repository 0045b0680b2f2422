package org.archivelod.evaluate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.jena.sparql.core.DatasetGraph;
import org.archivelod.evaluate.ConvertedFacts.DocumentFacts;
import org.archivelod.evaluate.ConvertedFacts.Entity;
import org.archivelod.evaluate.Gold.GoldEntity;
import org.archivelod.evaluate.Gold.GoldRecord;
import org.archivelod.record.ArchiveRecord;

/**
 * Compares a conversion with gold, record by record: each document field (title, date, type, record id), each role
 * (creators, addressees, intermediaries, translators), the archives, and the people, places and groups named.
 * An entity of the conversion agrees with a gold entity when one of its names (labels, appellations, the words the
 * document's annotations quote) is one of the gold's forms, accents, case and punctuation aside, and the kinds fit:
 * a state may be a group or a place. Each gold entity is matched at most once.
 */
public final class Evaluation {
    public static final List<String> FIELDS = List.of("title", "date", "type", "record id");
    public static final List<String> ROLES = List.of("creators", "addressees", "intermediaries", "translators");
    public static final List<String> KINDS = List.of("people", "places", "groups");
    private static final List<String> ALL = ReportWriter.fieldOrder();
    private static final List<String> PARSED = java.util.stream.Stream.of(List.of("title", "date", "record id"), ROLES,
            List.of("archives")).flatMap(List::stream).toList();

    /** Scores by field name (fields, roles, "archives", kinds), the disagreements, and what could not be compared. */
    public record Report(Map<String, Score> scores, List<Disagreement> disagreements, List<String> records,
                         List<String> notInGold) {}

    private final Map<String, Score> scores = new LinkedHashMap<>();
    private final List<Disagreement> disagreements = new ArrayList<>();

    private Evaluation(List<String> scored) {
        for (String f : scored) scores.put(f, Score.ZERO);
    }

    /**
     * Compares every converted document that the gold describes; the others are listed as not in the gold. A gold
     * record among {@code inputs} (file names) that the conversion lacks (it was refused) counts as found nothing.
     */
    public static Report of(Gold gold, DatasetGraph conversion, Set<String> inputs) {
        return of(gold, new java.util.TreeMap<>(ConvertedFacts.read(conversion)), inputs, ALL);
    }

    /**
     * Compares what the parser alone read of each record (by file name) with the gold: title, date, record id, the
     * roles and the archives, names as printed. The type (the parser reads the page's word, "cable", which mapping
     * turns into a concept, "telegram") and the people, places and groups, which the parser does not read, are not
     * scored.
     */
    public static Report ofParsed(Gold gold, Map<String, ArchiveRecord> parsed) {
        Map<String, DocumentFacts> facts = new java.util.TreeMap<>();
        parsed.forEach((file, r) -> facts.put(file, ParsedFacts.of(file, r)));
        return of(gold, facts, parsed.keySet(), PARSED);
    }

    private static Report of(Gold gold, Map<String, DocumentFacts> converted, Set<String> inputs, List<String> scored) {
        for (String file : inputs) {
            if (gold.records().containsKey(file) && !converted.containsKey(file)) {
                converted.put(file, new DocumentFacts(file, null, null, null, null,
                        Map.of("creators", List.of(), "addressees", List.of(), "intermediaries", List.of(), "translators", List.of()),
                        List.of(), List.of()));
            }
        }
        Evaluation e = new Evaluation(scored);
        List<String> compared = new ArrayList<>();
        List<String> notInGold = new ArrayList<>();
        for (DocumentFacts d : converted.values()) {
            GoldRecord g = gold.records().get(d.file());
            if (g == null) {
                notInGold.add(d.file());
                continue;
            }
            compared.add(d.file());
            e.compare(d.file(), g, d);
        }
        return new Report(Map.copyOf(e.scores), List.copyOf(e.disagreements), List.copyOf(compared), List.copyOf(notInGold));
    }

    private void compare(String file, GoldRecord g, DocumentFacts d) {
        value(file, "title", squeeze(d.title()), squeeze(g.title()));
        value(file, "date", d.date(), g.date());
        value(file, "type", d.type(), g.type());
        value(file, "record id", d.recordId(), g.recordId());
        roles(file, "creators", d.parties().get("creators"), g.creators());
        roles(file, "addressees", d.parties().get("addressees"), g.addressees());
        roles(file, "intermediaries", d.parties().get("intermediaries"), g.intermediaries());
        roles(file, "translators", d.parties().get("translators"), g.translators());
        List<GoldEntity> archives = g.archives().stream().map(a -> new GoldEntity(a, "group", List.of(), false)).toList();
        roles(file, "archives", d.archives(), archives);
        if (scores.keySet().containsAll(KINDS)) named(file, d.named(), g);
    }

    private void value(String file, String field, String converted, String gold) {
        if (!scores.containsKey(field)) return;
        boolean agree = Objects.equals(converted, gold);
        int tp = agree && gold != null ? 1 : 0;
        int fp = converted != null && !agree ? 1 : 0;
        int fn = gold != null && !agree ? 1 : 0;
        add(field, new Score(tp, fp, fn));
        if (!agree) disagreements.add(new Disagreement(file, field, converted, gold));
    }

    private void roles(String file, String field, List<Entity> converted, List<GoldEntity> gold) {
        if (!scores.containsKey(field)) return;
        Matching m = Matching.of(converted, gold);
        add(field, new Score(m.pairs().size(), m.unmatchedConverted().size(), m.unmatchedGold().size()));
        m.unmatchedConverted().forEach(c -> disagreements.add(new Disagreement(file, field, describe(c), null)));
        m.unmatchedGold().forEach(x -> disagreements.add(new Disagreement(file, field, null, x.name())));
    }

    private void named(String file, List<Entity> converted, GoldRecord g) {
        List<GoldEntity> gold = new ArrayList<>();
        g.people().forEach(p -> gold.add(new GoldEntity(p.name(), "person", p.forms(), false)));
        g.places().forEach(p -> gold.add(new GoldEntity(p.name(), p.state() || "state".equals(p.kind()) ? "state" : "place", p.forms(), p.state())));
        g.groups().forEach(p -> gold.add(new GoldEntity(p.name(), "group", p.forms(), false)));
        Matching m = Matching.of(converted, gold);
        for (String kind : KINDS) {
            int tp = (int) m.pairs().stream().filter(p -> kindOf(p.gold()).equals(kind)).count();
            List<Entity> extra = m.unmatchedConverted().stream().filter(c -> kindOf(c).equals(kind)).toList();
            List<GoldEntity> missed = m.unmatchedGold().stream().filter(x -> kindOf(x).equals(kind)).toList();
            add(kind, new Score(tp, extra.size(), missed.size()));
            extra.forEach(c -> disagreements.add(new Disagreement(file, kind, describe(c), null)));
            missed.forEach(x -> disagreements.add(new Disagreement(file, kind, null, x.name())));
        }
    }

    private static String kindOf(GoldEntity g) {
        return switch (g.kind() == null ? "" : g.kind()) {
            case "person" -> "people";
            case "group" -> "groups";
            default -> "places";
        };
    }

    private static String kindOf(Entity e) {
        return switch (e.kind()) {
            case "person" -> "people";
            case "group" -> "groups";
            default -> "places";
        };
    }

    private static String describe(Entity e) {
        if (e.iri() == null) return e.label() + " (as printed)";
        return e.label() + " (" + e.kind() + ", " + e.iri() + ")";
    }

    private void add(String field, Score s) {
        scores.merge(field, s, Score::plus);
    }

    private static String squeeze(String s) {
        return s == null ? null : s.strip().replaceAll("\\s+", " ");
    }

    /** A one-to-one matching of converted and gold entities by shared name keys and fitting kinds. */
    record Matching(List<Pair> pairs, List<Entity> unmatchedConverted, List<GoldEntity> unmatchedGold) {
        record Pair(Entity converted, GoldEntity gold) {}

        static Matching of(List<Entity> converted, List<GoldEntity> gold) {
            List<Pair> pairs = new ArrayList<>();
            List<Entity> extra = new ArrayList<>();
            List<GoldEntity> left = new ArrayList<>(gold);
            for (Entity c : converted) {
                Set<String> keys = keys(c.names());
                GoldEntity found = null;
                for (GoldEntity g : left) {
                    if (fits(c.kind(), g.kind()) && g.allNames().stream().flatMap(n -> NameKey.variants(n).stream()).anyMatch(keys::contains)) {
                        found = g;
                        break;
                    }
                }
                if (found == null) {
                    extra.add(c);
                } else {
                    left.remove(found);
                    pairs.add(new Pair(c, found));
                }
            }
            return new Matching(pairs, extra, left);
        }

        private static Set<String> keys(Set<String> names) {
            Set<String> out = new java.util.HashSet<>();
            for (String n : names) out.addAll(NameKey.variants(n));
            return out;
        }

        /** A state may be typed as a group or a place; a kind either side leaves open fits anything. */
        private static boolean fits(String converted, String gold) {
            if (converted == null || gold == null || gold.isEmpty()) return true;
            return switch (gold) {
                case "state" -> converted.equals("group") || converted.equals("place");
                default -> converted.equals(gold);
            };
        }
    }
}
