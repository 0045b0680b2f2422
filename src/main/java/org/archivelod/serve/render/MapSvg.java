package org.archivelod.serve.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A map drawn on the server as SVG (written by {@code map-svg.mustache}, which escapes every text): the land and the
 * borders of Natural Earth's 1:110m countries ({@link WorldOutline}) in an equirectangular projection framed on the
 * places shown, and a circle for each place, its area growing with the documents that name it, linked to the place's
 * page with a tooltip. Labels are set beside their circles where they collide with nothing and fit in the picture;
 * the others are in the tooltip and the table. The paths are rounded to whole pixels, so the page stays small.
 */
public record MapSvg(String id, String title, String desc, int width, int height, String land, String borders,
        List<Spot> spots) {
    private static final double FONT = 12;
    private static final double WEST = -180;
    private static final double EAST = 180;
    private static final double NORTH = 84;
    private static final double SOUTH = -58;
    private static final int MAX_HEIGHT = 600;

    /** A place to draw: its name, its page, where it is (degrees, WGS84), and how many documents name it. */
    public record Place(String label, String href, double lon, double lat, int documents) {}

    /** A place drawn: its circle, its tooltip, and its label (if one could be set) at {@code labelX, labelY}. */
    public record Spot(String label, String href, String tooltip, int cx, int cy, double r, boolean labelled, int labelX,
            int labelY, String anchor) {}

    public boolean empty() {
        return spots.isEmpty();
    }

    /** Draws {@code places} on {@code world} in a picture {@code width} pixels wide. */
    public static MapSvg layout(String id, String title, int width, List<Place> places, WorldOutline world) {
        Frame frame = Frame.around(places, width);
        String land = frame.path(world.land(), true);
        String borders = frame.path(world.borders(), false);
        List<Place> sorted = new ArrayList<>(places);
        sorted.sort(Comparator.comparingInt(Place::documents).reversed().thenComparing(Place::label).thenComparing(Place::href));
        List<double[]> taken = new ArrayList<>();
        List<double[]> circles = new ArrayList<>();
        for (Place p : sorted) {
            double r = radius(p.documents());
            double x = frame.x(p.lon());
            double y = frame.y(p.lat());
            circles.add(new double[] {x - r, y - r, x + r, y + r});
        }
        List<Spot> spots = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Place p = sorted.get(i);
            double r = radius(p.documents());
            int cx = (int) Math.round(frame.x(p.lon()));
            int cy = (int) Math.round(frame.y(p.lat()));
            double w = TextWidths.of(p.label(), FONT);
            String tooltip = p.label() + ": named in " + p.documents() + (p.documents() == 1 ? " document" : " documents");
            Spot spot = new Spot(p.label(), p.href(), tooltip, cx, cy, r, false, 0, 0, "start");
            for (int side = 0; side < 4; side++) {
                // right, left, above, below the circle
                double x0 = side == 0 ? cx + r + 3 : side == 1 ? cx - r - 3 - w : cx - w / 2;
                double base = side < 2 ? cy + 4 : side == 2 ? cy - r - 3 : cy + r + FONT;
                double[] box = {x0 - 1, base - FONT + 2, x0 + w + 1, base + 3};
                if (box[0] < 2 || box[2] > frame.width() - 2 || box[1] < 2 || box[3] > frame.height() - 2) continue;
                int self = i;
                boolean clear = taken.stream().noneMatch(b -> overlaps(b, box))
                        && java.util.stream.IntStream.range(0, circles.size()).filter(k -> k != self).noneMatch(k -> overlaps(circles.get(k), box));
                if (clear) {
                    taken.add(box);
                    spot = new Spot(p.label(), p.href(), tooltip, cx, cy, r, true,
                            (int) Math.round(side == 0 ? cx + r + 3 : side == 1 ? cx - r - 3 : cx), (int) Math.round(base),
                            side == 0 ? "start" : side == 1 ? "end" : "middle");
                    break;
                }
            }
            spots.add(spot);
        }
        String desc = places.isEmpty() ? "No place the documents name has a point yet."
                : places.size() + (places.size() == 1 ? " place" : " places") + " the documents name, where GeoNames puts them; "
                        + "the larger the circle, the more documents name it.";
        return new MapSvg(id, title, desc, frame.width(), frame.height(), land, borders, spots);
    }

    /** The circle's radius: its area grows with the documents (1 → 4.5 px, 4 → 7 px, 25 → 15 px, at most 18 px). */
    static double radius(int documents) {
        return Math.min(18, Math.round((2 + 2.5 * Math.sqrt(Math.max(1, documents))) * 10) / 10.0);
    }

    private static boolean overlaps(double[] a, double[] b) {
        return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
    }

    /**
     * The part of the world shown and its projection: equirectangular, with the parallel through the frame's middle
     * true to scale. The whole world without Antarctica, or, where the places lie closer together, their region with a
     * margin (at least 100° of longitude and 50° of latitude, so that a single place is seen among its neighbours).
     */
    record Frame(double west, double east, double north, double south, int width, int height) {
        static Frame around(List<Place> places, int width) {
            if (places.isEmpty()) return fit(WEST, EAST, NORTH, SOUTH, width);
            double w = places.stream().mapToDouble(Place::lon).min().orElseThrow() - 20;
            double e = places.stream().mapToDouble(Place::lon).max().orElseThrow() + 20;
            double s = places.stream().mapToDouble(Place::lat).min().orElseThrow() - 12;
            double n = places.stream().mapToDouble(Place::lat).max().orElseThrow() + 12;
            double[] lon = widen(w, e, 100, WEST, EAST);
            double[] lat = widen(s, n, 50, SOUTH, NORTH);
            return fit(lon[0], lon[1], lat[1], lat[0], width);
        }

        private static double[] widen(double lo, double hi, double least, double min, double max) {
            double span = Math.min(max - min, Math.max(least, hi - lo));
            double mid = (lo + hi) / 2;
            double a = Math.max(min, Math.min(max - span, mid - span / 2));
            return new double[] {a, a + span};
        }

        private static Frame fit(double west, double east, double north, double south, int width) {
            double k = Math.max(0.5, Math.cos(Math.toRadians((north + south) / 2)));
            int height = (int) Math.round(width * (north - south) / ((east - west) * k));
            if (height > MAX_HEIGHT) {
                // too tall: show more longitude rather than stretch
                double[] lon = widen(west, east, (north - south) * width / (MAX_HEIGHT * k), WEST, EAST);
                return new Frame(lon[0], lon[1], north, south, width,
                        (int) Math.min(MAX_HEIGHT, Math.round(width * (north - south) / ((lon[1] - lon[0]) * k))));
            }
            return new Frame(west, east, north, south, width, height);
        }

        double x(double lon) {
            return (lon - west) / (east - west) * width;
        }

        double y(double lat) {
            return (north - lat) / (north - south) * height;
        }

        /** An SVG path of {@code lines} in whole pixels (relative moves), leaving out those wholly outside the frame. */
        String path(List<WorldOutline.Line> lines, boolean closed) {
            StringBuilder d = new StringBuilder();
            for (WorldOutline.Line line : lines) {
                if (outside(line)) continue;
                    // a ring across the antimeridian (Fiji, Chukotka) is drawn in pieces, each from one crossing to the
                // next, left open: its fill closes it along the edge of the world, and no stroke crosses the map
                int n = line.size();
                int start = closed ? firstAfterJump(line) : 0;
                boolean pieces = start > 0;
                StringBuilder one = new StringBuilder();
                long px = Math.round(x(line.lon()[start]));
                long py = Math.round(y(line.lat()[start]));
                one.append('M').append(px).append(' ').append(py);
                int drawn = 1;
                for (int step = 1; step < n; step++) {
                    int i = pieces ? (start + step) % (n - 1) : step;    // a ring's last point repeats its first
                    int before = pieces ? (start + step - 1) % (n - 1) : step - 1;
                    long qx = Math.round(x(line.lon()[i]));
                    long qy = Math.round(y(line.lat()[i]));
                    if (qx == px && qy == py) continue;
                    boolean jump = Math.abs(line.lon()[i] - line.lon()[before]) > 180;
                    one.append(jump ? 'M' : 'l');
                    if (jump) one.append(qx).append(' ').append(qy);
                    else one.append(qx - px).append(qy - py >= 0 ? " " : "").append(qy - py);
                    px = qx;
                    py = qy;
                    drawn++;
                }
                if (closed && drawn < 3) continue;    // an island smaller than a pixel
                if (closed && !pieces) one.append('z');
                d.append(one);
            }
            return d.toString();
        }

        /** The index after the first step across the antimeridian of a closed ring, or 0 if it does not cross. */
        private static int firstAfterJump(WorldOutline.Line line) {
            for (int i = 1; i < line.size(); i++) {
                if (Math.abs(line.lon()[i] - line.lon()[i - 1]) > 180) return i;
            }
            return 0;
        }

        private boolean outside(WorldOutline.Line line) {
            double minLon = 180;
            double maxLon = -180;
            for (double v : line.lon()) {
                minLon = Math.min(minLon, v);
                maxLon = Math.max(maxLon, v);
            }
            return maxLon < west || minLon > east || line.northernmost() < south || line.southernmost() > north;
        }
    }
}
