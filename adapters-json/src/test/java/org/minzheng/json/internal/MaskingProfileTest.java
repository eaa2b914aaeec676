package org.minzheng.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/**
 * The masked-export profile (decision record 0150) names properties by {@code Owner.property}: a
 * renamed property would silently leave it. Every name in the profile must be a property of a
 * model type, and every date property that can hold a birth date must be coarsened.
 */
class MaskingProfileTest {

    /** Every model property reachable from the records the module writes, with its mask. */
    private static Map<String, ModelType.Mask> properties() {
        Deque<Class<?>> todo = new ArrayDeque<>();
        // by name, so that a type core renames or removes fails the assertions, not the compilation
        for (String name : new String[] {"registry.Household", "cases.Case", "cases.Payment", "elderly.CareVisit",
            "elderly.HomeCareVisit", "elderly.HomeAdaptation", "elderly.AccidentInsuranceEnrolment",
            "children.GuardianshipConfirmation", "children.CaseServicePlan", "community.Referral", "facility.Facility",
            "facility.GradeScheme", "report.CategoryCount", "report.FacilityCount", "program.LegalBasis",
            "report.ReferenceFigures", "report.TownshipCoverage", "invariant.Violation"}) {
            try {
                todo.push(Class.forName("org.minzheng.core." + name));
            } catch (ClassNotFoundException e) {
                // a type no longer there: the profile's names for it are found stale below
            }
        }
        Set<Class<?>> seen = new HashSet<>();
        Map<String, ModelType.Mask> out = new TreeMap<>();
        while (!todo.isEmpty()) {
            Class<?> c = todo.pop();
            if (!seen.add(c) || !ModelType.isModel(c)) {
                continue;
            }
            for (ModelType.Property p : ModelType.of(c).properties) {
                out.put(c.getSimpleName() + "." + p.name(), p.mask());
                enqueue(p.type(), todo);
            }
        }
        return out;
    }

    private static void enqueue(Type t, Deque<Class<?>> todo) {
        if (t instanceof Class<?> c) {
            todo.push(c);
        } else if (t instanceof ParameterizedType pt) {
            for (Type a : pt.getActualTypeArguments()) {
                enqueue(a, todo);
            }
        }
    }

    @Test
    void everyNameInTheProfile_isAPropertyOfTheModel() {
        Map<String, ModelType.Mask> all = properties();
        assertThat(all.keySet()).containsAll(ModelType.PUBLIC_TEXTS).containsAll(ModelType.PERSONAL_NAMES)
                .containsAll(ModelType.BIRTH_DATES);
        ModelType.PERSONAL_NAMES.forEach(k -> assertThat(all.get(k)).as(k).isEqualTo(ModelType.Mask.NAME));
        ModelType.BIRTH_DATES.forEach(k -> assertThat(all.get(k)).as(k).isEqualTo(ModelType.Mask.YEAR));
        ModelType.PUBLIC_TEXTS.forEach(k -> assertThat(all.get(k)).as(k).isEqualTo(ModelType.Mask.NONE));
    }

    @Test
    void everyTextOfAPersonsRecord_isMasked_unlessPublic() {
        Map<String, ModelType.Mask> all = properties();
        // the texts that hold personal data in the records of persons, households, cases and services
        for (String key : new String[] {"Person.name", "Household.address", "Transition.operator", "Transition.reason",
            "CareVisit.findings", "CareVisit.followUp", "HomeCareVisit.note", "CaseServicePlan.needs",
            "CaseServicePlan.goals", "PlanReview.findings", "Referral.reason", "Referral.outcome", "Payment.note",
            "GuardianshipConfirmation.guardianName", "AdaptationItem.description", "LinkedResource.description"}) {
            assertThat(all.get(key)).as(key).isIn(ModelType.Mask.NAME, ModelType.Mask.TEXT);
        }
        // a date property about a person's life, other than administrative dates, is in the profile
        all.forEach((key, mask) -> {
            if (key.startsWith("Person.") || key.startsWith("PersonStatus.") || key.startsWith("Parent.")) {
                if (key.toLowerCase().contains("birth") || key.endsWith(".since")) {
                    assertThat(mask).as(key).isEqualTo(ModelType.Mask.YEAR);
                }
            }
        });
    }
}
