package org.minzheng.core.report;

import java.util.Objects;
import java.util.Optional;

import org.minzheng.core.facility.FacilityKind;

/**
 * Facilities of one kind and grade (按类型和等级统计的服务设施).
 *
 * @param kind the kind of facility
 * @param grade the grade label (e.g. "3A", "二级"), or empty for ungraded facilities
 * @param count how many
 */
public record FacilityCount(FacilityKind kind, Optional<String> grade, int count) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if {@code kind} or {@code grade} is {@code null}
     * @throws IllegalArgumentException if {@code count} is negative
     */
    public FacilityCount {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(grade, "grade");
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative (计数不能为负数)");
        }
    }
}
