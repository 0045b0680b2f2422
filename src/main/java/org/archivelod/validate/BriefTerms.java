package org.archivelod.validate;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.util.FmtUtils;
import org.archivelod.vocab.Prefixes;

/** Terms written briefly for a report: prefixed where {@link Prefixes#report()} has a prefix, long literals shortened. */
final class BriefTerms {
    private static final int MAX_LITERAL = 60;

    private BriefTerms() {}

    /** A term in prefixed form when a prefix fits, else {@code <iri>}; long literals are shortened. */
    static String brief(Node node) {
        if (node.isLiteral() && node.getLiteralLexicalForm().length() > MAX_LITERAL) {
            String lex = node.getLiteralLexicalForm();
            return FmtUtils.stringForNode(shortened(node, lex.substring(0, MAX_LITERAL) + "…"), Prefixes.report());
        }
        return FmtUtils.stringForNode(node, Prefixes.report());
    }

    private static Node shortened(Node literal, String lex) {
        String lang = literal.getLiteralLanguage();
        return lang.isEmpty()
                ? NodeFactory.createLiteralDT(lex, literal.getLiteralDatatype())
                : NodeFactory.createLiteralLang(lex, lang);
    }
}
