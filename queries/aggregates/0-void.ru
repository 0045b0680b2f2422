# Site aggregates: the statistics of the dataset's VoID description (/void), as VoID states them, on <{site}#void>:
# the triples of the published data (every graph but the site graph and the release description, ?site and ?release)
# per property (void:propertyPartition [ void:property p ; void:triples n ]) and in all (void:triples, the sum), the
# distinct subjects of each class (void:classPartition [ void:class c ; void:entities n ]), and the terms the data
# states (dcterms:license of the metadata, dcterms:rights of the texts: IRIs and the sentences as printed). /void reads
# these few statements instead of counting the whole store at its first request.
#
# The triples are counted in the union graph (<urn:x-arq:UnionGraph>: Jena's name for it, which TDB2, Fuseki and
# Jena's in-memory datasets know), where a triple stated in several graphs (an entity described in the authority
# graph and in each document naming it) is one: TDB2 reads it from its index in order, distinct as it goes, so
# nothing is sorted or held. (void:distinctSubjects, which VoID does not require, is left out: counting the distinct
# subjects of the union needs a DISTINCT over every triple, which at 10^4 documents ran out of a 256 MB heap, spilled
# or not.) What the union holds of the site graph (this file runs first, by its name, right after the site graph is
# dropped: only what it wrote itself) and of the release description is taken away: their statements are about their
# own subjects. (A store that does
# not know Jena's name for the union counts nothing here.)
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX void: <http://rdfs.org/ns/void#>

INSERT { GRAPH ?site { ?dataset void:propertyPartition _:part . _:part void:property ?p ; void:triples ?triples } }
WHERE {
  {
    SELECT ?p ((?all - ?bookkeeping) AS ?triples)
    WHERE {
      { SELECT ?p (COUNT(*) AS ?all) WHERE { GRAPH <urn:x-arq:UnionGraph> { ?s ?p ?o } } GROUP BY ?p }
      OPTIONAL {
        SELECT ?p (COUNT(*) AS ?kept)
        WHERE { { GRAPH ?site { ?s ?p ?o } } UNION { GRAPH ?release { ?s ?p ?o } } }
        GROUP BY ?p
      }
      BIND(COALESCE(?kept, 0) AS ?bookkeeping)
    }
  }
  FILTER(?triples > 0)
  BIND(IRI(CONCAT(STR(?site), "#void")) AS ?dataset)
};

INSERT { GRAPH ?site { ?dataset void:triples ?triples } }
WHERE {
  { SELECT (SUM(?n) AS ?triples) WHERE { GRAPH ?site { ?d void:propertyPartition [ void:triples ?n ] } } }
  BIND(IRI(CONCAT(STR(?site), "#void")) AS ?dataset)
};

INSERT { GRAPH ?site { ?dataset void:classPartition _:part . _:part void:class ?class ; void:entities ?entities } }
WHERE {
  {
    SELECT ?class ((?all - COALESCE(?kept, 0)) AS ?entities)
    WHERE {
      { SELECT ?class (COUNT(*) AS ?all) WHERE { GRAPH <urn:x-arq:UnionGraph> { ?s rdf:type ?class } FILTER(isIRI(?class)) } GROUP BY ?class }
      OPTIONAL {
        SELECT ?class (COUNT(*) AS ?kept)
        WHERE { { GRAPH ?site { ?s rdf:type ?class } } UNION { GRAPH ?release { ?s rdf:type ?class } } }
        GROUP BY ?class
      }
    }
  }
  BIND(IRI(CONCAT(STR(?site), "#void")) AS ?dataset)
};

INSERT { GRAPH ?site { ?dataset ?term ?value } }
WHERE {
  {
    SELECT DISTINCT ?term ?value
    WHERE {
      VALUES ?term { dcterms:license dcterms:rights }
      GRAPH ?g { ?s ?term ?value }
      FILTER(?g != ?site && ?g != ?release && (isIRI(?value) || (?term = dcterms:rights && isLiteral(?value))))
    }
  }
  BIND(IRI(CONCAT(STR(?site), "#void")) AS ?dataset)
}
