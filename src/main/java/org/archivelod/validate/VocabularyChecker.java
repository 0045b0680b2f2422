package org.archivelod.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.archivelod.vocab.CRM;

/**
 * Checks a graph against the official vocabularies: every crm:, dcterms:, oa:, skos:, prov:, void: and dcat:
 * IRI it uses (in any position) is declared in the official file, and for every crm: property the subject's
 * rdf:types fit the property's own rdfs:domain and the object fits its rdfs:range, under the official
 * rdfs:subClassOf hierarchy.
 *
 * <pre>{@code
 * List<Problem> problems = new VocabularyChecker().check(graph);
 * }</pre>
 */
public final class VocabularyChecker {
    private static final Node TYPE = RDF.type.asNode();
    private static final Node LITERAL = RDFS.Literal.asNode();

    private final OfficialVocabularies official;

    public VocabularyChecker() {
        this(OfficialVocabularies.get());
    }

    public VocabularyChecker(OfficialVocabularies official) {
        this.official = official;
    }

    /** The unknown-term, domain and range problems of a graph; empty when all hold. */
    public List<Problem> check(Graph data) {
        return check(data, data);
    }

    /**
     * The problems of the triples of {@code statements}, the types of their subjects and objects read in {@code context}
     * (which holds them, and what they point to).
     */
    public List<Problem> check(Graph statements, Graph context) {
        Graph data = context;
        List<Problem> problems = new ArrayList<>();
        Map<Node, Set<Node>> typeCache = new HashMap<>();
        statements.find().forEach(t -> {
            unknownTerms(t, problems);
            if (isCrm(t.getPredicate()) && isKnown(t.getPredicate())) {
                domain(t, types(data, t.getSubject(), typeCache), problems);
                range(t, t.getObject().isLiteral() ? Set.of() : types(data, t.getObject(), typeCache), problems);
            }
        });
        return problems;
    }

    private void unknownTerms(Triple t, List<Problem> problems) {
        for (Node term : new Node[] {t.getSubject(), t.getPredicate(), t.getObject()}) {
            if (!term.isURI()) continue;
            official.covering(term.getURI()).filter(v -> !v.declares(term.getURI())).ifPresent(v -> {
                String hint = v.closest(term.getURI()).map(c -> "; did you mean " + brief(c) + "?").orElse("");
                Node value = term.equals(t.getPredicate()) || term.equals(t.getSubject()) ? null : term;
                problems.add(new Problem(Problem.Kind.UNKNOWN_TERM, t.getSubject(), t.getPredicate(), value,
                        BriefTerms.brief(term) + " is not a term of " + v.file() + hint));
            });
        }
    }

    private void domain(Triple t, Set<Node> subjectTypes, List<Problem> problems) {
        Node domain = official.crmSchema().domain(t.getPredicate());
        if (domain == null || official.crmSchema().anyIsA(subjectTypes, domain)) return;
        problems.add(new Problem(Problem.Kind.DOMAIN, t.getSubject(), t.getPredicate(), t.getObject(),
                "subject " + describe(subjectTypes) + ", expected " + BriefTerms.brief(domain)
                        + " (the rdfs:domain of " + BriefTerms.brief(t.getPredicate()) + ")"));
    }

    private void range(Triple t, Set<Node> objectTypes, List<Problem> problems) {
        Node range = official.crmSchema().range(t.getPredicate());
        if (range == null) return;
        Node object = t.getObject();
        String found;
        if (range.equals(LITERAL)) {
            if (object.isLiteral()) return;
            found = "object is a resource, not a literal";
        } else if (object.isLiteral()) {
            found = "object is a literal";
        } else if (official.crmSchema().anyIsA(objectTypes, range)) {
            return;
        } else {
            found = "object " + describe(objectTypes);
        }
        problems.add(new Problem(Problem.Kind.RANGE, t.getSubject(), t.getPredicate(), object,
                found + ", expected " + BriefTerms.brief(range)
                        + " (the rdfs:range of " + BriefTerms.brief(t.getPredicate()) + ")"));
    }

    private static Set<Node> types(Graph data, Node resource, Map<Node, Set<Node>> cache) {
        return cache.computeIfAbsent(resource, r -> data.find(r, TYPE, Node.ANY)
                .mapWith(Triple::getObject).toSet());
    }

    private static String describe(Set<Node> types) {
        if (types.isEmpty()) return "is untyped (no rdf:type)";
        return "is a " + types.stream().map(BriefTerms::brief).sorted().collect(Collectors.joining(" and a "));
    }

    private boolean isCrm(Node predicate) {
        return predicate.isURI() && predicate.getURI().startsWith(CRM.NS);
    }

    private boolean isKnown(Node term) {
        return official.covering(term.getURI()).map(v -> v.declares(term.getURI())).orElse(true);
    }

    private static String brief(String iri) {
        return BriefTerms.brief(NodeFactory.createURI(iri));
    }
}
