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
import org.archivelod.cmif.CmifExport;
import org.archivelod.cmif.CmifFile;

/**
 * {@code GET /cmif.xml}: the letters as a CMIF file ({@link CmifExport}), for correspondence indexes such as
 * correspSearch. Written at load beside the release's dumps ({@link CmifFile}, by {@code pipeline/Publication}) and sent
 * from there as it is; where the load did not write it for this release and base (a front, a store served under
 * another base), written on the first request into the dump folder and sent from there for the rest of the release;
 * with SPARQL Update allowed, written afresh for every request.
 */
public final class CmifServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient SiteContext site;
    private final transient ReleaseResponses answers;
    /** The release the file in the dump folder is of, once this servlet has seen it there or written it. */
    private transient String writtenFor;

    public CmifServlet(SiteContext site) {
        this.site = site;
        this.answers = new ReleaseResponses(site);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean fixed = !site.settings().allowUpdate();
        if (fixed && answers.notModified(request, response, "cmif")) {
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
        Path folder = site.settings().dumpFolder();
        Path file = folder.resolve(CmifExport.FILE);
        boolean fixed = !site.settings().allowUpdate();
        String release = site.release().digest();
        if (!fixed || !release.equals(writtenFor)) {
            // the load wrote it for the release (pipeline/Publication); else (another base, a store loaded before, a
            // front, a front's next release, updates allowed) it is written here
            if (!fixed || !CmifFile.isOf(folder, release, site.settings().base())) {
                CmifFile.write(site.data(), file, site.settings().base(), Optional.of(site.release().loaded()));
            }
            writtenFor = fixed ? release : null;
        }
        return file;
    }
}
