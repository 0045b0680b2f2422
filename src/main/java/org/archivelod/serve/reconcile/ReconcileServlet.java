package org.archivelod.serve.reconcile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.archivelod.serve.http.Responses;
import org.archivelod.serve.http.SiteContext;
import org.archivelod.uri.UriScheme;

/**
 * A W3C entity reconciliation service (API 0.2, the one OpenRefine speaks) at {@code /reconcile}: the manifest
 * ({@code GET} without parameters), batches of queries ({@code queries=} by {@code GET} or form {@code POST}, answered
 * by {@link Reconciler}), suggest ({@code /reconcile/suggest/entity|type|property?prefix=}) and an HTML preview
 * ({@code /reconcile/preview?id=person/zhou-enlai}) and data extension ({@code extend=}, {@code /reconcile/properties?type=},
 * by {@link DataExtension}). Read-only; JSONP is not offered (CORS is).
 *
 * <pre>{@code
 * curl 'http://localhost:3030/reconcile' --data-urlencode 'queries={"q0":{"query":"Chou En-lai","type":"person"}}'
 * }</pre>
 */
public final class ReconcileServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    /** More queries than this in one batch are refused (OpenRefine sends 10 at a time). */
    static final int MAX_QUERIES = 100;
    private static final int SUGGESTIONS = 10;
    private static final ObjectMapper JSON = new ObjectMapper();
    private final transient SiteContext site;
    private transient volatile Released fixed;

    public ReconcileServlet(SiteContext site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = Optional.ofNullable(request.getPathInfo()).orElse("/");
        String base = site.settings().base();
        try {
            switch (path) {
                case "/" -> {
                    String queries = request.getParameter("queries");
                    String extend = request.getParameter("extend");
                    send(response, queries != null ? batch(queries) : extend != null ? extend(extend) : ServiceManifest.of(base));
                }
                case "/properties" -> send(response, DataExtension.propose(EntityType.byId(required(request, "type"))
                        .orElseThrow(() -> new IllegalArgumentException("unknown type '" + request.getParameter("type") + "'"))));
                case "/suggest/entity" -> send(response, suggestEntities(required(request, "prefix"), request.getParameter("type")));
                case "/suggest/type" -> send(response, suggestTypes(required(request, "prefix")));
                case "/suggest/property" -> send(response, suggestProperties(required(request, "prefix")));
                case "/preview" -> preview(required(request, "id"), response);
                default -> Responses.plain(response, HttpServletResponse.SC_NOT_FOUND,
                        "no such reconciliation route; see " + base + "reconcile");
            }
        } catch (IllegalArgumentException e) {
            Responses.plain(response, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = Optional.ofNullable(request.getPathInfo()).orElse("/");
        if (!path.equals("/") || (request.getParameter("queries") == null && request.getParameter("extend") == null)) {
            Responses.plain(response, HttpServletResponse.SC_BAD_REQUEST,
                    "POST /reconcile takes a form with queries={…} or extend={…} (reconciliation API 0.2)");
            return;
        }
        doGet(request, response);
    }

    private ObjectNode batch(String text) {
        JsonNode queries = json("queries", text);
        if (queries == null || !queries.isObject()) {
            throw new IllegalArgumentException("queries must be a JSON object of queries by key");
        }
        if (queries.size() > MAX_QUERIES) {
            throw new IllegalArgumentException("at most " + MAX_QUERIES + " queries in one batch, got " + queries.size());
        }
        Map<String, ReconcileQuery> parsed = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> q : queries.properties()) {
            parsed.put(q.getKey(), ReconcileQuery.parse(q.getKey(), q.getValue()));
        }
        Reconciler reconciler = reconciler();
        ObjectNode answer = JSON.createObjectNode();
        parsed.forEach((key, query) -> {
            ArrayNode result = answer.putObject(key).putArray("result");
            for (Reconciler.Candidate c : reconciler.answer(query)) {
                ObjectNode r = result.addObject();
                r.put("id", c.entity().id()).put("name", c.entity().label());
                c.entity().date().ifPresent(d -> r.put("description", d));
                r.put("score", c.score()).put("match", c.match());
                type(r.putArray("type"), c.entity().type());
                ArrayNode features = r.putArray("features");
                features.addObject().put("id", "name").put("value", c.score());
                c.properties().forEach((pid, holds) -> features.addObject().put("id", pid).put("value", holds));
            }
        });
        return answer;
    }

    private ObjectNode extend(String text) {
        Reconciler reconciler = reconciler();
        return new DataExtension(reconciler, site.data()).extend(json("extend", text), MAX_QUERIES);
    }

    private static JsonNode json(String parameter, String text) {
        try {
            JsonNode json = JSON.readTree(text);
            if (json == null) {
                throw new IllegalArgumentException(parameter + " is empty");
            }
            return json;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(parameter + " is not JSON: " + e.getOriginalMessage());
        }
    }

    private ObjectNode suggestEntities(String prefix, String type) {
        Optional<EntityType> wanted = Optional.ofNullable(type).filter(t -> !t.isBlank()).map(t -> EntityType.byId(t)
                .orElseThrow(() -> new IllegalArgumentException("unknown type '" + t + "'")));
        ObjectNode answer = JSON.createObjectNode();
        ArrayNode result = answer.putArray("result");
        reconciler().startingWith(prefix).stream()
                .filter(e -> wanted.map(w -> w.equals(e.type())).orElse(true))
                // labels that start with the prefix first, then other names or words that do
                .sorted(Comparator.comparing((Entity e) -> !NameScore.fold(e.label()).startsWith(NameScore.fold(prefix)))
                        .thenComparing(Entity::label))
                .limit(SUGGESTIONS)
                .forEach(e -> {
                    ObjectNode r = result.addObject().put("id", e.id()).put("name", e.label());
                    e.date().ifPresent(d -> r.put("description", d));
                    type(r.putArray("notable"), e.type());
                });
        return answer;
    }

    private static ObjectNode suggestTypes(String prefix) {
        ObjectNode answer = JSON.createObjectNode();
        ArrayNode result = answer.putArray("result");
        EntityType.ALL.stream().filter(t -> NameScore.startsWith(prefix, t.name(), List.of(t.id())))
                .forEach(t -> result.addObject().put("id", t.id()).put("name", t.name()));
        return answer;
    }

    private static ObjectNode suggestProperties(String prefix) {
        ObjectNode answer = JSON.createObjectNode();
        ArrayNode result = answer.putArray("result");
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("date", "Date (documents; 1950, 1950-10 or 1950-10-07)");
        properties.put("correspondent", "Correspondent (people and groups: wrote to or received a letter from)");
        properties.forEach((id, name) -> {
            if (NameScore.startsWith(prefix, name, List.of(id))) {
                result.addObject().put("id", id).put("name", name);
            }
        });
        return answer;
    }

    private void preview(String id, HttpServletResponse response) throws IOException {
        String base = site.settings().base();
        Optional<Entity> entity = reconciler().byId(id);
        if (entity.isEmpty()) {
            Responses.plain(response, HttpServletResponse.SC_NOT_FOUND, "no entity " + id);
            return;
        }
        Entity e = entity.get();
        Map<String, Object> scope = new HashMap<>();
        scope.put("label", e.label());
        scope.put("page", UriScheme.at(base).pageSpace() + e.id());
        scope.put("type", e.type().name());
        e.date().ifPresent(d -> scope.put("date", d));
        scope.put("variants", String.join("; ", e.variants()));
        scope.put("hasVariants", !e.variants().isEmpty());
        byte[] body = site.renderer().render("reconcile-preview", scope).getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/html;charset=utf-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /**
     * The reconciler over the name index of the site graph: one per release for a read-only site (it keeps what it
     * read), one per request when SPARQL Update may change the data (the aggregates are refreshed before the request).
     */
    private Reconciler reconciler() {
        if (site.settings().allowUpdate()) {
            return new Reconciler(site.aggregates(), site.settings().base());
        }
        String release = site.release().digest();
        Released r = fixed;
        if (r == null || !r.release().equals(release)) {
            r = new Released(release, new Reconciler(site.aggregates(), site.settings().base()));
            fixed = r;
        }
        return r.reconciler();
    }

    /** The reconciler of one release. */
    private record Released(String release, Reconciler reconciler) {}

    private static void type(ArrayNode types, EntityType type) {
        types.addObject().put("id", type.id()).put("name", type.name());
    }

    private static String required(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        if (value == null) {
            throw new IllegalArgumentException("missing parameter " + name);
        }
        return value;
    }

    private static void send(HttpServletResponse response, JsonNode json) throws IOException {
        byte[] body = JSON.writeValueAsBytes(json);
        response.setContentType("application/json;charset=utf-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
