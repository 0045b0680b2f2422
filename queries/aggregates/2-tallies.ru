# Site aggregates: how many documents each year, each type of document and each archive has (the home page's
# kinds and archives, the search's facets before a query). An archive keeps the original of a document, or a copy,
# as its citation says. One tally per (facet, value): [] site:facet "type" ; site:value <type> ; site:documents 12.
PREFIX crm: <http://www.cidoc-crm.org/cidoc-crm/>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX site: <https://w3id.org/archive-lod/site#>

INSERT { GRAPH ?site { _:tally site:facet ?facet ; site:value ?value ; site:documents ?documents } }
WHERE {
  SELECT ?facet ?value (COUNT(DISTINCT ?doc) AS ?documents)
  WHERE {
    {
      GRAPH ?g { ?doc a crm:E31_Document ; dcterms:date ?date }
      BIND("year" AS ?facet)
      BIND(xsd:integer(SUBSTR(STR(?date), 1, 4)) AS ?value)
    } UNION {
      GRAPH ?g { ?doc a crm:E31_Document ; dcterms:type ?value }
      BIND("type" AS ?facet)
    } UNION {
      GRAPH ?g { ?doc a crm:E31_Document ; crm:P130_shows_features_of ?original }
      GRAPH ?h { ?object crm:P128_carries ?original ; crm:P50_has_current_keeper ?value }
      BIND("archive" AS ?facet)
    }
  }
  GROUP BY ?facet ?value
}
