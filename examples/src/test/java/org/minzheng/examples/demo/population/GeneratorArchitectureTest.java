package org.minzheng.examples.demo.population;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The generator writes facts and events only (issue 13, decision 0321): it may not create or read a case, a
 * payment, a service record, an enrolment, a report or a count, may not write to storage or run the library, and
 * may not read the published figures ({@code DantuDistrict}) or the demo that compares with them.
 */
class GeneratorArchitectureTest {

    private static final JavaClasses GENERATOR = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.minzheng.examples.demo.population");

    @Test
    void generator_dependsOnNoCasePaymentServiceRecordStorageOrPublishedFigure() {
        ArchRule rule = noClasses().that().resideInAPackage("org.minzheng.examples.demo.population..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.minzheng.core.cases..",          // cases, payments, the ledger
                        "org.minzheng.core.service..",        // service records and providers
                        "org.minzheng.core.elderly..",        // visits, enrolments, adaptations
                        "org.minzheng.core.children..",       // guardianship confirmations, service plans
                        "org.minzheng.core.decision..",       // decisions: the rules' output
                        "org.minzheng.core.report..",         // counts, figures, reference figures
                        "org.minzheng.core.rule..",           // enrolments, screening, the rules themselves
                        "org.minzheng.spi..",                 // storage, the runtime
                        "org.minzheng.runtime..",
                        "org.minzheng.jdbc..",
                        "org.minzheng.json..",
                        "org.minzheng.examples.demo")         // DantuDistrict's published figures, the bureau
                .because("the generator writes facts and events only; the rules decide (issue 13)");
        rule.check(GENERATOR);
    }

    @Test
    void rule_catchesAClassThatReadsThePublishedFigures() {
        // the rule can fail: the demo package itself reads the published figures and creates cases
        JavaClasses demo = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.minzheng.examples.demo");
        ArchRule rule = noClasses().that().resideInAPackage("org.minzheng.examples.demo")
                .should().dependOnClassesThat().resideInAnyPackage("org.minzheng.core.cases..", "org.minzheng.core.report..");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> rule.check(demo)).isInstanceOf(AssertionError.class);
    }
}
