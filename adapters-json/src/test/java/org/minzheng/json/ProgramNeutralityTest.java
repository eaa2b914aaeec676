package org.minzheng.json;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * This module knows programs only through what they declare ({@code ProgramRule}): no class names a particular
 * program, its request, its standards or its reasons. Only the programs' own packages and the catalogue do.
 */
class ProgramNeutralityTest {

    @Test
    void noClassNamesAParticularProgram() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.minzheng.json");
        noClasses().should().dependOnClassesThat().resideInAPackage("org.minzheng.core.programs..")
                .because("a runtime, a store, a codec or a contract suite works from what a program declares")
                .check(classes);
    }
}
