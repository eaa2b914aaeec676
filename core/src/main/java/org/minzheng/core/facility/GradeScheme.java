package org.minzheng.core.facility;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.minzheng.core.invariant.InvalidRecordException;
import org.minzheng.core.invariant.Violations;

/**
 * A grading scheme for facilities (等级评定体系), as data: its code, names and grades from the
 * lowest to the highest. Two are built in; a region may define its own.
 *
 * @param code a stable lower-case code
 * @param chineseName the Chinese name
 * @param englishName the English name
 * @param grades the grade labels, lowest first, not empty, no duplicates
 */
public record GradeScheme(String code, String chineseName, String englishName, List<String> grades) {

    /** 养老机构等级 一级–五级 (GB/T 37276-2018 《养老机构等级划分与评定》). */
    public static final GradeScheme ELDERLY_INSTITUTION = new GradeScheme("gb-t-37276",
            "养老机构等级（GB/T 37276-2018）", "elderly-care institution grade (GB/T 37276-2018)",
            List.of("一级", "二级", "三级", "四级", "五级"));

    /** Jiangsu's A–5A rating of community and township elderly-care centres (星级/A级评定). */
    public static final GradeScheme JIANGSU_CENTRE_A = new GradeScheme("jiangsu-a",
            "江苏省居家养老服务中心A级评定", "Jiangsu A-rating of elderly-care centres",
            List.of("A", "2A", "3A", "4A", "5A"));

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component or grade is {@code null}
     * @throws InvalidRecordException if a text is blank, or the grades are empty or repeat
     */
    public GradeScheme {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(chineseName, "chineseName");
        Objects.requireNonNull(englishName, "englishName");
        grades = List.copyOf(grades);
        Violations v = new Violations();
        v.notBlank("code", code);
        v.notBlank("chineseName", chineseName);
        v.notBlank("englishName", englishName);
        if (grades.isEmpty() || grades.stream().distinct().count() != grades.size()
                || grades.stream().anyMatch(String::isBlank)) {
            v.add("grades", "grades", "等级列表不能为空、不能重复", "Grades must be non-empty, distinct and not blank");
        }
        v.throwIfAny();
    }

    /**
     * A built-in scheme by code.
     *
     * @param code the code
     * @return the scheme, if built in
     */
    public static Optional<GradeScheme> builtIn(String code) {
        return List.of(ELDERLY_INSTITUTION, JIANGSU_CENTRE_A).stream()
                .filter(s -> s.code.equals(code)).findFirst();
    }

    /**
     * The grade with a label in this scheme.
     *
     * @param label the label, e.g. {@code "3A"}
     * @return the grade
     * @throws InvalidRecordException if the scheme has no such grade
     */
    public Grade grade(String label) {
        return new Grade(this, label);
    }
}
