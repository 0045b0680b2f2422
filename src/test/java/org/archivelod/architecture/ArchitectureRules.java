package org.archivelod.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.archivelod.reconcile.AuthorityDates;
import org.archivelod.reconcile.AuthorityEntity;
import org.archivelod.reconcile.AuthorityFile;
import org.archivelod.reconcile.CuratedEvent;
import org.archivelod.reconcile.GazetteerEntry;
import org.archivelod.reconcile.Match;
import org.archivelod.reconcile.Reconciliation;

/**
 * The arrows of STYLE.md and DESIGN.md section 1, as ArchUnit rules: which package may know which. {@link ArchitectureTest}
 * holds the main code to them; {@link PlantedViolationsTest} shows that each rule catches a wrong import.
 */
final class ArchitectureRules {
    private static final String ROOT = "org.archivelod.";

    /**
     * What mapping may read of package reconcile: a record's {@link Reconciliation} and the values it is made of (the
     * authority file's entities and dates, gazetteer entries, curated events, matches), never what finds or decides
     * names (the matcher, the gazetteer, the reconciler).
     */
    static final List<String> RECONCILIATION_VALUES = java.util.stream.Stream.of(Reconciliation.class, AuthorityFile.class,
            AuthorityEntity.class, AuthorityDates.class, GazetteerEntry.class, CuratedEvent.class, Match.class).map(Class::getName).toList();

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
     * Mapping takes a record and its reconciliation and does not call the matcher (issue 16): of package reconcile it
     * knows only the reconciliation's values.
     */
    static final ArchRule MAPPING_TAKES_A_RECONCILIATION = noClasses().that().resideInAPackage(ROOT + "mapping..")
            .should().dependOnClassesThat(DescribedPredicate.describe("are in reconcile but not a value of a reconciliation",
                    c -> (c.getPackageName() + ".").startsWith(ROOT + "reconcile.")
                            && !RECONCILIATION_VALUES.contains(c.getPackageName() + "." + topLevelName(c))))
            .because("who is who in a record is decided once by the reconciliation stage, not piecemeal by each mapper (issue 16)");

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

    /**
     * What a command may hold of the stages below the pipeline, and why: the store handle it opens and hands to the
     * pipeline or the server ({@code ArchiveStore}), the terms its options state ({@code Licences}, a value), and the
     * report {@code validate} prints ({@code ValidationReport}), and the dumps {@code dump} lists ({@code DumpFile}, a
     * value the pipeline returns). Everything else goes through the pipeline or the server: dumps and the search index
     * are made by the pipeline ({@code Publication}), not by a command.
     */
    static final List<String> CLI_MAY_HOLD = List.of(ROOT + "store.ArchiveStore", ROOT + "mapping.Licences",
            ROOT + "validate.ValidationReport", ROOT + "dump.DumpFile");

    /** Commands are thin: they parse options and call the pipeline or the server, never a stage directly. */
    static final ArchRule COMMANDS_GO_THROUGH_PIPELINE_OR_SERVER = noClasses().that().resideInAPackage(ROOT + "cli..")
            .should().dependOnClassesThat(DescribedPredicate.describe("are in store, validate, mapping, parse, dump or search "
                    + "(but for " + String.join(", ", CLI_MAY_HOLD) + ")", (JavaClass c) -> !CLI_MAY_HOLD.contains(c.getName())
                    && inAny(c, "store", "validate", "mapping", "parse", "dump", "search")))
            .because("the pipeline owns the flow of every command (issue 16): a command reaching into a stage is a flow of its own");

    /**
     * Only commands print: library code tells what happens through the problem handler, a warning passed in, or SLF4J,
     * so that a command decides what its user sees (issue 16). {@code HaltPoints} writes its one line just before
     * {@code Runtime.halt}, where nothing is left to pass it to.
     */
    static final ArchRule ONLY_COMMANDS_PRINT = noClasses().that().resideOutsideOfPackage(ROOT + "cli..")
            .and().doNotHaveFullyQualifiedName(ROOT + "store.HaltPoints")
            .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
            .because("library code does not print: the command renders what it is told (issue 16)");

    /** Packages depend one way: no two reach each other, directly or round about. */
    static final ArchRule NO_PACKAGE_CYCLES = slices().matching(ROOT + "(*)..").should().beFreeOfCycles();

    /**
     * The rooms of the server ({@code http}, {@code guard}, {@code site}, {@code render}, and {@code oai},
     * {@code reconcile}) depend one way too: {@link #NO_PACKAGE_CYCLES} slices only top-level packages, so it cannot
     * see two rooms of {@code serve} that need each other (issue 16).
     */
    static final ArchRule NO_ROOM_CYCLES = slices().matching(ROOT + "serve.(*)..").should().beFreeOfCycles()
            .because("a room of the server is read without the rooms that use it (issue 16)");

    static final List<ArchRule> ALL = List.of(
            RECORD_IS_PLAIN_JAVA,
            PARSE_KNOWS_NO_RDF,
            MAPPING_TAKES_A_RECONCILIATION,
            SERVE_READS_ONLY_THE_STORE,
            STORE_KNOWS_NO_DUMPS_OR_HTTP,
            COMMANDS_GO_THROUGH_PIPELINE_OR_SERVER,
            ONLY_COMMANDS_PRINT,
            NO_PACKAGE_CYCLES,
            NO_ROOM_CYCLES);

    /** Whether {@code c} is in one of the {@code layers} (a package of ours, or below it). */
    private static boolean inAny(JavaClass c, String... layers) {
        for (String layer : layers) {
            if (c.getPackageName().equals(ROOT + layer) || c.getPackageName().startsWith(ROOT + layer + ".")) return true;
        }
        return false;
    }

    /** The simple name of the top-level class that holds {@code c} ({@code Reconciliation} for its nested classes and lambdas). */
    private static String topLevelName(JavaClass c) {
        String name = c.getName().substring(c.getPackageName().length() + 1);
        int nested = name.indexOf('$');
        return nested < 0 ? name : name.substring(0, nested);
    }
}
