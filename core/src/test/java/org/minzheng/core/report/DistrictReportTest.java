package org.minzheng.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.minzheng.core.cases.ApprovalLevel;
import org.minzheng.core.cases.Case;
import org.minzheng.core.cases.CaseId;
import org.minzheng.core.cases.Payment;
import org.minzheng.core.cases.PaymentComponent;
import org.minzheng.core.cases.PaymentKey;
import org.minzheng.core.cases.Transition;
import org.minzheng.core.children.GuardianRelation;
import org.minzheng.core.children.GuardianshipConfirmation;
import org.minzheng.core.code.Coded;
import org.minzheng.core.elderly.AccidentInsuranceEnrolment;
import org.minzheng.core.elderly.HomeCareService;
import org.minzheng.core.elderly.HomeCareVisit;
import org.minzheng.core.elderly.PremiumPayer;
import org.minzheng.core.facility.Facility;
import org.minzheng.core.facility.FacilityId;
import org.minzheng.core.facility.FacilityKind;
import org.minzheng.core.facility.GradeScheme;
import org.minzheng.core.identity.CreditCode;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.money.Money;
import org.minzheng.core.program.Program;
import org.minzheng.core.program.SubjectRef;
import org.minzheng.core.registry.HouseholdId;
import org.minzheng.core.registry.PersonId;
import org.minzheng.core.service.Organisation;
import org.minzheng.core.service.ServiceRecordId;

class DistrictReportTest {

    private static final RegionCode DANTU = RegionCode.parse("321112");
    private static final RegionCode GAOZI_VILLAGE = RegionCode.parse("321112001001");
    private static final RegionCode GAOQIAO = RegionCode.parse("321112100");
    private static final YearMonth JAN = YearMonth.of(2022, 1);
    private static final YearMonth OCT = YearMonth.of(2022, 10);
    private static final Organisation PROVIDER = Organisation.of(CreditCode.parse("91350100M000100Y43"), "服务中心");

    private static Instant at(int year, int month, int day) {
        return LocalDate.of(year, month, day).atTime(10, 0).atZone(DistrictReport.CHINA).toInstant();
    }

    private static Case activeCase(String id, Program program, RegionCode region, Instant activated) {
        SubjectRef subject = program == Program.DIBAO ? SubjectRef.household(HouseholdId.of("h-" + id))
                : SubjectRef.person(PersonId.of("p-" + id));
        Instant applied = activated.minusSeconds(86_400L * 20);
        return Case.open(CaseId.of(id), program, subject, region, PersonId.of("p-" + id),
                        Transition.application("clerk", applied, "application", ApprovalLevel.TOWNSHIP))
                .review("clerk", applied.plusSeconds(86_400), "reviewed")
                .approve(ApprovalLevel.COUNTY, "county", applied.plusSeconds(2 * 86_400), "approved")
                .activate(ApprovalLevel.COUNTY, "county", activated, "payments start");
    }

    private static Payment pay(String caseId, YearMonth month, String amount) {
        return Payment.posted(PaymentKey.of(CaseId.of(caseId), month, PaymentComponent.BASE), 1, Money.of(amount), at(2022, 1, 1));
    }

