package org.minzheng.core.facility;

import java.util.Objects;
import java.util.Optional;
import org.minzheng.core.invariant.InvalidRecordException;
import org.minzheng.core.invariant.Violation;

/**
 * The grade of a facility in a scheme (评定等级), e.g. 3A in {@link GradeScheme#JIANGSU_CENTRE_A}.
 *
 * @param scheme the scheme
 * @param label the grade label, one of the scheme's grades
 */
public record Grade(GradeScheme scheme, String label) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is {@code null}
     * @throws InvalidRecordException if the scheme has no such grade ({@code grade-in-scheme})
     */
    public Grade {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(label, "label");
        if (!scheme.grades().contains(label)) {
            throw InvalidRecordException.of(new Violation("label", "grade-in-scheme",
                    "等级不属于" + scheme.chineseName() + "：应为 " + scheme.grades(),
                    "Not a grade of " + scheme.englishName() + "; expected one of " + scheme.grades(),
                    Optional.of(label)));
        }
    }

    /**
     * The rank within the scheme, 1 for the lowest grade.
     *
     * @return the rank
     */
    public int rank() {
        return scheme.grades().indexOf(label) + 1;
    }

    @Override
    public String toString() {
        return scheme.code() + ":" + label;
    }
}
