package org.minzheng.core.facility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minzheng.core.testing.ModelFixtures.GAOQIAO;
import static org.minzheng.core.testing.ModelFixtures.TODAY;
import static org.minzheng.core.testing.Violated.single;
import static org.minzheng.core.testing.Violated.violations;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minzheng.core.identity.CreditCode;
import org.minzheng.core.service.Organisation;

class FacilityTest {

    private static final Organisation OPERATOR = Organisation.of(
            CreditCode.parse("91350100M000100Y43"), "某某养老服务有限公司");

    private static Facility.Builder centre() {
        return Facility.builder().id(FacilityId.of("f-1"))
                .kind(FacilityKind.COMMUNITY_ELDERLY_CARE_CENTRE).name("高桥镇居家养老服务中心")
                .region(GAOQIAO).operator(OPERATOR).grade(GradeScheme.JIANGSU_CENTRE_A.grade("3A"))
                .capacity(20).openedOn(LocalDate.of(2019, 6, 1));
    }

    @Test
    void build_valid_roundTrips() {
        Facility f = centre().asOf(TODAY).build();
        assertThat(f.grade().orElseThrow().rank()).isEqualTo(3);
        assertThat(f.toBuilder().build()).isEqualTo(f).hasSameHashCodeAs(f);
        assertThat(f.toString()).contains("jiangsu-a:3A");
    }

    @Test
    void grade_notInScheme_reportsGradeInScheme() {
        single(() -> GradeScheme.ELDERLY_INSTITUTION.grade("3A"), "label", "grade-in-scheme");
        assertThat(GradeScheme.ELDERLY_INSTITUTION.grade("五级").rank()).isEqualTo(5);
        assertThat(GradeScheme.builtIn("gb-t-37276")).contains(GradeScheme.ELDERLY_INSTITUTION);
        assertThat(GradeScheme.builtIn("nope")).isEmpty();
    }

    @Test
    void gradeScheme_emptyOrRepeatedGrades_reportsGrades() {
        single(() -> new GradeScheme("x", "某", "x", List.of()), "grades", "grades");
        single(() -> new GradeScheme("x", "某", "x", List.of("A", "A")), "grades", "grades");
        GradeScheme own = new GradeScheme("star", "星级", "stars", List.of("一星", "二星"));
        assertThat(own.grade("二星").rank()).isEqualTo(2);
    }

    @Test
    void build_negativeCapacityAndFutureOpening_reportsBoth() {
        assertThat(violations(() -> centre().capacity(-1).openedOn(TODAY.plusDays(1)).asOf(TODAY).build()))
                .extracting(v -> v.path() + ":" + v.rule())
                .containsExactly("openedOn:not-in-future", "capacity:non-negative");
    }

    @Test
    void build_empty_reportsRequiredFields() {
        assertThat(violations(() -> Facility.builder().build()))
                .extracting(v -> v.path() + ":" + v.rule())
                .containsExactly("id:required", "kind:required", "name:required", "region:required",
                        "operator:required");
    }
}
