package org.minzheng.core.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.minzheng.core.code.Coded;

/**
 * The header a bureau signs a report under (报表表头): the issuing office (制表单位), the date the report was
 * generated (制表日期), whether its data are synthetic (模拟数据) and which standards it was computed with are
 * illustrative (示意标准) rather than set by a document. The period (统计期) is the report's own
 * ({@link DistrictReport#from()} to {@link DistrictReport#to()}). Every rendering of a report that carries a
 * header shows all of it; a report without one says that its office and the nature of its data are not stated.
 *
 * <p>Immutable and null-hostile.
 *
 * @param issuingOffice the office that issues the report (制表单位), e.g. 丹徒区民政局; not blank
 * @param generatedOn the date the report was generated (制表日期)
 * @param synthetic whether the data are synthetic (模拟数据): generated, not a real population's records
 * @param illustrativeStandards the standards in force during the period whose values are illustrative (示意标准),
 *        in the order given; empty when every standard was set by a document
 */
public record ReportHeader(String issuingOffice, LocalDate generatedOn, boolean synthetic,
                           List<IllustrativeStandard> illustrativeStandards) {

    /**
     * Checks and copies.
     *
     * @param issuingOffice the issuing office
     * @param generatedOn the generation date
     * @param synthetic whether the data are synthetic
     * @param illustrativeStandards the illustrative standards
     * @throws NullPointerException if an argument or an element is {@code null}
     * @throws IllegalArgumentException if the office is blank or a standard is named twice
     */
    public ReportHeader {
        Objects.requireNonNull(issuingOffice, "issuingOffice");
        if (issuingOffice.isBlank()) {
            throw new IllegalArgumentException("issuingOffice: the issuing office must be named (制表单位不能为空)");
        }
        issuingOffice = issuingOffice.strip();
        Objects.requireNonNull(generatedOn, "generatedOn");
        illustrativeStandards = List.copyOf(Objects.requireNonNull(illustrativeStandards, "illustrativeStandards"));
        if (illustrativeStandards.stream().map(IllustrativeStandard::code).distinct().count()
                != illustrativeStandards.size()) {
            throw new IllegalArgumentException("illustrativeStandards: a standard is named twice (示意标准重复)");
        }
    }

    /**
     * A header for real records: not synthetic, no illustrative standards.
     *
     * @param issuingOffice the issuing office
     * @param generatedOn the generation date
     * @return the header
     */
    public static ReportHeader of(String issuingOffice, LocalDate generatedOn) {
        return new ReportHeader(issuingOffice, generatedOn, false, List.of());
    }

    /**
     * This header with the data marked synthetic (模拟数据).
     *
     * @return a copy
     */
    public ReportHeader asSynthetic() {
        return new ReportHeader(issuingOffice, generatedOn, true, illustrativeStandards);
    }

    /**
     * This header with the illustrative standards named.
     *
     * @param standards the standards whose values are illustrative, e.g. {@code Standard} objects
     * @return a copy
     */
    public ReportHeader withIllustrativeStandards(List<? extends Coded> standards) {
        return new ReportHeader(issuingOffice, generatedOn, synthetic,
                standards.stream().map(IllustrativeStandard::of).toList());
    }

    /**
     * A standard whose value is illustrative (示意标准): made up for an example, not set by a document.
     *
     * @param code its stable code, e.g. {@code dibao.standard.urban}
     * @param chineseName its Chinese name
     * @param englishName its English name
     */
    public record IllustrativeStandard(String code, String chineseName, String englishName) implements Coded {

        /**
         * Checks.
         *
         * @param code the code
         * @param chineseName the Chinese name
         * @param englishName the English name
         * @throws NullPointerException if an argument is {@code null}
         * @throws IllegalArgumentException if the code is blank
         */
        public IllustrativeStandard {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(chineseName, "chineseName");
            Objects.requireNonNull(englishName, "englishName");
            if (code.isBlank()) {
                throw new IllegalArgumentException("code: a standard's code must not be blank (标准代码不能为空)");
            }
        }

        /**
         * The names of a coded value (a {@code Standard}).
         *
         * @param standard the standard
         * @return its code and names
         */
        public static IllustrativeStandard of(Coded standard) {
            Objects.requireNonNull(standard, "standard");
            return new IllustrativeStandard(standard.code(), standard.chineseName(), standard.englishName());
        }
    }
}
