package org.minzheng.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.minzheng.core.builtin.BuiltInPrograms;
import org.minzheng.core.cases.ApprovalLevel;
import org.minzheng.core.cases.Case;
import org.minzheng.core.cases.CaseId;
import org.minzheng.core.cases.Payment;
import org.minzheng.core.cases.PaymentComponent;
import org.minzheng.core.cases.PaymentKey;
import org.minzheng.core.cases.Transition;
import org.minzheng.core.elderly.HomeCareService;
import org.minzheng.core.elderly.HomeCareVisit;
import org.minzheng.core.identity.CreditCode;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.money.Money;
import org.minzheng.core.program.ProgramCode;
import org.minzheng.core.program.SubjectRef;
import org.minzheng.core.programs.NationalPrograms;
import org.minzheng.core.registry.HouseholdId;
import org.minzheng.core.registry.PersonId;
import org.minzheng.core.rule.Measure;
import org.minzheng.core.service.Organisation;
import org.minzheng.core.service.ServiceRecordId;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The same figure is the same in every section: a household or person in coverage is counted once in the
 * program table, the groups, the townships and the categories, and the rendered tables agree with each other
 * and with the headline figures.
 */
class ReportConsistencyTest {

    private static final RegionCode DANTU = RegionCode.parse("321112");
    private static final RegionCode[] TOWNS = {RegionCode.parse("321112001"), RegionCode.parse("321112100"),
        RegionCode.parse("321112101")};
    private static final ProgramCode[] PROGRAMS = {NationalPrograms.DIBAO, NationalPrograms.SENIOR_ALLOWANCE,
        NationalPrograms.DISABILITY_LIVING_SUBSIDY, NationalPrograms.DISABILITY_CARE_SUBSIDY, NationalPrograms.HOME_CARE};
    private static final YearMonth JAN = YearMonth.of(2022, 1);
    private static final YearMonth OCT = YearMonth.of(2022, 10);
    private static final Organisation PROVIDER = Organisation.of(CreditCode.parse("91350100M000100Y43"), "服务中心");

    private static Instant at(int year, int month, int day) {
        return LocalDate.of(year, month, day).atTime(10, 0).atZone(DistrictReport.CHINA).toInstant();
    }

    private static SubjectRef subject(ProgramCode program, int k) {
        return program.equals(NationalPrograms.DIBAO) ? SubjectRef.household(HouseholdId.of("h-" + k))
                : SubjectRef.person(PersonId.of("p-" + k));
    }

    private static Case activeCase(String id, ProgramCode program, SubjectRef subject, RegionCode region, Instant activated) {
        Instant applied = activated.minusSeconds(86_400L * 20);
        return Case.open(CaseId.of(id), program, subject, region, PersonId.of("p-" + id),
                        Transition.application("clerk", applied, "application", ApprovalLevel.TOWNSHIP))
                .review("clerk", applied.plusSeconds(86_400), "reviewed")
                .approve(ApprovalLevel.COUNTY, "county", applied.plusSeconds(2 * 86_400), "approved")
                .activate(ApprovalLevel.COUNTY, "county", activated, "payments start");
    }

    /** One case drawn from a number: program, subject, township, persons, whether it ended in the period. */
    private record Spec(ProgramCode program, int subject, RegionCode town, int persons, boolean ended) {
        static Spec of(int n) {
            ProgramCode p = PROGRAMS[n % PROGRAMS.length];
            return new Spec(p, (n / 5) % 8, TOWNS[(n / 40) % TOWNS.length],
                    p.equals(NationalPrograms.DIBAO) ? 1 + (n / 120) % 4 : 1, (n / 480) % 3 == 0);
        }
    }

    private static DistrictReport build(List<Spec> specs) {
        DistrictReport.Builder b = DistrictReport.builder(DANTU, JAN, OCT, BuiltInPrograms.all());
        for (int i = 0; i < specs.size(); i++) {
            Spec s = specs.get(i);
            Case c = activeCase("c" + i, s.program(), subject(s.program(), s.subject()), s.town(), at(2021, 6, 1));
            if (s.ended()) {
                c = c.terminate(ApprovalLevel.COUNTY, "county", at(2022, 5, 1), "ended");
            }
            b.addCase(c, s.persons());
            b.addPayment(Payment.posted(PaymentKey.of(CaseId.of("c" + i), JAN, PaymentComponent.BASE), 1,
                    Money.of("100.00"), at(2022, 1, 1)));
        }
        return b.build();
    }

