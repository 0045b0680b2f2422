package org.archivelod.uri;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The URI layout of DESIGN.md section 2, minted and read back by the one scheme. */
class UriSchemeTest {
    private final UriScheme uris = UriScheme.at("https://example.org/");

    @Test
    void mintsEveryKindOfIri_underTheBase() {
        assertEquals("https://example.org/id/person/zhou-enlai", uris.entity("person", "zhou-enlai"));
        assertEquals("https://example.org/id/concept/activity-type/sending", uris.concept("activity-type", "sending"));
        assertEquals("https://example.org/id/concept/document-type", uris.conceptScheme("document-type"));
        assertEquals("https://example.org/id/concept/activity-type/sending", uris.activityType("sending"));
        assertEquals("https://example.org/id/concept/activity-type", uris.activityTypeScheme());
        assertEquals("https://example.org/graph/document/record-111199", uris.documentGraph("record-111199"));
        assertEquals("https://example.org/graph/authority", uris.authorityGraph());
        assertEquals("https://example.org/graph/vocabulary", uris.vocabularyGraph());
        assertEquals("https://example.org/graph/redirects", uris.redirectsGraph());
        assertEquals("https://example.org/page/person/zhou-enlai", uris.page("person/zhou-enlai"));
    }

    @Test
    void addsTheFinalSlash_toABaseWithoutOne() {
        assertEquals("https://example.org/x/id/place/korea", UriScheme.at("https://example.org/x").entity("place", "korea"));
    }

    @Test
    void percentEncodesWordsOutsideAscii_andReadsThemBackAsWritten() {
        String iri = uris.entity("person", "zhou-enlai/name/周恩来");
        assertEquals("https://example.org/id/person/zhou-enlai/name/%E5%91%A8%E6%81%A9%E6%9D%A5", iri);
        assertEquals(Optional.of("person/zhou-enlai/name/%E5%91%A8%E6%81%A9%E6%9D%A5"), uris.idTail(iri));
        assertEquals(Optional.of("/id/person/zhou-enlai/name/周恩来"), uris.sitePath(iri));
    }

    @Test
    void readsDocumentsAndTheirGraphs() {
        String document = uris.entity("document", "record-111199");
        assertEquals(Optional.of("record-111199"), uris.documentSlug(document));
        assertTrue(uris.isDocument(document));
        assertFalse(uris.isDocument(document + "/original"));
        assertFalse(uris.isDocument(uris.entity("person", "stalin")));
        assertEquals(Optional.of("record-111199"), uris.documentGraphSlug(uris.documentGraph("record-111199")));
        assertEquals(Optional.empty(), uris.documentGraphSlug(UriScheme.at("http://other/").documentGraph("record-111199")));
        assertTrue(uris.isGraph(uris.authorityGraph()));
        assertFalse(uris.isGraph(document));
    }

    @Test
    void findsTheGraphOfADocumentWhoseSlugIsOfAnotherScript_asMinted() {
        // a front fetches a document's graph from its IRI: the slug, percent-encoded once when minted, is not encoded
        // again (the graph .../%25E8%258F... is not in the store, and its page was read a node at a time, 13 s at 3x10^4)
        String slug = "1947-10-10-memorandum-from-菲利波夫-to-zhou-enlai";
        String document = uris.entity("document", slug);
        assertEquals(Optional.of(uris.documentGraph(slug)), uris.documentGraphOf(document));
        assertEquals("https://example.org/graph/document/1947-10-10-memorandum-from-%E8%8F%B2%E5%88%A9%E6%B3%A2%E5%A4%AB-to-zhou-enlai",
                uris.documentGraphOf(document).orElseThrow());
        assertEquals(Optional.empty(), uris.documentGraphOf(uris.entity("person", "stalin")));
    }

    @Test
    void findsTheHomeGraphOfADocument_whateverTheBase() {
        // /data pages a thing's copies in other graphs, never a document's own record in its own graph
        for (UriScheme scheme : List.of(uris, UriScheme.at("http://localhost:3030/"))) {
            String slug = "1947-10-10-memorandum-from-菲利波夫-to-zhou-enlai";
            assertEquals(scheme.documentGraphOf(scheme.entity("document", slug)),
                    UriScheme.homeGraphOf(scheme.entity("document", slug)));
            assertEquals(Optional.empty(), UriScheme.homeGraphOf(scheme.entity("person", "stalin")));
            assertEquals(Optional.empty(), UriScheme.homeGraphOf(scheme.entity("event", slug + "/creation")));
            assertEquals(Optional.empty(), UriScheme.homeGraphOf(scheme.entity("document", slug) + "/text"));
        }
    }

    @Test
    void readsActivityTypesAndTheBaseOfConcepts_whateverTheBase() {
        String sending = UriScheme.at("http://localhost:8080/").concept("activity-type", "sending");
        assertTrue(UriScheme.isActivityType(sending, "sending"));
        assertFalse(UriScheme.isActivityType(sending, "dispatch"));
        assertEquals(Optional.of("http://localhost:8080/"), UriScheme.baseOfConcept(sending));
        assertEquals(Optional.empty(), UriScheme.baseOfConcept(uris.entity("person", "stalin")));
        assertEquals("sending", UriScheme.lastSegment(sending));
    }

    @Test
    void namesTheSpacesOfADocumentSlug_andTheSitePaths() {
        assertEquals(List.of("https://example.org/id/document/", "https://example.org/id/event/",
                "https://example.org/id/annotation/", "https://example.org/id/source/", "https://example.org/id/conversion/",
                "https://example.org/graph/document/"), uris.documentSlugSpaces());
        assertEquals("/id/person/stalin", UriScheme.idPath("person/stalin"));
        assertEquals("/page/person/stalin", UriScheme.pagePath("person/stalin"));
        assertEquals("/data/person/stalin", UriScheme.dataPath("person/stalin"));
        assertEquals("/graph/document/x", UriScheme.documentGraphPath("x"));
        assertEquals("/data/document/x", UriScheme.documentDataPath("x"));
        assertEquals("/cite/document/x", UriScheme.citePath("document/x"));
        assertEquals("/graph/*", UriScheme.GRAPH_ROUTE);
    }

    @Test
    void defaultBase_isTheAddressServeListensAtByDefault() {
        assertEquals("http://localhost:3030/", UriScheme.DEFAULT_BASE);
    }
}
