package org.minzheng.core.report;

/**
 * A count of subjects and the persons in them (户数与人数): for a household program the households and their
 * members, for a person program the persons twice over.
 *
 * @param subjects households or persons
 * @param persons persons
 */
public record Count(int subjects, int persons) {

    /** Nothing counted. */
    public static final Count ZERO = new Count(0, 0);

    /**
     * Checks the counts.
     *
     * @param subjects households or persons, not negative
     * @param persons persons, not negative
     */
    public Count {
        if (subjects < 0 || persons < 0) {
            throw new IllegalArgumentException("counts must not be negative (统计数不能为负数)");
        }
    }
}