    @Test
    void everySection_countsEachSubjectInCoverageOnce_withThePersonsOfItsCase() {
        qt().withExamples(300).forAll(lists().of(integers().between(0, 1_439)).ofSizeBetween(0, 40)).checkAssert(ns -> {
            List<Spec> specs = ns.stream().map(Spec::of).toList();
            DistrictReport r = build(specs);
            Map<ProgramCode, Map<Integer, Integer>> open = new HashMap<>();
            for (Spec s : specs) {
                if (!s.ended()) {
                    open.computeIfAbsent(s.program(), k -> new HashMap<>()).merge(s.subject(), s.persons(), Math::max);
                }
            }
            for (ProgramCode p : PROGRAMS) {
                Map<Integer, Integer> expected = open.getOrDefault(p, Map.of());
                Count covered = r.program(p).map(ProgramLines::covered).orElse(new Count(0, 0));
                assertThat(covered).as(p + " in coverage").isEqualTo(
                        new Count(expected.size(), expected.values().stream().mapToInt(Integer::intValue).sum()));
                assertThat(r.townships().stream().mapToInt(t -> t.persons(p)).sum()).as(p + " by township")
                        .isEqualTo(covered.persons());
                r.program(p).filter(l -> l.reports(Measure.BY_CATEGORY)).ifPresent(l ->
                        assertThat(l.byCategory().stream().mapToInt(CategoryCount::count).sum()).as(p + " by category")
                                .isEqualTo(covered.subjects()));
            }
            Set<Integer> disabled = new HashSet<>(open.getOrDefault(NationalPrograms.DISABILITY_LIVING_SUBSIDY, Map.of()).keySet());
            disabled.addAll(open.getOrDefault(NationalPrograms.DISABILITY_CARE_SUBSIDY, Map.of()).keySet());
            Count group = r.groups().stream().filter(g -> g.code().equals("disability-subsidies")).map(GroupLines::covered)
                    .findFirst().orElse(new Count(0, 0));
            assertThat(group).as("the two subsidies together").isEqualTo(new Count(disabled.size(), disabled.size()));
        });
    }

    @Test
    void renderedTables_agreeWithEachOtherAndWithTheHeadline() throws Exception {
        // Household h-1 has two DIBAO cases open at the end (a new application while an old case is in gradual
        // exit, as happens): it is one household of three persons in every table.
        SubjectRef h1 = subject(NationalPrograms.DIBAO, 1);
        SubjectRef elder = subject(NationalPrograms.HOME_CARE, 7);
        Case older = activeCase("c1", NationalPrograms.DIBAO, h1, TOWNS[0], at(2021, 6, 1));
        Case newer = activeCase("c2", NationalPrograms.DIBAO, h1, TOWNS[0], at(2022, 4, 1));
        Case other = activeCase("c3", NationalPrograms.DIBAO, subject(NationalPrograms.DIBAO, 2), TOWNS[1], at(2021, 6, 1));
        Case care = activeCase("c4", NationalPrograms.HOME_CARE, elder, TOWNS[1], at(2021, 6, 1));
        Case careEnded = activeCase("c5", NationalPrograms.HOME_CARE, subject(NationalPrograms.HOME_CARE, 8), TOWNS[1],
                at(2021, 6, 1)).terminate(ApprovalLevel.COUNTY, "county", at(2022, 5, 1), "moved away");
        DistrictReport.Builder b = DistrictReport.builder(DANTU, JAN, OCT, BuiltInPrograms.all())
                .regionName(TOWNS[0], "高资街道").regionName(TOWNS[1], "高桥镇")
                .addCase(older, 3).addCase(newer, 3).addCase(other, 2).addCase(care, 1).addCase(careEnded, 1)
                .addPayment(Payment.posted(PaymentKey.of(CaseId.of("c1"), JAN, PaymentComponent.BASE), 1,
                        Money.of("12345.00"), at(2022, 1, 1)));
        int visit = 0;
        for (SubjectRef s : List.of(elder, subject(NationalPrograms.HOME_CARE, 8))) {
            b.addServiceRecord(HomeCareVisit.builder().id(ServiceRecordId.of("v" + visit++)).subject(s).region(TOWNS[1])
                    .provider(PROVIDER).worker("helper").start(LocalDateTime.of(2022, 2, 3, 9, 0))
                    .end(LocalDateTime.of(2022, 2, 3, 11, 0)).service(HomeCareService.CLEANING).build());
        }
        DistrictReport r = b.build();
        assertThat(r.program(NationalPrograms.DIBAO).orElseThrow().covered()).isEqualTo(new Count(2, 5));

        Map<String, List<List<String>>> zh = tables(ReportRenderer.html(r, Locale.CHINA, Optional.empty()));
        List<String> dibao = row(zh.get("分项目统计"), "最低生活保障");
        List<String> homeCare = row(zh.get("分项目统计"), "居家养老上门服务");
        assertThat(dibao.get(3)).as("期末在保(户/人)").isEqualTo("2/5");
        assertThat(homeCare.get(3)).isEqualTo("1");
        assertThat(homeCare.get(4)).as("期内惠及 of a service program is those served").isEqualTo("2");
        List<String> services = row(zh.get("服务统计"), "居家养老上门服务");
        assertThat(services.get(1)).as("in coverage: services table = program table").isEqualTo(homeCare.get(3));
        assertThat(services.get(2)).as("served: services table = 惠及 in the program table").isEqualTo(homeCare.get(4));
        assertThat(zh.get("服务统计").get(0).get(2)).isEqualTo("期内服务对象");
        List<List<String>> towns = zh.get("分镇街期末在保人数（表）");
        int dibaoColumn = towns.get(0).indexOf("最低生活保障");
        assertThat(towns.stream().skip(1).mapToInt(t -> Integer.parseInt(t.get(dibaoColumn).replace(",", ""))).sum())
                .as("township column = persons in coverage").isEqualTo(5);
        List<List<String>> headline = zh.get("主要指标");
        assertThat(row(headline, "最低生活保障 期末在保（户数）").get(1)).isEqualTo("2");
        assertThat(row(headline, "最低生活保障 期末在保（人数）").get(1)).isEqualTo("5");
        assertThat(row(headline, "最低生活保障 期内惠及（人数）").get(1)).isEqualTo("3");
        assertThat(row(headline, "最低生活保障 发放金额（元）").get(1)).as("thousands separators").isEqualTo("12,345.00");
        assertThat(row(zh.get("分类在保"), "居家养老上门服务").get(1)).isEqualTo("未分类");
        assertThat(row(zh.get("分类在保"), "居家养老上门服务").get(2)).isEqualTo(homeCare.get(3));
    }

