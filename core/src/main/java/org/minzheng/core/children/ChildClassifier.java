package org.minzheng.core.children;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import org.minzheng.core.registry.Parent;
import org.minzheng.core.registry.ParentRole;
import org.minzheng.core.registry.Person;

/**
 * Classifies a child in difficulty by the parents' situations (困境儿童分类) on a date.
 *
 * <p>In order, the first that applies:
 * <ol>
 *   <li>{@link ChildCategory#ORPHAN}: both parents {@link ParentSituation#GONE gone} (deceased or declared
 *       missing).</li>
 *   <li>{@link ChildCategory#DE_FACTO_UNSUPPORTED} (民发〔2019〕62号): both parents in a {@link
 *       ParentSituation#QUALIFYING qualifying} situation, or one gone and the other qualifying. Lost
 *       contact and deprivation of liberty qualify after {@value ParentSituation#MONTHS_RULE} months.</li>
 *   <li>Neither parent can care for the child (each gone, qualifying, or absent for under six months) but
 *       the de-facto rule is not (yet) met: {@link ChildCategory#PARENTS_UNABLE} when a parent is severely
 *       disabled or seriously ill, else {@link ChildCategory#GUARDIANSHIP_MISSING}. (An inferred reading of
 *       the Jiangsu 2018 categories; see decision record 0024.)</li>
 * </ol>
 * Both parents must be recorded on the child ({@link Person#parents()}); a parent not recorded is taken
 * as able — record an unknown parent as declared missing.
 */
public final class ChildClassifier {

    private ChildClassifier() {
    }

    /**
     * The category of a child in difficulty.
     *
     * @param child the child
     * @param on the date (the last day of the month assessed)
     * @return the category, or empty when the child is in none
     * @throws NullPointerException if an argument is null
     */
    public static Optional<ChildCategory> classify(Person child, LocalDate on) {
        Objects.requireNonNull(child, "child");
        Objects.requireNonNull(on, "on");
        Optional<Parent> father = child.parent(ParentRole.FATHER);
        Optional<Parent> mother = child.parent(ParentRole.MOTHER);
        if (father.isEmpty() || mother.isEmpty()) {
            return Optional.empty();
        }
        ParentSituation f = ParentSituation.of(father.get(), on);
        ParentSituation m = ParentSituation.of(mother.get(), on);
        if (f == ParentSituation.GONE && m == ParentSituation.GONE) {
            return Optional.of(ChildCategory.ORPHAN);
        }
        boolean fOut = f == ParentSituation.GONE || f == ParentSituation.QUALIFYING;
        boolean mOut = m == ParentSituation.GONE || m == ParentSituation.QUALIFYING;
        if (fOut && mOut) {
            return Optional.of(ChildCategory.DE_FACTO_UNSUPPORTED);
        }
        if (f.unableToCare() && m.unableToCare()) {
            return Optional.of(ParentSituation.incapable(father.get()) || ParentSituation.incapable(mother.get())
                    ? ChildCategory.PARENTS_UNABLE : ChildCategory.GUARDIANSHIP_MISSING);
        }
        return Optional.empty();
    }
}
