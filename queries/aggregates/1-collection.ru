# Site aggregates, run after each load (store/SiteAggregates; ?site is bound to the site graph's IRI).
# The collection: how many documents, and the first and last year they are dated to (the home page's first line).
PREFIX crm: <http://www.cidoc-crm.org/cidoc-crm/>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX site: <https://w3id.org/archive-lod/site#>

INSERT { GRAPH ?site { ?site site:documents ?documents ; site:firstYear ?first ; site:lastYear ?last } }
WHERE {
  SELECT (COUNT(DISTINCT ?doc) AS ?documents) (MIN(?year) AS ?first) (MAX(?year) AS ?last)
  WHERE {
    GRAPH ?g { ?doc a crm:E31_Document OPTIONAL { ?doc dcterms:date ?date } }
    BIND(xsd:integer(SUBSTR(STR(?date), 1, 4)) AS ?year)
  }
}