    @Test
    void townshipTable_onThePage_isSplitBySixPrograms_withEveryProgramOnceAndTheTotalLast() throws Exception {
        // Eight programs in coverage: one table would be wider than an A4 page or a 1,024 px window.
        ProgramCode[] eight = {NationalPrograms.DIBAO, NationalPrograms.TEKUN, NationalPrograms.SENIOR_ALLOWANCE,
            NationalPrograms.DISABILITY_LIVING_SUBSIDY, NationalPrograms.DISABILITY_CARE_SUBSIDY,
            NationalPrograms.HOME_CARE, NationalPrograms.CARE_VISIT, NationalPrograms.CHILD_SUBSIDY};
        DistrictReport.Builder b = DistrictReport.builder(DANTU, JAN, OCT, BuiltInPrograms.all())
                .regionName(TOWNS[0], "高资街道").regionName(TOWNS[1], "高桥镇");
        for (int i = 0; i < eight.length; i++) {
            b.addCase(activeCase("t" + i, eight[i], subject(eight[i], 100 + i), TOWNS[i % 2], at(2021, 6, 1)), 1);
        }
        Map<String, List<List<String>>> zh = tables(ReportRenderer.html(b.build(), Locale.CHINA, Optional.empty()));
        List<List<String>> first = zh.get("分镇街期末在保人数（表）（1/2）");
        List<List<String>> second = zh.get("分镇街期末在保人数（表）（2/2）");
        assertThat(zh).doesNotContainKey("分镇街期末在保人数（表）");
        assertThat(first.get(0)).hasSize(7).startsWith("镇街").doesNotContain("合计(人项)");
        assertThat(second.get(0)).hasSize(4).startsWith("镇街").endsWith("合计(人项)");
        List<String> columns = new ArrayList<>(first.get(0).subList(1, 7));
        columns.addAll(second.get(0).subList(1, 3));
        assertThat(columns).doesNotHaveDuplicates().hasSize(8);
        assertThat(first.stream().skip(1).map(r -> r.get(0)).toList())
                .as("the same townships in both parts, in the same order")
                .isEqualTo(second.stream().skip(1).map(r -> r.get(0)).toList());
    }

    private static List<String> row(List<List<String>> table, String first) {
        assertThat(table).as("table with a row " + first).isNotNull();
        return table.stream().filter(r -> r.get(0).equals(first)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + first + " in " + table));
    }

    /** Every table of the page under the heading before it, as rows of cell texts (header row first). */
    private static Map<String, List<List<String>>> tables(String html) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        Map<String, List<List<String>>> out = new LinkedHashMap<>();
        NodeList all = doc.getElementsByTagName("table");
        for (int i = 0; i < all.getLength(); i++) {
            Element table = (Element) all.item(i);
            org.w3c.dom.Node h = table.getPreviousSibling();
            while (h != null && !(h instanceof Element e && e.getTagName().equals("h2"))) {
                h = h.getPreviousSibling();
            }
            List<List<String>> rows = new ArrayList<>();
            NodeList trs = table.getElementsByTagName("tr");
            for (int j = 0; j < trs.getLength(); j++) {
                List<String> cells = new ArrayList<>();
                NodeList cs = ((Element) trs.item(j)).getChildNodes();
                for (int k = 0; k < cs.getLength(); k++) {
                    if (cs.item(k) instanceof Element c) {
                        cells.add(c.getTextContent().trim());
                    }
                }
                rows.add(cells);
            }
            out.put(h == null ? "" : h.getTextContent().trim(), rows);
        }
        return out;
    }
}
