package org.archivelod.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.archivelod.reconcile.NameMatcher;

/**
 * The arrows of STYLE.md and DESIGN.md section 1, as ArchUnit rules: which package may know which. {@link ArchitectureTest}
 * holds the main code to them; {@link PlantedViolationsTest} shows that each rule catches a wrong import.
 */
final class ArchitectureRules {
    private static final String ROOT = "org.archivelod.";

    /** The mapping classes that still call the name matcher, until reconciliation is a stage of its own (issue 16). */
    static final List<String> MAPPING_CLASSES_CALLING_THE_MATCHER = List.of("CustodyMapper", "DocumentMapper",
            "EventMapper", "PartyResolver", "PlaceEntities", "PublicationMapper", "TextPeople");

    private ArchitectureRules() {}

    /** Records are plain Java values: the JDK and each other, nothing else. */
    static final ArchRule RECORD_IS_PLAIN_JAVA = classes().that().resideInAPackage(ROOT + "record..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", ROOT + "record..")
            .because("a record is an immutable value of the JDK (STYLE.md: record, JDK only)");

    /** Parsing turns text into records and knows nothing of RDF. */
    static final ArchRule PARSE_KNOWS_NO_RDF = noClasses().that().resideInAPackage(ROOT + "parse..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.jena..", ROOT + "mapping..", ROOT + "uri..",
                    ROOT + "vocab..", ROOT + "store..", ROOT + "validate..")
            .because("parsing knows nothing of RDF (DESIGN.md section 1)");

    /**
     * Mapping takes the record and its matches; only the classes that do so today may call the matcher, none more
     * (the rule the issue asks for, "mapping never calls the matcher", waits for the reconciliation stage).
     */
    static final ArchRule MAPPING_CALLS_NO_NEW_MATCHER = noClasses().that().resideInAPackage(ROOT + "mapping..")
            .and(DescribedPredicate.describe("are not among today's callers of the matcher",
                    c -> !MAPPING_CLASSES_CALLING_THE_MATCHER.contains(topLevelName(c))))
            .should().dependOnClassesThat().belongToAnyOf(NameMatcher.class)
            .because("who is who in a record is decided by reconciliation, not piecemeal by each mapper (issue 16)");

    /** The server reads the store: it neither parses records nor maps them, nor reconciles or validates. */
    static final ArchRule SERVE_READS_ONLY_THE_STORE = noClasses().that().resideInAPackage(ROOT + "serve..")
            .should().dependOnClassesThat().resideInAnyPackage(ROOT + "parse..", ROOT + "mapping..", ROOT + "reconcile..",
                    ROOT + "validate..", ROOT + "cli..")
            .because("the server reads only the store (DESIGN.md section 1)");

    /** Storage knows nothing of the dumps, the server or HTTP. */
    static final ArchRule STORE_KNOWS_NO_DUMPS_OR_HTTP = noClasses().that().resideInAPackage(ROOT + "store..")
            .should().dependOnClassesThat().resideInAnyPackage(ROOT + "dump..", ROOT + "serve..", ROOT + "pipeline..",
                    ROOT + "cli..", "jakarta.servlet..", "org.eclipse.jetty..", "org.apache.jena.fuseki..")
            .because("storage loads and reads data; dumps and HTTP are built on it, not in it");

    /** Packages depend one way: no two reach each other, directly or round about. */
    static final ArchRule NO_PACKAGE_CYCLES = slices().matching(ROOT + "(*)..").should().beFreeOfCycles();

    /**
     * The rooms of the server ({@code http}, {@code guard}, {@code site}, {@code render}, and {@code oai},
     * {@code reconcile}) depend one way too: {@link #NO_PACKAGE_CYCLES} slices only top-level packages, so it cannot
     * see two rooms of {@code serve} that need each other (issue 16).
     */
    static final ArchRule NO_ROOM_CYCLES = slices().matching(ROOT + "serve.(*)..").should().beFreeOfCycles()
            .because("a room of the server is read without the rooms that use it (issue 16)");

    static final List<ArchRule> ALL = List.of(RECORD_IS_PLAIN_JAVA, PARSE_KNOWS_NO_RDF, MAPPING_CALLS_NO_NEW_MATCHER,
            SERVE_READS_ONLY_THE_STORE, STORE_KNOWS_NO_DUMPS_OR_HTTP, NO_PACKAGE_CYCLES, NO_ROOM_CYCLES);

    /** The simple name of the top-level class that holds {@code c} ({@code PartyResolver} for its nested classes and lambdas). */
    private static String topLevelName(JavaClass c) {
        String name = c.getName().substring(c.getPackageName().length() + 1);
        int nested = name.indexOf('$');
        return nested < 0 ? name : name.substring(0, nested);
    }
}
