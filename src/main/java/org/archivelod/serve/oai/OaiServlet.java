package org.archivelod.serve.oai;

import io.gdcc.xoai.dataprovider.DataProvider;
import io.gdcc.xoai.dataprovider.exceptions.InternalOAIException;
import io.gdcc.xoai.dataprovider.model.Context;
import io.gdcc.xoai.dataprovider.model.MetadataFormat;
import io.gdcc.xoai.dataprovider.repository.Repository;
import io.gdcc.xoai.dataprovider.repository.RepositoryConfiguration;
import io.gdcc.xoai.model.oaipmh.DeletedRecord;
import io.gdcc.xoai.model.oaipmh.Granularity;
import io.gdcc.xoai.model.oaipmh.OAIPMH;
import io.gdcc.xoai.xml.XmlWriter;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import javax.xml.stream.XMLStreamException;
import org.archivelod.serve.http.Negotiation;
import org.archivelod.serve.http.SiteContext;

/**
 * OAI-PMH 2.0 at {@code /oai} (GET, or POST with a form body): Identify, ListMetadataFormats, ListSets,
 * ListIdentifiers, ListRecords and GetRecord over the documents of the store, in {@code oai_dc} and in RDF/XML
 * ({@code rdf}); {@code /oai/rdf.xsd} is the schema named for the latter. The protocol (arguments, errors, resumption
 * tokens) is xoai's ({@code io.gdcc:xoai-data-provider}); the documents, sets and records are ours.
 *
 * <pre>{@code
 * curl 'http://localhost:3030/oai?verb=ListRecords&metadataPrefix=oai_dc&set=archive:aprf'
 * }</pre>
 */
public final class OaiServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String NAME = "Archive LOD: Cold War documents of the Wilson Center Digital Archive as linked data";
    private final transient SiteContext site;
    private final transient RepositoryConfiguration configuration;
    private final transient DataProvider provider;

    public OaiServlet(SiteContext site) {
        this.site = site;
        ListedRecords listed = new ListedRecords(site.aggregates(), site.data(), site.settings().base());
        ArchiveItems items = new ArchiveItems(site.data(), listed, site.release().loaded(), !site.settings().allowUpdate());
        ArchiveSets sets = new ArchiveSets(site.aggregates(), site.data(), listed, !site.settings().allowUpdate());
        String release = site.release().digest().substring(0, Math.min(12, site.release().digest().length()));
        int pageSize = site.settings().limits().oaiPageSize();
        String base = site.settings().base();
        this.configuration = new RepositoryConfiguration.RepositoryConfigurationBuilder()
                .withRepositoryName(NAME)
                .withBaseUrl(base + "oai")
                .withAdminEmail(adminEmail(base))
                .withEarliestDate(site.release().loaded())
                .withDeleteMethod(DeletedRecord.TRANSIENT)
                .withGranularity(Granularity.Lenient)
                .withResumptionTokenFormat(new ReleaseTokens(release, items::size, sets::size))
                .withMaxListIdentifiers(pageSize)
                .withMaxListRecords(pageSize)
                .withMaxListSets(pageSize)
                .build();
        Context context = new Context()
                .withMetadataFormat(MetadataFormat.metadataFormat(DublinCoreRecord.PREFIX)
                        .withNamespace(DublinCoreRecord.NAMESPACE).withSchemaLocation(DublinCoreRecord.SCHEMA))
                .withMetadataFormat(MetadataFormat.metadataFormat(RdfRecord.PREFIX)
                        .withNamespace(RdfRecord.NAMESPACE).withSchemaLocation(base + RdfRecord.SCHEMA_PATH));
        Repository repository = new Repository(configuration).withItemRepository(items)
                .withSetRepository(sets);
        this.provider = new ArchiveDataProvider(context, repository);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        if (path.isEmpty() || path.equals("/")) {
            answer(request, response);
        } else if (path.equals("/rdf.xsd")) {
            schema(response);
        } else {
            site.renderer().sendNotFound(response, Negotiation.acceptsHtml(request), request.getRequestURI());
        }
    }

    /** The protocol allows POST with the arguments as {@code application/x-www-form-urlencoded}. */
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        if (path.isEmpty() || path.equals("/")) {
            answer(request, response);
        } else {
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
        }
    }

    private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            OAIPMH answer = provider.handle(request.getParameterMap());
            try (XmlWriter writer = new XmlWriter(body, configuration)) {
                writer.writeStartDocument("UTF-8", "1.0");
                writer.write(answer);
                writer.writeEndDocument();
            }
        } catch (XMLStreamException | InternalOAIException e) {
            response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "cannot answer the OAI-PMH request: " + e.getMessage());
            return;
        }
        // errors are OAI-PMH answers too: 200 with <error code="…">, as the protocol says
        response.setContentType("text/xml;charset=utf-8");
        response.setContentLength(body.size());
        try (OutputStream out = response.getOutputStream()) {
            body.writeTo(out);
        }
    }

    private static void schema(HttpServletResponse response) throws IOException {
        try (InputStream in = OaiServlet.class.getResourceAsStream("/oai/rdf.xsd")) {
            if (in == null) throw new IOException("oai/rdf.xsd is missing from the classpath");
            byte[] bytes = in.readAllBytes();
            response.setContentType("application/xml;charset=utf-8");
            response.setContentLength(bytes.length);
            try (OutputStream out = response.getOutputStream()) {
                out.write(bytes);
            }
        }
    }

    /**
     * The protocol requires an administrator's address: the site's webmaster (RFC 2142) at the host of the base IRI; a
     * host without a dot (localhost), which the protocol's schema refuses, is taken as {@code {host}.localdomain}.
     */
    static String adminEmail(String base) {
        String host = URI.create(base).getHost();
        if (host == null || host.isEmpty()) host = "localhost";
        if (host.startsWith("[")) host = "localhost";
        return "webmaster@" + (host.contains(".") ? host : host + ".localdomain");
    }
}
