package org.archivelod.serve.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.archivelod.dump.DumpFile;
import org.archivelod.uri.UriScheme;
import org.archivelod.vocab.CRM;

/**
 * The schema.org description a page carries for search engines and other harvesters, as JSON-LD built with Jackson:
 * the {@code Dataset} (its dumps, the SPARQL endpoint, its licence when the data states one) on the home page; an
 * {@code ArchiveComponent} (and {@code Message} for correspondence: sender, recipient, dateSent) on a document's page;
 * a {@code Person}, {@code Organization}, {@code Place} or {@code Event} with the external IRIs our data links
 * ({@code sameAs}) on an entity's page. Every value is read from the store; callers hold a read transaction.
 * {@link #script} writes it safe to place inside a {@code <script>} element.
 */
public final class SchemaOrg {
    public static final String CONTEXT = "https://schema.org";
    static final String DATASET_TITLE = "Archive LOD: Wilson Center Digital Archive records as linked data";
    /** Document types that are correspondence: their documents are messages, with a sender and a recipient. */
    private static final Set<String> MESSAGES = Set.of("letter", "telegram", "ciphered-telegram", "message");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectWriter SCRIPT_SAFE = JSON.writer().with(new ScriptSafeEscapes());

    private SchemaOrg() {}

    /**
     * The JSON text with {@code <}, {@code >} and {@code &} written as {@code \u003c}, {@code \u003e}, {@code \u0026}:
     * no {@code </script>} or {@code <!--} can appear in it, so it cannot leave the script element it is put in.
     */
    public static String script(ObjectNode description) {
        try {
            return SCRIPT_SAFE.writeValueAsString(description);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    /** The dataset: its name and description, the dumps as downloads, the SPARQL endpoint, and its licences if stated. */
    public static ObjectNode dataset(DatasetGraph store, String base, List<DumpFile> dumps) {
        ObjectNode d = JSON.createObjectNode();
        d.put("@context", CONTEXT);
        d.setAll(node("Dataset", base + "void#archive-lod"));
        d.put("name", DATASET_TITLE);
        d.put("description", "Cold War letters, telegrams and other records of the Wilson Center Digital Archive as "
                + "linked open data (CIDOC-CRM and Dublin Core terms): who wrote to whom, when, about whom and what, "
                + "each statement pointing back to the words of the source that support it.");
        d.put("url", base);
        // every graph states the licence of our metadata; the shared graphs, written by every conversion, say it for all
        TreeSet<String> licences = new TreeSet<>();
        UriScheme iris = UriScheme.at(base);
        for (String graph : List.of(iris.authorityGraph(), iris.vocabularyGraph())) {
            Node g = NodeFactory.createURI(graph);
            store.find(g, g, DCTerms.license.asNode(), Node.ANY).forEachRemaining(q -> {
                if (q.getObject().isURI()) licences.add(q.getObject().getURI());
            });
        }
        if (!licences.isEmpty()) licences.forEach(d.withArray("license")::add);
        ArrayNode distribution = d.putArray("distribution");
        for (DumpFile dump : dumps) {
            ObjectNode download = distribution.addObject();
            download.put("@type", "DataDownload");
            download.put("name", dump.name());
            download.put("contentUrl", base + "dumps/" + dump.name());
            download.put("encodingFormat", dump.mediaType());
            download.put("sha256", dump.sha256());
        }
        ObjectNode sparql = d.putObject("potentialAction");
        sparql.put("@type", "SearchAction");
        sparql.put("name", "SPARQL 1.1 endpoint (read-only)");
        ObjectNode target = sparql.putObject("target");
        target.put("@type", "EntryPoint");
        target.put("urlTemplate", base + "sparql?query={query}");
        target.put("encodingType", "application/sparql-query");
        target.putArray("contentType").add("application/sparql-results+json").add("application/sparql-results+xml")
                .add("text/csv").add("text/turtle");
        return d;
    }

    /** A document's or an entity's description, by the kind of its page. */
    public static ObjectNode entity(DatasetGraph store, Labels labels, EntityPath path, Node entity, String base) {
        return "document".equals(path.kind()) ? document(store, labels, path, entity, base)
                : thing(store, labels, path, entity, base);
    }

    private static ObjectNode document(DatasetGraph store, Labels labels, EntityPath path, Node doc, String base) {
        List<ArchiveDocuments.Activity> sendings = ArchiveDocuments.activities(store, doc).stream()
                .filter(a -> a.kind().equals("sending")).toList();
        boolean message = !sendings.isEmpty() || ArchiveDocuments.objects(store, doc, DCTerms.type.asNode()).stream()
                .anyMatch(t -> t.isURI() && MESSAGES.contains(t.getURI().substring(t.getURI().lastIndexOf('/') + 1)));
        ObjectNode d = JSON.createObjectNode();
        d.put("@context", CONTEXT);
        if (message) {
            d.putArray("@type").add("ArchiveComponent").add("Message");
        } else {
            d.put("@type", "ArchiveComponent");
        }
        d.put("@id", doc.getURI());
        d.put("url", pageUrl(base, path));
        d.put("name", labels.englishLabel(doc));
        ArchiveDocuments.literal(store, doc, DCTerms.abstract_.asNode()).ifPresent(a -> d.put("description", a));
        ArchiveDocuments.literal(store, doc, DCTerms.date.asNode()).ifPresent(date -> {
            d.put("dateCreated", date);
            if (message) d.put("dateSent", date);
        });
        language(store, doc).ifPresent(l -> d.put("inLanguage", l));
        parties(store, labels, d, "creator", ArchiveDocuments.objects(store, doc, DCTerms.creator.asNode()), base);
        if (message) {
            parties(store, labels, d, "sender", sendings.stream().flatMap(s -> s.actors().stream()).distinct().toList(), base);
            parties(store, labels, d, "recipient", sendings.stream().flatMap(s -> s.participants().stream()).distinct().toList(), base);
        }
        ArrayNode archives = JSON.createArrayNode();
        for (Node keeper : keepers(store, doc)) {
            ObjectNode archive = party(store, labels, keeper, base);
            archive.put("@type", "ArchiveOrganization");
            archives.add(archive);
        }
        if (!archives.isEmpty()) d.set("holdingArchive", archives);
        parties(store, labels, d, "publisher", ArchiveDocuments.objects(store, doc, DCTerms.publisher.asNode()), base);
        return d;
    }

    private static ObjectNode thing(DatasetGraph store, Labels labels, EntityPath path, Node entity, String base) {
        ObjectNode d = JSON.createObjectNode();
        d.put("@context", CONTEXT);
        d.setAll(party(store, labels, entity, base));
        d.put("@type", switch (path.kind()) {
            case "person" -> "Person";
            case "group" -> "Organization";
            case "place" -> "Place";
            case "event" -> "Event";
            default -> "Thing";
        });
        d.put("url", pageUrl(base, path));
        TreeSet<String> names = new TreeSet<>();
        for (Node p : List.of(SKOS.prefLabel.asNode(), SKOS.altLabel.asNode())) {
            ArchiveDocuments.objects(store, entity, p).stream().filter(Node::isLiteral)
                    .forEach(n -> names.add(n.getLiteralLexicalForm()));
        }
        names.remove(labels.englishLabel(entity));
        if (!names.isEmpty()) names.forEach(d.withArray("alternateName")::add);
        return d;
    }

    /** {@code name} → the parties, each a node with its type, IRI, name and sameAs; nothing when there are none. */
    private static void parties(DatasetGraph store, Labels labels, ObjectNode d, String name, List<Node> parties, String base) {
        ArrayNode out = JSON.createArrayNode();
        parties.stream().filter(Node::isURI).sorted((a, b) -> a.getURI().compareTo(b.getURI()))
                .forEach(p -> out.add(party(store, labels, p, base)));
        if (!out.isEmpty()) d.set(name, out);
    }

    private static ObjectNode party(DatasetGraph store, Labels labels, Node p, String base) {
        boolean person = store.contains(Node.ANY, p, RDF.type.asNode(), CRM.E21_Person.asNode());
        boolean place = store.contains(Node.ANY, p, RDF.type.asNode(), CRM.E53_Place.asNode());
        ObjectNode o = node(person ? "Person" : place ? "Place" : "Organization", p.getURI());
        o.put("name", labels.englishLabel(p));
        EntityPath.ofIri(p.getURI(), base).ifPresent(path -> o.put("url", pageUrl(base, path)));
        TreeSet<String> same = new TreeSet<>();
        for (Node link : List.of(OWL.sameAs.asNode(), SKOS.exactMatch.asNode(), SKOS.closeMatch.asNode())) {
            ArchiveDocuments.objects(store, p, link).stream().filter(Node::isURI).forEach(x -> same.add(x.getURI()));
        }
        if (!same.isEmpty()) same.forEach(o.withArray("sameAs")::add);
        return o;
    }

    /** The archives keeping the original or a copy: the keeper of each object carrying the text, or of its holding. */
    private static List<Node> keepers(DatasetGraph store, Node doc) {
        TreeSet<String> keepers = new TreeSet<>();
        TreeSet<String> texts = new TreeSet<>(List.of(doc.getURI()));
        ArchiveDocuments.objects(store, doc, CRM.P73i_is_translation_of.asNode()).forEach(o -> texts.add(o.getURI()));
        for (String text : texts) {
            store.find(Node.ANY, Node.ANY, CRM.P128_carries.asNode(), org.apache.jena.graph.NodeFactory.createURI(text))
                    .forEachRemaining(q -> {
                        ArchiveDocuments.objects(store, q.getSubject(), CRM.P50_has_current_keeper.asNode())
                                .forEach(k -> keepers.add(k.getURI()));
                        ArchiveDocuments.objects(store, q.getSubject(), CRM.P46i_forms_part_of.asNode()).forEach(h ->
                                ArchiveDocuments.objects(store, h, CRM.P50_has_current_keeper.asNode())
                                        .forEach(k -> keepers.add(k.getURI())));
                    });
        }
        return keepers.stream().map(org.apache.jena.graph.NodeFactory::createURI).toList();
    }

    /** The language the document's words are in, as its title's language tag says ("en" for the English edition). */
    private static java.util.Optional<String> language(DatasetGraph store, Node doc) {
        return ArchiveDocuments.objects(store, doc, DCTerms.title.asNode()).stream()
                .filter(t -> t.isLiteral() && !t.getLiteralLanguage().isEmpty())
                .map(Node::getLiteralLanguage).sorted().findFirst();
    }

    private static ObjectNode node(String type, String id) {
        ObjectNode n = JSON.createObjectNode();
        n.put("@type", type);
        n.put("@id", id);
        return n;
    }

    private static String pageUrl(String base, EntityPath path) {
        return UriScheme.at(base).page(path.relative());
    }

    /** Jackson's JSON escapes plus {@code <}, {@code >} and {@code &} as Unicode escapes. */
    private static final class ScriptSafeEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] ascii = standardAsciiEscapesForJSON();

        ScriptSafeEscapes() {
            ascii['<'] = ESCAPE_STANDARD;
            ascii['>'] = ESCAPE_STANDARD;
            ascii['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }
}
