package com.kimberlite.migration.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The command line tool uses only the library's public API. */
@AnalyzeClasses(packages = "com.kimberlite.migration.cli", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule usesNoInternalClassOfTheLibrary = noClasses().should()
            .dependOnClassesThat().resideInAPackage("com.kimberlite.migration.internal..");

    @ArchTest
    static final ArchRule usesNoUnshadedToml = noClasses().should()
            .dependOnClassesThat().resideInAPackage("org.tomlj..");

    @ArchTest
    static final ArchRule outputCodeDoesNotDependOnCommands = noClasses()
            .that().resideInAPackage("..cli.output..")
            .should().dependOnClassesThat().resideInAPackage("..cli.command..");
}
