package org.archivelod.architecture;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.archivelod.cli.planted.CommandThatDumps;
import org.archivelod.cli.planted.CommandThatOpensTheStore;
import org.archivelod.cli.planted.CommandThatValidates;
import org.archivelod.mapping.planted.MapperThatLooksUpPlaces;
import org.archivelod.mapping.planted.MapperThatMatches;
import org.archivelod.mapping.planted.MapperThatReads;
import org.archivelod.parse.planted.ParserThatMints;
import org.archivelod.plantedcyclea.Chicken;
import org.archivelod.plantedcycleb.Egg;
import org.archivelod.record.planted.RecordWithRdf;
import org.archivelod.serve.planted.PageThatParses;
import org.archivelod.serve.planted.PageThatPrints;
import org.archivelod.serve.plantedrooma.Front;
import org.archivelod.serve.plantedroomb.Back;
import org.archivelod.store.planted.StoreThatDumps;
import org.junit.jupiter.api.Test;

/**
 * Each rule of {@link ArchitectureRules} fails on a test-only class planted to break it (in a {@code planted} package
 * of the layer it belongs to), so a rule that passes on the main code passes because the code keeps it, not because the
 * rule sees nothing.
 */
class PlantedViolationsTest {
    @Test
    void recordRuleCatches_aRecordHoldingAnRdfNode() {
        assertCaught(ArchitectureRules.RECORD_IS_PLAIN_JAVA, RecordWithRdf.class, "org.apache.jena.graph.Node");
    }

    @Test
    void parseRuleCatches_aParserMakingRdf() {
        assertCaught(ArchitectureRules.PARSE_KNOWS_NO_RDF, ParserThatMints.class, "org.apache.jena.graph.NodeFactory");
    }

    @Test
    void mappingRuleCatches_aMapperCallingTheMatcher() {
        assertCaught(ArchitectureRules.MAPPING_TAKES_A_RECONCILIATION, MapperThatMatches.class, "NameMatcher");
    }

    @Test
    void mappingRuleCatches_aMapperLookingUpPlaces() {
        assertCaught(ArchitectureRules.MAPPING_TAKES_A_RECONCILIATION, MapperThatLooksUpPlaces.class, "Gazetteer");
    }

    @Test
    void mappingRuleAccepts_aMapperReadingAReconciliation() {
        assertAccepted(ArchitectureRules.MAPPING_TAKES_A_RECONCILIATION, new ClassFileImporter().importClasses(MapperThatReads.class));
    }

    @Test
    void serveRuleCatches_aPageThatParsesRecords() {
        assertCaught(ArchitectureRules.SERVE_READS_ONLY_THE_STORE, PageThatParses.class, "WilsonCenterRecordParser");
    }

    @Test
    void storeRuleCatches_storageThatWritesDumps() {
        assertCaught(ArchitectureRules.STORE_KNOWS_NO_DUMPS_OR_HTTP, StoreThatDumps.class, "DumpWriter");
    }

    @Test
    void cliRuleCatches_aCommandThatValidatesByItself() {
        assertCaught(ArchitectureRules.COMMANDS_GO_THROUGH_PIPELINE_OR_SERVER, CommandThatValidates.class, "DatasetValidator");
    }

    @Test
    void cliRuleCatches_aCommandThatWritesTheDumpsByItself() {
        assertCaught(ArchitectureRules.COMMANDS_GO_THROUGH_PIPELINE_OR_SERVER, CommandThatDumps.class, "DumpWriter");
    }

    @Test
    void printingRuleCatches_aServerClassThatPrints() {
        assertCaught(ArchitectureRules.ONLY_COMMANDS_PRINT, PageThatPrints.class, "System.err");
    }

    @Test
    void cliRuleAccepts_aCommandThatOpensTheStoreToHandItOn() {
        EvaluationResult result = ArchitectureRules.COMMANDS_GO_THROUGH_PIPELINE_OR_SERVER.evaluate(
                new ClassFileImporter().importClasses(CommandThatOpensTheStore.class));
        assertFalse(result.hasViolation(), result.getFailureReport().toString());
    }

    @Test
    void cycleRuleCatches_twoPackagesThatNeedEachOther() {
        assertCaught(ArchitectureRules.NO_PACKAGE_CYCLES, new ClassFileImporter().importClasses(Chicken.class, Egg.class),
                "plantedcyclea");
    }

    @Test
    void cycleRuleAccepts_oneHalfAlone() {
        assertAccepted(ArchitectureRules.NO_PACKAGE_CYCLES, new ClassFileImporter().importClasses(Chicken.class));
    }

    private static void assertAccepted(ArchRule rule, JavaClasses classes) {
        EvaluationResult result = rule.evaluate(classes);
        assertFalse(result.hasViolation(), result.getFailureReport().toString());
    }

    @Test
    void roomRuleCatches_twoRoomsOfTheServerThatNeedEachOther() {
        assertCaught(ArchitectureRules.NO_ROOM_CYCLES, new ClassFileImporter().importClasses(Front.class, Back.class),
                "plantedrooma");
    }

    @Test
    void roomRuleAccepts_oneRoomAlone() {
        EvaluationResult result = ArchitectureRules.NO_ROOM_CYCLES.evaluate(new ClassFileImporter().importClasses(Back.class));
        assertFalse(result.hasViolation(), result.getFailureReport().toString());
    }

    private static void assertCaught(ArchRule rule, Class<?> planted, String named) {
        assertCaught(rule, new ClassFileImporter().importClasses(planted), named);
    }

    private static void assertCaught(ArchRule rule, JavaClasses classes, String named) {
        EvaluationResult result = rule.evaluate(classes);
        assertTrue(result.hasViolation(), "the rule missed the planted class: " + rule.getDescription());
        String report = result.getFailureReport().toString();
        assertTrue(report.contains(named), "the report should name " + named + ":\n" + report);
    }
}
