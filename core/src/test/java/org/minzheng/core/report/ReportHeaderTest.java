package org.minzheng.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.minzheng.core.builtin.BuiltInPrograms;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.report.ReportHeader.IllustrativeStandard;

/** The header on every rendering, and the charts' round ticks. */
class ReportHeaderTest {

    private static final LocalDate DAY = LocalDate.of(2022, 11, 8);
    private static final IllustrativeStandard DIBAO_URBAN =
            new IllustrativeStandard("dibao.standard.urban", "城市最低生活保障标准", "urban dibao standard");

    private static DistrictReport report() {
        return DistrictReport.builder(RegionCode.parse("321112"), YearMonth.of(2022, 1), YearMonth.of(2022, 10),
                BuiltInPrograms.all()).regionName(RegionCode.parse("321112"), "丹徒区").build();
    }

    @Test
    void syntheticHeader_isOnEveryRendering_withOfficePeriodDateAndIllustrativeStandards() {
        ReportHeader header = new ReportHeader("丹徒区民政局", DAY, true, List.of(DIBAO_URBAN));
        DistrictReport r = report().withHeader(header);
        assertThat(r.header()).contains(header);
        for (String zh : List.of(ReportRenderer.text(r, Locale.CHINA), ReportRenderer.html(r, Locale.CHINA, Optional.empty()))) {
            assertThat(zh).contains("制表单位").contains("丹徒区民政局").contains("统计期").contains("2022年1月至2022年10月")
                    .contains("制表日期").contains("2022年11月8日").contains("模拟数据").contains("示意标准")
                    .contains("城市最低生活保障标准");
        }
        for (String en : List.of(ReportRenderer.text(r, Locale.ENGLISH), ReportRenderer.html(r, Locale.ENGLISH, Optional.empty()))) {
            assertThat(en).contains("Issuing office").contains("丹徒区民政局").contains("January 2022 to October 2022")
                    .contains("2022-11-08").contains("SYNTHETIC DATA").contains("Illustrative standards")
                    .contains("urban dibao standard");
        }
        assertThat(ReportRenderer.json(r)).contains("\"issuingOffice\": \"丹徒区民政局\"").contains("\"synthetic\": true")
                .contains("\"generatedOn\": \"2022-11-08\"").contains("\"periodFrom\": \"2022-01\"")
                .contains("\"code\": \"dibao.standard.urban\"");
    }

    @Test
    void realDataHeader_saysNothingSynthetic_andAReportWithoutHeaderSaysWhatIsNotStated() {
        DistrictReport real = report().withHeader(ReportHeader.of("丹徒区民政局", DAY));
        assertThat(ReportRenderer.text(real, Locale.CHINA)).doesNotContain("模拟数据").contains("无（所用标准均有文件依据）");
        assertThat(ReportRenderer.html(real, Locale.ENGLISH, Optional.empty())).doesNotContain("SYNTHETIC")
                .doesNotContain("class=\"synthetic\"");
        assertThat(ReportRenderer.json(real)).contains("\"synthetic\": false");
        DistrictReport bare = report();
        assertThat(ReportRenderer.text(bare, Locale.CHINA)).contains("制表单位：未注明").contains("统计期：2022年1月至2022年10月");
        assertThat(ReportRenderer.text(bare, Locale.ENGLISH)).contains("Issuing office: not stated");
        assertThat(ReportRenderer.json(bare)).contains("\"header\": null");
    }

    @Test
    void header_refusesNullBlankAndRepeatedValues() {
        assertThatThrownBy(() -> new ReportHeader(null, DAY, true, List.of())).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("issuingOffice");
        assertThatThrownBy(() -> new ReportHeader(" ", DAY, true, List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("制表单位");
        assertThatThrownBy(() -> new ReportHeader("x", null, true, List.of())).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("generatedOn");
        assertThatThrownBy(() -> new ReportHeader("x", DAY, true, List.of(DIBAO_URBAN, DIBAO_URBAN)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("示意标准");
        assertThatThrownBy(() -> report().withHeader(null)).isInstanceOf(NullPointerException.class);
        assertThat(ReportHeader.of("x", DAY).asSynthetic().synthetic()).isTrue();
    }

    @Test
    void chartText_tooWideForTheChart_isShortenedWithAnEllipsis() {
        String name = "一个名称很长很长的地方自定义救助项目".repeat(4);
        String fitted = ReportRenderer.fit(name, 300);
        assertThat(fitted).endsWith("…").startsWith("一个名称");
        assertThat(ReportRenderer.textWidth(fitted)).isLessThanOrEqualTo(300);
        assertThat(ReportRenderer.fit("最低生活保障", 300)).isEqualTo("最低生活保障");
        assertThat(ReportRenderer.textWidth("最低生活保障")).isEqualTo(6 * 11);
    }

    @Test
    void ticks_areRound_coverTheMaximum_andAreFew() {
        qt().withExamples(500).forAll(longs().between(1, 5_000_000_000L)).checkAssert(n -> {
            BigDecimal max = BigDecimal.valueOf(n).movePointLeft(4); // yuan to 万元
            ReportRenderer.Ticks t = ReportRenderer.Ticks.of(max);
            BigDecimal step = t.values().get(1);
            int unscaled = step.stripTrailingZeros().unscaledValue().intValueExact();
            assertThat(unscaled).as("step %s is 1, 2 or 5 times a power of ten", step).isIn(1, 2, 5);
            assertThat(t.top()).isGreaterThanOrEqualTo(max);
            assertThat(t.top().subtract(step)).isLessThan(max);
            assertThat(t.values()).hasSizeBetween(2, 7);
            assertThat(t.labels().get(t.labels().size() - 1)).doesNotContain("E");
        });
        assertThat(ReportRenderer.Ticks.of(new BigDecimal("1234.5")).labels()).containsExactly("0", "500", "1,000", "1,500");
        assertThat(ReportRenderer.Ticks.of(new BigDecimal("0.8")).labels()).containsExactly("0", "0.2", "0.4", "0.6", "0.8");
    }
}
