package com.kimberlite.migration.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The command line tool uses only the library's public API. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.kimberlite.migration.cli");
    }

    @Test
    void usesNoInternalClassOfTheLibrary() {
        noClasses().should().dependOnClassesThat().resideInAPackage("com.kimberlite.migration.internal..")
                .check(classes);
    }

    @Test
    void usesNoUnshadedTomlLibrary() {
        noClasses().should().dependOnClassesThat().resideInAPackage("org.tomlj..").check(classes);
    }

    @Test
    void outputCodeDoesNotDependOnCommands() {
        noClasses().that().resideInAPackage("..cli.output..")
                .should().dependOnClassesThat().resideInAPackage("..cli.command..")
                .check(classes);
    }
}
