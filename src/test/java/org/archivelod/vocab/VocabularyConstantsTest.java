package org.archivelod.vocab;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OA;
import org.junit.jupiter.api.Test;

/** Every vocabulary constant names a term that exists in the official file (RDF4J shipped a misspelt term for years). */
class VocabularyConstantsTest {
    @Test
    void crmConstantsExistInCidocCrm713() throws Exception {
        assertAllDefined(CRM.class, RDFDataMgr.loadGraph("ontology/official/CIDOC_CRM_v7.1.3.rdf"));
    }

    @Test
    void jenaOaConstantsExistInOfficialOa() throws Exception {
        assertAllDefined(OA.class, RDFDataMgr.loadGraph("ontology/official/oa.ttl"));
    }

    @Test
    void provConstantsExistInProvO() throws Exception {
        assertAllDefined(PROV.class, RDFDataMgr.loadGraph("ontology/official/prov-o.ttl"));
    }

    private static void assertAllDefined(Class<?> vocabulary, Graph official) throws IllegalAccessException {
        int checked = 0;
        for (Field f : vocabulary.getFields()) {
            if (!Modifier.isStatic(f.getModifiers()) || !Resource.class.isAssignableFrom(f.getType())) continue;
            Node term = ((Resource) f.get(null)).asNode();
            assertTrue(official.contains(term, Node.ANY, Node.ANY), vocabulary.getSimpleName() + "." + f.getName() + " = " + term + " is not in the official file");
            checked++;
        }
        assertTrue(checked > 5);
    }
}
