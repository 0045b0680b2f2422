# Site aggregates: the distinct statements of each subject that many graphs restate (an archive, the software that
# converted every document, a person many documents name), as the published union holds them, on the subject:
# <s> site:restated [ site:property p ; site:value o ], and how many times it is typed (<s> site:restatedIn 226). A front over a remote store reads these few statements, in
# one request for a page's subjects, where the store would otherwise read one copy per graph restating them (the
# software: one per document) to count them or to make them distinct.
#
# What a document's graph restates from outside the document is of a few kinds: the people, groups and places it
# names, the holdings its originals are kept in, their names and identifiers, the software that converted it.
# Restated means typed as one of these more than 64 times across the graphs (an index range of rdf:type per kind,
# grouped by subject: at 3x10^4 documents 390,000 rows, 393 subjects, where grouping every rdf:label instead read
# 1.9 million rows, ten times as long, for the same 393). Their statements are read once per copy here, at each load,
# instead of at every page of every front (at 3x10^4: 226,250 copies, 1,573 distinct statements, 19 s on Fuseki).
# A front reads a subject restated so few times that all its copies fit what it keeps of one subject as before.
PREFIX crm: <http://www.cidoc-crm.org/cidoc-crm/>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX site: <https://w3id.org/archive-lod/site#>

INSERT { GRAPH ?site { ?s site:restatedIn ?typed ; site:restated _:statement . _:statement site:property ?p ; site:value ?o } }
WHERE {
  SELECT DISTINCT ?s ?typed ?p ?o
  WHERE {
    {
      SELECT ?s (COUNT(*) AS ?typed)
      WHERE {
        VALUES ?kind { crm:E21_Person crm:E74_Group crm:E53_Place crm:E78_Curated_Holding crm:E41_Appellation
                       crm:E42_Identifier crm:E55_Type prov:SoftwareAgent }
        GRAPH ?t { ?s a ?kind }
      }
      GROUP BY ?s
      HAVING (COUNT(*) > 64)
    }
    GRAPH ?g { ?s ?p ?o }
    FILTER(?g NOT IN (?site, ?release))
  }
}
