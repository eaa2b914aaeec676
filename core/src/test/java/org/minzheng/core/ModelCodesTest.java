package org.minzheng.core;

import org.minzheng.core.program.ProgramCode;
import org.minzheng.core.programs.adaptation.HomeAdaptationProgram;
import org.minzheng.core.programs.dibao.Dibao;
import org.minzheng.core.programs.tekun.Tekun;
import org.minzheng.core.programs.temporary.TemporaryAssistance;
import org.minzheng.core.programs.NationalPrograms;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.minzheng.core.cases.ApprovalLevel;
import org.minzheng.core.cases.CaseState;
import org.minzheng.core.cases.PaymentComponent;
import org.minzheng.core.cases.PaymentStatus;
import org.minzheng.core.children.GuardianRelation;
import org.minzheng.core.code.Coded;
import org.minzheng.core.community.PartnerKind;
import org.minzheng.core.elderly.CareRisk;
import org.minzheng.core.elderly.HomeCareService;
import org.minzheng.core.elderly.LivingArrangement;
import org.minzheng.core.elderly.PremiumPayer;
import org.minzheng.core.facility.FacilityKind;
import org.minzheng.core.program.SubjectKind;
import org.minzheng.core.registry.ActivityOfDailyLiving;
import org.minzheng.core.registry.CapabilityLevel;
import org.minzheng.core.registry.HukouType;
import org.minzheng.core.registry.IncomeKind;
import org.minzheng.core.registry.LabourCapacity;
import org.minzheng.core.registry.ParentRole;
import org.minzheng.core.registry.Relation;
import org.minzheng.core.registry.SelfCareAbility;
import org.minzheng.core.registry.StatusKind;
import org.minzheng.core.service.ServiceRecordKind;

/** The stable codes of the model's enumerations: exact where the issue fixes them, well-formed everywhere. */
class ModelCodesTest {

    private static List<String> codes(Class<? extends Coded> type) {
        return Arrays.stream(type.getEnumConstants()).map(Coded::code).toList();
    }

    @Test
    void codes_fixedByTheIssue_areExact() {
        assertThat(codes(HukouType.class)).containsExactly("urban", "rural");
        assertThat(codes(Relation.class)).containsExactly("head", "spouse", "child", "parent",
                "grandchild", "grandparent", "sibling", "other");
        assertThat(codes(IncomeKind.class)).containsExactly("wage", "business", "property", "pension",
                "transfer", "veterans-benefit", "social-assistance", "reward", "family-planning-award", "basic-pension",
                "other", "work-injury-care", "long-term-care-insurance");
        assertThat(codes(StatusKind.class)).containsExactly("at-home", "working-away",
                "serving-sentence", "detained", "compulsory-rehabilitation", "lost-contact",
                "declared-missing", "deceased", "guardianship-revoked", "deported");
        assertThat(NationalPrograms.all()).extracting(ProgramCode::value).containsExactly("dibao", "tekun", "temporary-assistance",
                "disability-living-subsidy", "disability-care-subsidy", "senior-allowance", "home-care",
                "care-visit", "home-adaptation", "elderly-accident-insurance", "child-subsidy",
                "left-behind-child-care", "dibao-edge");
        assertThat(codes(ApprovalLevel.class)).containsExactly("township", "county");
        assertThat(codes(PaymentStatus.class)).containsExactly("posted", "reversed");
        assertThat(codes(ActivityOfDailyLiving.class)).hasSize(6);
    }

    @Test
    void incomeKind_countsForDibao_followsNationalRules() {
        assertThat(Arrays.stream(IncomeKind.values()).filter(k -> !k.countsForDibao()))
                .containsExactly(IncomeKind.VETERANS_BENEFIT, IncomeKind.SOCIAL_ASSISTANCE, IncomeKind.REWARD,
                        IncomeKind.FAMILY_PLANNING_AWARD, IncomeKind.BASIC_PENSION);
    }

    @Test
    void program_subjectKindAndLegalBasis() {
        assertThat(Dibao.PROGRAM.subjectKind()).isEqualTo(SubjectKind.HOUSEHOLD);
        assertThat(TemporaryAssistance.PROGRAM.subjectKind()).isEqualTo(SubjectKind.HOUSEHOLD);
        assertThat(HomeAdaptationProgram.PROGRAM.subjectKind()).isEqualTo(SubjectKind.HOUSEHOLD);
        assertThat(Tekun.PROGRAM.subjectKind()).isEqualTo(SubjectKind.PERSON);
        assertThat(Dibao.PROGRAM.legalBasis().get(1).toString())
                .isEqualTo("《最低生活保障审核确认办法》（民发〔2021〕57号）");
    }

    static Stream<Class<? extends Coded>> modelEnums() {
        return Stream.of(HukouType.class, Relation.class, IncomeKind.class, StatusKind.class,
                LabourCapacity.class, ParentRole.class, ActivityOfDailyLiving.class,
                SelfCareAbility.class, CapabilityLevel.class, SubjectKind.class,
                CaseState.class, ApprovalLevel.class, PaymentStatus.class, PaymentComponent.class,
                ServiceRecordKind.class, HomeCareService.class, LivingArrangement.class, CareRisk.class,
                PremiumPayer.class, GuardianRelation.class, PartnerKind.class, FacilityKind.class);
    }

    @ParameterizedTest
    @MethodSource("modelEnums")
    void everyModelEnum_hasUniqueLowerCaseCodesAndBothNames(Class<? extends Coded> type) {
        List<String> codes = codes(type);
        assertThat(codes).doesNotHaveDuplicates()
                .allMatch(c -> c.matches("[a-z0-9]+(-[a-z0-9]+)*"), "lower-case with hyphens");
        for (Coded c : type.getEnumConstants()) {
            assertThat(c.chineseName()).matches(".*\\p{IsHan}.*");
            assertThat(c.englishName()).isNotBlank();
        }
    }
}
