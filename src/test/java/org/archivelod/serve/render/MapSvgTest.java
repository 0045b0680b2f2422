package org.archivelod.serve.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.archivelod.serve.http.MapServlet;
import org.junit.jupiter.api.Test;

/**
 * The world outline read from Natural Earth's TopoJSON, and the map drawn from it: no line across the map at the
 * antimeridian, circles growing with documents, labels inside the picture and clear of each other, and a size that
 * keeps the page small.
 */
class MapSvgTest {
    private static final WorldOutline WORLD = WorldOutline.shared();
    private static final List<MapSvg.Place> PLACES = List.of(
            new MapSvg.Place("Beijing", "/page/place/beijing", 116.39723, 39.9075, 6),
            new MapSvg.Place("Moscow", "/page/place/moscow", 37.61556, 55.75222, 4),
            new MapSvg.Place("Pyongyang", "/page/place/pyongyang", 125.75432, 39.03385, 2),
            new MapSvg.Place("Port Arthur", "/page/place/port-arthur", 121.26667, 38.8, 1),
            new MapSvg.Place("Havana", "/page/place/havana", -82.38304, 23.13302, 2),
            new MapSvg.Place("Хошимин", "/page/place/ho-chi-minh-city", 106.62965, 10.82302, 1),
            new MapSvg.Place("北京市人民政府所在地", "/page/place/x", 116.4, 39.9, 1));

    @Test
    void theOutlineHasTheWorldsLandAndBorders() {
        assertTrue(WORLD.land().size() > 100, "land rings: " + WORLD.land().size());
        assertTrue(WORLD.borders().size() > 100, "border arcs: " + WORLD.borders().size());
        // decoded into degrees: Beijing's neighbourhood has land, and every point is on the globe
        for (WorldOutline.Line l : WORLD.land()) {
            for (int i = 0; i < l.size(); i++) {
                assertTrue(Math.abs(l.lon()[i]) <= 180.0001 && Math.abs(l.lat()[i]) <= 90.0001);
            }
        }
    }

    @Test
    void noStrokeCrossesTheMap_atTheAntimeridian() {
        MapSvg map = MapSvg.layout("m", "m", 960, List.of(), WORLD);
        for (String d : List.of(map.land(), map.borders())) {
            Matcher step = Pattern.compile("l(-?\\d+)( ?)(-?\\d+)").matcher(d);
            while (step.find()) {
                assertTrue(Math.abs(Integer.parseInt(step.group(1))) < 100, "a step across the map: " + step.group());
            }
        }
        assertTrue(map.land().length() + map.borders().length() < 60_000, "paths: " + (map.land().length() + map.borders().length()));
    }

    @Test
    void circlesGrowWithDocuments_andLinkToTheirPlace() {
        MapSvg map = MapSvg.layout("m", "m", 960, PLACES, WORLD);
        assertEquals(PLACES.size(), map.spots().size());
        MapSvg.Spot beijing = map.spots().stream().filter(s -> s.label().equals("Beijing")).findFirst().orElseThrow();
        MapSvg.Spot arthur = map.spots().stream().filter(s -> s.label().equals("Port Arthur")).findFirst().orElseThrow();
        assertTrue(beijing.r() > arthur.r(), beijing.r() + " vs " + arthur.r());
        assertEquals("/page/place/beijing", beijing.href());
        assertEquals("Beijing: named in 6 documents", beijing.tooltip());
        assertTrue(beijing.cx() < map.width() && beijing.cy() < map.height() && beijing.cx() > 0 && beijing.cy() > 0);
        assertTrue(map.spots().get(0).cx() > map.spots().get(1).cx(), "east is right: Beijing east of Moscow");
    }

    @Test
    void labelsLieInsideThePicture_andClearOfEachOther() {
        MapSvg map = MapSvg.layout("m", "m", 960, PLACES, WORLD);
        List<double[]> boxes = map.spots().stream().filter(MapSvg.Spot::labelled).map(s -> {
            double w = TextWidths.of(s.label(), 12);
            double x0 = switch (s.anchor()) { case "start" -> s.labelX(); case "end" -> s.labelX() - w; default -> s.labelX() - w / 2; };
            return new double[] {x0, s.labelY() - 10, x0 + w, s.labelY() + 3};
        }).toList();
        assertTrue(boxes.size() >= 4, "most places are labelled: " + boxes.size());
        for (int i = 0; i < boxes.size(); i++) {
            double[] a = boxes.get(i);
            assertTrue(a[0] >= 0 && a[2] <= map.width() && a[1] >= 0 && a[3] <= map.height(), "inside");
            for (int j = i + 1; j < boxes.size(); j++) {
                double[] b = boxes.get(j);
                assertTrue(!(a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3]), "labels overlap");
            }
        }
    }

    @Test
    void aWktPointIsReadLongitudeFirst() {
        assertEquals(37.61556, MapServlet.point("POINT(37.61556 55.75222)").orElseThrow()[0], 1e-9);
        assertEquals(55.75222, MapServlet.point("POINT(37.61556 55.75222)").orElseThrow()[1], 1e-9);
        assertTrue(MapServlet.point("POINT(200 10)").isEmpty());
        assertTrue(MapServlet.point("LINESTRING(1 2, 3 4)").isEmpty());
    }
}
