package org.minzheng.core.report;

import org.minzheng.core.builtin.BuiltInPrograms;
import org.minzheng.core.program.ProgramCode;
import org.minzheng.core.programs.NationalPrograms;
import org.minzheng.core.rule.Measure;
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

    private static Case activeCase(String id, ProgramCode program, RegionCode region, Instant activated) {
        SubjectRef subject = program.equals(NationalPrograms.DIBAO) ? SubjectRef.household(HouseholdId.of("h-" + id))
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

    private static DistrictReport.Builder builder() {
        return DistrictReport.builder(DANTU, JAN, OCT, BuiltInPrograms.all());
    }

    private static DistrictReport sample() {
        Case old = activeCase("c1", NationalPrograms.DIBAO, GAOZI_VILLAGE, at(2021, 6, 1));
        Case fresh = activeCase("c2", NationalPrograms.DIBAO, GAOQIAO, at(2022, 3, 1));
        Case ended = activeCase("c3", NationalPrograms.DIBAO, GAOQIAO, at(2021, 6, 1))
                .terminate(ApprovalLevel.COUNTY, "county", at(2022, 5, 1), "income above the standard");
        Case later = activeCase("c4", NationalPrograms.DIBAO, GAOQIAO, at(2022, 11, 2));
        Case senior = activeCase("c5", NationalPrograms.SENIOR_ALLOWANCE, GAOQIAO, at(2021, 1, 5));
        Case child = activeCase("c6", NationalPrograms.LEFT_BEHIND_CHILD_CARE, GAOQIAO, at(2021, 1, 5));
        Case child2 = activeCase("c7", NationalPrograms.LEFT_BEHIND_CHILD_CARE, GAOQIAO, at(2021, 1, 5));
        Case living = activeCase("c8", NationalPrograms.DISABILITY_LIVING_SUBSIDY, GAOQIAO, at(2021, 1, 5));
        Case care = activeCase("c8", NationalPrograms.DISABILITY_CARE_SUBSIDY, GAOQIAO, at(2021, 1, 5));
        Case homeCare = activeCase("c5", NationalPrograms.HOME_CARE, GAOQIAO, at(2021, 1, 5));
        Case orphan = activeCase("c9", NationalPrograms.CHILD_SUBSIDY, GAOQIAO, at(2021, 1, 5));
        Payment reversed = pay("c1", YearMonth.of(2022, 2), "600.00");
        return builder()
                .regionName(DANTU, "丹徒区").regionName(GAOQIAO, "高桥镇")
                .addCase(old, 2).addCase(fresh, 1).addCase(ended, 3).addCase(later, 4)
                .addCase(senior, 1).addCase(child, 1).addCase(child2, 1).addCase(living, 1).addCase(care, 1)
                .addCase(homeCare, 1).addCase(orphan, 1)
                .addPayment(pay("c1", JAN, "500.00"))
                .addPayment(reversed)
                .addPayment(reversed.reversal(2, at(2022, 3, 1), "wrong amount"))
                .addPayment(pay("c2", YearMonth.of(2022, 3), "250.50"))
                .addPayment(pay("c1", YearMonth.of(2021, 12), "999.00"))
                .addPayment(pay("c5", JAN, "60.00"))
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
                .addCategory(NationalPrograms.CHILD_SUBSIDY, new Category("orphan", "孤儿", "orphan"))
                .addCategory(NationalPrograms.CHILD_SUBSIDY, new Category("orphan", "孤儿", "orphan"))
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

    private static ProgramLines lines(DistrictReport r, ProgramCode p) {
        return r.program(p).orElseThrow();
    }

    @Test
    void build_countsNewCancelledAndCoveredByTransitionsInThePeriod() {
        ProgramLines dibao = lines(sample(), NationalPrograms.DIBAO);
        assertThat(dibao.newCases()).isEqualTo(new Count(1, 1));
        assertThat(dibao.cancelled()).isEqualTo(new Count(1, 3));
        assertThat(dibao.covered()).isEqualTo(new Count(2, 3));
        assertThat(dibao.reached()).as("paid for a month of the period").isEqualTo(new Count(2, 3));
        assertThat(dibao.countsHouseholds()).isTrue();
    }

    @Test
    void build_amountsAreNetOfReversalsAndLimitedToThePeriod() {
        DistrictReport r = sample();
        assertThat(lines(r, NationalPrograms.DIBAO).amount()).isEqualTo(Money.of("750.50"));
        assertThat(lines(r, NationalPrograms.DIBAO).payments()).isEqualTo(2);
        assertThat(r.amount(NationalPrograms.DIBAO, YearMonth.of(2022, 2))).isEqualTo(Money.ZERO);
        assertThat(r.amount(NationalPrograms.DIBAO, YearMonth.of(2022, 3))).isEqualTo(Money.of("250.50"));
        assertThat(r.totalPaid()).isEqualTo(Money.of("810.50"));
        assertThat(r.monthlyAmounts()).extracting(MonthlyAmount::month).allMatch(m -> !m.isBefore(JAN) && !m.isAfter(OCT));
    }

    @Test
    void build_countsWhatEachProgramDeclares_servicesCategoriesRecordsGroups() {
        DistrictReport r = sample();
        ProgramLines homeCare = lines(r, NationalPrograms.HOME_CARE);
        assertThat(homeCare.served()).isEqualTo(1);
        assertThat(homeCare.services()).isEqualTo(2);
        assertThat(homeCare.hours()).isEqualByComparingTo("4.5");
        assertThat(lines(r, NationalPrograms.ELDERLY_ACCIDENT_INSURANCE).services()).isEqualTo(3);
        ProgramLines leftBehind = lines(r, NationalPrograms.LEFT_BEHIND_CHILD_CARE);
        assertThat(leftBehind.covered().subjects()).isEqualTo(2);
        assertThat(leftBehind.withRecordInForce()).isEqualTo(1);
        assertThat(lines(r, NationalPrograms.CHILD_SUBSIDY).byCategory())
                .containsExactly(new CategoryCount("orphan", "孤儿", "orphan", 2));
        assertThat(r.groups()).singleElement().satisfies(g -> {
            assertThat(g.code()).isEqualTo("disability-subsidies");
            assertThat(g.covered()).as("a person receiving both subsidies counts once").isEqualTo(new Count(1, 1));
        });
        assertThat(r.facilities()).containsExactly(new FacilityCount(FacilityKind.COMMUNITY_ELDERLY_CARE_CENTRE, Optional.of("3A"), 1));
        assertThat(r.townships()).extracting(TownshipCoverage::label).containsExactly("321112001", "高桥镇");
        assertThat(r.townships().get(1).persons(NationalPrograms.DIBAO)).isEqualTo(1);
    }

    @Test
    void build_aCaseOfAnUnregisteredProgram_isReportedUnderItsCode() {
        ProgramCode local = ProgramCode.of("xx-local");
        DistrictReport r = builder().addCase(activeCase("c1", local, GAOQIAO, at(2021, 6, 1)), 1)
                .addPayment(pay("c1", JAN, "80.00")).build();
        assertThat(lines(r, local).chineseName()).isEqualTo("xx-local");
        assertThat(lines(r, local).amount()).isEqualTo(Money.of("80.00"));
        assertThat(r.value(Figure.of(local, Measure.AMOUNT, Quantity.AMOUNT))).contains(new BigDecimal("80.00"));
    }

    @Test
    void addCase_outsideTheRegion_isRefused() {
        Case elsewhere = activeCase("x", NationalPrograms.DIBAO, RegionCode.parse("321102"), at(2021, 6, 1));
        DistrictReport.Builder b = builder();
        assertThatThrownBy(() -> b.addCase(elsewhere, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("321102");
    }

    @Test
    void builder_periodEndingBeforeItStarts_isRefused() {
        assertThatThrownBy(() -> DistrictReport.builder(DANTU, OCT, JAN, BuiltInPrograms.all()))
                .isInstanceOf(IllegalArgumentException.class);
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
        DistrictReport r = builder().regionName(DANTU, "<b>&\"x\"</b>")
                .addCase(activeCase("c1", NationalPrograms.DIBAO, GAOQIAO, at(2021, 6, 1)), 1).build();
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
        assertThat(zh).contains("最低生活保障").contains("1/1").contains("2/3").contains("750.50").contains("+10.0%")
                .contains("农村留守儿童关爱保护").contains("困境儿童生活补贴").contains("孤儿");
        assertThat(en).contains("minimum living guarantee").contains("Headline figures").contains("+10.0%").doesNotContain("最低生活保障");
    }

    @Test
    void json_carriesEveryFigureWithCodesAndEscapes() {
        DistrictReport r = builder().regionName(DANTU, "丹徒\"区\"\n").build();
        String json = ReportRenderer.json(r, Optional.of(reference()));
        assertThat(json).contains("\"regionName\": \"丹徒\\\"区\\\"\\n\"").contains("\"program\": \"dibao\"")
                .contains("\"figure\": \"dibao/in-coverage/subjects\"").contains("\"deviationPercent\": -100.0")
                .contains("\"referenceSource\": \"published\"");
        assertThat(json.chars().filter(c -> c == '{').count()).isEqualTo(json.chars().filter(c -> c == '}').count());
        assertThat(json.chars().filter(c -> c == '[').count()).isEqualTo(json.chars().filter(c -> c == ']').count());
    }

    @Test
    void referenceFigures_deviationIsRelativeToTheReference() {
        DistrictReport r = sample();
        ReferenceFigures ref = reference();
        assertThat(ref.deviationPercent(Figure.of(NationalPrograms.DIBAO, Measure.IN_COVERAGE, Quantity.SUBJECTS), r))
                .contains(new BigDecimal("0.0"));
        assertThat(ref.deviationPercent(Figure.of(NationalPrograms.DIBAO, Measure.IN_COVERAGE, Quantity.PERSONS), r))
                .contains(new BigDecimal("50.0"));
        assertThat(ref.deviationPercent(Figure.of(NationalPrograms.TEKUN, Measure.IN_COVERAGE, Quantity.SUBJECTS), r))
                .isEmpty();
    }

    @Test
    void figure_categoryOnlyForByCategory() {
        assertThatThrownBy(() -> new Figure("dibao", Measure.AMOUNT, Quantity.AMOUNT, Optional.of("x")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Figure.category(NationalPrograms.CHILD_SUBSIDY, "orphan")).hasToString("child-subsidy/by-category/orphan/subjects");
        assertThat(sample().value(Figure.category(NationalPrograms.CHILD_SUBSIDY, "orphan"))).contains(BigDecimal.valueOf(2));
    }

    private static ReferenceFigures reference() {
        Map<Figure, BigDecimal> v = new java.util.LinkedHashMap<>();
        v.put(Figure.of(NationalPrograms.DIBAO, Measure.IN_COVERAGE, Quantity.SUBJECTS), new BigDecimal("2"));
        v.put(Figure.of(NationalPrograms.DIBAO, Measure.IN_COVERAGE, Quantity.PERSONS), new BigDecimal("2"));
        v.put(Figure.of(NationalPrograms.DIBAO, Measure.NEW, Quantity.SUBJECTS), new BigDecimal("1"));
        v.put(Figure.of(NationalPrograms.DIBAO, Measure.AMOUNT, Quantity.AMOUNT), new BigDecimal("682.27"));
        return new ReferenceFigures("published", v);
    }
}
