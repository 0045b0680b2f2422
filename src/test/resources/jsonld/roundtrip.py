"""Reads a JSON-LD file with rdflib, the context supplied locally, and compares its triples with an RDF file's.

usage: roundtrip.py CONTEXT.jsonld DOCUMENT.jsonld REFERENCE FORMAT
The document's "@context", when it is the context's address (a string), is replaced by the context file's own
"@context": nothing is fetched. The triples of every graph are compared, as one graph, by isomorphism. Prints
"isomorphic <triples in the JSON-LD> <triples in the reference>" or the differences, and exits 1 when they differ.
"""
import json
import sys

import rdflib
from rdflib.compare import graph_diff, isomorphic, to_isomorphic


def union(dataset):
    graph = rdflib.Graph()
    for triple in dataset.triples((None, None, None)):
        graph.add(triple)
    return graph


context_file, document_file, reference_file, reference_format = sys.argv[1:5]
with open(context_file, encoding="utf-8") as f:
    context = json.load(f)["@context"]
with open(document_file, encoding="utf-8") as f:
    document = json.load(f)
if isinstance(document.get("@context"), str):
    document["@context"] = context
read = rdflib.ConjunctiveGraph()
read.parse(data=json.dumps(document), format="json-ld")
reference = rdflib.ConjunctiveGraph()
reference.parse(reference_file, format=reference_format)
a, b = union(read), union(reference)
if isomorphic(a, b):
    print("isomorphic", len(a), len(b))
    sys.exit(0)
_, only_a, only_b = graph_diff(to_isomorphic(a), to_isomorphic(b))
for t in sorted(only_a)[:20]:
    print("only in the JSON-LD:", t)
for t in sorted(only_b)[:20]:
    print("only in the reference:", t)
print("differ", len(a), len(b))
sys.exit(1)
