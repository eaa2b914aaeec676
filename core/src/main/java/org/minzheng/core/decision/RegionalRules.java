package org.minzheng.core.decision;

import java.time.LocalDate;
import java.util.Optional;

import org.minzheng.core.children.ChildCategory;
import org.minzheng.core.children.ChildClassifier;
import org.minzheng.core.identity.DisabilityCategory;
import org.minzheng.core.registry.Disability;
import org.minzheng.core.registry.Income;
import org.minzheng.core.registry.Person;

/**
 * The rules a region may replace where national policy leaves the choice to it (地方可调整的规则): which
 * incomes count for dibao, and which further persons a province deems without capacity to work for
 * 特困 support. Every method has the national rule as its {@code default}; a region overrides only what
 * its policy changes, and supplies the object through its standards provider.
 *
 * @implSpec Implementations must be stateless or immutable, and thread-safe. Methods must be pure: the
 * same arguments give the same answer. New hooks are added as {@code default} methods.
 */
public interface RegionalRules {

    /** The national rules, unchanged. */
    RegionalRules NATIONAL = new RegionalRules() {
        @Override
        public String toString() {
            return "RegionalRules[national]";
        }
    };

    /**
     * A short name for explanations, e.g. "江苏省细则".
     *
     * @implSpec The default returns {@code "national"}.
     * @return the name
     */
    default String name() {
        return "national";
    }

    /**
     * Whether an income counts towards dibao and 特困 means tests (计入家庭收入).
     *
     * @implSpec The national rule: {@link org.minzheng.core.registry.IncomeKind#countsForDibao()} — wages,
     * net business, property and transfer income and pensions count; veterans' benefits, social-assistance
     * money and rewards do not (《最低生活保障审核确认办法》).
     * @param income the income
     * @return true when the income counts
     */
    default boolean countsForDibao(Income income) {
        return income.kind().countsForDibao();
    }

    /**
     * Whether a person is deemed without capacity to work for 特困 support on grounds other than age
     * (无劳动能力的认定).
     *
     * @implSpec The national rule (《特困人员认定办法》): grade 1–3 intellectual or mental disability,
     * grade 1–2 physical or multiple disability, grade 1 visual disability. Provinces may add situations.
     * @param person the person
     * @return true when deemed unable to work
     */
    default boolean unableToWork(Person person) {
        if (person.disability().isEmpty()) {
            return false;
        }
        Disability d = person.disability().get();
        DisabilityCategory c = d.category();
        int g = d.grade();
        switch (c) {
            case INTELLECTUAL:
            case MENTAL:
                return g <= 3;
            case PHYSICAL:
            case MULTIPLE:
                return g <= 2;
            case VISUAL:
                return g == 1;
            default:
                return false;
        }
    }

    /**
     * The category of a child in difficulty (困境儿童分类) on a date.
     *
     * @implSpec The default is {@link ChildClassifier#classify(Person, LocalDate)}: orphan, de-facto
     * unsupported (民发〔2019〕62号, with the six-month rule), then the inferred Jiangsu categories
     * (decision record 0024). A region may classify differently, e.g. to add HIV-affected children.
     * @param child the child
     * @param on the last day of the month assessed
     * @return the category, or empty when the child is in none
     */
    default Optional<ChildCategory> classifyChild(Person child, LocalDate on) {
        return ChildClassifier.classify(child, on);
    }
}
