# Site aggregates: for each person, group or place some document's graph points at, how many documents do
# (<entity> site:documents 12): the home page lists what some document names. The entities are found once each
# (DISTINCT: an entity is typed in the authority graph and in every document graph that describes it), then what
# points at each is looked up by its IRI.
PREFIX crm: <http://www.cidoc-crm.org/cidoc-crm/>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX site: <https://w3id.org/archive-lod/site#>

INSERT { GRAPH ?site { ?entity site:documents ?documents } }
WHERE {
  SELECT ?entity (COUNT(DISTINCT ?doc) AS ?documents)
  WHERE {
    {
      SELECT DISTINCT ?entity
      WHERE {
        VALUES ?class { crm:E21_Person crm:E74_Group crm:E53_Place }
        GRAPH ?t { ?entity a ?class }
      }
    }
    GRAPH ?g { ?s ?p ?entity . ?g dcterms:subject ?doc }
  }
  GROUP BY ?entity
}
