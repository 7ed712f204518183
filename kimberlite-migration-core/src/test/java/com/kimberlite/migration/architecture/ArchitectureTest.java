package com.kimberlite.migration.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The layering DESIGN.md asks for, checked on the compiled classes of core. */
class ArchitectureTest {

    private static final String API = "com.kimberlite.migration";
    private static final String INTERNAL = "com.kimberlite.migration.internal..";

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(API);

    @Test
    void coreHasNoSpringDependency() {
        noClasses().should().dependOnClassesThat().resideInAPackage("org.springframework..").check(CORE);
    }

    @Test
    void internalCodeIsNeverExposedBySignaturesOfTheApi() {
        ArchRuleDefinition.classes().that().resideInAPackage(API).and().arePublic()
                .should(exposeNoInternalType())
                .check(CORE);
    }

    @Test
    void internalPackagesDependOnNothingOutsideCoreTheJdkAndTheShadedTomlParser() {
        noClasses().that().resideInAPackage(INTERNAL)
                .should().dependOnClassesThat(new DescribedPredicate<JavaClass>("outside core, the JDK and tomlj") {
                    @Override
                    public boolean test(JavaClass type) {
                        String name = type.getPackageName();
                        return !name.startsWith("com.kimberlite.migration") && !name.startsWith("java")
                                && !name.startsWith("org.tomlj") && !name.isEmpty();
                    }
                })
                .check(CORE);
    }

    private static ArchCondition<JavaClass> exposeNoInternalType() {
        return new ArchCondition<>("expose no internal type in a public or protected signature") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                for (JavaCodeUnit unit : type.getCodeUnits()) {
                    if (visible(unit.getModifiers())) {
                        checkType(unit.getRawReturnType(), unit.getFullName(), events);
                        unit.getRawParameterTypes().forEach(p -> checkType(p, unit.getFullName(), events));
                    }
                }
                for (JavaField field : type.getFields()) {
                    if (visible(field.getModifiers())) {
                        checkType(field.getRawType(), field.getFullName(), events);
                    }
                }
            }

            private void checkType(JavaType used, String where, ConditionEvents events) {
                String name = used.toErasure().getName();
                if (name.startsWith("com.kimberlite.migration.internal.")) {
                    events.add(SimpleConditionEvent.violated(used, where + " exposes " + name));
                }
            }
        };
    }

    private static boolean visible(Set<JavaModifier> modifiers) {
        return modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
    }
}
