package org.archivelod.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;
import org.archivelod.vocab.CRM;
import org.junit.jupiter.api.Test;

class OfficialVocabulariesTest {
    private final OfficialVocabularies official = OfficialVocabularies.get();

    @Test
    void filesAreReadOnce() {
        assertSame(official, OfficialVocabularies.get());
    }

    @Test
    void crmFile_declaresItsClassesAndPropertiesUnderTheXmlBase() {
        OfficialVocabulary crm = official.covering(CRM.E21_Person.getURI()).orElseThrow();
        assertEquals(OfficialVocabularies.CRM_FILE, crm.file());
        assertTrue(crm.declares(CRM.NS + "E21_Person"));
        assertTrue(crm.declares(CRM.NS + "P73i_is_translation_of"));
        assertFalse(crm.declares(CRM.NS + "P14.1_in_the_role_of"));
    }

    @Test
    void everyCrmConstant_isDeclaredInTheOfficialFile() {
        OfficialVocabulary crm = official.covering(CRM.NS).orElseThrow();
        List<String> missing = Arrays.stream(CRM.class.getFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType()))
                .map(OfficialVocabulariesTest::uri)
                .filter(uri -> !crm.declares(uri))
                .toList();
        assertTrue(missing.isEmpty(), "not in the official CRM: " + missing);
    }

    @Test
    void eachCheckedNamespace_hasItsFile() {
        List<String> files = official.vocabularies().stream().map(OfficialVocabulary::file).toList();
        assertEquals(List.of("CIDOC_CRM_v7.1.3.rdf", "dublin_core_terms.ttl", "oa.ttl", "skos.rdf", "prov-o.ttl",
                "void.ttl", "dcat3.ttl"), files);
        assertTrue(official.vocabularies().stream().allMatch(v -> v.terms().size() > 10));
        assertEquals(Optional.empty(), official.covering("http://xmlns.com/foaf/0.1/Person"));
    }

    @Test
    void crmSchema_knowsTheHierarchyAndTheDeclaredDomainsAndRanges() {
        CrmSchema schema = official.crmSchema();
        assertTrue(schema.superClassesOf(CRM.E65_Creation.asNode()).containsAll(List.of(
                CRM.E7_Activity.asNode(), crm("E5_Event"), crm("E2_Temporal_Entity"), crm("E1_CRM_Entity"))));
        assertTrue(schema.superClassesOf(CRM.E31_Document.asNode()).contains(crm("E73_Information_Object")));
        assertEquals(crm("E2_Temporal_Entity"), schema.domain(CRM.P4_has_time_span.asNode()));
        assertEquals(CRM.E52_Time_Span.asNode(), schema.range(CRM.P4_has_time_span.asNode()));
        assertEquals(RDFS.Literal.asNode(), schema.range(CRM.P190_has_symbolic_content.asNode()));
    }

    @Test
    void closestTerm_isOfferedOnlyForNearMisses() {
        OfficialVocabulary crm = official.covering(CRM.NS).orElseThrow();
        assertEquals(Optional.of(CRM.NS + "P4_has_time-span"), crm.closest(CRM.NS + "P4_has_time_span"));
        assertEquals(Optional.empty(), crm.closest(CRM.NS + "P999_bogus"));
    }

    @Test
    void editDistance_countsSingleCharacterEdits() {
        assertEquals(0, EditDistance.between("E21_Person", "E21_Person"));
        assertEquals(1, EditDistance.between("E21_Persons", "E21_Person"));
        assertEquals(3, EditDistance.between("kitten", "sitting"));
        assertEquals(5, EditDistance.between("", "title"));
    }

    private static Node crm(String local) {
        return NodeFactory.createURI(CRM.NS + local);
    }

    private static String uri(Field field) {
        try {
            return ((Resource) field.get(null)).getURI();
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }
}
