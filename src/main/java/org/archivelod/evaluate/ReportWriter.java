package org.archivelod.evaluate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Prints an evaluation as a table a person reads, or as JSON. */
public final class ReportWriter {
    private ReportWriter() {}

    /** The order fields are printed in; a report prints those it scored. */
    public static List<String> fieldOrder() {
        List<String> out = new ArrayList<>(Evaluation.FIELDS);
        out.addAll(Evaluation.ROLES);
        out.add("archives");
        out.addAll(Evaluation.KINDS);
        return out;
    }

    public static void text(Evaluation.Report r, PrintWriter out) {
        out.printf(Locale.ROOT, "%d record(s) compared with the gold%n%n", r.records().size());
        out.printf(Locale.ROOT, "%-16s %9s %7s %5s %5s %5s%n", "field", "precision", "recall", "right", "extra", "missed");
        for (String f : fieldOrder()) {
            Score s = r.scores().get(f);
            if (s == null) continue;
            out.printf(Locale.ROOT, "%-16s %8.1f%% %6.1f%% %5d %5d %5d%n", f, 100 * s.precision(), 100 * s.recall(),
                    s.truePositives(), s.falsePositives(), s.falseNegatives());
        }
        if (!r.disagreements().isEmpty()) {
            out.printf(Locale.ROOT, "%ndisagreements (%d):%n", r.disagreements().size());
            for (Disagreement d : r.disagreements()) {
                out.printf(Locale.ROOT, "  %s  %s  %s: %s%s%n", d.record(), d.field(), d.kind(),
                        d.converted() == null ? "" : "converted " + quote(d.converted()),
                        d.gold() == null ? "" : (d.converted() == null ? "" : ", ") + "gold " + quote(d.gold()));
            }
        }
        if (!r.notInGold().isEmpty()) out.printf(Locale.ROOT, "%nnot in the gold (not compared): %s%n", String.join(", ", r.notInGold()));
        out.flush();
    }

    public static void json(Evaluation.Report r, PrintWriter out) {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode();
        root.putPOJO("records", r.records());
        ObjectNode scores = root.putObject("scores");
        for (String f : fieldOrder()) {
            Score s = r.scores().get(f);
            if (s == null) continue;
            ObjectNode o = scores.putObject(f);
            o.put("precision", s.precision());
            o.put("recall", s.recall());
            o.put("right", s.truePositives());
            o.put("extra", s.falsePositives());
            o.put("missed", s.falseNegatives());
        }
        ArrayNode list = root.putArray("disagreements");
        for (Disagreement d : r.disagreements()) {
            ObjectNode o = list.addObject();
            o.put("record", d.record());
            o.put("field", d.field());
            o.put("kind", d.kind());
            o.put("converted", d.converted());
            o.put("gold", d.gold());
        }
        root.putPOJO("notInGold", r.notInGold());
        try {
            out.println(json.writeValueAsString(root));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        out.flush();
    }

    private static String quote(String s) {
        return "'" + s + "'";
    }
}
