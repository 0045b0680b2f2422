package org.archivelod.serve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;

/**
 * The correspondence network drawn on the server as SVG (written by {@code network-svg.mustache}, which escapes
 * every text): correspondents on a circle, ordered as they first appear, an arrow from writer to addressee whose
 * width and number give the documents, each person linked to their page and each arrow to its row in the table.
 */
public record NetworkSvg(String id, String title, String desc, int width, int height, List<Person> people,
        List<Arrow> arrows) {
    private static final double CHAR_WIDTH = 6.8;

    /** A correspondent placed on the circle; the label is set to the left or right of the dot. */
    public record Person(String label, String href, int x, int y, int r, int labelX, int labelY, String textAnchor) {}

    /** A link from one correspondent to another, shortened to end at the dots, with its weight. */
    public record Arrow(String title, String href, int x1, int y1, int x2, int y2, double strokeWidth, int weight,
            int labelX, int labelY) {}

    public boolean empty() {
        return arrows.isEmpty();
    }

    /** Lays out {@code network}; {@code edgeHref} gives the link of the i-th edge. */
    public static NetworkSvg layout(String id, String title, Correspondence network, Labels labels,
            java.util.function.IntFunction<String> edgeHref) {
        List<Node> nodes = network.people();
        int n = nodes.size();
        int longest = nodes.stream().mapToInt(p -> labels.label(p).length()).max().orElse(10);
        int radius = Math.max(90, Math.min(260, 40 * n));
        int side = (int) Math.min(260, longest * CHAR_WIDTH) + 24;
        int width = 2 * (radius + side);
        int height = 2 * radius + 80;
        int cx = width / 2;
        int cy = height / 2;
        Map<Node, int[]> at = new HashMap<>();
        Map<Node, Integer> degree = new HashMap<>();
        network.edges().forEach(e -> {
            degree.merge(e.from(), e.weight(), Integer::sum);
            degree.merge(e.to(), e.weight(), Integer::sum);
        });
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double angle = -Math.PI / 2 + 2 * Math.PI * i / n + (n == 2 ? Math.PI / 2 : 0);
            int x = (int) Math.round(cx + radius * Math.cos(angle));
            int y = (int) Math.round(cy + radius * Math.sin(angle));
            int r = 6 + Math.min(10, 2 * degree.getOrDefault(nodes.get(i), 1));
            at.put(nodes.get(i), new int[] {x, y, r});
            boolean right = x >= cx;
            Link link = labels.link(nodes.get(i));
            people.add(new Person(link.label(), link.href(), x, y, r, right ? x + r + 5 : x - r - 5, y + 4,
                    right ? "start" : "end"));
        }
        List<Arrow> arrows = new ArrayList<>();
        for (int i = 0; i < network.edges().size(); i++) {
            Correspondence.Edge e = network.edges().get(i);
            int[] a = at.get(e.from());
            int[] b = at.get(e.to());
            double dx = b[0] - a[0];
            double dy = b[1] - a[1];
            double length = Math.max(1, Math.hypot(dx, dy));
            double ux = dx / length;
            double uy = dy / length;
            double ox = -uy * 7;      // letters each way run side by side
            double oy = ux * 7;
            int x1 = (int) Math.round(a[0] + ux * (a[2] + 2) + ox);
            int y1 = (int) Math.round(a[1] + uy * (a[2] + 2) + oy);
            int x2 = (int) Math.round(b[0] - ux * (b[2] + 8) + ox);
            int y2 = (int) Math.round(b[1] - uy * (b[2] + 8) + oy);
            String label = labels.label(e.from()) + " → " + labels.label(e.to()) + ": " + e.weight()
                    + (e.weight() == 1 ? " document" : " documents");
            arrows.add(new Arrow(label, edgeHref.apply(i), x1, y1, x2, y2, 1.2 + 1.3 * Math.min(e.weight(), 8), e.weight(),
                    (int) Math.round((x1 + x2) / 2.0 + ox * 1.6), (int) Math.round((y1 + y2) / 2.0 + oy * 1.6 + 4)));
        }
        String desc = n + " correspondents, " + network.edges().size() + " directions of correspondence, "
                + network.edges().stream().mapToInt(Correspondence.Edge::weight).sum() + " letters in all.";
        return new NetworkSvg(id, title, desc, width, height, people, arrows);
    }
}
