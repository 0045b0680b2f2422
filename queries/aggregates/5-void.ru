# Site aggregates: the statistics of the dataset's VoID description (/void), as VoID states them, on <{site}#void>:
# how many triples the published data holds (void:triples: distinct triples of the union of every graph but the site
# graph and the release description, ?site and ?release), in how many distinct subjects (void:distinctSubjects), per
# property (void:propertyPartition [ void:property p ; void:triples n ]) and per class (void:classPartition
# [ void:class c ; void:entities n ]: the distinct subjects typed c); and the terms the data states (dcterms:license of
# the metadata, dcterms:rights of the texts: IRIs and the sentences as printed). /void reads these few statements
# instead of counting the whole store at its first request. The triples are counted once (DISTINCT, then grouped by
# property; the total is the sum of the partitions), the subjects once more.
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX void: <http://rdfs.org/ns/void#>

INSERT { GRAPH ?site { ?dataset void:propertyPartition _:part . _:part void:property ?p ; void:triples ?triples } }
WHERE {
  {
    SELECT ?p (COUNT(*) AS ?triples)
    WHERE {
      SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } FILTER(?g != ?site && ?g != ?release) }
    }
    GROUP BY ?p
  }
  BIND(IRI(CONCAT(STR(?site), "#void")) AS ?dataset)
};

INSERT { GRAPH ?site { ?dataset void:triples ?triples } }
WHERE {
  { SELECT (SUM(?n) AS ?triples) WHERE { GRAPH ?site { ?d void:propertyPartition [ void:triples ?n ] } } }
  BIND(IRI(CONCAT(STR(?site), "#void")) AS ?dataset)
};

INSERT { GRAPH ?site { ?dataset void:distinctSubjects ?subjects } }
WHERE {
  {
    SELECT (COUNT(DISTINCT ?s) AS ?subjects)
    WHERE { GRAPH ?g { ?s ?p ?o } FILTER(?g != ?site && ?g != ?release) }
  }
  BIND(IRI(CONCAT(STR(?site), "#void")) AS ?dataset)
};

INSERT { GRAPH ?site { ?dataset void:classPartition _:part . _:part void:class ?class ; void:entities ?entities } }
WHERE {
  {
    SELECT ?class (COUNT(DISTINCT ?s) AS ?entities)
    WHERE { GRAPH ?g { ?s rdf:type ?class } FILTER(isIRI(?class) && ?g != ?site && ?g != ?release) }
    GROUP BY ?class
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
