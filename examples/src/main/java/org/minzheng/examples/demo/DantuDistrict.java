package org.minzheng.examples.demo;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.programs.NationalPrograms;
import org.minzheng.core.report.Figure;
import org.minzheng.core.report.Quantity;
import org.minzheng.core.rule.Measure;
import org.minzheng.core.report.ReferenceFigures;
import org.minzheng.examples.demo.population.Townships;

/**
 * The reference district 丹徒区 (Dantu, Zhenjiang, Jiangsu): its real townships and their NBS
 * division codes (to 2022-10-31), and the figures its civil-affairs bureau published for
 * January–October 2022 (see {@code DOMAIN.md}).
 */
public final class DantuDistrict {

    /** The first month of the published period. */
    public static final java.time.YearMonth FIRST = java.time.YearMonth.of(2022, 1);
    /** The last month of the published period. */
    public static final java.time.YearMonth LAST = java.time.YearMonth.of(2022, 10);

    /** 丹徒区, 321112. */
    public static final RegionCode REGION = RegionCode.parse("321112");

    /** The ten township-level units (街道, 镇 and two other units): {@link Townships#ALL}. */
    public static final List<Townships.Township> TOWNSHIPS = Townships.ALL;

    private DantuDistrict() {
    }

    /**
     * The names of the district and its townships, for reports.
     *
     * @return names by region code
     */
    public static Map<RegionCode, String> names() {
        Map<RegionCode, String> names = new LinkedHashMap<>();
        names.put(REGION, "丹徒区");
        TOWNSHIPS.forEach(t -> names.put(t.code(), t.name()));
        return names;
    }

    /**
     * The figures the district published for January–October 2022.
     *
     * @return the published figures with their source
     */
    public static ReferenceFigures published() {
        Map<Figure, BigDecimal> v = new LinkedHashMap<>();
        v.put(Figure.of(NationalPrograms.DIBAO, Measure.NEW, Quantity.SUBJECTS), n(31));
        v.put(Figure.of(NationalPrograms.DIBAO, Measure.NEW, Quantity.PERSONS), n(50));
        v.put(Figure.of(NationalPrograms.DIBAO, Measure.CANCELLED, Quantity.SUBJECTS), n(287));
        v.put(Figure.of(NationalPrograms.DIBAO, Measure.CANCELLED, Quantity.PERSONS), n(512));
        v.put(Figure.of(NationalPrograms.DIBAO, Measure.IN_COVERAGE, Quantity.SUBJECTS), n(1_457));
        v.put(Figure.of(NationalPrograms.DIBAO, Measure.IN_COVERAGE, Quantity.PERSONS), n(2_153));
        v.put(Figure.of(NationalPrograms.DIBAO, Measure.AMOUNT, Quantity.AMOUNT), n(13_547_500));
        v.put(Figure.of(DISABILITY_SUBSIDIES, Measure.IN_COVERAGE, Quantity.PERSONS), n(4_861));
        v.put(Figure.of(DISABILITY_SUBSIDIES, Measure.AMOUNT, Quantity.AMOUNT), n(32_798_900));
        v.put(Figure.of(NationalPrograms.TEKUN, Measure.IN_COVERAGE, Quantity.SUBJECTS), n(657));
        v.put(Figure.of(NationalPrograms.TEKUN, Measure.AMOUNT, Quantity.AMOUNT), n(8_227_080));
        v.put(Figure.of(NationalPrograms.TEMPORARY_ASSISTANCE, Measure.PAYMENTS, Quantity.COUNT), n(182));
        v.put(Figure.of(NationalPrograms.TEMPORARY_ASSISTANCE, Measure.AMOUNT, Quantity.AMOUNT), n(222_500));
        v.put(Figure.of(NationalPrograms.HOME_CARE, Measure.SERVICES, Quantity.SUBJECTS), n(12_302));
        v.put(Figure.of(NationalPrograms.CARE_VISIT, Measure.SERVICES, Quantity.SUBJECTS), n(56));
        v.put(Figure.of(NationalPrograms.HOME_ADAPTATION, Measure.SERVICES, Quantity.SUBJECTS), n(100));
        v.put(Figure.of(NationalPrograms.ELDERLY_ACCIDENT_INSURANCE, Measure.SERVICES, Quantity.SUBJECTS),
                n(2_377 + 84_163));
        v.put(Figure.of(NationalPrograms.SENIOR_ALLOWANCE, Measure.IN_COVERAGE, Quantity.SUBJECTS), n(12_768));
        v.put(Figure.of(NationalPrograms.SENIOR_ALLOWANCE, Measure.AMOUNT, Quantity.AMOUNT), n(9_260_000));
        v.put(Figure.of(NationalPrograms.CHILD_SUBSIDY, Measure.IN_COVERAGE, Quantity.SUBJECTS), n(141));
        v.put(Figure.of(NationalPrograms.CHILD_SUBSIDY, Measure.AMOUNT, Quantity.AMOUNT), n(1_736_000));
        v.put(Figure.of(NationalPrograms.LEFT_BEHIND_CHILD_CARE, Measure.IN_COVERAGE, Quantity.SUBJECTS), n(52));
        v.put(Figure.of(NationalPrograms.LEFT_BEHIND_CHILD_CARE, Measure.RECORD_IN_FORCE, Quantity.SUBJECTS), n(52));
        return new ReferenceFigures("丹徒区民政局 2022年1-10月工作总结 (Dantu civil-affairs bureau, Jan-Oct 2022)", v);
    }

    /** The report group of the two disability subsidies (两项补贴), as the national programs declare it. */
    static final String DISABILITY_SUBSIDIES = "disability-subsidies";

    /**
     * The published figures scaled for a smaller or larger synthetic population (counts and
     * amounts times {@code scale}).
     *
     * @param scale the population scale
     * @return the scaled figures
     */
    public static ReferenceFigures published(double scale) {
        ReferenceFigures p = published();
        if (scale == 1.0) {
            return p;
        }
        Map<Figure, BigDecimal> v = new LinkedHashMap<>();
        p.values().forEach((f, x) -> v.put(f, x.multiply(BigDecimal.valueOf(scale))
                .setScale(f.isAmount() ? 2 : 0, java.math.RoundingMode.HALF_UP)));
        return new ReferenceFigures(p.source() + " × " + scale, v);
    }

    private static BigDecimal n(long v) {
        return BigDecimal.valueOf(v);
    }
}
