package org.archivelod.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.archivelod.vocab.CRM;

/**
 * {@code GET /}: the home page, listing the documents, people, groups, places and events, the sample queries (each
 * runnable with one click) and the downloads. Mapped to the root exactly (Fuseki answers 404 elsewhere).
 */
public final class HomeServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient SiteContext site;

    /** A titled list of entities on the home page. */
    public record Section(String id, String title, List<Link> entries) {}

    public HomeServlet(SiteContext site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"/".equals(request.getRequestURI())) {
            site.renderer().sendNotFound(response, Negotiation.acceptsHtml(request), request.getRequestURI());
            return;
        }
        SiteLanguage language = SiteLanguage.of(request, response);
        DatasetRelease release = site.release();
        if (ConditionalRequests.notModified(request, response, release.etag(language.variant("home")), release.loaded())) {
            return;
        }
        Labels labels = site.labels().in(language.code());
        List<Section> sections = Txn.calculateRead(site.data(), () -> List.of(
                section("documents", "Documents", CRM.E31_Document, labels),
                section("people", "People", CRM.E21_Person, labels),
                section("groups", "Groups and states", CRM.E74_Group, labels),
                section("places", "Places", CRM.E53_Place, labels),
                section("events", "Events", CRM.E5_Event, labels)));
        Map<String, Object> scope = PageScope.of("Archive LOD", language);
        scope.put("sections", sections.stream().filter(s -> !s.entries().isEmpty()).toList());
        scope.put("queries", site.queries().all());
        scope.put("dumps", site.dumps());
        site.renderer().send(response, HttpServletResponse.SC_OK, "home", scope);
    }

    private Section section(String id, String title, Resource type, Labels labels) {
        DatasetGraph data = site.data();
        List<Link> entries = new ArrayList<>();
        data.find(Node.ANY, Node.ANY, RDF.type.asNode(), type.asNode())
                .forEachRemaining(q -> entries.add(labels.link(q.getSubject())));
        return new Section(id, title, entries.stream().distinct().sorted(Comparator.comparing(Link::label)).toList());
    }
}
