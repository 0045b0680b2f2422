package org.archivelod.serve.http;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.archivelod.serve.site.DataFormat;
import org.archivelod.serve.site.DataPage;
import org.archivelod.serve.site.EntityDescriber;
import org.archivelod.uri.UriScheme;

/**
 * {@code GET /data/{kind}/{slug}.{ttl|jsonld|nt|rdf|trig}[?page=N]}: the description of an entity in the format named
 * by the extension, or, without an extension, in the format chosen by the Accept header ({@code Vary: Accept}); a
 * popular entity's statements pointing at it come a page at a time ({@link EntityDescriber#describe(Node, int)},
 * {@link DataPage}), and a page past the last is 404. Carries ETag and Last-Modified from the dataset release (one tag
 * per format and page) and answers 304 to a current client.
 */
public final class DataServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient SiteContext site;
    private final transient ReleaseResponses answers;

    public DataServlet(SiteContext site) {
        this.site = site;
        this.answers = new ReleaseResponses(site);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<DataRequest> asked = DataRequest.of(request, response, "Not an entity data path.");
        if (asked.isEmpty()) {
            return;
        }
        Optional<DataFormat> format = asked.get().format();
        if (site.redirects().answer(request, response, asked.get().path(),
                moved -> UriScheme.dataPath(moved.relative()) + format.map(f -> "." + f.extension()).orElse(""))) {
            return;
        }
        Optional<Integer> page = PageParameter.requested(request, response);
        if (page.isEmpty()) {
            return;
        }
        Node entity = site.entity(asked.get().path());
        String variant = format.map(DataFormat::extension).orElse("") + (page.get() == 1 ? "" : "-page" + page.get());
        String key = variant + (asked.get().negotiated() ? " negotiated " : " ") + entity.getURI();
        if (format.isPresent() && answers.fromCache(request, response, key, variant)) {
            return;
        }
        if (format.isEmpty()) {
            if (site.describer().exists(entity)) {
                answers.notAcceptable(request, response, UriScheme.dataPath(asked.get().path().relative()));
            } else {
                answers.notFound(request, response);
            }
            return;
        }
        Optional<RenderedCache.Rendered> rendered = render(entity, format.get(), page.get(), document(asked.get()));
        if (rendered.isEmpty()) {
            answers.notFound(request, response);
            return;
        }
        answers.keepAndSend(request, response, key, variant, rendered.get());
    }

    /**
     * Page {@code page} of {@code entity}'s description in {@code format}, as the document {@code document} (its IRI,
     * unpaged), with its paging links; empty when the store does not describe the entity.
     */
    Optional<RenderedCache.Rendered> render(Node entity, DataFormat format, int page, String document) {
        // whether the entity exists is read with its page: in the union of the published graphs, not a copy per graph
        Optional<EntityDescriber.Page> described = site.describer().describe(entity, page);
        if (described.isEmpty()) {
            return Optional.empty();
        }
        DataPage paging = new DataPage(document, page, described.get().more());
        paging.state(described.get().quads());
        return Optional.of(Responses.entity(format, described.get().quads(), entity, site.settings().base()).withLinks(paging.links()));
    }

    /** The description document's IRI as asked for (with its extension, or without one when negotiated), unpaged. */
    private String document(DataRequest asked) {
        String path = UriScheme.dataPath(asked.path().relative()) + (asked.negotiated() ? "" : "." + asked.format().get().extension());
        return documentIri(site.settings().base(), path);
    }

    /** The IRI of the description document at {@code path} ({@code /data/…}) under {@code base}. */
    static String documentIri(String base, String path) {
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + Locations.encode(path);
    }
}
