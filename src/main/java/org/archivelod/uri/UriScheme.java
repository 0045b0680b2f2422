package org.archivelod.uri;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The dataset's URI layout (DESIGN.md section 2), the one place that knows it: {@code {base}id/{kind}/{slug}} for
 * things, {@code {base}page/…} and {@code {base}data/…} for what the site says about them, {@code {base}graph/…} for
 * named graphs, {@code {base}id/concept/{scheme}/{slug}} for concepts (the activity types among them). It mints these
 * IRIs and the site's paths ({@code /id/…}, {@code /graph/…}) and reads them back, so no other code builds or splits
 * an IRI by string. Paths given as words are percent-encoded by {@link IriPaths}; methods named {@code …Space} give
 * the prefix of a space, to compare with or to append an already encoded tail to.
 *
 * <pre>{@code
 * UriScheme uris = UriScheme.at("https://example.org/");
 * uris.entity("person", "zhou-enlai");          // https://example.org/id/person/zhou-enlai
 * uris.documentGraph("record-111199");          // https://example.org/graph/document/record-111199
 * uris.idTail("https://example.org/id/person/zhou-enlai"); // Optional[person/zhou-enlai]
 * }</pre>
 */
public final class UriScheme {
    /** The base IRIs are minted under when none is given: the address {@code serve} listens at by default. */
    public static final String DEFAULT_BASE = "http://localhost:3030/";

    private static final String ID = "id";
    private static final String PAGE = "page";
    private static final String DATA = "data";
    private static final String GRAPH = "graph";
    private static final String SITE = "site";
    private static final String RELEASE = "release";
    private static final String REDIRECTS = "redirects";
    private static final String CITE = "cite";
    private static final String DOCUMENT = "document";
    private static final String CONCEPT = "concept";
    private static final String ACTIVITY_TYPE = "activity-type";

    /** The servlet path patterns of the site's routes. */
    public static final String ID_ROUTE = "/" + ID + "/*";
    public static final String PAGE_ROUTE = "/" + PAGE + "/*";
    public static final String DATA_ROUTE = "/" + DATA + "/*";
    public static final String GRAPH_ROUTE = "/" + GRAPH + "/*";
    public static final String CITE_ROUTE = "/" + CITE + "/*";

    /** The kinds of things a document slug names besides the document itself (redirected together when it moves). */
    private static final List<String> DOCUMENT_SLUG_KINDS = List.of(DOCUMENT, "event", "annotation", "source", "conversion");

    private final String base;

    private UriScheme(String base) {
        this.base = base.endsWith("/") ? base : base + "/";
    }

    /** The scheme under {@code base} (a missing final {@code /} is added). */
    public static UriScheme at(String base) {
        return new UriScheme(base);
    }

    public String base() { return base; }

    // ---- minting

    /** {@code {base}{path}}, the path percent-encoded. */
    public String iri(String path) { return base + IriPaths.encode(path); }

    /** {@code {base}id/{kind}/{slug}}. */
    public String entity(String kind, String slug) { return entity(kind + "/" + slug); }

    /** {@code {base}id/{kindAndSlug}}. */
    public String entity(String kindAndSlug) { return iri(ID + "/" + kindAndSlug); }

    /** {@code {base}id/concept/{scheme}}, a concept scheme. */
    public String conceptScheme(String scheme) { return entity(CONCEPT, scheme); }

    /** {@code {base}id/concept/{scheme}/{slug}}. */
    public String concept(String scheme, String slug) { return entity(CONCEPT, scheme + "/" + slug); }

    /** {@code {base}id/concept/activity-type}: the scheme of the activity types (the roles of a document's actors). */
    public String activityTypeScheme() { return conceptScheme(ACTIVITY_TYPE); }

    /** {@code {base}id/concept/activity-type/{slug}}: an activity type ("sending", "writing"). */
    public String activityType(String slug) { return concept(ACTIVITY_TYPE, slug); }

    /** {@code {base}graph/{kindAndSlug}}, a named graph. */
    public String graph(String kindAndSlug) { return iri(GRAPH + "/" + kindAndSlug); }

    /** {@code {base}graph/document/{slug}}: the named graph of one document. */
    public String documentGraph(String slug) { return graph(DOCUMENT + "/" + slug); }

    /** The named graph of the authority file's entities. */
    public String authorityGraph() { return graph("authority"); }

