package org.minzheng.core.elderly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.minzheng.core.registry.CapabilityLevel;

class CapabilityAssessmentTest {

    /** Full marks minus {@code lost} points, taken from items in order. */
    static CapabilityScores.Builder scoring(int total) {
        CapabilityScores.Builder b = CapabilityScores.builder().allMaximum();
        int lost = 90 - total;
        for (CapabilityItem i : CapabilityItem.values()) {
            int take = Math.min(lost, i.maxScore());
            b.score(i, i.maxScore() - take);
            lost -= take;
        }
        return b;
    }

    @ParameterizedTest(name = "total {0} → {1}")
    @CsvSource({"90, INTACT", "89, MILD", "66, MILD", "65, MODERATE", "46, MODERATE", "45, SEVERE", "30, SEVERE",
            "29, COMPLETE", "0, COMPLETE"})
    void assess_boundaries(int total, CapabilityLevel level) {
        CapabilityResult r = CapabilityAssessment.assess(scoring(total).build(), ComaRule.COMPLETE);
        assertThat(r.total()).isEqualTo(total);
        assertThat(r.level()).isEqualTo(level);
        assertThat(r.scoreLevel()).isEqualTo(level);
        assertThat(r.adjustments()).isEmpty();
    }

    @Test
    void assess_domainTotals() {
        CapabilityResult r = CapabilityAssessment.assess(scoring(90).build(), ComaRule.COMPLETE);
        assertThat(r.domainScores()).containsEntry(CapabilityDomain.SELF_CARE, 32).containsEntry(CapabilityDomain.MOBILITY, 15)
                .containsEntry(CapabilityDomain.MENTAL_STATE, 28)
                .containsEntry(CapabilityDomain.PERCEPTION_AND_PARTICIPATION, 15);
    }

    @Test
    void assess_dementia_oneLevelWorse() {
        CapabilityResult r = CapabilityAssessment.assess(scoring(70).dementiaOrMentalDisorder(true).build(), ComaRule.COMPLETE);
        assertThat(r.scoreLevel()).isEqualTo(CapabilityLevel.MILD);
        assertThat(r.level()).isEqualTo(CapabilityLevel.MODERATE);
    }

    @Test
    void assess_twoRiskEvents_oneLevelWorse_oneEventNot() {
        assertThat(CapabilityAssessment.assess(scoring(90).careRiskEvents(2).build(), ComaRule.COMPLETE).level())
                .isEqualTo(CapabilityLevel.MILD);
        assertThat(CapabilityAssessment.assess(scoring(90).careRiskEvents(1).build(), ComaRule.COMPLETE).level())
                .isEqualTo(CapabilityLevel.INTACT);
    }

    @Test
    void assess_bothAdjustments_stillOneLevel_completeStays() {
        CapabilityResult r = CapabilityAssessment.assess(scoring(50).dementiaOrMentalDisorder(true).careRiskEvents(3).build(),
                ComaRule.COMPLETE);
        assertThat(r.level()).isEqualTo(CapabilityLevel.SEVERE);
        assertThat(r.adjustments()).containsExactly(CapabilityAdjustment.DEMENTIA_OR_MENTAL_DISORDER,
                CapabilityAdjustment.CARE_RISK_EVENTS);
        assertThat(CapabilityAssessment.assess(scoring(10).dementiaOrMentalDisorder(true).build(), ComaRule.COMPLETE).level())
                .isEqualTo(CapabilityLevel.COMPLETE);
    }

    @Test
    void assess_coma_byOption_withoutItemScores() {
        CapabilityScores coma = CapabilityScores.builder().coma(true).build();
        assertThat(CapabilityAssessment.assess(coma, ComaRule.COMPLETE).level()).isEqualTo(CapabilityLevel.COMPLETE);
        assertThat(CapabilityAssessment.assess(coma, ComaRule.SEVERE).level()).isEqualTo(CapabilityLevel.SEVERE);
        assertThat(CapabilityAssessment.assess(coma, ComaRule.SEVERE).adjustments()).containsExactly(CapabilityAdjustment.COMA);
    }

    @Test
    void score_outOfRange_namesItem() {
        assertThatThrownBy(() -> CapabilityScores.builder().score(CapabilityItem.STAIRS, 4))
                .isInstanceOfSatisfying(InvalidCapabilityScoreException.class,
                        e -> assertThat(e.items()).containsExactly(CapabilityItem.STAIRS))
                .hasMessageContaining("stairs").hasMessageContaining("上下楼梯").hasMessageContaining("0–3");
        assertThatThrownBy(() -> CapabilityScores.builder().score(CapabilityItem.EATING, -1))
                .isInstanceOf(InvalidCapabilityScoreException.class).hasMessageContaining("eating");
    }

    @Test
    void build_missingItems_named() {
        assertThatThrownBy(() -> CapabilityScores.builder().score(CapabilityItem.EATING, 4).build())
                .isInstanceOfSatisfying(InvalidCapabilityScoreException.class,
                        e -> assertThat(e.items()).hasSize(25).doesNotContain(CapabilityItem.EATING))
                .hasMessageContaining("grooming").hasMessageContaining("修饰");
    }

    @Test
    void explanation_bothLanguages() {
        CapabilityResult r = CapabilityAssessment.assess(scoring(70).dementiaOrMentalDisorder(true).build(), ComaRule.COMPLETE);
        assertThat(r.explanation().render(Locale.ENGLISH)).contains("Total score 70: mild disability")
                .contains("Level: moderate disability");
        assertThat(r.explanation().render(Locale.CHINA)).contains("总分 70 分：轻度失能").contains("评估等级：中度失能");
    }

    @Test
    void levelOf_outOfRange_rejected() {
        assertThatThrownBy(() -> CapabilityAssessment.levelOf(91)).isInstanceOf(IllegalArgumentException.class);
    }
}
