# Follows IRIs as a linked-data client would: dereferences the start IRI with rdflib (its own content
# negotiation and redirects), then every IRI of the dataset in what it is sent, two hops deep. Prints a summary line.
import sys, rdflib
start, base = sys.argv[1], sys.argv[2]
seen, failed, nonascii = set(), [], 0
frontier = [start]
for hop in range(3):
    nxt = []
    for iri in frontier:
        if iri in seen: continue
        seen.add(iri)
        g = rdflib.Graph()
        try:
            g.parse(iri)
        except Exception as e:
            failed.append(f"{iri}: {e}"); continue
        node = rdflib.URIRef(iri)
        if (node, None, None) not in g and (None, None, node) not in g:
            failed.append(f"{iri}: nothing about it"); continue
        if '%' in iri: nonascii += 1
        if hop < 2:
            for t in g:
                for n in (t[0], t[2]):
                    if isinstance(n, rdflib.URIRef) and str(n).startswith(base + "id/") and str(n) not in seen:
                        nxt.append(str(n))
    frontier = sorted(set(nxt))
print("dereferenced", len(seen) - len(failed), "failed", len(failed), "encoded", nonascii)
for f in failed[:20]: print("FAILED", f)
