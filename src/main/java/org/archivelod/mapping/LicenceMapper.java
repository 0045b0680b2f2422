package org.archivelod.mapping;

import org.archivelod.uri.IriMinter;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;

/**
 * The terms of one document's graph ({@link Licences}): the graph, our metadata, {@code dcterms:license} the metadata
 * licence; the document's text and each text of its record page, the archive's words, {@code dcterms:rights} the
 * rights statement of the texts (the document keeps its rights sentence as printed too).
 */
public final class LicenceMapper {
    private final IriMinter iris;
    private final Licences licences;

    public LicenceMapper(IriMinter iris, Licences licences) {
        this.iris = iris;
        this.licences = licences;
    }

    public Licences licences() {
        return licences;
    }

    public void map(DocumentContext d) {
        GraphEmitter g = d.graph();
        g.add(g.graph(), DCTerms.license, NodeFactory.createURI(licences.metadata()));
        Node texts = NodeFactory.createURI(licences.texts());
        Stream.of(Optional.of(d.body()), d.summary(), d.citation(), d.rights(), d.fundingLine())
                .flatMap(Optional::stream)
                .forEach(part -> g.add(part.node(), DCTerms.rights, texts));
        g.add(iris.documentPart(d.slug(), "title"), DCTerms.rights, texts);
    }
}
