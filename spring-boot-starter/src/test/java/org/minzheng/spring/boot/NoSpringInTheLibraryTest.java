package org.minzheng.spring.boot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Spring stays in the starter (issue 16): no class of core, spi, the adapters or the Jiangsu plugin uses Spring or
 * Micrometer, and none of their poms names a Spring or Micrometer artifact.
 */
class NoSpringInTheLibraryTest {

    @Test
    void libraryClassesDoNotUseSpringOrMicrometer() {
        JavaClasses library = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.minzheng.core", "org.minzheng.spi", "org.minzheng.runtime", "org.minzheng.json",
                        "org.minzheng.jdbc", "org.minzheng.jiangsu");
        assertThat(library.stream().map(c -> c.getPackageName()).distinct())
                .anyMatch(p -> p.startsWith("org.minzheng.jdbc")).anyMatch(p -> p.startsWith("org.minzheng.jiangsu"));
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "io.micrometer..")
                .because("the library is embeddable without Spring; only minzheng-spring-boot-starter knows it")
                .check(library);
    }

    @ParameterizedTest
    @ValueSource(strings = {"core", "spi", "adapters-json", "adapters-jdbc", "jiangsu", "tck", "bom"})
    void libraryPomsNameNoSpringArtifact(String module) throws Exception {
        String pom = Files.readString(Path.of("..", module, "pom.xml"));
        assertThat(pom).doesNotContain("<groupId>org.springframework").doesNotContain("<groupId>io.micrometer");
    }
}