    private static DistrictReport sample() {
        Case old = activeCase("c1", Program.DIBAO, GAOZI_VILLAGE, at(2021, 6, 1));
        Case fresh = activeCase("c2", Program.DIBAO, GAOQIAO, at(2022, 3, 1));
        Case ended = activeCase("c3", Program.DIBAO, GAOQIAO, at(2021, 6, 1))
                .terminate(ApprovalLevel.COUNTY, "county", at(2022, 5, 1), "income above the standard");
        Case later = activeCase("c4", Program.DIBAO, GAOQIAO, at(2022, 11, 2));
        Case senior = activeCase("c5", Program.SENIOR_ALLOWANCE, GAOQIAO, at(2021, 1, 5));
        Case child = activeCase("c6", Program.LEFT_BEHIND_CHILD_CARE, GAOQIAO, at(2021, 1, 5));
        Case child2 = activeCase("c7", Program.LEFT_BEHIND_CHILD_CARE, GAOQIAO, at(2021, 1, 5));
        Payment reversed = pay("c1", YearMonth.of(2022, 2), "600.00");
        return DistrictReport.builder(DANTU, JAN, OCT)
                .regionName(DANTU, "丹徒区").regionName(GAOQIAO, "高桥镇")
                .addCase(old, 2).addCase(fresh, 1).addCase(ended, 3).addCase(later, 4)
                .addCase(senior, 1).addCase(child, 1).addCase(child2, 1)
                .addPayment(pay("c1", JAN, "500.00"), Program.DIBAO)
                .addPayment(reversed, Program.DIBAO)
                .addPayment(reversed.reversal(2, at(2022, 3, 1), "wrong amount"), Program.DIBAO)
                .addPayment(pay("c2", YearMonth.of(2022, 3), "250.50"), Program.DIBAO)
                .addPayment(pay("c1", YearMonth.of(2021, 12), "999.00"), Program.DIBAO)
                .addPayment(pay("c5", JAN, "60.00"), Program.SENIOR_ALLOWANCE)
                .addServiceRecord(HomeCareVisit.builder().id(ServiceRecordId.of("v1")).subject(SubjectRef.person(PersonId.of("p-c5")))
                        .region(GAOQIAO).provider(PROVIDER).worker("helper")
                        .start(LocalDateTime.of(2022, 2, 3, 9, 0)).end(LocalDateTime.of(2022, 2, 3, 12, 0))
                        .service(HomeCareService.CLEANING).build())
                .addServiceRecord(HomeCareVisit.builder().id(ServiceRecordId.of("v2")).subject(SubjectRef.person(PersonId.of("p-c5")))
                        .region(GAOQIAO).provider(PROVIDER).worker("helper")
                        .start(LocalDateTime.of(2022, 2, 10, 9, 0)).end(LocalDateTime.of(2022, 2, 10, 10, 30))
                        .service(HomeCareService.HAIRCUT).build())
                .addServiceRecord(enrolment("i1", PremiumPayer.GOVERNMENT))
                .addServiceRecord(enrolment("i2", PremiumPayer.SELF))
                .addServiceRecord(enrolment("i3", PremiumPayer.SHARED))
                .addServiceRecord(GuardianshipConfirmation.builder().id(ServiceRecordId.of("g1"))
                        .subject(SubjectRef.person(PersonId.of("p-c6"))).region(GAOQIAO).guardianName("祖母")
                        .guardianRelation(GuardianRelation.GRANDPARENT).signedOn(LocalDate.of(2021, 9, 1))
                        .termStart(LocalDate.of(2021, 9, 1)).build())
                .addChildInDifficulty(new Category("orphan", "孤儿", "orphan"))
                .addChildInDifficulty(new Category("orphan", "孤儿", "orphan"))
                .addFacility(Facility.builder().id(FacilityId.of("f1")).kind(FacilityKind.COMMUNITY_ELDERLY_CARE_CENTRE)
                        .name("社区中心").region(GAOQIAO).operator(PROVIDER).grade(GradeScheme.JIANGSU_CENTRE_A.grade("3A")).build())
                .build();
    }

    private static AccidentInsuranceEnrolment enrolment(String id, PremiumPayer payer) {
        return AccidentInsuranceEnrolment.builder().id(ServiceRecordId.of(id)).subject(SubjectRef.person(PersonId.of("p-" + id)))
                .region(GAOQIAO).year(Year.of(2022)).premium(Money.of("20.00")).payer(payer)
                .enrolledOn(LocalDate.of(2022, 1, 15)).build();
    }

    private record Category(String code, String chineseName, String englishName) implements Coded {
    }

    @Test
    void build_countsNewCancelledAndCoveredByTransitionsInThePeriod() {
        ProgramFigures dibao = sample().program(Program.DIBAO);
        assertThat(dibao.newCases()).isEqualTo(1);
        assertThat(dibao.newPersons()).isEqualTo(1);
        assertThat(dibao.cancelledCases()).isEqualTo(1);
        assertThat(dibao.cancelledPersons()).isEqualTo(3);
        assertThat(dibao.coveredCases()).isEqualTo(2);
        assertThat(dibao.coveredPersons()).isEqualTo(3);
        assertThat(dibao.countsHouseholds()).isTrue();
    }

    @Test
    void build_amountsAreNetOfReversalsAndLimitedToThePeriod() {
        DistrictReport r = sample();
        assertThat(r.program(Program.DIBAO).amountPaid()).isEqualTo(Money.of("750.50"));
        assertThat(r.program(Program.DIBAO).paymentEntries()).isEqualTo(2);
        assertThat(r.amount(Program.DIBAO, YearMonth.of(2022, 2))).isEqualTo(Money.ZERO);
        assertThat(r.amount(Program.DIBAO, YearMonth.of(2022, 3))).isEqualTo(Money.of("250.50"));
        assertThat(r.totalPaid()).isEqualTo(Money.of("810.50"));
        assertThat(r.monthlyAmounts()).extracting(MonthlyAmount::month).allMatch(m -> !m.isBefore(JAN) && !m.isAfter(OCT));
    }

