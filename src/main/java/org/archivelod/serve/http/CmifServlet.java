package org.archivelod.serve.http;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;
import org.archivelod.cmif.CmifExport;
import org.archivelod.io.AtomicFiles;

/**
 * {@code GET /cmif.xml}: the letters as a CMIF file ({@link CmifExport}), for correspondence indexes such as
 * correspSearch. Written on the first request into the dump folder and served from there for the rest of the release;
 * with SPARQL Update allowed, written afresh for every request.
 */
public final class CmifServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient SiteContext site;
    private transient boolean written;

    public CmifServlet(SiteContext site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean fixed = !site.settings().allowUpdate();
        if (fixed && ConditionalRequests.notModified(request, response, site.release().etag("cmif"), site.release().loaded())) {
            return;
        }
        // the size and the bytes of one version, even if a writer with updates allowed replaces the file meanwhile
        try (FileChannel in = FileChannel.open(file()); OutputStream out = response.getOutputStream()) {
            response.setContentType("application/xml;charset=utf-8");
            response.setContentLengthLong(in.size());
            Channels.newInputStream(in).transferTo(out);
        }
    }

    private synchronized Path file() throws IOException {
        Path file = site.settings().dumpFolder().resolve(CmifExport.FILE);
        if (!written || site.settings().allowUpdate()) {
            AtomicFiles.write(file, out -> {
                try {
                    CmifExport.write(site.data(), site.settings().base(), Optional.of(site.release().loaded()), out);
                } catch (XMLStreamException e) {
                    throw new IOException("cannot write " + CmifExport.FILE + ": " + e.getMessage(), e);
                }
            });
            written = true;
        }
        return file;
    }
}
