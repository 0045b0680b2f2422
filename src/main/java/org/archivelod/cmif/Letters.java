package org.archivelod.cmif;

import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.archivelod.vocab.CRM;
import org.archivelod.uri.UriScheme;

/**
 * Reads the sendings of correspondence a store states (DESIGN §3: an {@code crm:E7_Activity} typed <i>sending of
 * correspondence</i>, {@code crm:P14_carried_out_by} the senders, {@code crm:P11_had_participant} the addressees), each
 * with its document (the subject of the named graph that states it), the document's {@code dcterms:date}, and the
 * places of sending ({@code crm:P7_took_place_at} of the sending) where the data states them. Authority IRIs are the
 * {@code owl:sameAs} and {@code skos:closeMatch} links of our entities, the most specific authority first. Letters come
 * in date order (undated last), then by document IRI. Runs in a read transaction of its own.
 */
public final class Letters {
    /** Authorities in the order a correspondence index prefers them; other IRIs come after, GeoNames first for places. */
    private static final List<String> PERSON_AUTHORITIES = List.of("https://d-nb.info/gnd/", "http://d-nb.info/gnd/",
            "https://viaf.org/viaf/", "http://viaf.org/viaf/", "http://id.loc.gov/", "https://id.loc.gov/",
            "http://www.wikidata.org/entity/", "https://www.wikidata.org/entity/");
    private static final List<String> PLACE_AUTHORITIES = List.of("https://sws.geonames.org/", "http://sws.geonames.org/",
            "https://www.geonames.org/", "http://www.geonames.org/", "http://www.wikidata.org/entity/",
            "https://www.wikidata.org/entity/");

    private Letters() {}

    public static List<Letter> read(DatasetGraph store) {
        return store.calculateRead(() -> {
            List<Letter> letters = new ArrayList<>();
            store.find(Node.ANY, Node.ANY, CRM.P2_has_type.asNode(), Node.ANY).forEachRemaining(q -> {
                if (q.getObject().isURI() && UriScheme.isActivityType(q.getObject().getURI(), "sending")) {
                    letter(store, q).ifPresent(letters::add);
                }
            });
            letters.sort(Comparator.comparing((Letter l) -> l.date().map(Letter.Date::first).orElse(null),
                            Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(Letter::document).thenComparing(Letter::sending));
            return letters.stream().distinct().toList();
        });
    }

    private static Optional<Letter> letter(DatasetGraph store, Quad typed) {
        Node sending = typed.getSubject();
        Optional<Node> document = objects(store, typed.getGraph(), DCTerms.subject.asNode()).stream()
                .filter(d -> store.contains(Node.ANY, d, RDF.type.asNode(), CRM.E31_Document.asNode())).findFirst();
        if (document.isEmpty()) return Optional.empty();
        List<Letter.Party> senders = parties(store, sending, CRM.P14_carried_out_by.asNode());
        List<Letter.Party> addressees = parties(store, sending, CRM.P11_had_participant.asNode());
        if (senders.isEmpty() && addressees.isEmpty()) return Optional.empty();
        List<Letter.Party> placesSent = objects(store, sending, CRM.P7_took_place_at.asNode()).stream()
                .map(p -> party(store, p, Letter.Kind.PLACE)).toList();
        String title = literal(store, document.get(), DCTerms.title.asNode()).orElse(document.get().getURI());
        return Optional.of(new Letter(document.get().getURI(), sending.getURI(), title, senders, addressees, placesSent,
                List.of(), date(store, document.get())));
    }

    private static List<Letter.Party> parties(DatasetGraph store, Node activity, Node property) {
        return objects(store, activity, property).stream()
                .map(p -> party(store, p, store.contains(Node.ANY, p, RDF.type.asNode(), CRM.E21_Person.asNode())
                        ? Letter.Kind.PERSON : Letter.Kind.ORGANISATION))
                .toList();
    }

    private static Letter.Party party(DatasetGraph store, Node node, Letter.Kind kind) {
        String name = literal(store, node, RDFS.label.asNode()).or(() -> literal(store, node, SKOS.prefLabel.asNode()))
                .orElse(UriScheme.lastSegment(node.getURI()));
        TreeSet<String> links = new TreeSet<>();
        for (Node p : List.of(OWL.sameAs.asNode(), SKOS.exactMatch.asNode(), SKOS.closeMatch.asNode())) {
            objects(store, node, p).stream().filter(Node::isURI).forEach(o -> links.add(o.getURI()));
        }
        List<String> order = kind == Letter.Kind.PLACE ? PLACE_AUTHORITIES : PERSON_AUTHORITIES;
        Optional<String> authority = links.stream()
                .filter(iri -> order.stream().anyMatch(iri::startsWith))
                .min(Comparator.comparingInt((String iri) -> rank(order, iri)).thenComparing(Comparator.naturalOrder()));
        return new Letter.Party(node.getURI(), name, kind, authority);
    }

    private static int rank(List<String> order, String iri) {
        for (int i = 0; i < order.size(); i++) {
            if (iri.startsWith(order.get(i))) return i;
        }
        return order.size();
    }

    private static Optional<Letter.Date> date(DatasetGraph store, Node document) {
        var it = store.find(Node.ANY, document, DCTerms.date.asNode(), Node.ANY);
        while (it.hasNext()) {
            Node o = it.next().getObject();
            if (!o.isLiteral()) continue;
            Letter.Date date = new Letter.Date(o.getLiteralLexicalForm(), o.getLiteralDatatypeURI());
            try {
                date.first();
                date.last();
                return Optional.of(date);
            } catch (DateTimeException | StringIndexOutOfBoundsException e) {
                // not a date we can place in time: the letter is exported undated
            }
        }
        return Optional.empty();
    }

    /** The objects of {@code s p}, sorted, URIs only, each once. */
    private static List<Node> objects(DatasetGraph store, Node s, Node p) {
        TreeSet<String> out = new TreeSet<>();
        store.find(Node.ANY, s, p, Node.ANY).forEachRemaining(q -> {
            if (q.getObject().isURI()) out.add(q.getObject().getURI());
        });
        return out.stream().map(org.apache.jena.graph.NodeFactory::createURI).toList();
    }

    /** A literal of {@code s p}: English or without language first, else any, the smallest for a stable choice. */
    private static Optional<String> literal(DatasetGraph store, Node s, Node p) {
        String best = null;
        boolean bestEnglish = false;
        for (var it = store.find(Node.ANY, s, p, Node.ANY); it.hasNext(); ) {
            Node o = it.next().getObject();
            if (!o.isLiteral()) continue;
            String lang = o.getLiteralLanguage();
            boolean english = lang.isEmpty() || lang.startsWith("en");
            String text = o.getLiteralLexicalForm();
            if (best == null || (english && !bestEnglish) || (english == bestEnglish && text.compareTo(best) < 0)) {
                best = text;
                bestEnglish = english;
            }
        }
        return Optional.ofNullable(best);
    }
}
