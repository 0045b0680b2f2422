package org.archivelod.serve.http;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.archivelod.serve.site.DocumentCitation;
import org.archivelod.serve.site.EntityPath;
import org.archivelod.vocab.CRM;

/**
 * {@code GET /cite/document/{slug}.{bib,ris,json}}: a document's citation for reference managers (BibTeX, RIS,
 * CSL-JSON), from the same facts as the "Cite this" block of its page; 404 for anything that is not a document.
 */
public final class CiteServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient SiteContext site;

    public CiteServlet(SiteContext site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String pathInfo = Optional.ofNullable(request.getPathInfo()).orElse("");
        int dot = pathInfo.lastIndexOf('.');
        String extension = dot > pathInfo.lastIndexOf('/') ? pathInfo.substring(dot + 1) : "";
        Optional<EntityPath> path = DocumentCitation.EXTENSIONS.contains(extension)
                ? EntityPath.parse(pathInfo.substring(0, dot)) : Optional.empty();
        if (path.isEmpty() || !path.get().kind().equals("document")) {
            site.renderer().sendNotFound(response, Negotiation.acceptsHtml(request), request.getRequestURI());
            return;
        }
        Node document = site.entity(path.get());
        Optional<String> text = Txn.calculateRead(site.data(), () ->
                site.data().contains(Node.ANY, document, org.apache.jena.vocabulary.RDF.type.asNode(), CRM.E31_Document.asNode())
                        ? DocumentCitation.of(site.data(), site.labels(), document).as(extension) : Optional.empty());
        if (text.isEmpty()) {
            site.renderer().sendNotFound(response, Negotiation.acceptsHtml(request), request.getRequestURI());
            return;
        }
        byte[] body = text.get().getBytes(StandardCharsets.UTF_8);
        response.setContentType(DocumentCitation.mediaType(extension) + ";charset=utf-8");
        response.setHeader("Content-Disposition", "inline; filename=\"" + path.get().slug().replace('/', '-') + "." + extension + "\"");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
