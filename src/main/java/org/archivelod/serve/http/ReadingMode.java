package org.archivelod.serve.http;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * How a document's text is shown: by default as plain reading text, its recognised names linked but marked only when
 * the pointer or the keyboard focus is on them; with {@code ?highlight=on} every name is highlighted.
 * {@code ?highlight=on|off} is remembered in a cookie for the next pages (a plain link, no script), like the language.
 */
public record ReadingMode(boolean highlight) {
    static final String COOKIE = "highlight";

    /** Reads the choice from the request; a {@code ?highlight=} choice is kept in a cookie. */
    public static ReadingMode of(HttpServletRequest request, HttpServletResponse response) {
        String asked = request.getParameter("highlight");
        if ("on".equals(asked) || "off".equals(asked)) {
            Cookie cookie = new Cookie(COOKIE, asked);
            cookie.setPath("/");
            cookie.setMaxAge(365 * 24 * 3600);
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
            return new ReadingMode("on".equals(asked));
        }
        if (request.getCookies() != null) {
            for (Cookie c : request.getCookies()) {
                if (COOKIE.equals(c.getName())) {
                    return new ReadingMode("on".equals(c.getValue()));
                }
            }
        }
        return new ReadingMode(false);
    }

    /** A variant name for entity tags and the page cache: the same page differs by mode. */
    public String variant(String page) {
        return highlight ? page + "-highlight" : page;
    }
}