    /** The named graph of the concept schemes. */
    public String vocabularyGraph() { return graph("vocabulary"); }

    /** The named graph of {@code old dcterms:isReplacedBy new} redirects. */
    public String redirectsGraph() { return graph(REDIRECTS); }

    /** {@code {base}graph/release}: the description of the release a store holds (its id and load time), see {@code store/StoreRelease}. */
    public String releaseGraph() { return graph(RELEASE); }

    /**
     * {@code {base}graph/site}: the named graph of the site's aggregates (counts, tallies, correspondence), computed
     * from the data at each load; never part of a dump.
     */
    public String siteGraph() { return graph(SITE); }

    /** {@code {base}page/{kindAndSlug}}: the HTML page about a thing. */
    public String page(String kindAndSlug) { return iri(PAGE + "/" + kindAndSlug); }

    // ---- spaces (prefixes)

    /** {@code {base}id/}. */
    public String idSpace() { return base + ID + "/"; }

    /** {@code {base}id/{kind}/}. */
    public String idSpace(String kind) { return idSpace() + kind + "/"; }

    /** {@code {base}id/document/}. */
    public String documentSpace() { return idSpace(DOCUMENT); }

    /** {@code {base}page/}. */
    public String pageSpace() { return base + PAGE + "/"; }

    /** {@code {base}graph/}. */
    public String graphSpace() { return base + GRAPH + "/"; }

    /** {@code {base}graph/document/}. */
    public String documentGraphSpace() { return graphSpace() + DOCUMENT + "/"; }

    /**
     * The spaces a document's slug names things in ({@code id/document/}, {@code id/event/}, {@code id/annotation/},
     * {@code id/source/}, {@code id/conversion/}, {@code graph/document/}): each followed by the slug.
     */
    public List<String> documentSlugSpaces() {
        List<String> spaces = new java.util.ArrayList<>();
        DOCUMENT_SLUG_KINDS.forEach(kind -> spaces.add(idSpace(kind)));
        spaces.add(documentGraphSpace());
        return List.copyOf(spaces);
    }

