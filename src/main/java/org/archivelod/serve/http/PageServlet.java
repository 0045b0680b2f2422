package org.archivelod.serve.http;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.archivelod.serve.render.NetworkSvg;
import org.archivelod.serve.render.TimelineSvg;
import org.archivelod.serve.site.ArchiveDocuments;
import org.archivelod.serve.site.Correspondence;
import org.archivelod.serve.site.Counted;
import org.archivelod.serve.site.DocumentNeighbours;
import org.archivelod.serve.site.DocumentReading;
import org.archivelod.serve.site.EntityLife;
import org.archivelod.serve.site.EntityLists;
import org.archivelod.serve.site.EntityPage;
import org.archivelod.serve.site.EntityPath;
import org.archivelod.serve.site.EntityProfile;
import org.archivelod.serve.site.Labels;
import org.archivelod.serve.site.Link;
import org.archivelod.serve.site.PageLabels;
import org.archivelod.serve.site.Paging;
import org.archivelod.serve.site.ReferredTo;
import org.archivelod.serve.site.SchemaOrg;
import org.archivelod.serve.site.SiteQueries;
import org.archivelod.store.SiteAggregates;

/** {@code GET /page/{kind}/{slug}}: the HTML page about an entity (see {@link EntityPage}), or an HTML 404. */
public final class PageServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient SiteContext site;
    private final transient ReleaseResponses answers;
    private final transient SiteQueries queries = SiteQueries.shared();

    public PageServlet(SiteContext site) {
        this.site = site;
        this.answers = new ReleaseResponses(site);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<EntityPath> path = EntityPath.parse(request.getPathInfo());
        if (path.isEmpty()) {
            Responses.plain(response, HttpServletResponse.SC_BAD_REQUEST, "Not an entity page path.");
            return;
        }
        if (site.redirects().answer(request, response, path.get(), EntityPath::pagePath)) {
            return;
        }
        Optional<Integer> page = PageParameter.requested(request, response);
        if (page.isEmpty()) {
            return;
        }
        Node entity = site.entity(path.get());
        SiteLanguage language = SiteLanguage.of(request, response);
        ReadingMode mode = ReadingMode.of(request, response);
        String variant = mode.variant(language.variant("html"));
        String key = entity.getURI() + " " + variant + " " + page.get();
        if (answers.fromCache(request, response, key, variant)) {
            return;
        }
        if (!site.describer().exists(entity)
                || !answers.page(request, response, key, variant, () -> render(path.get(), entity, language, mode, page.get()))) {
            site.renderer().sendNotFound(response, true, request.getRequestURI());
        }
    }

    /** The page rendered; null past its last page. */
    RenderedCache.Rendered render(EntityPath path, Node entity, SiteLanguage language, ReadingMode mode, int page) {
        Labels labels = site.labels().in(language.code());
        Map<String, Object> scope = Txn.calculateRead(site.data(), () -> scope(path, entity, labels, language, page));
        if (scope == null) {
            return null;
        }
        scope.put("highlight", mode.highlight());
        return new RenderedCache.Rendered("text/html;charset=utf-8",
                site.renderer().render("entity", scope).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** A correspondent of the entity: who, which way the letters went, and how many. */
    public record Correspondent(Link who, String way, String letters) {}

    /** The entity's correspondents, most letters first, then by name: "wrote to Mao Zedong, 3 letters". */
    private static java.util.List<Correspondent> correspondents(Correspondence mine, Node entity, Labels labels) {
        java.util.List<Correspondent> rows = new java.util.ArrayList<>();
        mine.edges().stream()
                .filter(e -> e.from().equals(entity) || e.to().equals(entity))
                .sorted(java.util.Comparator.comparingInt(Correspondence.Edge::weight).reversed()
                        .thenComparing(e -> labels.label(e.from().equals(entity) ? e.to() : e.from())))
                .forEach(e -> {
                    boolean sent = e.from().equals(entity);
                    rows.add(new Correspondent(labels.link(sent ? e.to() : e.from()), sent ? "wrote to" : "received from",
                            Counted.of(e.weight(), "letter")));
                });
        return rows;
    }

    /**
     * The entity's dated letters, sent and received, on a calendar axis: page {@code page} of them (the site list
     * {@code letters}, by date), each letter once.
     */
    private static TimelineSvg letters(EntityLists lists, Node entity, Labels labels, String label) {
        java.util.List<TimelineSvg.Item> items = lists.documents(SiteAggregates.listName("letters", entity)).stream()
                .filter(ArchiveDocuments.DocumentSummary::dated)
                .map(d -> TimelineServlet.documentItem(d, labels.unlabelled(d.node(), d.title()).href())).toList();
        return TimelineSvg.layout("letters", "Letters of " + label + " over time", LETTERS_WIDTH, items);
    }

    private static final int LETTERS_WIDTH = 720;

    /**
     * The entity page, with the reading view for a document, and names, passages and correspondence for others; its
     * long lists cut to page {@code number}; null past the last page.
     */
    private Map<String, Object> scope(EntityPath path, Node entity, Labels labels, SiteLanguage language, int number) {
        ReferredTo.Page referredTo = ReferredTo.page(site.aggregates(), labels, entity, number);
        EntityPage page = EntityPage.build(site.data(), labels, path, entity, referredTo);
        boolean document = "document".equals(path.kind()) && page.hasText();
        // a page of each of the entity's five lists (passages, documents by part, letters) with their sizes, one query
        String letterList = SiteAggregates.listName("letters", entity);
        java.util.List<String> lists = new java.util.ArrayList<>(EntityProfile.lists(entity));
        lists.add(letterList);
        EntityLists read = document ? null : EntityLists.read(site.aggregates(), lists, number);
        EntityProfile profile = document ? null : EntityProfile.build(site.data(), labels, entity, site.aggregates(), read);
        Correspondence mine = document ? null : Correspondence.around(site.aggregates(), entity);
        int counted = profile == null ? 1
                : Math.max(EntityProfile.pages(profile), Paging.pagesFor(read.size(letterList), mine.edges().size()));
        int pages = Math.max(counted, referredTo.rows().isEmpty() ? 1 : number + (referredTo.more() ? 1 : 0));
        if (number > pages) {
            return null;
        }
        Paging paging = new Paging(number, pages, referredTo.more());
        Map<String, Object> scope = PageScope.of(page.label() + (paging.several() ? " (page " + number + ")" : ""), language);
        scope.put("paging", paging);
        scope.put("alternates", page.alternates());
        scope.put("page", page);
        scope.put("isDocument", document);
        scope.put("schemaOrg", SchemaOrg.script(SchemaOrg.entity(site.data(), site.labels(), path, entity, site.settings().base())));
        if (document) {
            scope.put("reading", DocumentReading.build(site.data(), labels, entity, site.settings().base()));
            DocumentNeighbours around = DocumentNeighbours.of(site.aggregates(), queries, site.store().queryView(), entity);
            around.previous().ifPresent(d -> scope.put("previousDocument", labels.link(d)));
            around.next().ifPresent(d -> scope.put("nextDocument", labels.link(d)));
        } else {
            scope.put("profile", profile.page(paging));
            EntityLife life = EntityLife.of(queries, site.store().queryView(), entity, site.settings().base());
            if (life.any()) scope.put("life", life);
            if (!mine.empty()) {
                // the correspondents' labels at once (one request through a front)
                Labels parties = PageLabels.of(site.aggregates(), labels, mine.people());
                // the picture: his heaviest correspondences (a page's worth); the table: this page's correspondents
                scope.put("network", NetworkSvg.layout("correspondence", "Correspondence of " + page.label(), mine.page(1),
                        parties, i -> "/network#edges"));
                java.util.List<Correspondent> rows = Paging.slice(correspondents(mine, entity, parties), number);
                scope.put("correspondents", rows);
                scope.put("hasCorrespondents", !rows.isEmpty());
                TimelineSvg letters = letters(read, entity, labels, page.label());
                if (!letters.empty()) scope.put("letters", letters);
            }
        }
        return scope;
    }
}