    @Test
    void build_countsServicesChildrenFacilitiesAndTownships() {
        DistrictReport r = sample();
        assertThat(r.services().homeCarePersons()).isEqualTo(1);
        assertThat(r.services().homeCareVisits()).isEqualTo(2);
        assertThat(r.services().homeCareHours()).isEqualByComparingTo("4.5");
        assertThat(r.services().insuranceGovernmentPaid()).isEqualTo(1);
        assertThat(r.services().insuranceOther()).isEqualTo(2);
        assertThat(r.leftBehindWithConfirmation()).isEqualTo(1);
        assertThat(r.leftBehindWithoutConfirmation()).isEqualTo(1);
        assertThat(r.childrenInDifficulty()).containsExactly(new CategoryCount("orphan", "孤儿", "orphan", 2));
        assertThat(r.facilities()).containsExactly(new FacilityCount(FacilityKind.COMMUNITY_ELDERLY_CARE_CENTRE, Optional.of("3A"), 1));
        assertThat(r.townships()).extracting(TownshipCoverage::label).containsExactly("321112001", "高桥镇");
        assertThat(r.townships().get(1).persons(Program.DIBAO)).isEqualTo(1);
    }

    @Test
    void addCase_outsideTheRegion_isRefused() {
        Case elsewhere = activeCase("x", Program.DIBAO, RegionCode.parse("321102"), at(2021, 6, 1));
        DistrictReport.Builder b = DistrictReport.builder(DANTU, JAN, OCT);
        assertThatThrownBy(() -> b.addCase(elsewhere, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("321102");
    }

    @Test
    void builder_periodEndingBeforeItStarts_isRefused() {
        assertThatThrownBy(() -> DistrictReport.builder(DANTU, OCT, JAN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void html_isWellFormedSelfContainedAndHasBothCharts() throws Exception {
        String html = ReportRenderer.html(sample(), Locale.CHINA, Optional.of(reference()));
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        var doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg").getLength()).isEqualTo(2);
        assertThat(doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "rect").getLength()).isGreaterThan(2);
        assertThat(html).doesNotContain("<script").doesNotContain("src=").doesNotContain("href=").doesNotContain("url(");
        Matcher m = Pattern.compile("https?://[^\"\\s]+").matcher(html);
        while (m.find()) {
            assertThat(m.group()).isIn("http://www.w3.org/1999/xhtml", "http://www.w3.org/2000/svg");
        }
        assertThat(html).contains("最低生活保障").contains("高桥镇").contains("+10.0%");
    }

    @Test
    void html_escapesNamesThatLookLikeMarkup() throws Exception {
        DistrictReport r = DistrictReport.builder(DANTU, JAN, OCT).regionName(DANTU, "<b>&\"x\"</b>")
                .addCase(activeCase("c1", Program.DIBAO, GAOQIAO, at(2021, 6, 1)), 1).build();
        String html = ReportRenderer.html(r, Locale.ENGLISH, Optional.empty());
        assertThat(html).doesNotContain("<b>").contains("&lt;b&gt;&amp;&quot;x&quot;");
        DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void text_inChineseAndEnglish_showsProgramsAndDeviation() {
        DistrictReport r = sample();
        String zh = ReportRenderer.text(r, Locale.CHINA, Optional.of(reference()));
        String en = ReportRenderer.text(r, Locale.ENGLISH, Optional.of(reference()));
        assertThat(zh).contains("最低生活保障").contains("1/1").contains("2/3").contains("750.50").contains("+10.0%").contains("留守儿童");
        assertThat(en).contains("minimum living guarantee").contains("Headline figures").contains("+10.0%").doesNotContain("最低生活保障");
    }

    @Test
    void json_carriesEveryFigureWithCodesAndEscapes() {
        DistrictReport r = DistrictReport.builder(DANTU, JAN, OCT).regionName(DANTU, "丹徒\"区\"\n").build();
        String json = ReportRenderer.json(r, Optional.of(reference()));
        assertThat(json).contains("\"regionName\": \"丹徒\\\"区\\\"\\n\"").contains("\"program\": \"dibao\"")
                .contains("\"figure\": \"dibao-covered-households\"").contains("\"deviationPercent\": -100.0")
                .contains("\"referenceSource\": \"published\"");
        assertThat(json.chars().filter(c -> c == '{').count()).isEqualTo(json.chars().filter(c -> c == '}').count());
        assertThat(json.chars().filter(c -> c == '[').count()).isEqualTo(json.chars().filter(c -> c == ']').count());
    }

    @Test
    void referenceFigures_deviationIsRelativeToTheReference() {
        DistrictReport r = sample();
        ReferenceFigures ref = reference();
        assertThat(ref.deviationPercent(Figure.DIBAO_HOUSEHOLDS, r)).contains(new BigDecimal("0.0"));
        assertThat(ref.deviationPercent(Figure.DIBAO_PERSONS, r)).contains(new BigDecimal("50.0"));
        assertThat(ref.deviationPercent(Figure.TEKUN_PERSONS, r)).isEmpty();
    }

    private static ReferenceFigures reference() {
        return new ReferenceFigures("published", Map.of(Figure.DIBAO_HOUSEHOLDS, new BigDecimal("2"),
                Figure.DIBAO_PERSONS, new BigDecimal("2"), Figure.DIBAO_NEW_HOUSEHOLDS, new BigDecimal("1"),
                Figure.DIBAO_AMOUNT, new BigDecimal("682.27")));
    }
}
