package org.archivelod.serve.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The world's land and borders, read from Natural Earth's 1:110m Admin 0 countries as TopoJSON (the npm package
 * {@code world-atlas} 2.0.2, {@code data/world/}, on the classpath as {@code org/archivelod/world/}): each arc decoded
 * (delta-encoded, quantised) into longitude/latitude lines, the land as rings to fill, and the borders between
 * countries as the arcs that are not coastline. Read once; shared by every map.
 *
 * <pre>{@code
 * WorldOutline world = WorldOutline.shared();
 * for (WorldOutline.Line ring : world.land()) { ... ring.lon(i), ring.lat(i) ... }
 * }</pre>
 */
public final class WorldOutline {
    static final String RESOURCE = "/org/archivelod/world/countries-110m.json";

    /** A line of points in degrees (WGS84): longitude {@code lon[i]}, latitude {@code lat[i]}. */
    record Line(double[] lon, double[] lat) {
        int size() {
            return lon.length;
        }

        double southernmost() {
            double min = 90;
            for (double v : lat) min = Math.min(min, v);
            return min;
        }

        double northernmost() {
            double max = -90;
            for (double v : lat) max = Math.max(max, v);
            return max;
        }
    }

    private final List<Line> land;
    private final List<Line> borders;

    private WorldOutline(List<Line> land, List<Line> borders) {
        this.land = List.copyOf(land);
        this.borders = List.copyOf(borders);
    }

    /** The outline of the classpath's file, read on first use. */
    public static WorldOutline shared() {
        return Shared.WORLD;
    }

    private static final class Shared {
        static final WorldOutline WORLD = fromClasspath();
    }

    static WorldOutline fromClasspath() {
        try (InputStream in = WorldOutline.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("no " + RESOURCE + " on the classpath (data/world/)");
            return read(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Reads a TopoJSON topology with the objects {@code land} and {@code countries}. */
    static WorldOutline read(JsonNode topology) {
        List<Line> arcs = decodeArcs(topology);
        BitSet coast = new BitSet(arcs.size());
        List<Line> land = new ArrayList<>();
        for (JsonNode ring : rings(topology.path("objects").path("land"))) {
            land.add(ring(arcs, ring, coast));
        }
        BitSet inCountries = new BitSet(arcs.size());
        for (JsonNode ring : rings(topology.path("objects").path("countries"))) {
            ring.forEach(i -> inCountries.set(index(i.asInt())));
        }
        List<Line> borders = new ArrayList<>();
        for (int i = inCountries.nextSetBit(0); i >= 0; i = inCountries.nextSetBit(i + 1)) {
            if (!coast.get(i)) borders.add(arcs.get(i));
        }
        return new WorldOutline(land, borders);
    }

    /** The land, as closed rings (outer rings and holes alike; filled by the even-odd rule). */
    List<Line> land() {
        return land;
    }

    /** The land borders between countries, each once. */
    List<Line> borders() {
        return borders;
    }

    private static List<Line> decodeArcs(JsonNode topology) {
        JsonNode transform = topology.path("transform");
        double sx = transform.path("scale").path(0).asDouble(1);
        double sy = transform.path("scale").path(1).asDouble(1);
        double tx = transform.path("translate").path(0).asDouble(0);
        double ty = transform.path("translate").path(1).asDouble(0);
        boolean quantised = transform.isObject();
        List<Line> arcs = new ArrayList<>();
        for (JsonNode arc : topology.path("arcs")) {
            double[] lon = new double[arc.size()];
            double[] lat = new double[arc.size()];
            long x = 0;
            long y = 0;
            for (int i = 0; i < arc.size(); i++) {
                if (quantised) {
                    x += arc.get(i).get(0).asLong();
                    y += arc.get(i).get(1).asLong();
                    lon[i] = x * sx + tx;
                    lat[i] = y * sy + ty;
                } else {
                    lon[i] = arc.get(i).get(0).asDouble();
                    lat[i] = arc.get(i).get(1).asDouble();
                }
            }
            arcs.add(new Line(lon, lat));
        }
        return arcs;
    }

    /** Every ring (an array of arc indices) of a GeometryCollection of Polygons and MultiPolygons. */
    private static List<JsonNode> rings(JsonNode object) {
        List<JsonNode> rings = new ArrayList<>();
        List<JsonNode> geometries = new ArrayList<>();
        if (object.has("geometries")) object.get("geometries").forEach(geometries::add);
        else geometries.add(object);
        for (JsonNode g : geometries) {
            switch (g.path("type").asText()) {
                case "Polygon" -> g.path("arcs").forEach(rings::add);
                case "MultiPolygon" -> g.path("arcs").forEach(polygon -> polygon.forEach(rings::add));
                default -> { }
            }
        }
        return rings;
    }

    /** A ring joined from its arcs ({@code ~i}, i.e. {@code -i-1}, is arc i reversed); each arc is marked in {@code used}. */
    private static Line ring(List<Line> arcs, JsonNode indices, BitSet used) {
        List<double[]> points = new ArrayList<>();
        for (JsonNode i : indices) {
            int k = i.asInt();
            Line arc = arcs.get(index(k));
            used.set(index(k));
            int n = arc.size();
            for (int j = points.isEmpty() ? 0 : 1; j < n; j++) {
                int at = k >= 0 ? j : n - 1 - j;
                points.add(new double[] {arc.lon()[at], arc.lat()[at]});
            }
        }
        double[] lon = new double[points.size()];
        double[] lat = new double[points.size()];
        for (int j = 0; j < points.size(); j++) {
            lon[j] = points.get(j)[0];
            lat[j] = points.get(j)[1];
        }
        return new Line(lon, lat);
    }

    private static int index(int k) {
        return k >= 0 ? k : ~k;
    }
}
