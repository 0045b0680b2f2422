# Site aggregates: for each person, group, place, event or concept a document refers to, how many documents do
# (<entity> site:documents 12): the home page lists what some document names, and a page says how often.
PREFIX crm: <http://www.cidoc-crm.org/cidoc-crm/>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX site: <https://w3id.org/archive-lod/site#>

INSERT { GRAPH ?site { ?entity site:documents ?documents } }
WHERE {
  SELECT ?entity (COUNT(DISTINCT ?doc) AS ?documents)
  WHERE {
    GRAPH ?g { ?g dcterms:subject ?doc . ?s ?p ?entity }
    FILTER(isIRI(?entity) && ?entity != ?doc)
  }
  GROUP BY ?entity
}
