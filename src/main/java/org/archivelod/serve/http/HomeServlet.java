package org.archivelod.serve.http;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.system.Txn;
import org.archivelod.serve.site.Counted;
import org.archivelod.serve.site.Labels;
import org.archivelod.serve.site.PageLabels;
import org.archivelod.serve.site.Link;
import org.archivelod.serve.site.Paging;
import org.archivelod.serve.site.SchemaOrg;
import org.archivelod.serve.site.SiteQueries;
import org.archivelod.serve.site.SiteAggregatesView;

/**
 * {@code GET /}: the home page, listing the documents, people, groups, places and events ({@link Paging#SIZE} of each
 * per page, {@code /?page=2}), the sample queries (each runnable with one click) and the downloads. Mapped to the root
 * exactly (Fuseki answers 404 elsewhere). Rendered once per release, language and page.
 */
public final class HomeServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient SiteContext site;
    private final transient ReleaseResponses answers;
    private final transient SiteQueries queries = SiteQueries.shared();

    /** A kind of document or an archive, with how many documents it has. */
    /** A kind or an archive: its page, how many documents, and the search that lists those documents. */
    public record Tally(Link link, String documents, String search) {}

    /** A titled list of entities on the home page: this page's entries, of {@code count}. */
    public record Section(String id, String title, List<Link> entries, int count) {}

    public HomeServlet(SiteContext site) {
        this.site = site;
        this.answers = new ReleaseResponses(site);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"/".equals(request.getRequestURI())) {
            answers.notFound(request, response);
            return;
        }
        Optional<Integer> page = PageParameter.requested(request, response);
        if (page.isEmpty()) {
            return;
        }
        SiteLanguage language = SiteLanguage.of(request, response);
        String variant = language.variant("home");
        if (!answers.page(request, response, variant + " " + page.get(), variant, () -> render(language, page.get()))) {
            site.renderer().sendNotFound(response, true, request.getRequestURI() + "?page=" + page.get());
        }
    }

    /** The home page's page {@code number}, or null past the last. */
    RenderedCache.Rendered render(SiteLanguage language, int number) {
        SiteAggregatesView aggregates = site.aggregates();
        HomeReads overview = Txn.calculateRead(site.data(), () -> HomeReads.read(aggregates, number, site.overview(), site.release()));
        // the labels of all it prints in one read through a front (each entry's every statement, otherwise)
        Labels labels = Txn.calculateRead(site.data(), () -> PageLabels.of(aggregates, site.labels().in(language.code()), overview.named()));
        List<Section> sections = Txn.calculateRead(site.data(), () -> List.of(
                section("documents", "Documents", overview, labels),
                section("people", "People", overview, labels),
                section("groups", "Groups and states", overview, labels),
                section("places", "Places", overview, labels),
                section("events", "Events", overview, labels)));
        int pages = Paging.pagesFor(sections.stream().mapToInt(Section::count).toArray());
        if (number > pages) {
            return null;
        }
        Map<String, Object> scope = PageScope.of("Archive LOD: Cold War documents as linked data", language);
        scope.put("home", true);
        scope.put("sections", sections.stream().filter(s -> !s.entries().isEmpty()).toList());
        scope.put("paging", new Paging(number, pages));
        scope.put("queries", site.queries().all());
        Txn.executeRead(site.data(), () -> overview(scope, labels, sections, overview));   // labels read the store: TDB2 needs a transaction
        scope.put("dumps", site.dumps());
        scope.put("schemaOrg", Txn.calculateRead(site.data(),
                () -> SchemaOrg.script(SchemaOrg.dataset(site.data(), site.settings().base(), site.dumps()))));
        return new RenderedCache.Rendered("text/html;charset=utf-8",
                site.renderer().render("home", scope).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * What the collection holds, for the top of the page: how many documents over which years, how many people, groups
     * and places they name, and the kinds of document and the archives with their counts (each a link to its page,
     * which lists the documents).
     */
    private void overview(Map<String, Object> scope, Labels labels, List<Section> sections, HomeReads overview) {
        var span = overview.span().stream().findFirst();
        long documents = span.map(s -> s.get("documents").asLiteral().getLong()).orElse(0L);
        String years = span.isEmpty() || span.get().get("first") == null ? "" : span.get().get("first").asLiteral().getLong() == span.get().get("last").asLiteral().getLong()
                ? " from " + span.get().get("first").asLiteral().getLong()
                : " from " + span.get().get("first").asLiteral().getLong() + " to " + span.get().get("last").asLiteral().getLong();
        Map<String, Integer> counts = new java.util.HashMap<>();
        sections.forEach(s -> counts.put(s.id(), s.count()));
        scope.put("holds", Counted.of(documents, "document") + years + ", naming "
                + Counted.of(counts.getOrDefault("people", 0), "person", "people") + ", "
                + Counted.of(counts.getOrDefault("groups", 0), "group or state", "groups and states") + " and "
                + Counted.of(counts.getOrDefault("places", 0), "place") + ".");
        scope.put("kinds", counted(overview.types(), "type", "type", labels));
        scope.put("archives", counted(overview.archives(), "archive", "archive", labels));
    }

    /** Each row's entity with its count, and the search filtered by it ({@code facet} is a search facet's parameter). */
    private static List<Tally> counted(List<Map<String, org.apache.jena.rdf.model.RDFNode>> rows, String var, String facet, Labels labels) {
        return rows.stream().map(r -> new Tally(labels.link(r.get(var).asNode()),
                Counted.of(r.get("documents").asLiteral().getLong(), "document"),
                "/search?" + facet + "=" + java.net.URLEncoder.encode(r.get(var).asNode().getURI(), java.nio.charset.StandardCharsets.UTF_8)))
                .toList();
    }

    /**
     * A list of the home page, page {@code number} of it: the site list {@code id} (documents; events; the people,
     * groups and places some document names), in the order of their English labels, as cut into pages at load.
     */
    private static Section section(String id, String title, HomeReads overview, Labels labels) {
        List<Link> entries = overview.pages().get(id).stream().map(e -> labels.link(e.item())).toList();
        return new Section(id, title, entries, overview.sizes().get(id));
    }
}