    /** The dataset's own prefixes ({@code id:}, {@code person:}, … {@code graph:}), in a fixed order. */
    public Map<String, String> namespaces() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(ID, idSpace());
        for (String kind : List.of("person", "group", "place", "event", DOCUMENT, CONCEPT, "annotation")) {
            m.put(kind, idSpace(kind));
        }
        m.put(GRAPH, graphSpace());
        return m;
    }

    // ---- reading

    /** The tail of an IRI under {@code {base}id/} as written (percent-encoded), e.g. {@code person/zhou-enlai}. */
    public Optional<String> idTail(String iri) { return tail(iri, idSpace()); }

    /** The slug of a document's IRI (or of a part of it, {@code slug/original}), as written; empty for other IRIs. */
    public Optional<String> documentSlug(String iri) { return tail(iri, documentSpace()); }

    /** True for a document's own IRI ({@code {base}id/document/{slug}}, no part below it). */
    public boolean isDocument(String iri) {
        return documentSlug(iri).filter(slug -> !slug.isEmpty() && slug.indexOf('/') < 0).isPresent();
    }

    /**
     * The named graph of the document {@code documentIri} ({@code {base}id/document/{slug}} → {@code {base}graph/document/{slug}}),
     * its slug taken as written (a slug of other scripts is percent-encoded once, as minted, not again); empty for
     * other IRIs.
     */
    public Optional<String> documentGraphOf(String documentIri) {
        return documentSlug(documentIri).map(slug -> documentGraphSpace() + slug);
    }

    /** The slug of a document's named graph, as written; empty for other IRIs. */
    public Optional<String> documentGraphSlug(String graphIri) { return tail(graphIri, documentGraphSpace()); }

    /** True for an IRI in the graph space. */
    public boolean isGraph(String iri) { return iri.startsWith(graphSpace()); }

    /** The site path of an IRI under the base, decoded: {@code /graph/document/x} for {@code {base}graph/document/x}. */
    public Optional<String> sitePath(String iri) {
        return tail(iri, base).map(t -> "/" + IriPaths.decode(t));
    }

    private static Optional<String> tail(String iri, String space) {
        return iri.startsWith(space) ? Optional.of(iri.substring(space.length())) : Optional.empty();
    }

    // ---- reading, whatever the base

    /** True when {@code iri} is the site graph ({@link #siteGraph()}) under any base. */
    public static boolean isSiteGraph(String iri) {
        return iri.endsWith("/" + GRAPH + "/" + SITE);
    }

    /** True when {@code iri} is the named graph of one document ({@link #documentGraph}) under any base. */
    public static boolean isDocumentGraph(String iri) {
        return iri.contains("/" + GRAPH + "/" + DOCUMENT + "/");
    }

    /** True when {@code iri} is the graph of redirects between releases ({@link #redirectsGraph()}) under any base. */
    public static boolean isRedirectsGraph(String iri) {
        return iri.endsWith("/" + GRAPH + "/" + REDIRECTS);
    }

    /** True when {@code iri} is the release graph ({@link #releaseGraph()}) under any base. */
    public static boolean isReleaseGraph(String iri) {
        return iri.endsWith("/" + GRAPH + "/" + RELEASE);
    }

    /**
     * True when {@code iri} is a graph of the site's own bookkeeping, computed or written at each load and never
     * published: the site graph of aggregates or the release description.
     */
    public static boolean isBookkeepingGraph(String iri) {
        return isSiteGraph(iri) || isReleaseGraph(iri);
    }

    /** True when {@code iri} is the activity type {@code type} ("sending", "dispatch") under any base. */
    public static boolean isActivityType(String iri, String type) {
        return iri.endsWith("/" + ID + "/" + CONCEPT + "/" + ACTIVITY_TYPE + "/" + type);
    }

    /** The base a concept's IRI ({@code {base}id/concept/…}) was minted under; empty for other IRIs. */
    public static Optional<String> baseOfConcept(String iri) {
        int at = iri.indexOf(ID + "/" + CONCEPT + "/");
        return at > 0 ? Optional.of(iri.substring(0, at)) : Optional.empty();
    }

    /**
     * The named graph holding the record of a document IRI minted under any base ({@code …/id/document/{slug}} →
     * {@code …/graph/document/{slug}}, the slug as written, as {@link #documentGraphOf}); empty for other IRIs, a part
     * below a document ({@code …/id/document/{slug}/text}) among them.
     */
    public static Optional<String> homeGraphOf(String iri) {
        String space = "/" + ID + "/" + DOCUMENT + "/";
        int at = iri.lastIndexOf(space);
        if (at < 0) return Optional.empty();
        String slug = iri.substring(at + space.length());
        if (slug.isEmpty() || slug.indexOf('/') >= 0) return Optional.empty();
        return Optional.of(iri.substring(0, at) + "/" + GRAPH + "/" + DOCUMENT + "/" + slug);
    }

    /** The base a document graph's IRI ({@code {base}graph/document/…}) was minted under; empty for other IRIs. */
    public static Optional<String> baseOfDocumentGraph(String iri) {
        int at = iri.indexOf(GRAPH + "/" + DOCUMENT + "/");
        return at > 0 ? Optional.of(iri.substring(0, at)) : Optional.empty();
    }

    /** The last segment of a path-shaped IRI: a concept's slug ({@code letter}), an entity's slug. */
    public static String lastSegment(String iri) {
        return iri.substring(iri.lastIndexOf('/') + 1);
    }

    // ---- the site's paths (relative to its root)

    /** {@code /id/{kindAndSlug}}. */
    public static String idPath(String kindAndSlug) { return "/" + ID + "/" + kindAndSlug; }

    /** {@code /page/{kindAndSlug}}. */
    public static String pagePath(String kindAndSlug) { return "/" + PAGE + "/" + kindAndSlug; }

    /** {@code /data/{kindAndSlug}} (add {@code .ext} for one format). */
    public static String dataPath(String kindAndSlug) { return "/" + DATA + "/" + kindAndSlug; }

    /** {@code /graph/{kindAndSlug}} (add {@code .ext} for one format). */
    public static String graphPath(String kindAndSlug) { return "/" + GRAPH + "/" + kindAndSlug; }

    /** {@code /graph/document/{slug}}. */
    public static String documentGraphPath(String slug) { return graphPath(DOCUMENT + "/" + slug); }

    /** {@code /data/document/{slug}}. */
    public static String documentDataPath(String slug) { return dataPath(DOCUMENT + "/" + slug); }

    /** {@code /cite/{kindAndSlug}} (add {@code .bib}, {@code .ris} or {@code .json}). */
    public static String citePath(String kindAndSlug) { return "/" + CITE + "/" + kindAndSlug; }
}
