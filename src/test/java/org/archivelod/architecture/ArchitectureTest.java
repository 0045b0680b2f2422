package org.archivelod.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The main code keeps the arrows of {@link ArchitectureRules}: one test per rule, naming every wrong dependency. */
class ArchitectureTest {
    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.archivelod");
    }

    static Stream<ArchRule> rules() {
        return ArchitectureRules.ALL.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void mainCodeKeepsTheRule(ArchRule rule) {
        rule.check(main);
    }
}
