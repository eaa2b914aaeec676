package org.minzheng.core.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minzheng.core.decision.Fixtures.OCT_2022;
import static org.minzheng.core.decision.Fixtures.standards;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.minzheng.core.money.Money;
import org.minzheng.core.program.Program;
import org.minzheng.core.registry.Household;

class AssessorTest {

    @Test
    void programs_everyProgramWithARuleHasACalculator() {
        assertThat(Assessor.national().programs()).containsExactlyInAnyOrder(Program.DIBAO, Program.TEKUN,
                Program.TEMPORARY_ASSISTANCE, Program.DISABILITY_LIVING_SUBSIDY, Program.DISABILITY_CARE_SUBSIDY,
                Program.SENIOR_ALLOWANCE, Program.HOME_CARE, Program.CHILD_SUBSIDY, Program.LEFT_BEHIND_CHILD_CARE);
        assertThat(Assessor.national().supports(Program.CARE_VISIT)).isFalse();
    }

    @Test
    void assess_programWithoutCalculator_rejectedNamingProgram() {
        Household h = Fixtures.threePersons("1200");
        assertThatThrownBy(() -> Assessor.national().assess(Program.CARE_VISIT,
                AssessmentRequest.forPerson(h, h.head().id()).build(), standards(), OCT_2022))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("care-visit");
    }

    @Test
    void assess_subjectKindMismatch_rejected() {
        Household h = Fixtures.threePersons("1200");
        assertThatThrownBy(() -> Assessor.national().assess(Program.SENIOR_ALLOWANCE,
                AssessmentRequest.forHousehold(h).build(), standards(), OCT_2022))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("forPerson");
        assertThatThrownBy(() -> Assessor.national().assess(Program.DIBAO,
                AssessmentRequest.forPerson(h, h.head().id()).build(), standards(), OCT_2022))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("forHousehold");
    }

    @Test
    void request_personNotMember_rejected() {
        Household h = Fixtures.threePersons("1200");
        Household other = Fixtures.threePersons("1200");
        assertThatThrownBy(() -> AssessmentRequest.forPerson(h, other.head().id()).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a member");
    }

    @Test
    void decision_isPureFunction_sameInputsSameDecision() {
        Household h = Fixtures.threePersons("1200");
        AssessmentRequest r = AssessmentRequest.forHousehold(h).build();
        Decision a = Assessor.national().assess(Program.DIBAO, r, standards(), OCT_2022);
        Decision b = Assessor.national().assess(Program.DIBAO, r, standards(), OCT_2022);
        assertThat(a.amount()).isEqualTo(b.amount()).isEqualTo(Money.of("1209.00"));
        assertThat(a.explanation()).isEqualTo(b.explanation());
    }

    @Test
    void bundles_sameKeysInEnglishAndChinese() throws IOException {
        Properties en = load("Explanations.properties");
        Properties zh = load("Explanations_zh.properties");
        assertThat(zh.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
        assertThat(load("Explanations_en.properties")).isEmpty();
    }

    @Test
    void render_unknownLocale_english() {
        Decision d = Assessor.national().assess(Program.DIBAO,
                AssessmentRequest.forHousehold(Fixtures.threePersons("1200")).build(), standards(), OCT_2022);
        assertThat(d.explanation().render(Locale.FRENCH)).isEqualTo(d.explanation().render(Locale.ENGLISH));
        assertThat(d.explanation().render(Locale.TRADITIONAL_CHINESE)).contains("低保标准");
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = AssessorTest.class.getResourceAsStream("/org/minzheng/core/decision/" + name)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }
}
