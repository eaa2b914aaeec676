package org.minzheng.core.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.minzheng.core.standards.ResolvedStandards;
import org.minzheng.core.standards.Standard;

/**
 * A relation a program needs between the values of its standards (标准间关系), e.g. "an older 尊老金 band is not
 * paid less than a younger one" or "特困's basic-living amount is set, directly or as a multiple". The standards
 * contract suite checks every relation of every program for every region and date a provider claims to cover,
 * so a region's wrong figures are found before a rule meets them.
 *
 * <p>Immutable.
 */
public final class StandardsRelation {

    private final String description;
    private final String fix;
    private final Function<ResolvedStandards, Optional<String>> test;

    private StandardsRelation(String description, String fix, Function<ResolvedStandards, Optional<String>> test) {
        this.description = description;
        this.fix = fix;
        this.test = test;
    }

    /**
     * A relation given as a test.
     *
     * @param description what must hold, e.g. "the 特困 basic-living amount is not below the dibao standard"
     * @param fix what a provider should do when it does not, e.g. "raise the basic-living amount"
     * @param test what is wrong with the standards in force, or empty when the relation holds (standards without
     *        a value are not wrong here: coverage is checked separately)
     * @return the relation
     */
    public static StandardsRelation of(String description, String fix,
                                       Function<ResolvedStandards, Optional<String>> test) {
        return new StandardsRelation(Objects.requireNonNull(description, "description"),
                Objects.requireNonNull(fix, "fix"), Objects.requireNonNull(test, "test"));
    }

    /**
     * A chain of standards whose values must not fall along it (where both neighbours have values).
     *
     * @param <T> the value type
     * @param description what must hold
     * @param chain the standards, lowest first
     * @return the relation
     */
    @SafeVarargs
    public static <T extends Comparable<? super T>> StandardsRelation ascending(String description,
                                                                                Standard<T>... chain) {
        List<Standard<T>> list = List.of(chain);
        if (list.size() < 2) {
            throw new IllegalArgumentException("a chain has at least two standards");
        }
        return of(description, "correct one of the two values", r -> {
            List<String> wrong = new ArrayList<>();
            for (int i = 1; i < list.size(); i++) {
                Optional<T> lower = r.find(list.get(i - 1));
                Optional<T> higher = r.find(list.get(i));
                if (lower.isPresent() && higher.isPresent() && lower.get().compareTo(higher.get()) > 0) {
                    wrong.add(list.get(i - 1).code() + " = " + list.get(i - 1).valueType().format(lower.get())
                            + " is above " + list.get(i).code() + " = " + list.get(i).valueType().format(higher.get()));
                }
            }
            return wrong.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", wrong));
        });
    }

    /**
     * At least one of some standards must have a value where a provider claims coverage.
     *
     * @param description what must hold
     * @param alternatives the standards, any one of which suffices
     * @return the relation
     */
    public static StandardsRelation anyOf(String description, Standard<?>... alternatives) {
        List<Standard<?>> list = List.of(alternatives);
        return of(description, "set one of " + list, r -> {
            for (Standard<?> s : list) {
                if (r.find(s).isPresent()) {
                    return Optional.empty();
                }
            }
            return Optional.of("none of " + list + " has a value");
        });
    }

    /**
     * What must hold.
     *
     * @return the description
     */
    public String description() {
        return description;
    }

    /**
     * What a provider should do when it does not.
     *
     * @return the advice
     */
    public String fix() {
        return fix;
    }

    /**
     * Tests the standards in force.
     *
     * @param standards the standards
     * @return what is wrong, or empty when the relation holds
     */
    public Optional<String> test(ResolvedStandards standards) {
        return test.apply(Objects.requireNonNull(standards, "standards"));
    }

    /** The description. */
    @Override
    public String toString() {
        return description;
    }
}
