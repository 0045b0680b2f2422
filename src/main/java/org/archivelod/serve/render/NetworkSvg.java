package org.archivelod.serve.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import org.apache.jena.graph.Node;
import org.archivelod.serve.site.ArchiveDocuments;
import org.archivelod.serve.site.Correspondence;
import org.archivelod.serve.site.Labels;
import org.archivelod.serve.site.Link;

/**
 * The correspondence network drawn on the server as SVG (written by {@code network-svg.mustache}, which escapes
 * every text): correspondents placed by a deterministic force-directed layout ({@link ForceLayout}, starting from
 * their IRIs in order), each dot's area growing with the documents they wrote or received, an arrow from writer to
 * addressee whose width and number give the documents, each person linked to their page and each arrow to its row in
 * the table. The view box is the drawing's own extent, labels included (measured generously for every script), so
 * nothing is cut and no picture is mostly empty.
 */
public record NetworkSvg(String id, String title, String desc, int width, int height, List<Person> people,
        List<Arrow> arrows) {
    static final double FONT = 13;
    private static final int MARGIN = 12;
    private static final double SPACING = 140;
    private static final double ROW = 900;
    private static final double GAP = 28;
    private static final int RIGHT = 0;
    private static final int LEFT = 1;
    private static final int ABOVE = 2;
    private static final int BELOW = 3;

    /** A correspondent placed; the label is set to the left or right of the dot. */
    public record Person(String label, String href, String tooltip, int x, int y, double r, int labelX, int labelY,
            String textAnchor, int documents) {}

    /** A link from one correspondent to another, shortened to end at the dots, with its weight. */
    public record Arrow(String title, String href, int x1, int y1, int x2, int y2, double strokeWidth, int weight,
            int labelX, int labelY) {}

    public boolean empty() {
        return arrows.isEmpty();
    }

    /** The dot's radius: its area grows with the documents (1 → 6 px, 4 → 8.6 px, 25 → 15 px, at most 18 px). */
    static double radius(int documents) {
        return Math.min(18, Math.round((3.4 + 2.6 * Math.sqrt(Math.max(1, documents))) * 10) / 10.0);
    }

    /** Lays out {@code network}; {@code edgeHref} gives the link of the i-th edge. */
    public static NetworkSvg layout(String id, String title, Correspondence network, Labels labels, IntFunction<String> edgeHref) {
        List<Node> nodes = new ArrayList<>(network.people());
        nodes.sort(Comparator.comparing(Node::toString));
        int n = nodes.size();
        Map<Node, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) index.put(nodes.get(i), i);
        List<int[]> links = new ArrayList<>();
        for (Correspondence.Edge e : network.edges()) {
            links.add(new int[] {index.get(e.from()), index.get(e.to())});
        }
        String[] names = new String[n];
        double[] r = new double[n];
        double[][] boxes = new double[n][];
        for (int i = 0; i < n; i++) {
            names[i] = labels.label(nodes.get(i));
            r[i] = radius(network.lettersOf(nodes.get(i)));
            // the label may go either side of the dot: keep room for it on both
            boxes[i] = new double[] {2 * (r[i] + 5 + TextWidths.of(names[i], FONT)), Math.max(2 * r[i], FONT + 6) + 4};
        }
        // each connected part laid out on its own, then the parts set in rows like words in a paragraph
        int[][] pairs = links.toArray(new int[0][]);
        double[][] p = new double[n][2];
        int[] side = new int[n];
        double rowX = 0, rowY = 0, rowHeight = 0, widthOf = 0;
        for (List<Integer> part : ForceLayout.components(n, pairs)) {
            double[][] xy = layoutPart(part, links, boxes);
            double mid = 0;
            for (double[] q : xy) mid += q[0] / xy.length;
            Map<Integer, Integer> local = new HashMap<>();
            for (int j = 0; j < part.size(); j++) local.put(part.get(j), j);
            double[] pull = new double[part.size()];    // where a node's arrows go, left (-) or right (+)
            for (int[] e : links) {
                if (!local.containsKey(e[0]) || !local.containsKey(e[1]) || e[0] == e[1]) continue;
                int a = local.get(e[0]);
                int b = local.get(e[1]);
                double dx = xy[b][0] - xy[a][0];
                double d = Math.max(1, Math.hypot(dx, xy[b][1] - xy[a][1]));
                pull[a] += dx / d;
                pull[b] -= dx / d;
            }
            double[] extent = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
            for (int j = 0; j < part.size(); j++) {
                int i = part.get(j);
                double w = TextWidths.of(names[i], FONT);
                // the side its arrows cross least; among equals, away from its arrows, or on the outer side
                int preferred = Math.abs(pull[j]) > 0.3 ? (pull[j] < 0 ? RIGHT : LEFT) : (xy[j][0] >= mid ? RIGHT : LEFT);
                int best = preferred;
                int fewest = Integer.MAX_VALUE;
                for (int candidate : new int[] {preferred, 1 - preferred, ABOVE, BELOW}) {
                    double[] box = nameBox(candidate, xy[j][0], xy[j][1], r[i], w);
                    int crossed = 0;
                    for (int[] e : links) {
                        if (!local.containsKey(e[0]) || !local.containsKey(e[1]) || (e[0] != i && e[1] != i)) continue;
                        double[] other = xy[local.get(e[0] == i ? e[1] : e[0])];
                        if (crosses(xy[j], other, box)) crossed++;
                    }
                    if (crossed < fewest) {
                        fewest = crossed;
                        best = candidate;
                    }
                }
                side[i] = best;
                double[] box = nameBox(best, xy[j][0], xy[j][1], r[i], w);
                extent[0] = Math.min(extent[0], Math.min(box[0], xy[j][0] - r[i]));
                extent[2] = Math.max(extent[2], Math.max(box[2], xy[j][0] + r[i]));
                extent[1] = Math.min(extent[1], Math.min(box[1], xy[j][1] - r[i]));
                extent[3] = Math.max(extent[3], Math.max(box[3], xy[j][1] + r[i]));
            }
            double w = extent[2] - extent[0];
            double h = extent[3] - extent[1];
            if (rowX > 0 && rowX + w > ROW) {
                rowY += rowHeight + GAP;
                rowX = 0;
                rowHeight = 0;
            }
            for (int j = 0; j < part.size(); j++) {
                p[part.get(j)][0] = xy[j][0] - extent[0] + rowX + MARGIN;
                p[part.get(j)][1] = xy[j][1] - extent[1] + rowY + MARGIN;
            }
            rowX += w + GAP;
            rowHeight = Math.max(rowHeight, h);
            widthOf = Math.max(widthOf, rowX - GAP);
        }
        int width = (int) Math.ceil(widthOf) + 2 * MARGIN;
        int height = (int) Math.ceil(rowY + rowHeight) + 2 * MARGIN;
        List<Person> people = new ArrayList<>();
        int[][] at = new int[n][];
        for (int i = 0; i < n; i++) {
            int x = (int) Math.round(p[i][0]);
            int y = (int) Math.round(p[i][1]);
            at[i] = new int[] {x, y};
            int docs = network.lettersOf(nodes.get(i));
            Link link = labels.link(nodes.get(i));
            String tooltip = link.label() + ": " + docs + (docs == 1 ? " document" : " documents");
            double[] box = nameBox(side[i], x, y, r[i], TextWidths.of(names[i], FONT));
            int labelX = (int) Math.round(switch (side[i]) { case RIGHT -> box[0]; case LEFT -> box[2]; default -> x; });
            people.add(new Person(link.label(), link.href(), tooltip, x, y, r[i], labelX, (int) Math.round(box[3] - 3),
                    side[i] == RIGHT ? "start" : side[i] == LEFT ? "end" : "middle", docs));
        }
        List<Arrow> arrows = new ArrayList<>();
        for (int i = 0; i < network.edges().size(); i++) {
            Correspondence.Edge e = network.edges().get(i);
            int a = index.get(e.from());
            int b = index.get(e.to());
            arrows.add(arrow(e, at[a], r[a], at[b], r[b], labels, edgeHref.apply(i), people));
        }
        String desc = n + " correspondents, " + network.edges().size() + " directions of correspondence, "
                + network.edges().stream().mapToInt(Correspondence.Edge::weight).sum() + " letters in all; "
                + "the larger the dot, the more documents a person wrote or received.";
        return new NetworkSvg(id, title, desc, width, height, people, arrows);
    }

    /** A connected part laid out by {@link ForceLayout}: positions in the order of {@code part}. */
    private static double[][] layoutPart(List<Integer> part, List<int[]> links, double[][] boxes) {
        Map<Integer, Integer> local = new HashMap<>();
        for (int j = 0; j < part.size(); j++) local.put(part.get(j), j);
        List<int[]> edges = new ArrayList<>();
        for (int[] e : links) {
            if (local.containsKey(e[0]) && local.containsKey(e[1])) edges.add(new int[] {local.get(e[0]), local.get(e[1])});
        }
        double[][] partBoxes = new double[part.size()][];
        for (int j = 0; j < part.size(); j++) partBoxes[j] = boxes[part.get(j)];
        return ForceLayout.place(part.size(), edges.toArray(new int[0][]), SPACING, partBoxes);
    }

    /** An arrow between two dots, offset to its right so that letters each way run side by side. */
    private static Arrow arrow(Correspondence.Edge e, int[] a, double ra, int[] b, double rb, Labels labels, String href,
            List<Person> people) {
        double dx = b[0] - a[0];
        double dy = b[1] - a[1];
        double length = Math.max(1, Math.hypot(dx, dy));
        double ux = dx / length;
        double uy = dy / length;
        double ox = -uy * 6;
        double oy = ux * 6;
        int x1 = (int) Math.round(a[0] + ux * (ra + 2) + ox);
        int y1 = (int) Math.round(a[1] + uy * (ra + 2) + oy);
        int x2 = (int) Math.round(b[0] - ux * (rb + 8) + ox);
        int y2 = (int) Math.round(b[1] - uy * (rb + 8) + oy);
        String title = labels.label(e.from()) + " → " + labels.label(e.to()) + ": " + e.weight()
                + (e.weight() == 1 ? " document" : " documents");
        // the number beside the arrow's middle, or nearer one end where a name stands there
        String number = String.valueOf(e.weight());
        double w = TextWidths.of(number, FONT);
        int lx = 0;
        int ly = 0;
        for (double t : new double[] {0.5, 0.35, 0.65, 0.25, 0.75}) {
            lx = (int) Math.round(x1 + (x2 - x1) * t + ox * 1.6);
            ly = (int) Math.round(y1 + (y2 - y1) * t + oy * 1.6 + 4);
            double[] box = {lx - w / 2 - 2, ly - FONT + 2, lx + w / 2 + 2, ly + 3};
            if (people.stream().noneMatch(p -> overlaps(box, nameBox(p)))) break;
        }
        return new Arrow(title, href, x1, y1, x2, y2, 1.2 + 1.3 * Math.min(e.weight(), 8), e.weight(), lx, ly);
    }

    /** The box of a name of width {@code w} set on {@code side} of a dot at x, y: left, top, right, bottom. */
    private static double[] nameBox(int side, double x, double y, double r, double w) {
        double gap = Math.ceil(r) + 5;
        return switch (side) {
            case RIGHT -> new double[] {x + gap, y + 4 - FONT + 2, x + gap + w, y + 4 + 3};
            case LEFT -> new double[] {x - gap - w, y + 4 - FONT + 2, x - gap, y + 4 + 3};
            case ABOVE -> new double[] {x - w / 2, y - r - 4 - FONT, x + w / 2, y - r - 1};
            default -> new double[] {x - w / 2, y + r + 2, x + w / 2, y + r + FONT + 5};
        };
    }

    /** Whether the line from {@code a} to {@code b}, its ends left out, runs through {@code box}. */
    private static boolean crosses(double[] a, double[] b, double[] box) {
        for (int k = 2; k < 38; k++) {
            double t = k / 40.0;
            double x = a[0] + (b[0] - a[0]) * t;
            double y = a[1] + (b[1] - a[1]) * t;
            if (x >= box[0] - 2 && x <= box[2] + 2 && y >= box[1] - 2 && y <= box[3] + 2) return true;
        }
        return false;
    }

    /** Where a person's name is written. */
    private static double[] nameBox(Person p) {
        double w = TextWidths.of(p.label(), FONT);
        double x0 = switch (p.textAnchor()) { case "start" -> p.labelX(); case "end" -> p.labelX() - w; default -> p.labelX() - w / 2; };
        return new double[] {x0, p.labelY() - FONT + 2, x0 + w, p.labelY() + 3};
    }

    private static boolean overlaps(double[] a, double[] b) {
        return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
    }
}
