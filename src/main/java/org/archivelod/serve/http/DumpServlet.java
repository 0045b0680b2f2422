package org.archivelod.serve.http;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.archivelod.dump.DumpFile;
import org.archivelod.dump.DumpWriter;
import org.archivelod.io.Checksums;

/**
 * {@code GET /dumps/}: the list of dumps with their SHA-256 sums; {@code GET /dumps/{file}}: one of the files the
 * {@link DumpWriter} wrote at start (only those names are served), with its checksum as the ETag.
 */
public final class DumpServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient SiteContext site;

    public DumpServlet(SiteContext site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getPathInfo() == null ? "" : request.getPathInfo().replaceFirst("^/", "");
        if (name.isEmpty()) {
            site.renderer().send(response, HttpServletResponse.SC_OK, "dumps",
                    Map.of("title", "Downloads", "dumps", site.dumps()));
            return;
        }
        Optional<DumpFile> file = name.equals(DumpWriter.SUMS) ? Optional.of(sums())
                : site.dumps().stream().filter(f -> f.name().equals(name)).findFirst();
        if (file.isEmpty()) {
            site.renderer().sendNotFound(response, Negotiation.acceptsHtml(request), request.getRequestURI());
            return;
        }
        Path path = site.settings().dumpFolder().resolve(file.get().name());
        if (ConditionalRequests.notModified(request, response, "\"" + file.get().sha256() + "\"", site.release().loaded())) {
            return;
        }
        response.setContentType(file.get().mediaType().startsWith("text/") || file.get().mediaType().contains("json")
                || file.get().mediaType().contains("trig") ? file.get().mediaType() + ";charset=utf-8" : file.get().mediaType());
        if (name.endsWith(".gz")) {
            response.setContentType("application/gzip");
        }
        response.setContentLengthLong(Files.size(path));
        response.setHeader("Content-Disposition", "inline; filename=\"" + file.get().name() + "\"");
        try (OutputStream out = response.getOutputStream()) {
            Files.copy(path, out);
        }
    }

    private DumpFile sums() throws IOException {
        Path path = site.settings().dumpFolder().resolve(DumpWriter.SUMS);
        return new DumpFile(DumpWriter.SUMS, "text/plain", Files.size(path), Checksums.sha256(path));
    }
}
