package org.minzheng.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Architecture rules of core: it depends on nothing but the JDK and the Jakarta Validation API,
 * and no public type exposes a type from an {@code ..internal..} package in its public or
 * protected signatures.
 */
class ArchitectureTest {

    private static JavaClasses core;

    @BeforeAll
    static void importCore() {
        core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.minzheng.core");
    }

    @Test
    void core_dependsOnlyOnJdkAndValidationApi() {
        classes().should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "jakarta.validation..", "org.minzheng.core..")
                .because("core is pure Java: the JDK and the Jakarta Validation API only")
                .check(core);
    }

    @Test
    void core_hasNoPackageCycles() {
        slices().matching("org.minzheng.core.(**)").should().beFreeOfCycles()
                .because("a package is read on its own: the program SPI sits above the model, the programs above "
                        + "the SPI, the catalogue above the programs")
                .check(core);
    }

    @Test
    void onlyTheProgramsAndTheCatalogue_nameAParticularProgram() {
        noClasses().that().resideOutsideOfPackages("org.minzheng.core.programs..", "org.minzheng.core.builtin..")
                .should().dependOnClassesThat().resideInAPackage("org.minzheng.core.programs..")
                .because("the runtime, report, storage and tools know programs only through what they declare "
                        + "(ProgramRule); only a program's own package and the catalogue name it")
                .check(core);
    }

    @Test
    void programs_dependOnNothingButTheModelTheSpiAndEachOther() {
        classes().that().resideInAPackage("org.minzheng.core.programs..")
                .should().onlyDependOnClassesThat().resideOutsideOfPackages("org.minzheng.core.builtin..",
                        "org.minzheng.core.report..")
                .because("a program does not know the catalogue that lists it, nor the report that reads its lines")
                .check(core);
    }

    @Test
    void publicTypes_doNotExposeInternalTypes() {
        classes().that().arePublic().and().resideOutsideOfPackage("..internal..")
                .should(notExposeInternalTypes())
                .because("internal packages are unsupported and not exported")
                .check(core);
    }

    @Test
    void internalPackages_areNotExportedByModuleInfo() throws Exception {
        String moduleInfo = java.nio.file.Files.readString(
                java.nio.file.Path.of("src/main/java/module-info.java"));
        org.assertj.core.api.Assertions.assertThat(moduleInfo).doesNotContain("internal");
        for (JavaClass c : core) {
            if (!c.getPackageName().contains("internal") && c.getModifiers().contains(JavaModifier.PUBLIC)) {
                org.assertj.core.api.Assertions.assertThat(moduleInfo)
                        .as("package of public type %s is exported", c.getName())
                        .contains("exports " + c.getPackageName() + ";");
            }
        }
    }

    private static boolean isInternal(JavaClass c) {
        return c.getPackageName().contains(".internal");
    }

    private static boolean visible(java.util.Set<JavaModifier> modifiers) {
        return modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
    }

    private static ArchCondition<JavaClass> notExposeInternalTypes() {
        return new ArchCondition<>("not expose internal types in public signatures") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                List<String> problems = new ArrayList<>();
                c.getRawSuperclass().filter(ArchitectureTest::isInternal)
                        .ifPresent(s -> problems.add("extends " + s.getName()));
                c.getRawInterfaces().stream().filter(ArchitectureTest::isInternal)
                        .forEach(i -> problems.add("implements " + i.getName()));
                for (JavaCodeUnit m : c.getCodeUnits()) {
                    if (!visible(m.getModifiers())) {
                        continue;
                    }
                    List<JavaType> types = new ArrayList<>(m.getParameterTypes());
                    types.add(m.getReturnType());
                    for (JavaType t : types) {
                        t.getAllInvolvedRawTypes().stream().filter(ArchitectureTest::isInternal)
                                .forEach(r -> problems.add(m.getFullName() + " uses " + r.getName()));
                    }
                }
                for (JavaField f : c.getFields()) {
                    if (visible(f.getModifiers())) {
                        f.getType().getAllInvolvedRawTypes().stream().filter(ArchitectureTest::isInternal)
                                .forEach(r -> problems.add(f.getFullName() + " has type " + r.getName()));
                    }
                }
                for (String p : problems) {
                    events.add(SimpleConditionEvent.violated(c, c.getName() + ": " + p));
                }
                if (problems.isEmpty()) {
                    events.add(SimpleConditionEvent.satisfied(c, c.getName() + " exposes no internal type"));
                }
            }
        };
    }
}
