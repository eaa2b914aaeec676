package org.minzheng.core.builtin;

import org.minzheng.core.programs.dibao.Dibao;
import org.minzheng.core.programs.caresubsidy.DisabilityCareSubsidy;
import org.minzheng.core.programs.senior.SeniorAllowance;
import org.minzheng.core.programs.childsubsidy.ChildSubsidy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.minzheng.core.rule.ProgramCatalogue;
import org.minzheng.core.rule.ProgramRule;
import org.minzheng.core.standards.AgeBasis;
import org.minzheng.core.standards.Rounding;
import org.minzheng.core.standards.Standard;
import org.minzheng.core.standards.Unit;
import org.minzheng.core.standards.ValueType;

/**
 * Checks the catalogue and keeps {@code docs/standards.md} in step with it. Regenerate the file with
 * {@code mvn -pl core test -Dtest=ProgramCatalogueTest -Dminzheng.updateDocs=true}.
 */
class ProgramCatalogueTest {

    static final Path DOC = Path.of("..", "docs", "standards.md");

    @Test
    void standards_everyCodeOfTheNationalRulesPresent() {
        List<String> codes = BuiltInPrograms.standards().stream().map(Standard::code).toList();
        assertThat(codes).contains("dibao.standard.urban", "dibao.standard.rural", "dibao.addon.elderly-age",
                "dibao.addon.share.elderly", "dibao.addon.share.minor", "dibao.addon.share.severe-disability",
                "dibao.addon.share.serious-illness", "dibao.rounding", "dibao.grace-months", "tekun.basic.multiple",
                "tekun.basic.urban", "tekun.basic.rural", "tekun.care.self-care", "tekun.care.partial",
                "tekun.care.complete", "temporary.cap.emergency-months", "temporary.cap.expenditure-months",
                "temporary.township-limit", "disability.living.share.severe", "disability.living.share.other",
                "disability.care.urban", "disability.care.rural", "disability.care.grade34-intellectual-mental",
                "senior.allowance.80", "senior.allowance.90", "senior.allowance.100", "senior.allowance.age-basis",
                "child.orphan.institutional", "child.orphan.dispersed", "child.unsupported.share",
                "child.guardianship-missing.share", "child.parents-unable.share", "homecare.hours.per-month",
                "capability.coma-level");
        assertThat(codes).doesNotHaveDuplicates();
    }

    @Test
    void standards_everyStandardConstantOfAProgramPackageIsDeclaredByItsProgram() throws IllegalAccessException {
        for (ProgramRule<?> p : BuiltInPrograms.all()) {
            Class<?> slice = sliceClass(p);
            for (Field f : slice.getFields()) {
                if (Modifier.isStatic(f.getModifiers()) && f.getType() == Standard.class) {
                    assertThat(p.standards()).as(p.code() + " declares " + f.getName()).contains((Standard<?>) f.get(null));
                }
            }
        }
    }

    private static Class<?> sliceClass(ProgramRule<?> p) {
        for (Class<?> c : List.of(Dibao.class, org.minzheng.core.programs.tekun.Tekun.class,
                org.minzheng.core.programs.temporary.TemporaryAssistance.class,
                org.minzheng.core.programs.livingsubsidy.DisabilityLivingSubsidy.class, DisabilityCareSubsidy.class,
                SeniorAllowance.class, org.minzheng.core.programs.homecare.HomeCare.class,
                org.minzheng.core.programs.carevisit.CareVisitProgram.class,
                org.minzheng.core.programs.adaptation.HomeAdaptationProgram.class,
                org.minzheng.core.programs.insurance.AccidentInsurance.class, ChildSubsidy.class,
                org.minzheng.core.programs.leftbehind.LeftBehindChildren.class,
                org.minzheng.core.programs.dibaoedge.DibaoEdge.class)) {
            try {
                if (c.getField("PROGRAM").get(null) == p) {
                    return c;
                }
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("no slice class for " + p.code());
    }

    @Test
    void defaults_asDocumentedInTheIssue() {
        assertThat(Dibao.ROUNDING.defaultValue()).contains(Rounding.FEN);
        assertThat(Dibao.GRACE_MONTHS.defaultValue()).contains(0);
        assertThat(Dibao.ADDON_SHARE_ELDERLY.defaultValue().orElseThrow()).isZero();
        assertThat(ChildSubsidy.UNSUPPORTED_SHARE.defaultValue().orElseThrow()).isEqualByComparingTo("1");
        assertThat(DisabilityCareSubsidy.GRADE34_INTELLECTUAL_MENTAL.defaultValue()).contains(false);
        assertThat(SeniorAllowance.AGE_BASIS.defaultValue()).contains(AgeBasis.BIRTH_MONTH);
        assertThat(Dibao.STANDARD_URBAN.mandatory()).isTrue();
        assertThat(Dibao.STANDARD_URBAN.defaultValue()).isEmpty();
    }

    @Test
    void builder_malformedCode_rejected() {
        assertThatThrownBy(() -> Standard.builder("Dibao Standard", ValueType.MONEY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("malformed");
        assertThatThrownBy(() -> Standard.builder("dibao", ValueType.MONEY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void builder_defaultOnMandatory_rejected() {
        assertThatThrownBy(() -> Standard.builder("x.y", ValueType.INTEGER).names("甲", "a").unit(Unit.YEARS)
                .description("d").defaultValue(1).mandatory().build()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void docs_catalogueIsCurrent() throws IOException {
        String expected = ProgramCatalogue.markdown("Programs and standards catalogue (业务项目与标准目录)",
                BuiltInPrograms.all(), List.of(org.minzheng.core.elderly.CapabilityAssessment.COMA_LEVEL));
        if (Boolean.getBoolean("minzheng.updateDocs")) {
            Files.createDirectories(DOC.getParent());
            Files.writeString(DOC, expected, StandardCharsets.UTF_8);
        }
        if (!Files.exists(DOC) || !Files.readString(DOC, StandardCharsets.UTF_8).equals(expected)) {
            fail("docs/standards.md is stale; regenerate it with: mvn -pl core test -Dtest=ProgramCatalogueTest "
                    + "-Dminzheng.updateDocs=true");
        }
    }
}
