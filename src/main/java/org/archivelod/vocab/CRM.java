package org.archivelod.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The CIDOC-CRM 7.1.3 classes and properties this project uses; a test checks each exists in the official RDFS. */
public final class CRM {
    public static final String NS = "http://www.cidoc-crm.org/cidoc-crm/";

    public static final Resource E5_Event = c("E5_Event");
    public static final Resource E7_Activity = c("E7_Activity");
    public static final Resource E21_Person = c("E21_Person");
    public static final Resource E22_Human_Made_Object = c("E22_Human-Made_Object");
    public static final Resource E29_Design_or_Procedure = c("E29_Design_or_Procedure");
    public static final Resource E31_Document = c("E31_Document");
    public static final Resource E33_Linguistic_Object = c("E33_Linguistic_Object");
    public static final Resource E41_Appellation = c("E41_Appellation");
    public static final Resource E42_Identifier = c("E42_Identifier");
    public static final Resource E52_Time_Span = c("E52_Time-Span");
    public static final Resource E53_Place = c("E53_Place");
    public static final Resource E55_Type = c("E55_Type");
    public static final Resource E56_Language = c("E56_Language");
    public static final Resource E65_Creation = c("E65_Creation");
    public static final Resource E67_Birth = c("E67_Birth");
    public static final Resource E69_Death = c("E69_Death");
    public static final Resource E73_Information_Object = c("E73_Information_Object");
    public static final Resource E74_Group = c("E74_Group");
    public static final Resource E78_Curated_Holding = c("E78_Curated_Holding");

    public static final Property P1_is_identified_by = p("P1_is_identified_by");
    public static final Property P2_has_type = p("P2_has_type");
    public static final Property P3_has_note = p("P3_has_note");
    public static final Property P4_has_time_span = p("P4_has_time-span");
    public static final Property P7_took_place_at = p("P7_took_place_at");
    public static final Property P11_had_participant = p("P11_had_participant");
    public static final Property P14_carried_out_by = p("P14_carried_out_by");
    public static final Property P16_used_specific_object = p("P16_used_specific_object");
    public static final Property P20_had_specific_purpose = p("P20_had_specific_purpose");
    public static final Property P46i_forms_part_of = p("P46i_forms_part_of");
    public static final Property P50_has_current_keeper = p("P50_has_current_keeper");
    public static final Property P67_refers_to = p("P67_refers_to");
    public static final Property P70_documents = p("P70_documents");
    public static final Property P72_has_language = p("P72_has_language");
    public static final Property P73i_is_translation_of = p("P73i_is_translation_of");
    public static final Property P82a_begin_of_the_begin = p("P82a_begin_of_the_begin");
    public static final Property P82b_end_of_the_end = p("P82b_end_of_the_end");
    public static final Property P94i_was_created_by = p("P94i_was_created_by");
    public static final Property P94_has_created = p("P94_has_created");
    public static final Property P98i_was_born = p("P98i_was_born");
    public static final Property P100i_died_in = p("P100i_died_in");
    public static final Property P106_is_composed_of = p("P106_is_composed_of");
    public static final Property P128_carries = p("P128_carries");
    public static final Property P129_is_about = p("P129_is_about");
    public static final Property P130_shows_features_of = p("P130_shows_features_of");
    public static final Property P165_incorporates = p("P165_incorporates");
    public static final Property P168_place_is_defined_by = p("P168_place_is_defined_by");
    public static final Property P190_has_symbolic_content = p("P190_has_symbolic_content");

    private CRM() {}

    private static Resource c(String local) { return ResourceFactory.createResource(NS + local); }

    private static Property p(String local) { return ResourceFactory.createProperty(NS + local); }
}
