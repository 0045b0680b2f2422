package org.archivelod.serve.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.archivelod.serve.site.Paging;

/** The {@code page} parameter of a request, read for the servlets that show a long list a page at a time. */
final class PageParameter {
    private PageParameter() {}

    /**
     * The page {@code request} asks for with its {@code page} parameter (absent means 1); for anything but 1, 2, 3…
     * it answers 400 itself and returns empty.
     */
    static Optional<Integer> requested(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Integer> page = Paging.requested(request.getParameter("page"));
        if (page.isEmpty()) {
            Responses.plain(response, HttpServletResponse.SC_BAD_REQUEST, "page must be 1, 2, 3…");
        }
        return page;
    }
}
