package org.archivelod.serve.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.RDFNode;
import org.archivelod.serve.render.MapSvg;
import org.archivelod.serve.render.WorldOutline;
import org.archivelod.serve.site.Labels;
import org.archivelod.serve.site.Link;
import org.archivelod.serve.site.Paging;
import org.apache.jena.system.Txn;

/**
 * {@code GET /map}: the places the documents name, drawn where the data says they are ({@code
 * crm:P168_place_is_defined_by}) on Natural Earth's outline of the world, as an SVG drawn on the server (circle area =
 * documents) with a table of every place named, pointed or not; {@code GET /map.svg}: the picture alone.
 */
public final class MapServlet extends PictureServlet {
    private static final long serialVersionUID = 1L;
    private static final int WIDTH = 960;
    private static final Pattern POINT = Pattern.compile("\\s*POINT\\s*\\(\\s*(-?[0-9.]+)\\s+(-?[0-9.]+)\\s*\\)\\s*",
            Pattern.CASE_INSENSITIVE);

    /** A row of the table: the place, how many documents name it, and where it is (empty for an area). */
    public record Row(Link place, int documents, String where) {}

    public MapServlet(SiteContext site) {
        super(site, "map", "Map");
    }

    @Override
    protected Picture draw(Labels labels, int page) {
        List<MapSvg.Place> pointed = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        List<Map<String, RDFNode>> places = site.aggregates().select("map-places", Map.of());
        Txn.executeRead(site.data(), () -> {
            for (Map<String, RDFNode> r : places) {
                Link place = labels.link(r.get("place").asNode());
                int documents = r.get("documents").asLiteral().getInt();
                Optional<double[]> at = Optional.ofNullable(r.get("point")).flatMap(p -> point(p.asLiteral().getLexicalForm()));
                at.ifPresent(p -> pointed.add(new MapSvg.Place(place.label(), place.href(), p[0], p[1], documents)));
                rows.add(new Row(place, documents, at.map(MapServlet::degrees).orElse("")));
            }
        });
        MapSvg svg = MapSvg.layout("map", "Places the documents name", WIDTH, pointed, WorldOutline.shared());
        // the picture shows every pointed place and stays whole; the table of places is paged
        return new Picture(svg, Paging.slice(rows, page), Paging.pagesFor(rows.size()));
    }

    /** Longitude and latitude of a WKT point, if it is one. */
    public static Optional<double[]> point(String wkt) {
        Matcher m = POINT.matcher(wkt);
        if (!m.matches()) return Optional.empty();
        double lon = Double.parseDouble(m.group(1));
        double lat = Double.parseDouble(m.group(2));
        if (Math.abs(lon) > 180 || Math.abs(lat) > 90) return Optional.empty();
        return Optional.of(new double[] {lon, lat});
    }

    private static String degrees(double[] p) {
        return String.format(java.util.Locale.ROOT, "%.2f° %s, %.2f° %s", Math.abs(p[1]), p[1] >= 0 ? "N" : "S",
                Math.abs(p[0]), p[0] >= 0 ? "E" : "W");
    }
}
