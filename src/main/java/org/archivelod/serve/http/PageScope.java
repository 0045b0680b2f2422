package org.archivelod.serve.http;

import java.util.LinkedHashMap;
import java.util.Map;

/** What every page's header needs: the title, the language switch and the text of the search box. */
final class PageScope {
    private PageScope() {}

    static Map<String, Object> of(String title, SiteLanguage language) {
        Map<String, Object> scope = new LinkedHashMap<>();
        scope.put("title", title);
        scope.put("languages", language.options());
        scope.put("lang", language.code());
        return scope;
    }
}
