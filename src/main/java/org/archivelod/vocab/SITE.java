package org.archivelod.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Our terms for the site's aggregates ({@code queries/aggregates/*.ru}, written into the site graph at each load): what
 * the pages count and list, computed once per release so that a page reads a few small statements instead of the
 * whole store. Not part of the published data: the site graph is left out of the dumps and of validation.
 */
public final class SITE {
    public static final String NS = "https://w3id.org/archive-lod/site#";

    /** How many documents: in the dataset (on the site graph), of a tally, of a correspondence, naming an entity. */
    public static final Property documents = ResourceFactory.createProperty(NS + "documents");
    /** The first and last year the documents are dated to (on the site graph). */
    public static final Property firstYear = ResourceFactory.createProperty(NS + "firstYear");
    public static final Property lastYear = ResourceFactory.createProperty(NS + "lastYear");
    /** A tally: which facet ("year", "type", "archive") and which value it counts the documents of. */
    public static final Property facet = ResourceFactory.createProperty(NS + "facet");
    public static final Property value = ResourceFactory.createProperty(NS + "value");
    /** A correspondence: letters from one party to another, and each letter. */
    public static final Property from = ResourceFactory.createProperty(NS + "from");
    public static final Property to = ResourceFactory.createProperty(NS + "to");
    public static final Property letter = ResourceFactory.createProperty(NS + "letter");
    /** A correspondent: in how many documents they wrote or were written to. */
    public static final Property letters = ResourceFactory.createProperty(NS + "letters");

    /**
     * A subject restated in many graphs (an archive, the software, a person many documents name) and one of its distinct
     * statements in the published union ({@code ?s site:restated [ site:property ?p ; site:value ?o ]}): a front
     * reads these few instead of every copy ({@code queries/aggregates/5-restated.ru}).
     */
    public static final Property restated = ResourceFactory.createProperty(NS + "restated");
    public static final Property property = ResourceFactory.createProperty(NS + "property");
    /** How many times such a subject is typed across the graphs: about how many graphs restate it. */
    public static final Property restatedIn = ResourceFactory.createProperty(NS + "restatedIn");

    /** An ordered list ({@code <site#timeline>}): how many entries it has. */
    public static final Property size = ResourceFactory.createProperty(NS + "size");
    /** A page of a list ({@code <site#timeline-3>}) and each of its entries ({@code <site#timeline.301>}). */
    public static final Property entry = ResourceFactory.createProperty(NS + "entry");
    /** An entry: the thing listed, its place in the list (from 1) and, for an activity, its document. */
    public static final Property item = ResourceFactory.createProperty(NS + "item");
    public static final Property position = ResourceFactory.createProperty(NS + "position");
    public static final Property document = ResourceFactory.createProperty(NS + "document");

    /**
     * The reconciliation service's name index (an entity, in the site graph): a key it is found by (a word of one of its
     * names, a name as written, the first letters of a name or word, the start of its date), its kind ({@code person}),
     * its label, its other names (a JSON array, in the order the data gives them) and its date.
     */
    public static final Property key = ResourceFactory.createProperty(NS + "key");
    public static final Property kind = ResourceFactory.createProperty(NS + "kind");
    public static final Property label = ResourceFactory.createProperty(NS + "label");
    public static final Property names = ResourceFactory.createProperty(NS + "names");
    public static final Property date = ResourceFactory.createProperty(NS + "date");

    private SITE() {}
}
