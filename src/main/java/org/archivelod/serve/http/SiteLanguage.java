package org.archivelod.serve.http;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The language a reader chose for labels: {@code ?lang=ru} (remembered in a cookie), else the cookie, else the
 * best match of the {@code Accept-Language} header, else English. Labels in the scripts of the sources (Russian
 * Cyrillic, Chinese, Korean) come first where the authority data has them, with the English one alongside; the
 * site's own words stay English. Responses vary on both headers.
 */
public record SiteLanguage(String code) {
    /** The languages offered, English first. */
    public static final List<Choice> CHOICES = List.of(new Choice("en", "English"), new Choice("ru", "Русский"),
            new Choice("zh", "中文"), new Choice("ko", "한국어"));
    static final String COOKIE = "lang";

    /** A language in the switch, with its name in that language. */
    public record Choice(String code, String name) {}

    /** One entry of the switch on a page; {@code current} for the chosen language. */
    public record Option(String code, String name, boolean current) {}

    /** Reads the choice from the request; a {@code ?lang=} choice is kept in a cookie for the next pages. */
    public static SiteLanguage of(HttpServletRequest request, HttpServletResponse response) {
        response.addHeader("Vary", "Accept-Language, Cookie");
        String asked = offered(request.getParameter("lang"));
        if (asked != null) {
            Cookie cookie = new Cookie(COOKIE, asked);
            cookie.setPath("/");
            cookie.setMaxAge(365 * 24 * 3600);
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
            return new SiteLanguage(asked);
        }
        if (request.getCookies() != null) {
            for (Cookie c : request.getCookies()) {
                if (COOKIE.equals(c.getName()) && offered(c.getValue()) != null) {
                    return new SiteLanguage(offered(c.getValue()));
                }
            }
        }
        return new SiteLanguage(fromAcceptLanguage(request.getHeader("Accept-Language")));
    }

    static String fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return "en";
        }
        try {
            List<String> tags = CHOICES.stream().map(Choice::code).toList();
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                String primary = range.getRange().split("-")[0];
                if (tags.contains(primary) && range.getWeight() > 0) {
                    return primary;
                }
            }
        } catch (IllegalArgumentException badHeader) {
            return "en";
        }
        return "en";
    }

    private static String offered(String code) {
        if (code == null) {
            return null;
        }
        String c = code.strip().toLowerCase(Locale.ROOT);
        return CHOICES.stream().anyMatch(x -> x.code().equals(c)) ? c : null;
    }

    /** The switch as shown on a page. */
    public List<Option> options() {
        List<Option> options = new ArrayList<>();
        CHOICES.forEach(c -> options.add(new Option(c.code(), c.name(), c.code().equals(code))));
        return options;
    }

    /** A variant name for entity tags: the same page differs by language. */
    public String variant(String page) {
        return page + "-" + code;
    }
}
