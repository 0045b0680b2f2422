# Site aggregates: who wrote to whom. For every sending of correspondence a document states (an activity whose
# crm:P2_has_type is ?sendingType, bound to the activity type's IRI), a correspondence from each sender
# (crm:P14_carried_out_by) to each addressee (crm:P11_had_participant), with the number of documents and each
# document: <site#correspondence-…> site:from <a> ; site:to <b> ; site:documents 2 ; site:letter <doc1>, <doc2>; and
# per person the documents they wrote or were written to: <a> site:letters 3.
PREFIX crm: <http://www.cidoc-crm.org/cidoc-crm/>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX site: <https://w3id.org/archive-lod/site#>

INSERT { GRAPH ?site { ?edge site:from ?from ; site:to ?to ; site:documents ?documents } }
WHERE {
  {
    SELECT ?from ?to (COUNT(DISTINCT ?doc) AS ?documents)
    WHERE {
      GRAPH ?g {
        ?sending crm:P2_has_type ?sendingType ; crm:P14_carried_out_by ?from ; crm:P11_had_participant ?to .
        ?g dcterms:subject ?doc .
      }
      FILTER(?from != ?to)
    }
    GROUP BY ?from ?to
  }
  BIND(IRI(CONCAT(STR(?site), "#correspondence-", MD5(CONCAT(STR(?from), " ", STR(?to))))) AS ?edge)
} ;

# each letter of a correspondence, from the same sendings (no join with the site graph)
INSERT { GRAPH ?site { ?edge site:letter ?doc } }
WHERE {
  GRAPH ?g {
    ?sending crm:P2_has_type ?sendingType ; crm:P14_carried_out_by ?from ; crm:P11_had_participant ?to .
    ?g dcterms:subject ?doc .
  }
  FILTER(?from != ?to)
  BIND(IRI(CONCAT(STR(?site), "#correspondence-", MD5(CONCAT(STR(?from), " ", STR(?to))))) AS ?edge)
} ;

# and for each correspondent, in how many documents they wrote or were written to (<person> site:letters 3)
INSERT { GRAPH ?site { ?person site:letters ?letters } }
WHERE {
  SELECT ?person (COUNT(DISTINCT ?doc) AS ?letters)
  WHERE {
    GRAPH ?site { { ?edge site:from ?person } UNION { ?edge site:to ?person } ?edge site:letter ?doc }
  }
  GROUP BY ?person
}
